/**
 * C-SCHEDULE-DATES on a 第N天 schedule where a row's 内容 (or 城市) is blank: the finding points at the
 * row's 天次 cell, which every such row has, so a blank 内容 never moves it or makes the rule fail.
 */
import { sheetFromRows, type CellValue } from '../../../../src/core/grid';
import { reviewWorkbook } from '../../../../src/core/review';

function review(rows: CellValue[][]) {
  const demand = sheetFromRows('需求表', [
    ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '预计办班时间'],
    [1, '智能制造专题培训班', '浙江省科学技术厅', '德国', 20, 3, '2023年5月'],
  ]);
  const s = sheetFromRows('日程表', [['《智能制造专题培训班》日程安排表'], ['日期', '时段', '城市', '内容', '类型'], ...rows]);
  return reviewWorkbook({ file: 's.xlsx', sheets: [demand, s] }, { packs: ['zj2017'], asOf: '2024-06-01' }).findings.filter((f) => f.ruleId === 'C-SCHEDULE-DATES');
}

describe('C-SCHEDULE-DATES: 第N天 rows with a blank 内容', () => {
  it('a repeated 第1天 with no 内容 is reported at its 天次 cell', () => {
    const fs = review([
      ['第1天', '全天', '柏林', '专题讲座', '专题培训'],
      ['第2天', '全天', '柏林', '课程', '课堂学习'],
      ['第1天', '全天', '慕尼黑', null, '课堂学习'],
    ]);
    expect(fs.map((f) => [f.cell, f.message, f.data])).toEqual([['A5', '第1天在日程中重复出现', { day: 1 }]]);
  });

  it('a 第N天 row with neither 内容 nor 城市 is pointed at by its 天次 cell, and the rule goes on to the next row', () => {
    const fs = review([
      ['第1天', '全天', '柏林', '专题讲座', '专题培训'],
      ['第3天', '全天', null, null, '课堂学习'],
      ['第2天', '全天', '柏林', '课程', '课堂学习'],
    ]);
    expect(fs.map((f) => [f.cell, f.message])).toEqual([
      ['A4', '第3天排在第1天之后，顺序不连续'],
      ['A5', '第2天排在第3天之后，顺序不连续'],
    ]);
  });

  it('a schedule that starts at 第2天 (the flight day left out) is in order', () => {
    expect(review([['第2天', '全天', '柏林', '专题讲座', '专题培训'], ['第3天', '全天', '柏林', '课程', '课堂学习']])).toEqual([]);
  });
});

describe('C-SCHEDULE-DATES: 第N天 order is judged against the last day in order', () => {
  it('第1、3、2、4天: the skip to 第3天 and the step back to 第2天, but 第4天 after 第3天 is in order', () => {
    const fs = review([
      ['第1天', '全天', '柏林', '专题讲座', '专题培训'],
      ['第3天', '全天', '柏林', '课程', '课堂学习'],
      ['第2天', '全天', '柏林', '课程', '课堂学习'],
      ['第4天', '全天', '柏林', '课程', '课堂学习'],
    ]);
    expect(fs.map((f) => [f.cell, f.message])).toEqual([
      ['A4', '第3天排在第1天之后，顺序不连续'],
      ['A5', '第2天排在第3天之后，顺序不连续'],
    ]);
  });
});
