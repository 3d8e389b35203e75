/**
 * CE-ID-CONFLICT — 国人部发〔2007〕96号 第10条 (the register records each person's continuing education).
 * RULES.md revision 2: one 身份证号 or 工号 appears with two different names in the register (a typo in
 * one of them); the rows are one person to the tally. Two rows with the same name and different IDs are
 * two people (namesakes are common), never a finding.
 */
import { CE2007 } from '../clauses';
import { idConflictRule } from '../ceShared';
import { ce2007Tally, type Ce2007Params } from './params';

export const idConflict = idConflictRule<Ce2007Params>('CE-ID-CONFLICT', 'ce2007', `${CE2007} 第10条`, ce2007Tally);
