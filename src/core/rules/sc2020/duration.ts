/**
 * SC-DURATION — 四川 2020 预通知 四(三)：“根据实际需要确定境外培训时间，培训时间为14天-360天以内的非学历教育”.
 * Offline only: an online course is not a stay abroad.
 */
import type { Rule } from '../types';
import { SC2020, cite } from '../clauses';
import type { Sc2020Params } from './params';

export const message = (days: number, min: number, max: number, clause: string) => cite(`培训天数${days}天，不在${min}天至${max}天之内`, clause);

export const duration: Rule<Sc2020Params> = {
  id: 'SC-DURATION',
  pack: 'sc2020',
  severity: 'error',
  clause: `${SC2020} 四(三)`,
  offlineOnly: true,
  description: '培训天数不在14天至360天之内（仅线下）',
  check(ctx, params, emit) {
    for (const p of ctx.parsed.projects) {
      const r = p.days;
      if (!r || !r.ok || !(r.value > 0)) continue;
      if (r.value < params.minDays || r.value > params.maxDays) emit(r.ref, message(r.value, params.minDays, params.maxDays, this.clause), { projectKey: p.key, data: { days: r.value, minDays: params.minDays, maxDays: params.maxDays } });
    }
  },
};
