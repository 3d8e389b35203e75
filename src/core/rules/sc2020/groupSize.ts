/** SC-GROUP-SIZE (warning: 原则上) — 四川 2020 预通知 四(三)：“严格控制项目申报人数和参团人数。原则上每团总申报人数不超过20人”. */
import type { Rule } from '../types';
import { SC2020, cite } from '../clauses';
import type { Sc2020Params } from './params';

export const message = (people: number, max: number, clause: string) => cite(`每团申报人数${people}人，超过${max}人`, clause);

export const groupSize: Rule<Sc2020Params> = {
  id: 'SC-GROUP-SIZE',
  pack: 'sc2020',
  severity: 'warning',
  clause: `${SC2020} 四(三)`,
  description: '每团申报人数超过20人',
  check(ctx, params, emit) {
    for (const p of ctx.parsed.projects) {
      const r = p.people;
      if (r && r.ok && r.value > params.maxGroupSize) emit(r.ref, message(r.value, params.maxGroupSize, this.clause), { projectKey: p.key, data: { people: r.value, maxGroupSize: params.maxGroupSize } });
    }
  },
};
