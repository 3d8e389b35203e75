import { sheetFromRows, type CellValue } from '../../../src/core/grid';
import { SheetView } from '../../../src/core/sheets/view';
import { mg, sheet } from './helpers';

const isLabel = (t: string) => ['日期', '时段', '内容', '类型'].includes(t);

describe('SheetView.scanRow', () => {
  const v = new SheetView(
    sheetFromRows('s', [
      ['日期', '时段', '内容'],
      [null, null, null],
      ['2023-05-08', '上午', '专题讲座'],
      ['合  计', null, 3],
      ['2023-05-09', '下午', '小计：'],
      ['日期', '时段', '内容'],
      ['日期', '时段', '柏林'],
      ['备注：以上为计划', '日期', '合计'],
      [null, '注：单位为天'],
      ['联系人', '张三'],
    ]),
  );
  test.each([
    [0, 'header'],
    [1, 'blank'],
    [2, 'data'],
    [3, 'total'],
    [4, 'total'],
    [5, 'header'],
    [6, 'data'], // two labels, not three
    [7, 'footer'], // the first text decides before any 合计
    [8, 'footer'],
    [9, 'data'], // 联系人 alone is not a footer line
    [42, 'blank'], // no such row
  ])('row %i is %s', (row, kind) => {
    expect(v.scanRow(row, isLabel, 12)).toBe(kind);
  });
  test('without a label test a repeated header is data, and labels longer than the limit do not count', () => {
    expect(v.scanRow(0)).toBe('data');
    expect(v.scanRow(0, isLabel, 1)).toBe('data');
    expect(v.scanRow(0, isLabel, 2, 4)).toBe('data');
  });
});

describe('SheetView merges', () => {
  test('are found past row 65 536 and only inside their area', () => {
    const rows: CellValue[][] = [];
    rows[70001] = ['2023-05-08', '上午'];
    rows[70002] = [null, '下午'];
    const v = new SheetView(sheet('s', rows, [mg(70001, 0, 70002, 0)]));
    expect(v.merge(70002, 0)).toEqual(mg(70001, 0, 70002, 0));
    expect(v.isContinuation(70002, 0)).toBe(true);
    expect(v.isContinuation(70001, 0)).toBe(false);
    expect(v.merge(70003, 0)).toBeUndefined();
    expect(v.merge(70002, 1)).toBeUndefined();
    expect(v.merge(-1, 0)).toBeUndefined();
    expect(v.shownText(70002, 0)).toBe('2023-05-08');
  });
  test('a later merge over the same cell wins, as before', () => {
    const v = new SheetView(sheet('s', [['a', 'b'], ['c', 'd']], [mg(0, 0, 1, 0), mg(0, 0, 0, 1)]));
    expect(v.merge(0, 0)).toEqual(mg(0, 0, 0, 1));
    expect(v.merge(1, 0)).toEqual(mg(0, 0, 1, 0));
  });
  test('a sheet without merges has none', () => {
    expect(new SheetView(sheet('s', [['a']])).merge(0, 0)).toBeUndefined();
  });
});

describe('SheetView.demandLabels', () => {
  test('labels of text cells only, not merge continuations, with 序号', () => {
    const v = new SheetView(sheet('s', [['序号', '培训班主题', null, '人数（人）', 12, '柏林']], [mg(0, 1, 0, 2)]));
    expect(v.demandLabels(0)).toEqual({ cells: [{ col: 1, field: 'theme' }, { col: 3, field: 'people' }], seq: true });
    expect(v.demandLabels(0)).toBe(v.demandLabels(0)); // computed once
    expect(v.demandLabels(5)).toEqual({ cells: [], seq: false });
  });
});
