/** tallyCe follows the workbook's 审核设置 as the review does (corpus case ce05, issue #9). */
import { sheetFromRows, type WorkbookGrid } from '../../../src/core/grid';
import { reviewWorkbook } from '../../../src/core/review';
import { parseWorkbook } from '../../../src/core/sheets';
import { tallyCe } from '../../../src/core/ceReview';

const register = sheetFromRows('继续教育学时', [
  ['姓名', '身份证号', '单位', '年度', '科目类别', '形式', '学时'],
  ['李强', '330102198502022345', '甲所', 2024, '专业科目', '面授', 45],
  ['李强', '330102198502022345', '甲所', 2024, '公需科目', '网络', 30],
]);
const withSettings = (rows: (string | number)[][]): WorkbookGrid => ({
  file: 'ce.xlsx',
  sheets: [register, sheetFromRows('审核设置', [['参数', '值'], ...rows])],
});

describe('tallyCe and the workbook 审核设置', () => {
  it('capPublicHours set in the workbook caps the tally as it caps the review', () => {
    const grid = withSettings([['ce2007.capPublicHours', '是']]);
    const t = tallyCe([parseWorkbook(grid)], { packs: ['ce2007'] });
    expect(t.persons.map((p) => [p.name, p.recorded, p.total, p.shortfall])).toEqual([['李强', 75, 69, 3]]);
    const review = reviewWorkbook(grid, { packs: ['ce2007'], asOf: '2025-03-01' });
    expect(review.findings.filter((f) => f.ruleId === 'CE-ANNUAL-HOURS')).toHaveLength(1);
    expect(t.findings.filter((f) => f.ruleId === 'CE-ANNUAL-HOURS')).toHaveLength(1);
  });

  it('without the setting the public hours count in full', () => {
    const t = tallyCe([parseWorkbook(withSettings([['ce2007.minHours', '72']]))], { packs: ['ce2007'] });
    expect(t.persons.map((p) => [p.total, p.shortfall])).toEqual([[75, 0]]);
  });

  it('the workbook value wins over the options, as in a review', () => {
    const grid = withSettings([['ce2007.capPublicHours', '否']]);
    const t = tallyCe([parseWorkbook(grid)], { packs: ['ce2007'], params: { 'ce2007.capPublicHours': true } });
    expect(t.persons[0].total).toBe(75);
  });

  it('a bad workbook value is left out (the review reports it) and the options still apply', () => {
    const grid = withSettings([['ce2007.minHours', '很多']]);
    const t = tallyCe([parseWorkbook(grid)], { packs: ['ce2007'], params: { 'ce2007.capPublicHours': true } });
    expect(t.persons.map((p) => [p.total, p.required])).toEqual([[69, 72]]);
  });
});
