/**
 * CAS-ID-CONFLICT — 三(七) (各单位要建立职工培训档案): one 身份证号 or 工号 written with two different names,
 * as CE-ID-CONFLICT (namesakes with different IDs are never a finding). Quiet when `ce2007` runs too.
 */
import { CAS_DOC } from '../clauses';
import { idConflictRule } from '../ceShared';
import { casTally, type CasParams } from './params';

export const idConflict = idConflictRule<CasParams>('CAS-ID-CONFLICT', 'cas', `${CAS_DOC} 三(七)`, casTally);
