/**
 * Every host hands the core grid rows of one elements kind (HOLEY): the core's row readers, optimised by V8
 * for the kind they see first, are thrown away when the other comes (docs/BENCH.md "Round 11, core cold").
 * The kind is V8's own business, so it is read with V8's test intrinsic (`%HasHoleyElements`), allowed here
 * for functions made after the flag is set.
 */
import { setFlagsFromString } from 'v8';
import { newGridRow, sheetFromRows, type SheetGrid } from '../../../src/core/grid';
import { createExcelHost } from '../../../src/hosts/excel';
import { readWorkbookBytes } from '../../../src/hosts/files/read';
import { FakeExcel } from '../../support/fakeExcel';
import { fixtureBytes } from '../../hosts/files/read/helpers';

setFlagsFromString('--allow-natives-syntax');
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const holey = new Function('a', 'return %HasHoleyElements(a)') as (a: unknown[]) => boolean;

/** Every row array of every sheet, and each sheet's list of rows, is HOLEY. */
function allHoley(sheets: SheetGrid[]): boolean {
  return sheets.every((s) => holey(s.cells) && s.cells.every((r) => r === undefined || holey(r)));
}

describe('newGridRow', () => {
  test('filled from column A without a gap it is still HOLEY (a plain [] filled so is PACKED)', () => {
    const row = newGridRow<{ v: number }>();
    const plain: { v: number }[] = [];
    for (let c = 0; c < 4; c++) {
      row[c] = { v: c };
      plain[c] = { v: c };
    }
    expect(row).toEqual(plain);
    expect(holey(row)).toBe(true);
    expect(holey(plain)).toBe(false);
  });

  test('sheetFromRows (the benches, tests) makes HOLEY rows', () => {
    expect(allHoley([sheetFromRows('表', [['a', 'b'], ['c']])])).toBe(true);
  });

  test('the .xlsx and .xls readers make HOLEY rows, also rows filled from column A', () => {
    for (const name of ['schedule.xlsx', 'schedule.xls']) {
      const grid = readWorkbookBytes(fixtureBytes(name), name);
      const full = grid.sheets[0].cells.find((r) => r !== undefined && r.length > 1 && Array.from(r).every((c) => c !== undefined));
      expect(full).toBeDefined(); // a row without a gap is in the fixture
      expect(allHoley(grid.sheets)).toBe(true);
    }
  });

  test('the Excel host makes HOLEY rows', async () => {
    const fake = new FakeExcel({ api: '1.13', name: '计划.xlsx' });
    fake.addSheet('日程表', [
      ['日期', '时段', '内容'],
      [45292, '上午', '讲座'],
    ]);
    const [wb] = await createExcelHost({ env: fake.env() }).readWorkbooks();
    expect(wb.sheets[0].cells[1]).toHaveLength(3);
    expect(allHoley(wb.sheets)).toBe(true);
  });
});
