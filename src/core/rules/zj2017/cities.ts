/**
 * ZJ-CITIES (warning) — 浙外专发〔2017〕14号 二(二)：“培训地点应当相对集中”.
 * The distinct cities where the group trains or visits (rows other than 交通; cities at home not
 * counted) should not exceed `maxCities`. At the city cell of the first city over the limit.
 */
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import type { Zj2017Params } from './params';

export const message = (cities: string[], max: number, clause: string) =>
  cite(`日程涉及${cities.length}个城市（${cities.join('、')}），超过${max}个，培训地点应当相对集中`, clause);

export const cities: Rule<Zj2017Params> = {
  id: 'ZJ-CITIES',
  pack: 'zj2017',
  severity: 'warning',
  clause: `${ZJ2017} 二(二)`,
  description: '培训城市多于规定数目（培训地点应当相对集中）',
  check(ctx, params, emit) {
    for (const p of ctx.parsed.projects) {
      const s = ctx.scheduleFor(p);
      if (!s) continue;
      const seen: string[] = [];
      let firstOver: import('../../grid').CellRef | null = null;
      for (const row of s.rows) {
        if (row.type === '交通') continue;
        if (row.countries.length > 0 && row.countries.every((c) => c === '中国')) continue;
        for (const c of row.cities) {
          const name = c.trim();
          if (name === '' || seen.includes(name)) continue;
          seen.push(name);
          if (seen.length === params.maxCities + 1) firstOver = row.city?.ref ?? row.content?.ref ?? null;
        }
      }
      if (seen.length > params.maxCities && firstOver) emit(firstOver, message(seen, params.maxCities, this.clause), { projectKey: p.key });
    }
  },
};
