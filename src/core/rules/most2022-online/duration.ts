/** MO-DURATION (warning) — 国科才函〔2022〕39号 二(一)3：“向科技部人才与科普司提交培训需求表，培训时间一般控制在一周以内”. */
import type { Rule } from '../types';
import { MOST2022, cite } from '../clauses';
import type { Most2022Params } from './params';

export const message = (days: number, max: number, clause: string) => cite(`培训时间${days}天，超过${max}天（一般控制在一周以内）`, clause);

export const duration: Rule<Most2022Params> = {
  id: 'MO-DURATION',
  pack: 'most2022-online',
  onlineOnly: true,
  severity: 'warning',
  clause: `${MOST2022} 二(一)3 一般控制在一周以内`,
  description: '培训时间超过一周（7天）',
  check(ctx, params, emit) {
    for (const p of ctx.parsed.projects) {
      const r = p.days;
      if (r && r.ok && r.value > params.maxDays) emit(r.ref, message(r.value, params.maxDays, this.clause), { projectKey: p.key, data: { days: r.value, maxDays: params.maxDays } });
    }
  },
};
