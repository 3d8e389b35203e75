/**
 * CE-PUBLIC-SHARE — 国人部发〔2007〕96号 第6条:
 * "公需科目的学习一般不超过国家规定继续教育总学时的三分之一。"
 * A person's 公需科目 hours in a year above `maxPublicShare` × `minHours` (1/3 of the nationally required
 * 72 = 24 h, not a third of the person's own total) is a warning at the person's first row of that year
 * (一般: a norm, not a hard limit). 004 does not say the excess is not recognised, so it still counts,
 * unless `capPublicHours` is on; the message says which.
 */
import { cite, CE2007 } from '../clauses';
import { cachedTally } from '../../ce/tally';
import { fmtHours, fmtShare, fr, registerOf, relatedCells } from '../ceShared';
import { add, compare, frac, mul, toNumber } from '../../values/fraction';
import type { Rule } from '../types';
import { ce2007Tally, type Ce2007Params } from './params';

export const publicShare: Rule<Ce2007Params> = {
  id: 'CE-PUBLIC-SHARE',
  pack: 'ce2007',
  severity: 'warning',
  clause: `${CE2007} 第6条`,
  description: '公需科目学时超过国家规定总学时（72学时）的三分之一（24学时）',
  check(ctx, params, emit) {
    const t = cachedTally(registerOf(ctx).rows, ce2007Tally(params));
    const share = fr(params.maxPublicShare);
    const base = fr(params.minHours);
    const limit = mul(share, base);
    for (const p of t.persons) {
      if (p.year === null || compare(p.publicRecorded, limit) <= 0) continue;
      const excess = add(p.publicRecorded, frac(-limit.n, limit.d));
      const first = p.rows[0];
      const counted = params.capPublicHours ? `超出的${fmtHours(excess)}学时不计入` : `超出的${fmtHours(excess)}学时仍计入学时`;
      const message = cite(
        `${p.name} ${p.year}年度公需科目${fmtHours(p.publicRecorded)}学时，超过国家规定${fmtHours(base)}学时的${fmtShare(share)}（${fmtHours(limit)}学时），${counted}`,
        this.clause,
      );
      const related = p.rows.filter((r) => r.subject === '公需科目' && r !== first).map((r) => (r.hours ?? r.days ?? r.name).ref);
      emit(first.name.ref, message, {
        ...relatedCells(related),
        data: {
          year: p.year,
          publicHours: toNumber(p.publicRecorded),
          limitHours: toNumber(limit),
          baseHours: toNumber(base),
          excessHours: toNumber(excess),
          excessCounted: !params.capPublicHours,
        },
      });
    }
  },
};
