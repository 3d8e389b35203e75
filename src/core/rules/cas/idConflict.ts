/**
 * CAS-ID-CONFLICT — 三(七) (各单位要建立职工培训档案): a name seen with two different 身份证号 (or 工号)
 * is reported and counted as two people, never merged. Quiet when `ce2007` runs too (CE-ID-CONFLICT).
 */
import { CAS_DOC } from '../clauses';
import { idConflictRule } from '../register';
import { casTally, type CasParams } from './params';

export const idConflict = idConflictRule<CasParams>('CAS-ID-CONFLICT', 'cas', `${CAS_DOC} 三(七)`, casTally);
