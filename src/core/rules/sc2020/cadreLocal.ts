/**
 * SC-CADRE-LOCAL (warning) — 四川 2020 预通知 二(三)1：“地市级和县级党委组织部不直接组织境外培训，地市级及
 * 以下其他部门也不组织党政干部综合管理类培训项目”. A 党政类 (综合管理) project whose 组团单位 is a
 * prefecture-level or lower body other than a Party organisation department (that is SC-ORGDEPT-LOCAL),
 * read from its name: …市/…州/自治州/…县/…区 bodies (002 writes 市（州）), not 省 bodies, not a 校区 or 园区.
 */
import type { Rule } from '../types';
import { SC2020, cite } from '../clauses';
import type { Sc2020Params } from './params';
import { isLocalOrgDept } from './orgDeptLocal';
import { isLocalUnit } from './level';

export { isLocalUnit };

export function isCadreProject(category: string | undefined): boolean {
  return !!category && (category.includes('党政') || category.includes('综合管理'));
}

export const message = (unit: string, category: string, clause: string) =>
  cite(`项目类别为“${category}”，组团单位“${unit}”为地市级及以下单位，不组织党政干部综合管理类培训项目`, clause);

export const cadreLocal: Rule<Sc2020Params> = {
  id: 'SC-CADRE-LOCAL',
  pack: 'sc2020',
  severity: 'warning',
  clause: `${SC2020} 二(三)1`,
  description: '地市级及以下单位组织党政类（综合管理类）项目',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.projects) {
      const unit = p.fields.unit;
      if (!isCadreProject(p.category) || !unit || unit.text.trim() === '') continue;
      if (isLocalOrgDept(unit.text)) continue; // SC-ORGDEPT-LOCAL
      if (isLocalUnit(unit.text)) {
        emit(unit.ref, message(unit.text.trim(), p.category!, this.clause), { projectKey: p.key, data: { unit: unit.text.trim(), category: p.category! } });
      }
    }
  },
};
