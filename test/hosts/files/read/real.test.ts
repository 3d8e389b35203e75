/**
 * Real-world files from Apache POI's, calamine's, PhpSpreadsheet's and ExcelDataReader's test suites (test/fixtures/real/SOURCES.md:
 * origin and licence of each), read against cell values checked against the library's own test or
 * LibreOffice's reading of the same file.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { WorkbookGrid } from '../../../../src/core/grid';
import { readWorkbookBytes } from '../../../../src/hosts/files/read';
import { at } from './helpers';

const REAL = path.resolve(__dirname, '../../../fixtures/real');
const read = (rel: string): WorkbookGrid => readWorkbookBytes(new Uint8Array(fs.readFileSync(path.join(REAL, rel))), rel);
const values = (g: WorkbookGrid, sheet: number, ...refs: string[]) => refs.map((r) => at(g.sheets[sheet], r)?.v);

describe('Apache POI test-data', () => {
  it('BOOK_in_capitals.xls: the BOOK stream is read', () => {
    const g = read('poi/BOOK_in_capitals.xls');
    expect(values(g, 0, 'A1', 'A3', 'B3', 'B4')).toEqual(['301. Exposures by Counterparty and Agreement Detail', 'Counterparty:', 'COMAC CAPITAL LLP O/B/O COMAC MASTER FUND LIMITED', '335746476']);
  });

  it('testEXCEL_3.xls (Excel 3, bare BIFF3): text and numbers as LibreOffice reads them', () => {
    const g = read('poi/testEXCEL_3.xls');
    expect(values(g, 0, 'A1', 'C2', 'D3', 'A6', 'C6', 'J8')).toEqual(['Table C-13--Lemons: Utilization of production, by State, 1977/78 to date', 'California', 'Processed', '1977/78', 376.2, 381.71]);
  });

  it('testEXCEL_4.xls (Excel 4, bare BIFF4)', () => {
    const g = read('poi/testEXCEL_4.xls');
    expect(values(g, 0, 'A1', 'B10', 'C10', 'C11', 'L11')).toEqual(['Table 10 -- Examination Coverage:  Recommended and Average Recommended Additional Tax After', 'Year 2000 [1,2]', 'Total', 2, '(11)']);
  });

  it('testEXCEL_5.xls (Excel 5/95): numbers with their formats', () => {
    const g = read('poi/testEXCEL_5.xls');
    expect(g.sheets.map((s) => s.name)).toEqual(['Feuil1', 'Feuil2', 'Feuil3']);
    expect(values(g, 0, 'B4', 'C8', 'E6', 'E10')).toEqual(['Number', 9, 1, 1125]);
    expect(at(g.sheets[0], 'E6')?.fmt).toBe('0.00%');
  });

  it('duplicate-filename.xlsx: two entries of one name are refused, not the last one taken', () => {
    expect(() => read('poi/duplicate-filename.xlsx')).toThrow(/两个同名部件“xl\/worksheets\/sheet1\.xml”/);
  });

  it('xlmmacro.xlsm: the Excel 4 macro sheet is skipped, the worksheets read', () => {
    expect(read('poi/xlmmacro.xlsm').sheets.map((s) => s.name)).toEqual(['Sheet1', 'Sheet2']);
  });

  it('49761.xls: a NUMBER record holding NaN is the error #NUM!, as Excel shows it (was a number cell without a number)', () => {
    expect(at(read('poi/49761.xls').sheets[0], 'A1')).toEqual({ v: null, err: '#NUM!' });
  });

  it('sample-beta.xlsx (Excel 2007 beta): shared strings in <sstItem> elements', () => {
    const g = read('poi/sample-beta.xlsx');
    expect(g.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Sheet2', 'Sheet3']);
    expect(values(g, 0, 'A1', 'A2', 'A10', 'B1', 'B10')).toEqual(['Lorem', 'ipsum', 'at', 111, 4995]);
  });
});

describe('calamine tests', () => {
  it('capitalized_wbook_stream.xls: a WORKBOOK stream is read (one empty sheet, as LibreOffice shows)', () => {
    const g = read('calamine/capitalized_wbook_stream.xls');
    expect(g.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it.each(['has_x000D_.xlsx', 'has_x000D_inline.xlsx'])('%s: _x000D_ before a line end is CR LF', (f) => {
    expect(values(read(`calamine/${f}`), 0, 'A1')).toEqual(['ABC\r\nDEF']);
  });

  it('inlineStr_cdata.xlsx: inline strings in CDATA sections', () => {
    expect(values(read('calamine/inlineStr_cdata.xlsx'), 0, 'A1', 'B1', 'A2', 'B2')).toEqual(['Hello CDATA', 'World', '12345', 'NormalText']);
  });

  it('date_iso.xlsx: t="d" dates, date-times and a time alone', () => {
    const g = read('calamine/date_iso.xlsx');
    const [d, dt, t] = values(g, 0, 'A1', 'A2', 'A3') as number[];
    expect(d).toBe(44197); // 2021-01-01
    expect(dt).toBeCloseTo(44197 + 36610 / 86400, 9); // 2021-01-01T10:10:10
    expect(t).toBeCloseTo(36610 / 86400, 9); // 10:10:10
    expect(at(g.sheets[0], 'A3')?.date).toBe(true);
  });

  // the workbook stores days since 1904-01-01: dates move to the 1900 system, a duration does not
  it.each(['date_1904.xlsx', 'date_1904.xls'])('%s: 1904 dates moved to the 1900 system, a [hh]:mm:ss duration kept (calamine\'s test)', (f) => {
    const g = read(`calamine/${f}`);
    const [d1, d2, dur] = values(g, 0, 'A1', 'A2', 'A3') as number[];
    expect(d1).toBe(44197); // 2021-01-01 (42735 in the 1904 system)
    expect(d2).toBe(44198);
    expect(dur).toBeCloseTo(10.6320601851852, 12); // 255:10:10, not 1462 days more
    expect(at(g.sheets[0], 'A3')?.date).toBe(true);
  });

  it.each(['any_sheets.xls', 'any_sheets.xlsx'])('%s: visible, hidden and very hidden sheets read, the chart sheet skipped (its series cache is not a table)', (f) => {
    const g = read(`calamine/${f}`);
    expect(g.sheets.map((s) => [s.name, !!s.hidden])).toEqual([
      ['Visible', false],
      ['Hidden', true],
      ['VeryHidden', true],
    ]);
    expect(values(g, 0, 'A1', 'B3', 'A5')).toEqual([1, 6, 'This workbook contains 4 sheets: Visible, Hidden, VeryHidden and Chart']);
  });

  it('pass_protected.ods: described as a password-protected .ods', () => {
    expect(() => read('calamine/pass_protected.ods')).toThrow(expect.objectContaining({ kind: 'encrypted', reason: expect.stringContaining('.ods') }));
  });
});

describe('PhpSpreadsheet test data', () => {
  it('issue.2501.b.xlsx: merges over whole columns (A:A, B:D) and whole rows (1:1, 2:4) are kept', () => {
    const g = read('phpspreadsheet/issue.2501.b.xlsx');
    expect(g.sheets.map((s) => s.name)).toEqual(['Columns', 'Rows']);
    expect(g.sheets[0].merges).toEqual([
      { r0: 0, c0: 0, r1: 1048575, c1: 0 },
      { r0: 0, c0: 1, r1: 1048575, c1: 3 },
      { r0: 1, c0: 4, r1: 3, c1: 4 },
    ]);
    expect(g.sheets[1].merges).toEqual([
      { r0: 0, c0: 0, r1: 0, c1: 16383 },
      { r0: 1, c0: 0, r1: 3, c1: 16383 },
      { r0: 4, c0: 1, r1: 4, c1: 3 },
    ]);
  });

  it('utf16be.xlsx: a workbook part in UTF-16BE without a byte-order mark', () => {
    expect(values(read('phpspreadsheet/utf16be.xlsx'), 0, 'A1')).toEqual([1]);
  });

  it('premiere.utf16le.csv: UTF-16LE without a byte-order mark', () => {
    const g = read('phpspreadsheet/premiere.utf16le.csv');
    expect(values(g, 0, 'A1', 'B1', 'C1', 'A2', 'C2', 'A3')).toEqual(['première', 'second', 'troisième', 'Quatrième', 'sixième', '\u{10400}']);
  });

  it('premiere.utf32lebom.csv: UTF-32LE with its byte-order mark (FF FE 00 00 is not UTF-16)', () => {
    const g = read('phpspreadsheet/premiere.utf32lebom.csv');
    expect(g.sheets[0].cells.length).toBe(2);
    expect(values(g, 0, 'A1', 'B1', 'C1', 'A2', 'B2', 'C2')).toEqual(['première', 'second', 'troisième', 'Quatrième', 'cinquième', 'sixième']);
  });
});

describe('ExcelDataReader test data', () => {
  it('Test_git_issue_368_header.xls: a bare BIFF stream with a BIFF5/8 BOF (no OLE container; ExcelDataReader\'s test)', () => {
    const g = read('exceldatareader/Test_git_issue_368_header.xls');
    expect(values(g, 0, 'A1', 'B1', 'C1', 'A2', 'B2', 'C2')).toEqual(['BIFF2', 1234.5678, 1234, 'BIFF3-5', 8765.4321, 4321]);
    // the same BOF with a sheet type BIFF does not have (6) is not taken for a workbook
    const bytes = new Uint8Array(fs.readFileSync(path.join(REAL, 'exceldatareader/Test_git_issue_368_header.xls')));
    bytes[6] = 0x06;
    expect(() => readWorkbookBytes(bytes, 'x.xls')).toThrow(expect.objectContaining({ kind: 'not-workbook' }));
  });

  it('cp1252.csv: neither UTF-8 nor GBK, read as Windows-1252 (æøå), not as GBK with a replacement character', () => {
    const g = read('exceldatareader/cp1252.csv');
    expect(values(g, 0, 'A1', 'C1', 'A3', 'C3')).toEqual(['a', 'c', '4', 'æøå']);
  });

  it('Test_git_issue578.csv: separated by semicolons', () => {
    expect(values(read('exceldatareader/Test_git_issue578.csv'), 0, 'A1', 'B1', 'E1')).toEqual(['1', '2', '5']);
  });
});
