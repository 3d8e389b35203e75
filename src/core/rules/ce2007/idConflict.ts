/**
 * CE-ID-CONFLICT — 国人部发〔2007〕96号 第10条 (the register records each person's continuing education).
 * A person is keyed by 身份证号, else 工号, else 姓名 + 单位; a name seen with two different 身份证号
 * (or 工号) is reported here and counted as two people, never merged.
 */
import { CE2007 } from '../clauses';
import { idConflictRule } from '../register';
import { ce2007Tally, type Ce2007Params } from './params';

export const idConflict = idConflictRule<Ce2007Params>('CE-ID-CONFLICT', 'ce2007', `${CE2007} 第10条`, ce2007Tally);
