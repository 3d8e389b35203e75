/**
 * The Node codec for the writer (write/node.ts: zlib's deflateRawSync and crc32): same CRC-32 as
 * the JavaScript table, archives that fflate, `unzip -t` and our reader all read back.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync } from 'fflate';
import '../../../../src/hosts/files/write/node';
import { readWorkbookBytes } from '../../../../src/hosts/files/read';
import { writeXlsx } from '../../../../src/hosts/files/write/xlsx';
import { crc32, zipEntries } from '../../../../src/hosts/files/write/zip';
import { partWriterTests, rowsText } from './partWriter';

const enc = new TextEncoder();

describe('writer zip through zlib', () => {
  test('zlib.crc32 agrees with the JavaScript CRC-32, and tells different bytes apart', () => {
    const zcrc = (require('zlib') as { crc32?: (d: Uint8Array) => number }).crc32;
    if (typeof zcrc !== 'function') return; // Node before 20.15 keeps the JavaScript table
    for (const s of ['', '123456789', '审核结果'.repeat(1000)]) expect(zcrc(enc.encode(s)) >>> 0).toBe(crc32(enc.encode(s)));
    expect(zcrc(enc.encode('123456789')) >>> 0).not.toBe(crc32(enc.encode('123456780')));
  });

  test('a zip of deflated entries reads back byte for byte', () => {
    const a = enc.encode('<c r="A1"><v>1</v></c>'.repeat(5000));
    const out = zipEntries([['a.xml', a], ['b/中文.xml', enc.encode('<b/>')]], 3);
    const back = unzipSync(out);
    expect(back['a.xml']).toEqual(a);
    expect(new TextDecoder().decode(back['b/中文.xml'])).toBe('<b/>');
    expect(out.length).toBeLessThan(a.length / 10);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'px-zipn-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.zip'), out);
      let hasUnzip = true;
      try {
        execFileSync('which', ['unzip'], { stdio: 'ignore' });
      } catch {
        hasUnzip = false;
      }
      if (hasUnzip) expect(execFileSync('unzip', ['-t', path.join(dir, 'a.zip')], { encoding: 'utf8' })).toMatch(/No errors detected/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a workbook written this way reads back with our reader', () => {
    const bytes = writeXlsx({ sheets: [{ name: '省级汇总', rows: [['项目', '人数'], ['=1+1', 12]] }] });
    const grid = readWorkbookBytes(bytes, 's.xlsx');
    expect(grid.sheets[0].cells[1][0]).toEqual({ v: '=1+1' });
    expect(grid.sheets[0].cells[1][1]).toEqual({ v: 12 });
  });
});

describe('PartWriter with zlib (pieces ended with a sync flush, the last one finished)', () => {
  partWriterTests();

  test('a worksheet of many pieces written through writeXlsx reads back with our reader and passes unzip -t', () => {
    const rows: (string | number)[][] = [['序号', '培训班主题', '=SUM(A1:A2)']];
    for (let i = 1; i <= 30000; i++) rows.push([i, `培训班主题${i}`, `=${i}`]);
    const bytes = writeXlsx({ sheets: [{ name: '省级汇总', rows }] });
    const grid = readWorkbookBytes(bytes, 's.xlsx');
    const cells = grid.sheets[0].cells;
    expect(cells.length).toBe(30001);
    expect(cells[30000][0]).toEqual({ v: 30000 });
    expect(cells[30000][1]).toEqual({ v: '培训班主题30000' });
    expect(cells[30000][2]).toEqual({ v: '=30000' });
    expect(rowsText(1)[0]).toContain('培训班主题1');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'px-zipp-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.xlsx'), bytes);
      let hasUnzip = true;
      try {
        execFileSync('which', ['unzip'], { stdio: 'ignore' });
      } catch {
        hasUnzip = false;
      }
      if (hasUnzip) expect(execFileSync('unzip', ['-t', path.join(dir, 'a.xlsx')], { encoding: 'utf8' })).toMatch(/No errors detected/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
