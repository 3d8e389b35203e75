/**
 * CE-PUBLIC-SHARE — 国人部发〔2007〕96号 第6条:
 * "公需科目的学习一般不超过国家规定继续教育总学时的三分之一。"
 * 公需科目 hours above `maxPublicShare` × `minHours` (24 of 72) are shown but do not count toward
 * CE-ANNUAL-HOURS; info at the person's first row of that year.
 */
import { cite, CE2007 } from '../clauses';
import { cachedTally } from '../../ce/tally';
import { fmtHours, fmtShare, fr, registerOf, relatedCells } from '../register';
import { add, compare, frac, mul } from '../../values/fraction';
import type { Rule } from '../types';
import { ce2007Tally, type Ce2007Params } from './params';

export const publicShare: Rule<Ce2007Params> = {
  id: 'CE-PUBLIC-SHARE',
  pack: 'ce2007',
  severity: 'info',
  clause: `${CE2007} 第6条`,
  description: '公需科目学时超过规定总学时的三分之一，超出部分不计入',
  check(ctx, params, emit) {
    const input = registerOf(ctx);
    const t = cachedTally(input.rows, ce2007Tally(params));
    const share = fr(params.maxPublicShare);
    for (const p of t.persons) {
      if (p.year === null) continue;
      const cap = mul(share, p.required);
      if (compare(p.publicRecorded, cap) <= 0) continue;
      const excess = add(p.publicRecorded, frac(-cap.n, cap.d));
      const first = p.rows[0];
      emit(first.name.ref, cite(
          `${p.name} ${p.year}年度公需科目${fmtHours(p.publicRecorded)}学时，超过${fmtHours(p.required)}学时的${fmtShare(share)}（${fmtHours(cap)}学时），超出的${fmtHours(excess)}学时不计入`,
          this.clause,
        ), relatedCells(p.rows.filter((r) => r.subject === '公需科目' && r !== first).map((r) => (r.hours ?? r.days ?? r.name).ref)));
    }
  },
};
