/**
 * C-SCHEDULE-MISSING (warning) — an offline project has no 日程表 while a pack with schedule rules runs
 * (today zj2017: 浙外专发〔2017〕14号 二(二) “课堂学习培训和对口考察实践应不少于在外总日程的三分之二…
 * 工作日不安排城市间移动”), so those rules could not run. 000 never requires a schedule to be attached:
 * the message names the rules that could not run and does not call the missing schedule a breach.
 * Not for sc2020 (002 asks only for a day count) or most2022-online (001 asks for the 培训日程 after
 * approval), and not for online projects (the schedule rules are offline only).
 */
import type { PackId } from '../../model/review';
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { themeRef } from '../util';
import type { CommonParams } from './params';

/** The rules of each pack that read the schedule (the packs not listed have none). */
export const SCHEDULE_RULES: ReadonlyMap<PackId, readonly string[]> = new Map<PackId, readonly string[]>([
  ['zj2017', ['ZJ-RATIO-STUDY', 'ZJ-RATIO-TOPIC', 'ZJ-INTERCITY', 'ZJ-INTERCITY-ENDS', 'ZJ-CITIES']],
]);

/** Packs whose rules need a schedule. */
export const PACKS_NEEDING_SCHEDULE: PackId[] = [...SCHEDULE_RULES.keys()];

export const message = (theme: string, rules: readonly string[], clause: string) =>
  cite(`项目“${theme}”没有日程表，${rules.join('、')}无法检查；通知未要求随表附日程，缺少日程本身不属于违规，如需检查请补充日程表`, clause);

export const scheduleMissing: Rule<CommonParams> = {
  id: 'C-SCHEDULE-MISSING',
  pack: 'common',
  severity: 'warning',
  clause: `${ZJ2017} 二(二)`,
  description: '线下项目没有日程表，日程类检查无法进行（不属于违规）',
  check(ctx, _params, emit) {
    const rules: string[] = [];
    for (const p of ctx.options.packs ?? []) for (const id of SCHEDULE_RULES.get(p) ?? []) if (!rules.includes(id)) rules.push(id);
    if (rules.length === 0) return;
    for (const p of ctx.parsed.projects) {
      if (p.mode === 'online') continue;
      const s = ctx.scheduleFor(p);
      if (s && s.rows.length > 0) continue;
      emit(themeRef(p), message(p.fields.theme?.text || p.key, rules, this.clause), { projectKey: p.key, data: { rules: rules.join('、') } });
    }
  },
};
