/**
 * C-CHECKBOX — 001 附件2 需求表: 是否有境外资助 `有☐（资助方____）否☐` and 是否境外培训合作机构
 * `是☐ 否☐` take exactly one tick. Both ticked or neither is an error at the cell holding the ticks.
 */
import type { Checkbox, Project } from '../../model/records';
import type { Rule } from '../types';
import { DEMAND_FORM, cite } from '../clauses';
import type { CommonParams } from './params';

export const message = (label: string, both: boolean, clause: string) =>
  cite(`“${label}”${both ? '两个选项都勾选了' : '两个选项都未勾选'}，应只勾选一项`, clause);

/** Both or neither ticked; in a list a blank cell is left to the reviewer (nothing was answered). */
export function badTicks(cb: Checkbox | undefined, p: Project): 'both' | 'neither' | null {
  if (!cb) return null;
  if (cb.yes && cb.no) return 'both';
  if (!cb.yes && !cb.no) return p.layout === 'list' && cb.text.trim() === '' ? null : 'neither';
  return null;
}

export const checkbox: Rule<CommonParams> = {
  id: 'C-CHECKBOX',
  pack: 'common',
  severity: 'error',
  clause: DEMAND_FORM,
  description: '“是否有境外资助”或“是否境外培训合作机构”两项都勾选或都未勾选',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.projects) {
      for (const [cb, label] of [
        [p.hasSponsor, '是否有境外资助'],
        [p.isPartner, '是否境外培训合作机构'],
      ] as const) {
        const bad = badTicks(cb, p);
        if (cb && bad) emit(cb.ref, message(label, bad === 'both', this.clause), { projectKey: p.key, data: { question: label, ticked: bad } });
      }
    }
  },
};
