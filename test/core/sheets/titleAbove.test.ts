/**
 * titleAbove (the title rows over a schedule or participant header, for linking by theme and for a year):
 * the first row above the header that shows any text, its texts joined by one space, pointing at its
 * first text cell. (Joined in a loop since round 11, not through a mapped array.)
 */
import { sheetFromRows } from '../../../src/core/grid';
import { SheetView } from '../../../src/core/sheets';
import { titleAbove } from '../../../src/core/sheets/schedule';

const header = ['日期', '时间', '城市', '内容'];

describe('titleAbove', () => {
  test('one text cell: that text, at that cell', () => {
    const v = new SheetView(sheetFromRows('日程', [[null, '2023年智能制造培训班日程'], header]));
    expect(titleAbove(v, 1)).toEqual({ text: '2023年智能制造培训班日程', ref: { sheet: '日程', row: 0, col: 1 } });
  });

  test('several text cells: joined by one space in column order, blanks skipped, at the first', () => {
    const v = new SheetView(sheetFromRows('日程', [[null, ' 2023年 ', null, '智能制造', '培训班日程'], header]));
    expect(titleAbove(v, 1)).toEqual({ text: '2023年 智能制造 培训班日程', ref: { sheet: '日程', row: 0, col: 1 } });
  });

  test('blank rows above are passed over; a row at or below the header is not a title', () => {
    const v = new SheetView(sheetFromRows('日程', [[null], ['', '  '], ['主题一'], header]));
    expect(titleAbove(v, 3)).toEqual({ text: '主题一', ref: { sheet: '日程', row: 2, col: 0 } });
    expect(titleAbove(v, 2)).toBeNull();
    expect(titleAbove(new SheetView(sheetFromRows('日程', [header, ['x']])), 0)).toBeNull();
  });
});
