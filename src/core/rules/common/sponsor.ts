/**
 * C-SPONSOR — 001 附件2 需求表 `是否有境外资助 有☐（资助方____）`: when 有 is ticked the 资助方 must be
 * named. Underscores count as blank; both boxes ticked is C-CHECKBOX only. The cell is the one
 * holding the ticks.
 */
import type { Project } from '../../model/records';
import type { Rule } from '../types';
import { DEMAND_FORM, cite } from '../clauses';
import type { CommonParams } from './params';

export const message = (clause: string) => cite('勾选了“有境外资助”，但未填写资助方', clause);

export function sponsorName(p: Project): string {
  const inline = (p.hasSponsor?.inlineSponsor ?? '').replace(/[_＿\s\u3000]/g, '');
  if (inline !== '') return inline;
  return (p.fields.sponsor?.text ?? '').replace(/[_＿\s\u3000]/g, '').replace(/^资助方[:：]?/, '');
}

export const sponsor: Rule<CommonParams> = {
  id: 'C-SPONSOR',
  pack: 'common',
  severity: 'error',
  clause: DEMAND_FORM,
  description: '有境外资助但资助方为空',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.projects) {
      const cb = p.hasSponsor;
      if (!cb || !cb.yes || cb.no) continue;
      if (sponsorName(p) === '') emit(cb.ref, message(this.clause), { projectKey: p.key, data: { sponsor: '' } });
    }
  },
};
