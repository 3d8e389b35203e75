/** .xls (BIFF8, written by LibreOffice) through SheetJS: the same grid as the .xlsx of the same sheet. */
import { readWorkbookBytes } from '../../../../src/hosts/files/read';
import { at, fixtureBytes, serial, sheet } from './helpers';

describe('.xls', () => {
  const xls = readWorkbookBytes(fixtureBytes('schedule.xls'), 'schedule.xls');
  const xlsx = readWorkbookBytes(fixtureBytes('schedule.xlsx'), 'schedule.xlsx');
  const s = sheet(xls, '日程表');

  it('reads sheet names, values and merged date cells', () => {
    expect(xls.sheets.map((x) => x.name)).toEqual(['日程表']);
    expect(at(s, 'A2')).toMatchObject({ v: serial(2023, 5, 8), date: true });
    expect(at(s, 'A6')).toEqual({ v: '2023年5月10日' });
    expect(at(s, 'A3')).toBeUndefined();
    expect(s.merges).toContainEqual({ r0: 1, c0: 0, r1: 2, c1: 0 });
  });

  it('agrees with the .xlsx reader cell by cell (values, dates, merges)', () => {
    const a = sheet(xlsx, '日程表');
    expect(s.merges).toEqual(a.merges);
    expect(s.cells.length).toBe(a.cells.length);
    s.cells.forEach((row, r) =>
      (row ?? []).forEach((cell, c) => {
        const other = a.cells[r]?.[c];
        expect(cell?.date).toBe(other?.date);
        if (typeof cell?.v === 'number') expect(cell.v).toBeCloseTo(other?.v as number, 9);
        else expect(cell?.v).toBe(other?.v);
      }),
    );
  });
});

describe('legacy files converted by SheetJS', () => {
  it('reads an HTML table saved under an .xls name (as some office systems export)', () => {
    const html = '<html><body><table><tr><td>培训班主题</td><td>人数</td></tr><tr><td>智能制造</td><td>20</td></tr></table></body></html>';
    const grid = readWorkbookBytes(new TextEncoder().encode(html), '导出.xls');
    const s = grid.sheets[0];
    expect(at(s, 'A1')?.v).toBe('培训班主题');
    expect(at(s, 'B2')?.v).toBe(20);
  });

  it('does not take the same HTML under an .xlsx name', () => {
    const html = '<html><body><table><tr><td>x</td></tr></table></body></html>';
    expect(() => readWorkbookBytes(new TextEncoder().encode(html), '导出.xlsx')).toThrow(/文本/);
  });
});
