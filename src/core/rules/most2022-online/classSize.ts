/** MO-CLASS-SIZE (warning) — 国科才函〔2022〕39号 一、2：“建议2022年采取分散式开展线上培训，每班规模一般不超过150人”. */
import type { Rule } from '../types';
import { MOST2022, cite } from '../clauses';
import type { Most2022Params } from './params';

export const message = (people: number, max: number, clause: string) => cite(`每班规模${people}人，超过${max}人`, clause);

export const classSize: Rule<Most2022Params> = {
  id: 'MO-CLASS-SIZE',
  pack: 'most2022-online',
  onlineOnly: true,
  severity: 'warning',
  clause: `${MOST2022} 一、2 每班规模一般不超过150人`,
  description: '每班规模超过150人',
  check(ctx, params, emit) {
    for (const p of ctx.parsed.projects) {
      const r = p.people;
      if (r && r.ok && r.value > params.maxClassSize) emit(r.ref, message(r.value, params.maxClassSize, this.clause), { projectKey: p.key, data: { people: r.value, maxClassSize: params.maxClassSize } });
    }
  },
};
