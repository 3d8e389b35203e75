/**
 * SC-LAST-SUMMARY (warning) — 四川 2020 预通知 四(六)2：“2019年有批复立项并实施因公出国（境）项目的组团请抓紧
 * 时间报送项目总结。如不报送，将影响2020年项目获批率”. The unit is on the reviewer's list of units whose
 * previous-year summary is outstanding (settings `outstandingUnits`, plus `sc2020.outstandingUnits`).
 */
import type { Rule } from '../types';
import { SC2020, cite } from '../clauses';
import { normaliseName } from '../util';
import type { Sc2020Params } from './params';

const NONE: readonly string[] = [];

export const message = (unit: string, clause: string) => cite(`组团单位“${unit}”上一年度项目总结尚未报送，将影响本年度项目获批`, clause);

export const lastSummary: Rule<Sc2020Params> = {
  id: 'SC-LAST-SUMMARY',
  pack: 'sc2020',
  severity: 'warning',
  clause: `${SC2020} 四(六)2`,
  description: '组团单位上一年度总结未报送（审核设置中的单位名单）',
  check(ctx, params, emit) {
    // (a loop, not a spread, map and filter: their arrays' elements kind depends on whether this runs optimised,
    // and the rule was thrown away for it in every cold run — docs/BENCH.md, rounds 11 and 14)
    const outstanding = new Set<string>();
    for (const list of [ctx.options.outstandingUnits ?? NONE, params.outstandingUnits]) {
      for (let i = 0; i < list.length; i++) {
        const s = normaliseName(list[i]);
        if (s !== '') outstanding.add(s);
      }
    }
    if (outstanding.size === 0) return;
    for (const p of ctx.parsed.projects) {
      const unit = p.fields.unit;
      if (unit && outstanding.has(normaliseName(unit.text))) emit(unit.ref, message(unit.text.trim(), this.clause), { projectKey: p.key, data: { unit: unit.text.trim() } });
    }
  },
};
