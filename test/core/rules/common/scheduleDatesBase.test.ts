/** C-SCHEDULE-DATES judges order against the last date that was in order (a corpus disagreement, issue #9). */
import { sheetFromRows, type CellValue } from '../../../../src/core/grid';
import { reviewWorkbook } from '../../../../src/core/review';
import { cells } from '../builders';

const demand = sheetFromRows('需求表', [
  ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '预计办班时间'],
  [1, '智能制造专题培训班', '浙江省科学技术厅', '德国', 20, 4, '2023年5月'],
]);

function review(rows: CellValue[][], header = ['日期', '星期', '时段', '城市', '内容', '类型']) {
  const s = sheetFromRows('日程表', [['《智能制造专题培训班》日程安排表'], header, ...rows]);
  const r = reviewWorkbook({ file: 's.xlsx', sheets: [demand, s] }, { packs: [], asOf: '2024-06-01' });
  return r.findings.filter((f) => f.ruleId === 'C-SCHEDULE-DATES');
}

const day = (iso: string, w: string): CellValue[] => [iso, w, '全天', '柏林', '专题讲座', '专题培训'];

describe('C-SCHEDULE-DATES after a stray date', () => {
  it('reports a repeated date, not the correct date after it', () => {
    const fs = review([day('2023-05-11', '星期四'), day('2023-05-12', '星期五'), day('2023-05-11', '星期四'), day('2023-05-13', '星期六')]);
    expect(cells(fs)).toEqual(['日程表!A5']);
  });

  it('reports a backward date, not the correct date after it', () => {
    const fs = review([day('2023-05-08', '星期一'), day('2023-05-09', '星期二'), day('2023-05-07', '星期日'), day('2023-05-10', '星期三')]);
    expect(cells(fs)).toEqual(['日程表!A5']);
    expect(fs[0].data).toMatchObject({ date: '2023-05-07', previous: '2023-05-09' });
  });

  it('still reports a skip after a stray date (measured from the last date in order)', () => {
    const fs = review([day('2023-05-08', '星期一'), day('2023-05-09', '星期二'), day('2023-05-07', '星期日'), day('2023-05-11', '星期四')]);
    expect(cells(fs)).toEqual(['日程表!A5', '日程表!A6']);
    expect(fs[1].data).toMatchObject({ date: '2023-05-11', previous: '2023-05-09' });
  });

  it('a skip moves on: the day after the gap is in order', () => {
    const fs = review([day('2023-05-08', '星期一'), day('2023-05-10', '星期三'), day('2023-05-11', '星期四')]);
    expect(cells(fs)).toEqual(['日程表!A4']);
  });

  it('day numbers: a repeated 第N天 is reported, not the next one in order', () => {
    const n = (k: string): CellValue[] => [k, '全天', '柏林', '专题讲座', '专题培训'];
    const fs = review([n('第1天'), n('第2天'), n('第1天'), n('第3天')], ['天次', '时段', '城市', '内容', '类型']);
    // at the 天次 cell (it pointed at the row's content cell)
    expect(cells(fs)).toEqual(['日程表!A5']);
  });
});
