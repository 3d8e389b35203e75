/** A bad 审核设置 value is C-UNREADABLE at its value cell (corpus case x02, issue #9: it had no cell). */
import { sheetFromRows } from '../../../src/core/grid';
import { reviewWorkbook } from '../../../src/core/review';

const demand = sheetFromRows('需求表', [
  ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '预计办班时间'],
  [1, '智能制造专题培训班', '浙江省科学技术厅', '德国', 20, 10, '2023年5月'],
]);
const review = (rows: string[][]) =>
  reviewWorkbook(
    { file: 's.xlsx', sheets: [demand, sheetFromRows('审核设置', [['参数', '值'], ...rows])] },
    { packs: ['zj2017'], asOf: '2024-06-01' },
  ).findings.filter((f) => f.ruleId === 'C-UNREADABLE');

describe('C-UNREADABLE for a bad 审核设置 value', () => {
  it('points at the value cell of the bad parameter, one finding per bad value', () => {
    const fs = review([
      ['zj2017.minNoticeWorkdays', '5'],
      ['zj2017.maxCities', '三个'],
      ['zj2017.maxCivilServants', '两人'],
    ]);
    expect(fs.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['审核设置!B3', '审核设置!B4']);
    expect(fs[0].message).toContain('zj2017.maxCities');
    expect(fs[1].message).toContain('zj2017.maxCivilServants');
    expect(fs[1].message).not.toContain('zj2017.maxCities'); // an earlier bad value is not blamed on a later key
  });

  it('an unknown parameter of the pack is reported at its own cell, the good values around it are not', () => {
    const fs = review([
      ['zj2017.maxCities', '4'],
      ['zj2017.maxCitys', '3'],
      ['zj2017.minNoticeWorkdays', '5'],
    ]);
    expect(fs.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['审核设置!B3']);
    expect(fs[0].message).toContain('未知参数 zj2017.maxCitys');
  });

  it('a good value gives nothing; a value of another pack is not this pack’s problem', () => {
    expect(
      review([
        ['zj2017.maxCities', '4'],
        ['sc2020.maxGroupSize', '很多'],
      ]),
    ).toEqual([]);
  });
});
