/** The review on grids read by the real sheet reader (src/core/sheets): the contract between reader and rules. */
import { sheetFromRows } from '../../src/core/grid';
import { reviewWorkbook } from '../../src/core/review';

const demand = sheetFromRows('需求表', [
  ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '经费预算（万元）', '境外培训机构', '培训对象', '培训目的', '培训主要内容和必要性', '联系人', '电话', '项目编号'],
  [1, '智能制造关键技术专题培训班', '浙江省科学技术厅', '德国', 21, 15, 30, '慕尼黑工业大学', '技术人员', '学习', '课程', '张三', '0571-87054069', 'ZJ-001'],
  ['合计', '', '', '', 21, 15, 30],
]);

function scheduleRows(studyDays: number) {
  const rows: (string | number)[][] = [['项目编号', '日期', '时段', '城市', '内容', '类型']];
  for (let i = 0; i < 15; i++) {
    const d = `2024-06-${String(3 + i).padStart(2, '0')}`;
    rows.push(['ZJ-001', d, '全天', '柏林', i < studyDays ? '课程' : '休整', i < studyDays ? (i < 5 ? '专题培训' : '课堂学习') : '休整']);
  }
  return sheetFromRows('日程表', rows);
}

describe('review of a real grid', () => {
  it('finds the ratio and group size problems at their cells, and tallies', () => {
    const r = reviewWorkbook({ file: 'unit.xlsx', sheets: [demand, scheduleRows(9)] }, { packs: ['zj2017', 'sc2020'], asOf: '2024-08-01' });
    const got = r.findings.map((f) => `${f.ruleId}@${f.sheet}!${f.cell}`);
    expect(got).toContain('ZJ-RATIO-STUDY@需求表!B2');
    expect(got).toContain('SC-GROUP-SIZE@需求表!E2');
    expect(got.filter((g) => g.startsWith('C-REQUIRED'))).toEqual([]);
    expect(r.projects).toHaveLength(1);
    expect(r.projects[0].tallies).toMatchObject({ totalDays: 15, studyDays: 9, topicDays: 5 });
  });
  it('passes exactly 2/3', () => {
    const r = reviewWorkbook({ file: 'unit.xlsx', sheets: [demand, scheduleRows(10)] }, { packs: ['zj2017'], asOf: '2024-08-01' });
    expect(r.findings.map((f) => f.ruleId)).not.toContain('ZJ-RATIO-STUDY');
  });
});

describe('review with skipInfo', () => {
  it('gives exactly the errors and warnings of the full review, in the same order, and the same tallies', () => {
    // text numbers (C-NORMALISED info) beside the warnings and errors of the demand above
    const noted = sheetFromRows('需求表', [
      ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '经费预算（万元）', '境外培训机构', '培训对象', '培训目的', '培训主要内容和必要性', '联系人', '电话', '项目编号'],
      [1, '智能制造关键技术专题培训班', '浙江省科学技术厅', '德国', '21人', '15天', '300000元', '慕尼黑工业大学', '技术人员', '学习', '课程', '张三', '0571-87054069', 'ZJ-001'],
    ]);
    const grid = { file: 'unit.xlsx', sheets: [noted, scheduleRows(9)] };
    const options = { packs: ['zj2017', 'sc2020', 'most2022-online', 'ce2007', 'cas'] as const, asOf: '2024-08-01' };
    const full = reviewWorkbook(grid, { ...options, packs: [...options.packs] });
    const lean = reviewWorkbook(grid, { ...options, packs: [...options.packs], skipInfo: true });
    expect(full.findings.some((f) => f.severity === 'info')).toBe(true);
    expect(lean.findings).toEqual(full.findings.filter((f) => f.severity !== 'info'));
    expect(lean.projects).toEqual(full.projects);
  });
});
