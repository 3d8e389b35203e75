/**
 * The .xlsx reader on files written by other programs: LibreOffice (demand-form, demand-list,
 * schedule, empty-workbook), openpyxl (demand-list-openpyxl, date1904, gen_units' unit returns)
 * and a hand-written package in the style of other writers (handmade-edge). See make_fixtures.py.
 */
import * as fs from 'fs';
import { isBlank, type SheetGrid } from '../../../../src/core/grid';
import { readWorkbookBytes } from '../../../../src/hosts/files/read';
import { at, fixtureBytes, fixturePath, serial, sheet } from './helpers';

const read = (name: string) => readWorkbookBytes(fixtureBytes(name), name);

describe('form-layout 需求表 (LibreOffice)', () => {
  const grid = read('demand-form.xlsx');
  const s = sheet(grid, '需求表');

  it('keeps the file name as given and the sheet name', () => {
    expect(grid.file).toBe('demand-form.xlsx');
    expect(grid.sheets.map((x) => x.name)).toEqual(['需求表']);
  });

  it('reads labels and values in their cells', () => {
    expect(at(s, 'A3')?.v).toBe('培训班主题');
    expect(at(s, 'B3')?.v).toBe('数字经济与智慧城市建设培训班');
    expect(at(s, 'F4')?.v).toBe('0571-12345678');
    expect(at(s, 'F5')).toEqual({ v: 21 });
  });

  it('keeps full-width digits as the text typed', () => {
    expect(at(s, 'D5')).toEqual({ v: '１５' });
  });

  it('reads merged areas (0-based, inclusive) with the value in the top-left cell only', () => {
    expect(s.merges).toContainEqual({ r0: 0, c0: 0, r1: 0, c1: 5 });
    expect(s.merges).toContainEqual({ r0: 6, c0: 1, r1: 7, c1: 5 });
    expect(s.merges).toHaveLength(7);
    expect(at(s, 'B7')?.v).toBe('第一行\n第二行 & <特殊> "字符"');
    expect(at(s, 'C7')).toBeUndefined();
  });

  it('marks an Excel date (custom 年/月 format) as a date serial, a text date stays text', () => {
    expect(at(s, 'E2')).toMatchObject({ v: serial(2023, 9, 1), date: true });
    expect(at(s, 'E2')?.fmt).toContain('年');
    expect(at(s, 'B9')).toEqual({ v: '2023年5月8日' });
  });

  it('keeps a non-date custom format without calling it a date', () => {
    expect(at(s, 'B6')).toEqual({ v: 45.5, fmt: '0.00"万元"' });
  });

  it('uses the cached result of a formula', () => {
    expect(at(s, 'D9')).toEqual({ v: 42 });
  });
});

describe('list-layout table with a two-row merged header (LibreOffice)', () => {
  const grid = read('demand-list.xlsx');
  const s = sheet(grid, '培训计划');

  it('reads the group header over its two columns', () => {
    expect(s.merges).toContainEqual({ r0: 0, c0: 3, r1: 0, c1: 4 });
    expect(s.merges).toContainEqual({ r0: 0, c0: 0, r1: 1, c1: 0 });
    expect(at(s, 'D1')?.v).toBe('团组情况');
    expect(at(s, 'E1')).toBeUndefined();
    expect([at(s, 'D2')?.v, at(s, 'E2')?.v]).toEqual(['人数', '天数']);
  });

  it('reads a formula error (#N/A) as an error, never as text', () => {
    expect(at(s, 'H4')).toEqual({ v: null, err: '#N/A' });
    expect(at(s, 'H3')).toEqual({ v: 7.8 });
    expect(isBlank(at(s, 'H4'))).toBe(false);
  });

  it('reads percentages and thousands formats as numbers with their format, not dates', () => {
    expect(at(s, 'I3')).toEqual({ v: 0.6, fmt: '0.0%' });
    expect(at(s, 'F6')).toEqual({ v: 144.75, fmt: '#,##0.00' });
  });

  it('reads the 合计 row (cached SUM) and booleans', () => {
    expect(at(s, 'A6')?.v).toBe('合计');
    expect(at(s, 'D6')?.v).toBe(50);
    expect(at(s, 'B8')).toEqual({ v: true });
  });

  it('keeps sheet order and marks the hidden sheet', () => {
    expect(grid.sheets.map((x) => [x.name, !!x.hidden])).toEqual([
      ['培训计划', false],
      ['汇率', false],
      ['填表说明', true],
    ]);
  });
});

describe('openpyxl output: formulas carry no cached result', () => {
  const s = sheet(read('demand-list-openpyxl.xlsx'), '培训计划');

  it('leaves a formula without a cached value blank (not 0)', () => {
    expect(at(s, 'D6')).toBeUndefined();
    expect(at(s, 'H3')).toBeUndefined();
  });

  it('reads the plain values around it', () => {
    expect(at(s, 'D3')).toEqual({ v: 20 });
    expect(at(s, 'A6')).toEqual({ v: '合计' });
  });
});

describe('schedule with merged date cells (LibreOffice)', () => {
  const s = sheet(read('schedule.xlsx'), '日程表');

  it('reads Excel dates under different formats as serials', () => {
    expect(at(s, 'A2')).toMatchObject({ v: serial(2023, 5, 8), date: true });
    expect(at(s, 'A4')).toMatchObject({ v: serial(2023, 5, 9), date: true });
  });

  it('keeps text dates as text', () => {
    expect(at(s, 'A6')).toEqual({ v: '2023年5月10日' });
    expect(at(s, 'A8')).toEqual({ v: '2023.5.11' });
  });

  it('merges each date over its 上午 and 下午 rows; the lower cell is empty', () => {
    expect(s.merges).toContainEqual({ r0: 1, c0: 0, r1: 2, c1: 0 });
    expect(s.merges).toContainEqual({ r0: 7, c0: 1, r1: 8, c1: 1 });
    expect(at(s, 'A3')).toBeUndefined();
    expect([at(s, 'C2')?.v, at(s, 'C3')?.v]).toEqual(['上午', '下午']);
  });

  it('reads a time of day as a (fractional) date serial', () => {
    const t = at(s, 'G2');
    expect(t?.date).toBe(true);
    expect(t?.v as number).toBeCloseTo(9.5 / 24, 9);
  });
});

describe('1904 date system (openpyxl)', () => {
  const s = sheet(read('date1904.xlsx'), 'Mac');

  it('moves date serials into the 1900 system', () => {
    expect(at(s, 'A1')).toMatchObject({ v: serial(2023, 5, 8), date: true });
  });

  it('leaves plain numbers alone', () => {
    expect(at(s, 'A2')).toEqual({ v: 100 });
  });
});

describe('an empty but valid workbook', () => {
  it('gives its sheet with no cells', () => {
    const grid = read('empty-workbook.xlsx');
    expect(grid.sheets).toEqual([{ name: '空表', cells: [], merges: [] }]);
  });
});

describe('what other writers do (hand-written package)', () => {
  const grid = read('handmade-edge.xlsx');
  const s = sheet(grid, 'A & B');

  it('follows workbook order, unusual part names, absolute and ../ targets, prefixed namespaces', () => {
    expect(grid.sheets.map((x) => x.name)).toEqual(['第二张', 'A & B', '隐藏']);
    expect(sheet(grid, '隐藏').hidden).toBe(true);
    expect(sheet(grid, '第二张').hidden).toBeUndefined();
    expect(at(sheet(grid, '隐藏'), 'A1')?.v).toBe('藏');
  });

  it('places cells without r attributes and rows without r', () => {
    expect(at(s, 'A1')?.v).toBe('  前后空格  ');
    expect(at(s, 'A2')?.v).toBe('行内&字符串');
    expect(at(s, 'D5')?.v).toBe(-1.5);
    expect(at(s, 'B6')?.v).toBe(7);
  });

  it('joins rich-text runs, drops phonetic runs, decodes entities and _xHHHH_ escapes', () => {
    expect(at(s, 'B1')?.v).toBe('富文本 &<>"\'中国');
    expect(at(s, 'C1')?.v).toBe('第一行\r\n第二行_x0041_');
    expect(at(s, 'D1')).toBeUndefined();
  });

  it('reads booleans, errors and formula strings', () => {
    expect([at(s, 'B2')?.v, at(s, 'C2')?.v]).toEqual([true, false]);
    expect(at(s, 'D2')).toEqual({ v: null, err: '#DIV/0!' });
    expect(at(s, 'E2')?.v).toBe('ab');
  });

  it('uses cellXfs (not cellStyleXfs) for number formats', () => {
    expect(at(s, 'C5')).toEqual({ v: serial(2023, 5, 8), date: true, fmt: 'yyyy"年"m"月"d"日"' });
    // xf 2 has a [Red] format: a number, not a date, although its cell style is a date style
    expect(at(s, 'D5')).toEqual({ v: -1.5, fmt: '[Red]0.00;[Blue]\\-0.00' });
  });

  it('reads t="d" ISO dates as serials, and scientific notation', () => {
    expect(at(s, 'E5')).toMatchObject({ v: serial(2023, 5, 8) + 0.5, date: true });
    expect(at(s, 'J5')).toEqual({ v: 0.0015 });
  });

  it('leaves a formula without a value and a styled empty cell blank', () => {
    expect(at(s, 'H5')).toBeUndefined();
    expect(at(s, 'I5')).toBeUndefined();
  });

  it('reads merges in a dimension-less sheet; an empty sheet has no cells', () => {
    expect(s.merges).toEqual([{ r0: 4, c0: 2, r1: 5, c1: 3 }]);
    expect(sheet(grid, '第二张').cells).toEqual([]);
  });
});

describe('gen_units returns (openpyxl, inline strings spelled as character references)', () => {
  // the generator's own answers for these three files (gen_units.py --manifest)
  const manifest = JSON.parse(fs.readFileSync(fixturePath('units-manifest.json'), 'utf8')) as {
    file: string;
    schedule_sheet: string;
    培训班主题: string;
    组团单位: string;
    schedule_days: number;
  }[];
  const texts = (s: SheetGrid) => s.cells.flatMap((r) => (r ?? []).map((c) => c?.v));

  it('covers the committed unit files', () => {
    expect(new Set(manifest.map((p) => p.file)).size).toBe(3);
  });

  it.each(manifest.map((p) => [p.file, p.schedule_sheet, p] as const))('%s: project of %s', (file, _sheet, p) => {
    const grid = read(`unit-${file}`);
    expect(grid.sheets[0].name).toBe('需求表');
    const demand = texts(grid.sheets[0]);
    expect(demand).toContain(p.培训班主题);
    expect(demand).toContain(p.组团单位);
    // two rows per day: one 上午 per schedule day
    const schedule = texts(sheet(grid, p.schedule_sheet));
    expect(schedule.filter((v) => v === '上午')).toHaveLength(p.schedule_days);
    expect(schedule.filter((v) => v === '下午')).toHaveLength(p.schedule_days);
  });
});
