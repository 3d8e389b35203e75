/**
 * SC-ORGDEPT-LOCAL (error) — 四川 2020 预通知 二(三)1：“省委组织部负责调训省委管理干部及后备干部。地市级和县级党委
 * 组织部不直接组织境外培训”. The 组团单位 is a prefecture- or county-level Party organisation department
 * (…市委/州委/县委/区委组织部, with or without 中共; not 省委组织部, not a municipality's 市委组织部, which is
 * provincial level), whatever the 项目类别.
 */
import type { Rule } from '../types';
import { SC2020, cite } from '../clauses';
import { belowProvince, byName } from './level';
import type { Sc2020Params } from './params';

/** `中共成都市委组织部`, `凉山州委组织部`, `三台县委组织部`, `武侯区委组织部` — not 省委 or 自治区党委. */
export const isLocalOrgDept = byName(localOrgDeptByName);

/** isLocalOrgDept, read from the name each time (the plain way). */
export function localOrgDeptByName(name: string): boolean {
  const s = belowProvince(name);
  // an autonomous region's 党委组织部 is provincial; a bare 市委组织部 / 县委组织部 is local
  return !/自治区(党)?委/.test(s) && /(市|州|县|区)(党)?委(员会)?组织部/.test(s);
}

export const message = (unit: string, clause: string) => cite(`组团单位“${unit}”为地市级或县级党委组织部，不直接组织境外培训`, clause);

export const orgDeptLocal: Rule<Sc2020Params> = {
  id: 'SC-ORGDEPT-LOCAL',
  pack: 'sc2020',
  severity: 'error',
  clause: `${SC2020} 二(三)1`,
  description: '组团单位为地市级或县级党委组织部（不直接组织境外培训）',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.projects) {
      const unit = p.fields.unit;
      if (!unit || !isLocalOrgDept(unit.text)) continue;
      emit(unit.ref, message(unit.text.trim(), this.clause), { projectKey: p.key, data: { unit: unit.text.trim() } });
    }
  },
};
