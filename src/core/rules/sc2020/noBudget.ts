/**
 * SC-NO-BUDGET — 四川 2020 预通知 四(一)：“因公出国(境）培训经费要纳入本地区本部门因公出国（境）经费预算管理，
 * 无因公出国（境）经费预算的单位不得申报因公出国(境）培训项目”.
 */
import type { Rule } from '../types';
import { SC2020, cite } from '../clauses';
import type { Sc2020Params } from './params';

export const message = (clause: string) => cite('未纳入因公出国（境）经费预算的单位不得申报因公出国（境）培训项目', clause);

export const noBudget: Rule<Sc2020Params> = {
  id: 'SC-NO-BUDGET',
  pack: 'sc2020',
  severity: 'error',
  clause: `${SC2020} 四(一)`,
  description: '未纳入因公出国（境）经费预算',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.projects) {
      const r = p.inBudget;
      if (r && r.ok && r.value === false) emit(r.ref, message(this.clause), { projectKey: p.key, data: { inBudget: false } });
    }
  },
};
