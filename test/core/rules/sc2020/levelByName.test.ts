/**
 * Round 15: SC-CADRE-LOCAL's and SC-ORGDEPT-LOCAL's readings of a unit's level are kept by its name (`byName`).
 * Against the plain way (the name read each time), on generated names asked again and again, past the bound.
 */
import fc from 'fast-check';
import { byName, isLocalUnit, localUnitByName } from '../../../../src/core/rules/sc2020/level';
import { isLocalOrgDept, localOrgDeptByName } from '../../../../src/core/rules/sc2020/orgDeptLocal';

const PARTS = ['中共', '四川省', '广西壮族自治区', '北京市', '成都市', '凉山州', '三台县', '武侯区', '市委', '州委', '县委', '区委', '党委', '组织部', '自治区', '党委组织部',
  '人民政府', '教育厅', '科学技术局', '市场监督管理局', '校区', '驻北京办事处', '大学', ' ', '\u3000', '委员会'];
const nameArb = fc.array(fc.constantFrom(...PARTS), { maxLength: 5 }).map((xs) => xs.join(''));

describe('a unit\'s level kept by its name', () => {
  it('isLocalUnit and isLocalOrgDept answer as the plain readings, asked once or again', () => {
    fc.assert(
      fc.property(fc.array(nameArb, { maxLength: 20 }), (names) => {
        for (const n of [...names, ...names.reverse()]) {
          expect(isLocalUnit(n)).toBe(localUnitByName(n));
          expect(isLocalOrgDept(n)).toBe(localOrgDeptByName(n));
        }
      }),
      { numRuns: 300 },
    );
  });
  it('answers each name by its own reading, past the bound of names kept', () => {
    const asked: string[] = [];
    const even = byName((name) => (asked.push(name), Number(name.slice(1)) % 2 === 0));
    for (let round = 0; round < 2; round++) for (let i = 0; i < 6000; i++) expect(even(`n${i}`)).toBe(i % 2 === 0);
    // kept: a few names asked again are read once
    asked.length = 0;
    for (let round = 0; round < 3; round++) for (let i = 0; i < 50; i++) expect(even(`m${2 * i + 1}`)).toBe(false);
    expect(asked.length).toBe(50);
  });
});
