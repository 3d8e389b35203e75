/**
 * A workbook written straight into its output file (writeXlsxTo through writeFileSafely, as
 * `peixun merge` writes the summary): the same bytes as the buffered writeXlsx, each part in the
 * file before the next is made, and a failure midway leaves no temporary file and the target as
 * it was.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import '../../../../src/hosts/files/write/node';
import type { OutBook, OutRow, OutSheet } from '../../../../src/core';
import { readWorkbookBytes } from '../../../../src/hosts/files/read';
import { WriteError, writeFileSafely } from '../../../../src/hosts/files/write/safeWrite';
import { writeXlsx, writeXlsxTo } from '../../../../src/hosts/files/write/xlsx';
import { PIECE_CHARS } from '../../../../src/hosts/files/write/zip';
import { parts, partText } from './helpers';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'px-stream-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const BIG_ROWS = 20_000;
/** Unique texts, with a character outside the BMP (a surrogate pair), so the shared-string table spans several pieces. */
const theme = (r: number) => `培训班主题${r + 1}（第${r % 7}期）🎓`;

/** A sheet whose rows are made as they are read (like the streamed 省级汇总); `onRow` sees each. */
function bigSheet(onRow: (r: number) => void = () => {}): OutSheet {
  return {
    name: '省级汇总',
    rows: [['序号', '培训班主题', '人数']],
    headerRows: [0],
    more: {
      count: BIG_ROWS,
      row: (r) => {
        onRow(r);
        return [r + 1, theme(r), r % 30];
      },
    },
    freeze: { rows: 1 },
    autoFilter: `A1:C${BIG_ROWS + 1}`,
  };
}

/** Every kind of part: a large worksheet (several deflate pieces), notes, a chart, a long drop-down list (the hidden list sheet). */
function book(big: OutSheet, extra: OutSheet[] = []): OutBook {
  const countries = ['日本', '德国', '新加坡'];
  const byCountry: OutRow[] = [['国家（地区）', '经费', '人数'], ...countries.map((c, i) => [c, 10 * (i + 1), i + 2])];
  return {
    sheets: [
      big,
      {
        name: '单位汇总',
        rows: byCountry,
        notes: [{ cell: 'B2', text: '经费单位：万元' }],
        chart: {
          title: '按国家（地区）',
          categoryLabel: '国家（地区）',
          categories: countries,
          series: [{ name: '经费', values: [10, 20, 30] }],
          source: { r0: 1, r1: 3, categoryCol: 0, seriesCols: [1] },
        },
      },
      {
        name: '导入记录',
        rows: [['文件', '说明'], ['a.xlsx', '=不是公式']],
        validations: [{ range: 'B2:B10', items: Array.from({ length: 80 }, (_, i) => `选项，第${i + 1}项`) }],
      },
      ...extra,
    ],
  };
}

describe('writeXlsxTo into a file', () => {
  test('the file holds exactly the bytes of the buffered writer, and every part reads back', () => {
    const target = path.join(dir, '汇总.xlsx');
    writeFileSafely(target, (write) => writeXlsxTo(book(bigSheet()), write));
    const buffered = writeXlsx(book(bigSheet()));
    const onDisk = fs.readFileSync(target);
    expect(Buffer.compare(onDisk, Buffer.from(buffered))).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['汇总.xlsx']);

    // the large sheet spans several deflate pieces
    const p = parts(onDisk);
    expect(partText(p, 'xl/worksheets/sheet1.xml').length).toBeGreaterThan(3 * PIECE_CHARS);
    // [Content_Types].xml, written first, lists exactly the parts that follow (planned before rendering)
    const ct = partText(p, '[Content_Types].xml');
    const listed = [...ct.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]).sort();
    const xmlParts = Object.keys(p).filter((n) => n !== '[Content_Types].xml' && !n.endsWith('.rels') && !n.endsWith('.vml'));
    expect(listed).toEqual(xmlParts.sort());
    expect(Object.keys(p)).toContain('xl/worksheets/sheet4.xml'); // the hidden list sheet
    expect(Object.keys(p)).toContain('xl/drawings/vmlDrawing1.vml');
    expect(ct).toContain('Extension="vml"');
    expect(Object.keys(p)[0]).toBe('[Content_Types].xml');

    const grid = readWorkbookBytes(onDisk, target);
    expect(grid.sheets[0].cells).toHaveLength(BIG_ROWS + 1);
    // the shared-string table, encoded a piece at a time, reads back whole
    expect(partText(p, 'xl/sharedStrings.xml').length).toBeGreaterThan(2 * PIECE_CHARS);
    const themes = grid.sheets[0].cells.slice(1).map((row) => row[1]?.v);
    expect(themes).toEqual(Array.from({ length: BIG_ROWS }, (_, r) => theme(r)));
    expect(grid.sheets[2].cells[1][1]).toEqual({ v: '=不是公式' });
    let hasUnzip = true;
    try {
      execFileSync('which', ['unzip'], { stdio: 'ignore' });
    } catch {
      hasUnzip = false;
    }
    if (hasUnzip) expect(execFileSync('unzip', ['-t', target], { encoding: 'utf8' })).toMatch(/No errors detected/);
  });

  test('a workbook without notes, chart or list sheet: the same bytes, nothing extra listed', () => {
    const plain: OutBook = { sheets: [{ name: 'A', rows: [['x', 1]] }] };
    const target = path.join(dir, 'a.xlsx');
    writeFileSafely(target, (write) => writeXlsxTo(plain, write));
    const onDisk = fs.readFileSync(target);
    expect(Buffer.compare(onDisk, Buffer.from(writeXlsx(plain)))).toBe(0);
    const ct = partText(onDisk, '[Content_Types].xml');
    expect(ct).not.toContain('vml');
    expect(ct).not.toContain('sheet2.xml');
  });

  test('each part goes into the file as it is finished: the large sheet is on disk before the next sheet is made', () => {
    const target = path.join(dir, 's.xlsx');
    let written = 0;
    let before = -1;
    const big = bigSheet();
    const next: OutSheet = {
      name: '后一张',
      rows: [],
      more: {
        count: 1,
        row: () => {
          if (before < 0) before = written;
          return ['x'];
        },
      },
    };
    writeFileSafely(target, (write) =>
      writeXlsxTo(book(big, [next]), (bytes) => {
        written += bytes.length;
        write(bytes);
      }),
    );
    const total = fs.statSync(target).size;
    // the first worksheet alone deflates to well over half the file; it was out before 后一张 was rendered
    expect(before).toBeGreaterThan(total / 2);
    expect(before).toBeLessThan(total);
  });
});

describe('more rows of a stated width (RowSource.width, as the merge’s 省级汇总 and 导入记录)', () => {
  /** bigSheet with its rows' width stated (null: not stated). */
  const sized = (onRow?: (r: number) => void, width: number | null = 3): OutSheet => {
    const s = bigSheet(onRow);
    return { ...s, more: { ...s.more!, ...(width === null ? {} : { width }) } };
  };

  test('the same bytes as without the width, each row made once instead of twice', () => {
    let withWidth = 0;
    let without = 0;
    const a = writeXlsx(book(sized(() => withWidth++)));
    const b = writeXlsx(book(sized(() => without++, null)));
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    expect(withWidth).toBe(BIG_ROWS);
    expect(without).toBe(2 * BIG_ROWS);
    expect(partText(parts(Buffer.from(a)), 'xl/worksheets/sheet1.xml')).toContain(`<dimension ref="A1:C${BIG_ROWS + 1}"/>`);
  });

  test('a row that does not have the stated width is refused (the extent written would be wrong)', () => {
    expect(() => writeXlsx(book(sized(undefined, 4)))).toThrow(/第 2 行有 3 列，不是所述的 4 列/);
  });

  test('a width past Excel’s columns is refused naming the first of those rows, as when each row is measured', () => {
    const wide: OutSheet = { name: '宽', rows: [['表头']], more: { count: 5, row: () => new Array(16_385).fill('x'), width: 16_385 } };
    const measured: OutSheet = { ...wide, more: { count: 5, row: wide.more!.row } };
    expect(() => writeXlsx({ sheets: [wide] })).toThrow('工作表“宽”第 2 行有 16385 列，超过 Excel 的上限 16384 列');
    expect(() => writeXlsx({ sheets: [measured] })).toThrow('工作表“宽”第 2 行有 16385 列，超过 Excel 的上限 16384 列');
  });
});

describe('a failure midway', () => {
  test('an error in a later sheet: the target untouched, no temporary file, the error passed on as it is', () => {
    const target = path.join(dir, '汇总.xlsx');
    fs.writeFileSync(target, 'old summary');
    let written = 0;
    const tooWide: OutSheet = { name: '太宽', rows: [new Array(16_385).fill('x')] };
    let err: unknown;
    try {
      writeFileSafely(target, (write) =>
        writeXlsxTo(book(bigSheet(), [tooWide]), (b) => {
          written += b.length;
          write(b);
        }),
      );
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(WriteError);
    expect((err as Error).message).toContain('超过 Excel 的上限');
    expect(written).toBeGreaterThan(100_000); // the large sheet had gone into the temporary file
    expect(fs.readFileSync(target, 'utf8')).toBe('old summary');
    expect(fs.readdirSync(dir)).toEqual(['汇总.xlsx']);
  });

  test('no target before: none after, and no temporary file', () => {
    const target = path.join(dir, 'new.xlsx');
    expect(() =>
      writeFileSafely(target, (write) => {
        write(new Uint8Array(1000));
        throw new Error('midway');
      }),
    ).toThrow('midway');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
