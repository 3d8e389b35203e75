/**
 * ZJ-CITIES (info) — 浙外专发〔2017〕14号 二(二)：“培训地点应当相对集中”. 000 gives no number: more
 * distinct cities abroad (counted as for ZJ-INTERCITY: no city in China, no transit point; with or
 * without dates) than `maxCities`, this tool's default, is a hint for the reviewer, and the message says
 * so. At the city cell of the first city over the limit.
 */
import type { CellRef } from '../../grid';
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import type { Zj2017Params } from './params';
import { citiesAbroad } from './travel';

export const message = (cities: string[], max: number, clause: string) =>
  cite(
    `日程涉及${cities.length}个境外城市（${cities.join('、')}），多于本工具默认的${max}个；通知只要求培训地点应当相对集中，未规定城市数，请审核人员判断`,
    clause,
  );

export const cities: Rule<Zj2017Params> = {
  id: 'ZJ-CITIES',
  pack: 'zj2017',
  severity: 'info',
  clause: `${ZJ2017} 二(二) 培训地点应当相对集中`,
  offlineOnly: true,
  description: '境外城市多于本工具默认数目（培训地点应当相对集中，提示）',
  check(ctx, params, emit) {
    for (const p of ctx.parsed.projects) {
      // (read for every project, not only at a finding: the projects' several shapes are then all known
      // when this is optimised, where a read at the rare finding threw the optimised rule away — round 14)
      const projectKey = p.key;
      const s = ctx.scheduleFor(p);
      if (!s) continue;
      const seen: string[] = [];
      let firstOver: CellRef | null = null;
      for (const row of s.rows) {
        const names = citiesAbroad(row, params);
        // (indexed: an iterator per row over the shared lists was this rule's garbage)
        for (let i = 0; i < names.length; i++) {
          const name = names[i];
          if (seen.includes(name)) continue;
          seen.push(name);
          // the first city over the limit (only then is there a finding)
          if (seen.length === params.maxCities + 1) firstOver = row.city?.ref ?? row.content?.ref ?? row.date?.ref ?? null;
        }
      }
      if (firstOver) {
        emit(firstOver, message(seen, params.maxCities, this.clause), { projectKey, data: { cities: seen.length, maxCities: params.maxCities, names: seen.join('、') } });
      }
    }
  },
};
