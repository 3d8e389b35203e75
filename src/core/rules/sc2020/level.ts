/**
 * The administrative level of a 组团单位, read from its name (RULES.md "Where a finding points":
 * prefecture level or lower is …市, …州/自治州, …县/自治县, …区 bodies; not 省 bodies, not a 校区 or 园区).
 * Used by SC-CADRE-LOCAL and SC-ORGDEPT-LOCAL.
 */

import { remembered } from '../util';

/** 市 / 区 inside ordinary words that do not name a place. */
const NOT_PLACES = /市场|城市(?=管理|规划|建设|发展|更新|轨道|交通|设计|学院|大学)|超市|市民|市政(?!府)|社区|园区|景区|校区|地区|小区|片区|专区|区域|区划|县域|自治区/g;

/** The name below its province: `中共`, a leading 省/自治区 and a municipality under the centre removed. */
export function belowProvince(name: string): string {
  let s = name.replace(/[\s\u3000]/g, '').replace(/^中共/, '');
  // Municipalities directly under the central government are provincial level.
  s = s.replace(/^(北京|上海|天津|重庆)市/, '');
  // Strip the province (四川省…, 广西壮族自治区…): what follows decides.
  return s.replace(/^[\u4e00-\u9fff]{2,8}?(省|自治区)/, '');
}

/**
 * `answer` kept by the name it was asked about. A 组团单位 recurs in workbook after workbook, and SC-CADRE-LOCAL and
 * SC-ORGDEPT-LOCAL read its level with four or five regular expressions and the strings they make, per project and
 * rule (docs/BENCH.md, round 15). Names that keep changing are not kept without bound.
 */
export function byName(answer: (name: string) => boolean): (name: string) => boolean {
  return remembered(answer, 5000);
}

/** Prefecture level or lower, judged from the name: a 市/县/区/州/自治州 body below any leading 省. */
export const isLocalUnit = byName(localUnitByName);

/** isLocalUnit, read from the name each time (the plain way). */
export function localUnitByName(name: string): boolean {
  const s = belowProvince(name).replace(NOT_PLACES, '');
  // 四川省驻北京市办事处: the province's own office; the place after 驻 is where it sits, not its level.
  if (s.startsWith('驻')) return false;
  return /市|县|区|自治州|州(委|政府|人民|[\u4e00-\u9fff]{0,6}(局|厅|委员会|办公室|学校|医院))/.test(s);
}
