/**
 * SC-PARTNER (warning) — 四川 2020 预通知 四(四)：“综合管理类和一般性专业培训团组项目原则上应选择与科技部引智司有
 * 正式合作关系的境外机构”. The project says its institution is not a 合作机构.
 */
import type { Rule } from '../types';
import { SC2020, cite } from '../clauses';
import { fieldRef } from '../util';
import type { Sc2020Params } from './params';

export const message = (category: string, clause: string) =>
  cite(`项目类别为“${category}”，境外培训机构不是与科技部有正式合作关系的合作机构`, clause);

export const partner: Rule<Sc2020Params> = {
  id: 'SC-PARTNER',
  pack: 'sc2020',
  severity: 'warning',
  clause: `${SC2020} 四(四)`,
  description: '综合管理类、一般性专业项目的境外培训机构不是合作机构',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.projects) {
      const c = p.category ?? '';
      if (!c.includes('综合管理') && !c.includes('一般性专业')) continue;
      const cb = p.isPartner;
      if (!cb || cb.yes || !cb.no) continue; // unanswered or both ticked: C-CHECKBOX
      emit(cb.ref ?? fieldRef(p, 'institution'), message(c, this.clause), { projectKey: p.key, data: { category: c } });
    }
  },
};
