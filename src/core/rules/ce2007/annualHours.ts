/**
 * CE-ANNUAL-HOURS — 国人部发〔2007〕96号 第10条:
 * "专业技术人员每人每年脱产或集中参加继续教育的时间累计应不少于12天或72学时。"
 * A person's countable hours in a year below `minHours` is a warning at the person's first row of that
 * year. Countable = every recorded hour (outbound training as approved days × 6); public hours above
 * their share are left out only when `capPublicHours` is on (CE-PUBLIC-SHARE).
 */
import { cite, CE2007 } from '../clauses';
import { cachedTally } from '../../ce/tally';
import { fmtHours, registerOf, relatedCells } from '../ceShared';
import { add, compare, frac, toNumber } from '../../values/fraction';
import type { Rule } from '../types';
import { ce2007Tally, type Ce2007Params } from './params';

export const annualHours: Rule<Ce2007Params> = {
  id: 'CE-ANNUAL-HOURS',
  pack: 'ce2007',
  severity: 'warning',
  clause: `${CE2007} 第10条`,
  description: '每人每年计入的继续教育学时少于72学时（12天）',
  check(ctx, params, emit) {
    const t = cachedTally(registerOf(ctx).rows, ce2007Tally(params));
    for (const p of t.persons) {
      if (p.year === null || compare(p.total, p.required) >= 0) continue;
      const first = p.rows[0];
      let extra = '';
      const excess = add(p.publicRecorded, frac(-p.publicCounted.n, p.publicCounted.d));
      if (excess.n > 0) extra += `；公需科目超出部分${fmtHours(excess)}学时不计入`;
      if (p.unreadableRows.length > 0) extra += `；另有${p.unreadableRows.length}行学时无法读取，未计入`;
      const message = cite(`${p.name} ${p.year}年度计入学时${fmtHours(p.total)}，低于${fmtHours(p.required)}学时`, this.clause) + extra;
      emit(first.name.ref, message, {
        ...relatedCells(p.rows.slice(1).map((r) => r.name.ref)),
        data: {
          year: p.year,
          countedHours: toNumber(p.total),
          requiredHours: toNumber(p.required),
          shortfallHours: toNumber(p.shortfall),
          publicHours: toNumber(p.publicRecorded),
          publicCountedHours: toNumber(p.publicCounted),
          unreadableRows: p.unreadableRows.length,
        },
      });
    }
  },
};
