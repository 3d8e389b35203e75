/**
 * CAS-LEADER-HOURS — 中国科学院人事局《关于加强和改进继续教育与培训工作的指导意见》 三(五):
 * "所局级领导人员每年接受继续教育与培训时间不少于110学时。"
 * A person whose 人员类别 names 所局级 (所局级领导人员) with fewer than `minLeaderHours` in a year:
 * warning at the person's first row of that year (instead of CAS-ANNUAL-HOURS).
 */
import { cite, CAS_DOC } from '../clauses';
import { cachedTally } from '../../ce/tally';
import { fmtHours, registerOf, relatedCells } from '../ceShared';
import { compare, toNumber } from '../../values/fraction';
import type { Rule } from '../types';
import { casTally, type CasParams } from './params';

export const leaderHours: Rule<CasParams> = {
  id: 'CAS-LEADER-HOURS',
  pack: 'cas',
  severity: 'warning',
  clause: `${CAS_DOC} 三(五)`,
  description: '所局级领导人员每年继续教育与培训少于110学时',
  check(ctx, params, emit) {
    const input = registerOf(ctx);
    for (const p of cachedTally(input.rows, casTally(params)).persons) {
      if (p.year === null || !p.leader || compare(p.total, p.required) >= 0) continue;
      const first = p.rows[0];
      const extra = p.unreadableRows.length > 0 ? `；另有${p.unreadableRows.length}行学时无法读取，未计入` : '';
      const message =
        cite(`${p.name}（所局级领导人员）${p.year}年度继续教育与培训${fmtHours(p.total)}学时，低于${fmtHours(p.required)}学时`, this.clause) + extra;
      emit(first.name.ref, message, {
        ...relatedCells(p.rows.slice(1).map((r) => r.name.ref)),
        data: { name: p.name, year: p.year, hours: toNumber(p.total), required: toNumber(p.required), leader: true, unreadableRows: p.unreadableRows.length },
      });
    }
  },
};
