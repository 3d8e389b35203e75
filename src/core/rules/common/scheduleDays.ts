/**
 * C-SCHEDULE-DAYS — 浙外专发〔2017〕14号 四(二) “不得改变在外停留时间”: the days the schedule covers
 * (在外总日程, RULES.md "Counting schedule days") must equal the declared 天数. A 天数 that is not a
 * positive number is C-NUMBER's, not compared here.
 */
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { countScheduleDays } from '../../tallies/days';
import { scheduleHeader } from '../util';
import type { CommonParams } from './params';

export const message = (scheduleDays: number, declared: number, clause: string) =>
  cite(`日程表共${scheduleDays}天，与申报天数${declared}天不一致`, clause);

export const scheduleDays: Rule<CommonParams> = {
  id: 'C-SCHEDULE-DAYS',
  pack: 'common',
  severity: 'error',
  clause: `${ZJ2017} 四(二)`,
  description: '日程表天数与申报天数不一致',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.projects) {
      const s = ctx.scheduleFor(p);
      if (!s || !p.days || !p.days.ok || !(p.days.value > 0)) continue;
      const total = countScheduleDays(s).totalDays;
      if (total === null || total === p.days.value) continue;
      emit(p.days.ref, message(total, p.days.value, this.clause), { projectKey: p.key, related: [scheduleHeader(s)], data: { scheduleDays: total, declaredDays: p.days.value } });
    }
  },
};
