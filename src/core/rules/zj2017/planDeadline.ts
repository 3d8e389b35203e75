/**
 * ZJ-PLAN-DEADLINE (warning) — 浙外专发〔2017〕14号 二：“各组团单位…于每年11月底前将下一年度的培训项目
 * 报省外国专家局审核”. The plan year is the year of 出发日期, else of 预计办班时间; 填报日期 after
 * `planDeadline` (11-30) of the year before is late. The 年 月 日 line under the seal is not 填报日期.
 */
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { formatDate, yearOf } from '../dates';
import { ok } from '../util';
import type { Zj2017Params } from './params';

export const message = (filed: string, planYear: number, deadline: string, clause: string) =>
  cite(`填报日期${formatDate(filed)}晚于${planYear}年度计划的申报截止日${formatDate(deadline)}`, clause);

export const planDeadline: Rule<Zj2017Params> = {
  id: 'ZJ-PLAN-DEADLINE',
  pack: 'zj2017',
  severity: 'warning',
  clause: `${ZJ2017} 二`,
  description: '填报日期晚于计划年度前一年的11月30日',
  check(ctx, params, emit) {
    for (const p of ctx.parsed.projects) {
      const filed = ok(p.filedDate);
      if (!filed || !p.filedDate) continue;
      const from = ok(p.departDate) ?? ok(p.plannedTime)?.from;
      if (!from) continue;
      const planYear = yearOf(from);
      const deadline = `${String(planYear - 1).padStart(4, '0')}-${params.planDeadline}`;
      if (filed > deadline) emit(p.filedDate.ref, message(filed, planYear, deadline, this.clause), { projectKey: p.key, data: { filedDate: filed, planYear, deadline } });
    }
  },
};
