/** Files that are not readable workbooks: each gives a ReadError naming the file and why, never an empty grid. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import { ReadError, readWorkbookBytes } from '../../../../src/hosts/files/read';
import { readWorkbookFile } from '../../../../src/hosts/files/read/node';
import { fixtureBytes, fixturePath } from './helpers';

function readError(name: string, as = name): ReadError {
  try {
    readWorkbookBytes(fixtureBytes(name), as);
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return e as ReadError;
  }
  throw new Error(`${name} was read without an error`);
}

describe('ReadError', () => {
  it.each([
    ['word-renamed.xlsx', 'not-workbook', /Word 文档/],
    ['pdf-renamed.xlsx', 'not-workbook', /PDF/],
    ['text-renamed.xlsx', 'not-workbook', /文本/],
    ['empty.xlsx', 'empty', /空/],
    ['empty.csv', 'empty', /空/],
    ['corrupt-truncated.xlsx', 'corrupt', /损坏/],
    ['corrupt-scrambled.xlsx', 'corrupt', /损坏.*sheet1\.xml/],
    ['encrypted.xlsx', 'encrypted', /密码/],
    ['missing-workbook-part.xlsx', 'missing-part', /工作簿部件/],
    ['no-sheets.xlsx', 'corrupt', /没有任何工作表/],
  ])('%s → %s', (name, kind, reason) => {
    const e = readError(name);
    expect(e.kind).toBe(kind);
    expect(e.reason).toMatch(reason);
    expect(e.file).toBe(name);
    expect(e.message).toContain(name);
    expect(e.message).toContain(e.reason);
  });

  it('chooses by content, not by the name: a real workbook named .csv is read as .xlsx', () => {
    const grid = readWorkbookBytes(fixtureBytes('demand-list.xlsx'), '改名.csv');
    expect(grid.sheets.map((s) => s.name)).toEqual(['培训计划', '汇率', '填表说明']);
  });

  it('reads text only as CSV when the name says so', () => {
    expect(readWorkbookBytes(fixtureBytes('plan-utf8.csv'), 'plan.csv').sheets).toHaveLength(1);
    expect(readError('plan-utf8.csv', 'plan.xlsx').kind).toBe('not-workbook');
  });

  it('reads an OLE workbook named .csv as .xls, refuses a PDF or other binary named .csv', () => {
    expect(readWorkbookBytes(fixtureBytes('schedule.xls'), 'x.csv').sheets[0].name).toBe('日程表');
    expect(readError('pdf-renamed.xlsx', 'x.csv').reason).toMatch(/PDF/);
    const binary = new Uint8Array(256).map((_, i) => (i * 37) & 0xff);
    expect(() => readWorkbookBytes(binary, 'x.csv')).toThrow(/不是文本/);
  });

  it('does not take a zip that only starts like one', () => {
    const bytes = fixtureBytes('demand-list.xlsx');
    // the end-of-directory record cut off: corrupt, not a silent empty workbook
    expect(() => readWorkbookBytes(bytes.subarray(0, bytes.length - 10), 'a.xlsx')).toThrow(ReadError);
    expect(readWorkbookBytes(bytes, 'a.xlsx').sheets).toHaveLength(3);
  });
});

describe('OLE containers (built here with SheetJS’s CFB writer)', () => {
  function ole(streams: Record<string, Uint8Array>): Uint8Array {
    const c = XLSX.CFB.utils.cfb_new();
    for (const [name, data] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(c, `/${name}`, data);
    return new Uint8Array(XLSX.CFB.write(c, { type: 'array' }) as ArrayLike<number>);
  }
  const junk = new Uint8Array(2048).map((_, i) => (i * 131 + 7) & 0xff);

  it('refuses an encrypted package with the password reason', () => {
    expect(() => readWorkbookBytes(ole({ EncryptionInfo: junk.subarray(0, 64), EncryptedPackage: junk }), 'a.xlsx')).toThrow(/密码/);
  });

  it('names a Word .doc, and an OLE file with no workbook stream', () => {
    expect(() => readWorkbookBytes(ole({ WordDocument: junk }), 'a.xls')).toThrow(/Word/);
    expect(() => readWorkbookBytes(ole({ Other: junk }), 'a.xls')).toThrow(/没有工作簿/);
  });

  it('gives a corrupt-file ReadError (not an empty grid) for a broken Workbook stream', () => {
    expect(() => readWorkbookBytes(ole({ Workbook: junk }), 'a.xls')).toThrow(/没有任何工作表/);
  });
});

describe('readWorkbookFile (Node)', () => {
  it('keeps the path as given in the grid', async () => {
    const p = path.relative(process.cwd(), fixturePath('demand-form.xlsx'));
    const grid = await readWorkbookFile(p);
    expect(grid.file).toBe(p);
    expect(grid.sheets[0].name).toBe('需求表');
  });

  it('reads with zlib the same grid as the browser-safe path', async () => {
    for (const name of ['demand-list.xlsx', 'handmade-edge.xlsx', 'unit-u0001_杭州市萧山区市场监督管理局.xlsx']) {
      const viaFile = await readWorkbookFile(fixturePath(name));
      expect(viaFile.sheets).toEqual(readWorkbookBytes(fixtureBytes(name), name).sheets);
    }
  });

  it('throws a ReadError for a missing file and for a folder', async () => {
    await expect(readWorkbookFile(path.join(os.tmpdir(), 'no-such-file-4711.xlsx'))).rejects.toMatchObject({ kind: 'io', reason: '文件不存在' });
    await expect(readWorkbookFile(fs.mkdtempSync(path.join(os.tmpdir(), 'read-')))).rejects.toBeInstanceOf(ReadError);
  });

  it('throws a ReadError for a broken file read from disk', async () => {
    await expect(readWorkbookFile(fixturePath('encrypted.xlsx'))).rejects.toMatchObject({ kind: 'encrypted' });
  });
});
