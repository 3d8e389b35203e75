/**
 * SC-CADRE-LOCAL (warning) — 四川 2020 预通知 二(三)1：“地市级和县级党委组织部不直接组织境外培训，地市级及
 * 以下其他部门也不组织党政干部综合管理类培训项目”. A 党政类 (综合管理) project whose 组团单位 is a
 * prefecture-level or lower body, read from its name (…市/…县/…区 bodies, not 省 bodies).
 */
import type { Rule } from '../types';
import { SC2020, cite } from '../clauses';
import type { Sc2020Params } from './params';

/** 市 / 区 inside ordinary words that do not name a place. */
const NOT_PLACES = /市场|城市(?=管理|规划|建设|发展|更新|轨道|交通|设计|学院|大学)|超市|市民|社区|园区|景区|校区|地区|小区|片区|专区|自治区/g;

/** Prefecture level or lower, judged from the name: a 市/县/区/自治州 body below any leading 省. */
export function isLocalUnit(name: string): boolean {
  let s = name.replace(/[\s\u3000]/g, '');
  // Municipalities directly under the central government are provincial level.
  s = s.replace(/^(北京|上海|天津|重庆)市/, '');
  // Strip the province (四川省…, 广西壮族自治区…): what follows decides.
  s = s.replace(/^[\u4e00-\u9fff]{2,8}?(省|自治区)/, '');
  s = s.replace(NOT_PLACES, '');
  return /市|县|区|自治州|州(委|政府|人民|[\u4e00-\u9fff]{0,6}局)/.test(s);
}

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
      if (isLocalUnit(unit.text)) emit(unit.ref, message(unit.text.trim(), p.category!, this.clause), { projectKey: p.key });
    }
  },
};
