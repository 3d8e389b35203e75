/**
 * ZJ-CIVIL-SERVANTS (warning: 一般) — 浙外专发〔2017〕14号 二(三)：“非党政类培训团组的参训人员中公务员
 * （含参公事业单位）一般不得超过2人”. Counted from the participant list where it says who is a civil servant, else from
 * the 公务员人数 column. 党政类 groups are exempt.
 */
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { fieldRef } from '../util';
import type { Zj2017Params } from './params';

export const message = (count: number, max: number, clause: string) =>
  cite(`非党政类团组参训人员中公务员（含参公事业单位人员）${count}人，超过${max}人`, clause);

export function isPartyGovernment(category: string | undefined): boolean {
  return !!category && category.includes('党政');
}

export const civilServants: Rule<Zj2017Params> = {
  id: 'ZJ-CIVIL-SERVANTS',
  pack: 'zj2017',
  severity: 'warning',
  clause: `${ZJ2017} 二(三) 一般不得超过2人`,
  description: '非党政类团组公务员（含参公事业单位人员）超过2人',
  check(ctx, params, emit) {
    for (const p of ctx.parsed.projects) {
      if (isPartyGovernment(p.category)) continue;
      const people = ctx.participantsFor(p).filter((x) => x.civilServant !== null);
      if (people.length > 0) {
        const servants = people.filter((x) => x.civilServant === true);
        if (servants.length > params.maxCivilServants) {
          const over = servants[params.maxCivilServants];
          emit(over.civilServantRef ?? over.name.ref, message(servants.length, params.maxCivilServants, this.clause), { projectKey: p.key, data: { civilServants: servants.length, maxCivilServants: params.maxCivilServants } });
        }
        continue;
      }
      const r = p.civilServants;
      if (r && r.ok && r.value > params.maxCivilServants) {
        emit(r.ref ?? fieldRef(p, 'civilServants'), message(r.value, params.maxCivilServants, this.clause), { projectKey: p.key, data: { civilServants: r.value, maxCivilServants: params.maxCivilServants } });
      }
    }
  },
};
