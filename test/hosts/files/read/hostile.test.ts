/**
 * Hostile inputs at the reader: bombs and size lies stop at the limits with a reason naming them,
 * a duplicate entry is refused, entity declarations are never expanded, far cells and merged areas
 * over the whole sheet cost what the sheet holds, prototype-named sheets and headers are only text.
 * (The same files through the command line, in child processes: test/cli/hostile.test.ts.)
 */
import { deflateRawSync } from 'zlib';
import { MergeIndex, type WorkbookGrid } from '../../../../src/core/grid';
import { reviewWorkbook } from '../../../../src/core/review';
import { readWorkbookBytes } from '../../../../src/hosts/files/read';
import { readWorkbookBytes as readWithZlib } from '../../../../src/hosts/files/read/node';
import { LIMITS } from '../../../../src/hosts/files/read/limits';
import { DEMAND_ROWS, sheetXml, xlsxEntries, zip, type CraftEntry } from './craft';

const readers = [
  ['fflate (browser)', readWorkbookBytes],
  ['zlib (Node)', readWithZlib],
] as const;

function withSheetEntry(entries: CraftEntry[], change: (e: CraftEntry) => CraftEntry): CraftEntry[] {
  return entries.map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? change(e) : e));
}

function failure(bytes: Uint8Array, read: (b: Uint8Array, f: string) => WorkbookGrid = readWorkbookBytes): { kind: string; reason: string } {
  try {
    read(bytes, 'bad.xlsx');
  } catch (e) {
    return e as { kind: string; reason: string };
  }
  throw new Error('read without error');
}

const good = xlsxEntries([{ name: '需求表', xml: sheetXml(DEMAND_ROWS) }]);

describe.each(readers)('zip limits and lies, %s', (_name, read) => {
  it('reads the well-formed package (the boundary)', () => {
    const grid = read(zip(good), 'ok.xlsx');
    expect(grid.sheets[0].cells[2][1]).toEqual({ v: '成都市公安局' });
  });

  it('refuses a part stating more than the per-part limit before inflating it (a 2 GB zip bomb)', () => {
    const bomb = withSheetEntry(good, (e) => ({ ...e, statedSize: 0x7fffffff }));
    const f = failure(zip(bomb), read);
    expect(f.kind).toBe('too-large');
    expect(f.reason).toContain(`${LIMITS.partBytes / 1024 / 1024} MB`);
  });

  it('refuses a part that inflates past its stated size (rows would be cut silently)', () => {
    const xml = `<?xml version="1.0"?><worksheet>${sheetXml([...DEMAND_ROWS, ...DEMAND_ROWS, ...DEMAND_ROWS])}</worksheet>`;
    const lie = withSheetEntry(good, (e) => ({ ...e, data: xml, statedSize: Math.floor(xml.length / 2) }));
    const f = failure(zip(lie), read);
    expect(f.kind).toBe('corrupt');
    expect(f.reason).toContain('大小与压缩包记录的不符');
  });

  it('refuses a part that inflates to less than its stated size', () => {
    const lie = withSheetEntry(good, (e) => ({ ...e, statedSize: (e.data as string).length + 100 }));
    expect(failure(zip(lie), read).reason).toContain('大小与压缩包记录的不符');
  });

  it('stops a lying bomb at its stated size + 1 (a 1 KB stream of 64 MB of zeros stating 1 KB)', () => {
    const raw = deflateRawSync(Buffer.alloc(64 * 1024 * 1024));
    const bomb = withSheetEntry(good, (e) => ({ ...e, raw, statedSize: 1024 }));
    expect(failure(zip(bomb), read).reason).toContain('大小与压缩包记录的不符');
  });

  it('refuses a stored part whose stated size is not its length', () => {
    const lie = withSheetEntry(good, (e) => ({ ...e, method: 0, statedSize: 10 }));
    expect(failure(zip(lie), read).reason).toContain('大小与压缩包记录的不符');
  });
});

describe('duplicate entries', () => {
  it('refuses a zip with two entries of the same name (which one Excel reads is not defined)', () => {
    const other = xlsxEntries([{ name: '需求表', xml: sheetXml([['改过的']]) }]).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const f = failure(zip([...good, other]));
    expect(f.kind).toBe('corrupt');
    expect(f.reason).toContain('两个同名部件');
  });

  it('also when the names differ only in case (OPC part names ignore case)', () => {
    const other = { ...good.find((e) => e.name === 'xl/worksheets/sheet1.xml')!, name: 'XL/Worksheets/Sheet1.xml' };
    expect(failure(zip([...good, other])).reason).toContain('两个同名部件');
  });
});

describe('entity declarations', () => {
  it('never expands a declared entity (billion laughs) nor reads an external one (XXE)', () => {
    const doctype =
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const xml = `<?xml version="1.0"?>${doctype}<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c><c r="B1" t="inlineStr"><is><t>&xxe;</t></is></c><c r="C1"><v>5</v></c></row></sheetData></worksheet>`;
    const grid = readWorkbookBytes(zip(withSheetEntry(good, (e) => ({ ...e, data: xml }))), 'lol.xlsx');
    const row = grid.sheets[0].cells[0];
    expect(row[0]).toEqual({ v: '&lol2;' });
    expect(row[1]).toEqual({ v: '&xxe;' });
    expect(row[2]).toEqual({ v: 5 });
  });
});

describe('far cells and merged areas', () => {
  it('a far cell and a merged area over the whole sheet: read and reviewed, merges indexed by what the sheet holds', () => {
    const xml = sheetXml(DEMAND_ROWS, '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>').replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>');
    const grid = readWorkbookBytes(zip(withSheetEntry(good, (e) => ({ ...e, data: `<worksheet>${xml}</worksheet>` }))), 'far.xlsx');
    const s = grid.sheets[0];
    expect(s.cells[1048575][16383]).toEqual({ v: 1 });
    expect(s.merges).toEqual([{ r0: 0, c0: 0, r1: 1048575, c1: 16383 }]);
    const t0 = Date.now();
    const review = reviewWorkbook(grid, { packs: [] });
    expect(Date.now() - t0).toBeLessThan(20000);
    expect(Array.isArray(review.findings)).toBe(true);
  });

  it('MergeIndex: a whole-sheet area beside far cells answers every cell, small areas cell by cell', () => {
    const whole = { r0: 0, c0: 0, r1: 1048575, c1: 16383 };
    const small = { r0: 2, c0: 2, r1: 3, c1: 3 };
    const index = new MergeIndex([small, whole], 1048576, 16384);
    expect(index.at(3, 3)).toBe(small);
    expect(index.at(1048575, 16383)).toBe(whole);
    expect(index.at(500000, 7)).toBe(whole);
    const none = new MergeIndex([small], 10, 10);
    expect(none.at(4, 4)).toBeUndefined();
    expect(none.at(2, 2)).toBe(small);
  });

  it('a CE register with a merged area down to row 1 048 576 (18 columns: 18.9 M cells, past the 16.7 M a Map holds) is read (no "Map maximum size exceeded")', () => {
    const rows: (string | number | null)[][] = [['姓名', '身份证号', '工作单位', '培训项目', '学时', '培训日期']];
    for (let i = 0; i < 50; i++) rows.push([`张${i}`, `11010519800101${String(1000 + i)}`, '某单位', '专业课程', 8, '2024-03-01']);
    const xml = `<worksheet>${sheetXml(rows, '<mergeCells count="1"><mergeCell ref="C2:T1048576"/></mergeCells>')}</worksheet>`;
    const grid = readWorkbookBytes(zip(withSheetEntry(good, (e) => ({ ...e, data: xml }))), 'ce.xlsx');
    const review = reviewWorkbook(grid, { packs: ['ce2007'] });
    expect(review.findings.some((f) => /Map maximum/.test(f.message))).toBe(false);
    expect(review.parsed.ce.length).toBeGreaterThan(0);
  });

  it('refuses a cell past XFD1048576 as damaged', () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A99999999"><v>1</v></c></row></sheetData></worksheet>';
    expect(failure(zip(withSheetEntry(good, (e) => ({ ...e, data: xml })))).reason).toContain('超出 Excel 的范围');
  });
});

describe('prototype-named sheets and headers', () => {
  const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
  it('are read as plain text and reviewed without tripping over object keys', () => {
    const rows = [names, ...DEMAND_ROWS.slice(1).map((r) => r.slice(0, 5))];
    const grid = readWorkbookBytes(zip(xlsxEntries(names.map((name) => ({ name, xml: sheetXml(rows) })))), 'proto.xlsx');
    expect(grid.sheets.map((s) => s.name)).toEqual(names);
    expect(grid.sheets[0].cells[0].map((c) => c?.v)).toEqual(names);
    const review = reviewWorkbook(grid, { packs: [] });
    expect(review.findings.every((f) => typeof f.message === 'string' && !/function|\[object/.test(f.message))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('limits at their boundary', () => {
  const { Budget } = jest.requireActual('../../../../src/hosts/files/read/limits') as typeof import('../../../../src/hosts/files/read/limits');
  const { readSheetXml } = jest.requireActual('../../../../src/hosts/files/read/xlsx') as typeof import('../../../../src/hosts/files/read/xlsx');
  const styles = { fmt: [], date: [], day: [] };
  const xml = `<worksheet>${sheetXml([[1, 2], [3, null]], '<mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="A2:A3"/></mergeCells>')}</worksheet>`;

  it('cells: as many as the limit are read, one more is refused naming the limit', () => {
    expect(readSheetXml(xml, 'S', undefined, styles, false, new Budget(3, 10)).cells[1][0]).toEqual({ v: 3 });
    expect(() => readSheetXml(xml, 'S', undefined, styles, false, new Budget(2, 10))).toThrow(/有内容的单元格不超过/);
  });

  it('cells are counted over all sheets of a workbook', () => {
    const budget = new Budget(5, 10);
    readSheetXml(xml, 'S1', undefined, styles, false, budget);
    expect(() => readSheetXml(xml, 'S2', undefined, styles, false, budget)).toThrow(/有内容的单元格不超过/);
  });

  it('merged areas: as many as the limit, then refused', () => {
    expect(readSheetXml(xml, 'S', undefined, styles, false, new Budget(10, 2)).merges).toHaveLength(2);
    expect(() => readSheetXml(xml, 'S', undefined, styles, false, new Budget(10, 1))).toThrow(/合并区域不超过/);
  });

  it('text length: a cell of exactly the limit is read, one character more is refused', () => {
    const cell = (n: number) => zip(withSheetEntry(good, (e) => ({ ...e, data: `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'a'.repeat(n)}</t></is></c></row></sheetData></worksheet>` })));
    expect((readWithZlib(cell(LIMITS.textLength), 'long.xlsx').sheets[0].cells[0][0]?.v as string).length).toBe(LIMITS.textLength);
    expect(failure(cell(LIMITS.textLength + 1), readWithZlib).reason).toContain('单元格文字不超过');
  });
});

describe('inflated bytes at their boundary', () => {
  const { ZipPackage } = jest.requireActual('../../../../src/hosts/files/read/zip') as typeof import('../../../../src/hosts/files/read/zip');
  const bytes = zip([
    { name: 'a.xml', data: 'a'.repeat(1000) },
    { name: 'b.xml', data: 'b'.repeat(1000) },
  ]);

  it('per part: a part of exactly the limit inflates, a limit one byte smaller refuses it before inflating', () => {
    expect(new ZipPackage(bytes, { partBytes: 1000, totalBytes: 1e9 }).get('a.xml')).toHaveLength(1000);
    expect(() => new ZipPackage(bytes, { partBytes: 999, totalBytes: 1e9 }).get('a.xml')).toThrow(expect.objectContaining({ kind: 'too-large' }));
  });

  it('per package (a ratio bomb of many parts): the parts inflated so far count', () => {
    const fits = new ZipPackage(bytes, { partBytes: 1000, totalBytes: 2000 });
    expect(fits.get('a.xml')).toHaveLength(1000);
    expect(fits.get('b.xml')).toHaveLength(1000);
    const over = new ZipPackage(bytes, { partBytes: 1000, totalBytes: 1999 });
    expect(over.get('a.xml')).toHaveLength(1000);
    expect(() => over.get('b.xml')).toThrow(/解压后合计不超过/);
  });
});
