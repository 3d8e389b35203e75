/**
 * Reader defects seen on real files (issue 10), each at its class: line ends inside text, t="d"
 * times and durations, CDATA and comments in text, conditional time formats, sheets without a
 * relationship id, OLE streams named in capitals, .ods without a mimetype entry or with a password,
 * WPS .et files, and a CSV quote never closed.
 */
import * as fs from 'fs';
import { unzipSync } from 'fflate';
import { reviewWorkbook } from '../../../../src/core/review';
import { readWorkbookBytes } from '../../../../src/hosts/files/read';
import { isDateFormat } from '../../../../src/hosts/files/read/numfmt';
import { isoToSerial } from '../../../../src/hosts/files/read/xlsx';
import { NS, sheetXml, xlsxEntries, zip } from './craft';
import { fixtureBytes, fixturePath } from './helpers';

const one = (xml: string, opts: Parameters<typeof xlsxEntries>[1] = {}) => readWorkbookBytes(zip(xlsxEntries([{ name: 'S', xml }], opts)), 'd.xlsx').sheets[0];
const cellXml = (inner: string) => `<sheetData><row r="1">${inner}</row></sheetData>`;

describe('line ends inside text (XML 1.0 §2.11)', () => {
  it('a literal CR LF or CR in shared or inline text is LF; &#13; stays a CR', () => {
    const s = one(cellXml('<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x\r\ny\rz</t></is></c><c r="C1" t="inlineStr"><is><t>a&#13;b</t></is></c>'), {
      sstXml: `<sst ${NS}><si><t>第一行\r\n第二行</t></si></sst>`,
    });
    expect(s.cells[0][0]).toEqual({ v: '第一行\n第二行' });
    expect(s.cells[0][1]).toEqual({ v: 'x\ny\nz' });
    expect(s.cells[0][2]).toEqual({ v: 'a\rb' });
  });

  it('_x000D_ before a literal CR LF gives CR LF, not CR CR LF', () => {
    const s = one(cellXml('<c r="A1" t="s"><v>0</v></c>'), { sstXml: `<sst ${NS}><si><t>上午_x000D_\r\n下午</t></si></sst>` });
    expect(s.cells[0][0]).toEqual({ v: '上午\r\n下午' });
  });
});

describe('t="d" cells', () => {
  it('reads ISO dates, times and durations as Excel serials', () => {
    expect(isoToSerial('2024-03-01')).toBe(45352);
    expect(isoToSerial('10:10:10')).toBeCloseTo((10 * 3600 + 10 * 60 + 10) / 86400, 10);
    expect(isoToSerial('PT0H11M0.000S')).toBeCloseTo(11 / 1440, 10);
    expect(isoToSerial('P1DT12H')).toBeCloseTo(1.5, 10);
    expect(isoToSerial('P')).toBeNull();
    expect(isoToSerial('十点')).toBeNull();
  });

  it('a cell holding a time or a duration is a date-typed number with a time format, not text', () => {
    const s = one(cellXml('<c r="A1" t="d"><v>10:10:10</v></c><c r="B1" t="d"><v>PT0H11M0.000S</v></c><c r="C1" t="d"><v>not a date</v></c>'));
    expect(s.cells[0][0]).toEqual({ v: expect.closeTo(36610 / 86400, 10), date: true, fmt: 'hh:mm:ss' });
    expect(s.cells[0][1]).toEqual({ v: expect.closeTo(11 / 1440, 10), date: true, fmt: '[h]:mm:ss' });
    expect(s.cells[0][2]).toEqual({ v: 'not a date' });
  });
});

describe('CDATA and comments in text', () => {
  it('reads text in a CDATA section literally (no entity decoding inside)', () => {
    const s = one(cellXml('<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t><![CDATA[A & <B>]]></t></is></c><c r="C1"><v><![CDATA[42]]></v></c>'), {
      sstXml: `<sst ${NS}><si><t><![CDATA[培训班 &amp; 考察]]></t></si></sst>`,
    });
    expect(s.cells[0][0]).toEqual({ v: '培训班 &amp; 考察' });
    expect(s.cells[0][1]).toEqual({ v: 'A & <B>' });
    expect(s.cells[0][2]).toEqual({ v: 42 });
  });

  it('an XML comment inside <t> does not cut the text', () => {
    const s = one(cellXml('<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>前<!-- note -->后</t></is></c>'), { sstXml: `<sst ${NS}><si><t>abc<!-- x -->def</t></si></sst>` });
    expect(s.cells[0][0]).toEqual({ v: 'abcdef' });
    expect(s.cells[0][1]).toEqual({ v: '前后' });
  });
});

describe('number formats with conditions', () => {
  it('[=0]?;[<4.17][hh]:mm:ss;[hh]:mm is a time; conditional number formats are not', () => {
    expect(isDateFormat('[=0]?;[<4.17][hh]:mm:ss;[hh]:mm')).toBe(true);
    expect(isDateFormat('[<0]"负"0.00;0.00')).toBe(false);
    expect(isDateFormat('0.00;[Red]-0.00;"h"')).toBe(false);
  });
});

describe('workbook entries', () => {
  it('skips a <sheet r:id=""> entry (old macro sheets) and reads the rest', () => {
    const wb = `<workbook ${NS}><sheets><sheet name="Macro1" sheetId="2" r:id=""/><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const grid = readWorkbookBytes(zip(xlsxEntries([{ name: 'S', xml: sheetXml([['a']]) }], { workbookXml: wb })), 'm.xlsx');
    expect(grid.sheets.map((s) => s.name)).toEqual(['S']);
  });

  it('still refuses a sheet whose relationship id names nothing', () => {
    const wb = `<workbook ${NS}><sheets><sheet name="S" sheetId="1" r:id="rId9"/></sheets></workbook>`;
    expect(() => readWorkbookBytes(zip(xlsxEntries([{ name: 'S', xml: sheetXml([['a']]) }], { workbookXml: wb })), 'm.xlsx')).toThrow(/缺少部件/);
  });
});

/** The bytes with every UTF-16LE occurrence of `from` (directory entry names) replaced by `to` (same length). */
function renameStream(b: Uint8Array, from: string, to: string): Uint8Array {
  const out = Buffer.from(b);
  const f = Buffer.from(from + '\0', 'utf16le');
  let at = out.indexOf(f);
  let n = 0;
  while (at !== -1) {
    Buffer.from(to, 'utf16le').copy(out, at);
    n++;
    at = out.indexOf(f, at + 1);
  }
  if (n === 0) throw new Error(`no ${from}`);
  return new Uint8Array(out);
}

describe('legacy files by content', () => {
  const xls = fixtureBytes('schedule.xls');
  const cellsOf = (b: Uint8Array, name: string) => readWorkbookBytes(b, name).sheets.map((s) => s.cells);

  it('reads an .xls whose stream is named WORKBOOK in capitals the same as the original', () => {
    expect(cellsOf(renameStream(xls, 'Workbook', 'WORKBOOK'), 'caps.xls')).toEqual(cellsOf(xls, 'schedule.xls'));
  });

  it('reads an Excel 2 worksheet (a bare BIFF2 stream: BOF, LABEL, NUMBER, EOF) as LibreOffice does', () => {
    const rec = (id: number, body: Buffer) => Buffer.concat([Buffer.from([id & 0xff, id >> 8, body.length & 0xff, body.length >> 8]), body]);
    const label = (r: number, c: number, t: string) => {
      const b = Buffer.alloc(8 + t.length);
      b.writeUInt16LE(r, 0);
      b.writeUInt16LE(c, 2);
      b[7] = t.length;
      b.write(t, 8, 'latin1');
      return rec(0x0004, b);
    };
    const num = (r: number, c: number, v: number) => {
      const b = Buffer.alloc(15);
      b.writeUInt16LE(r, 0);
      b.writeUInt16LE(c, 2);
      b.writeDoubleLE(v, 7);
      return rec(0x0003, b);
    };
    const bof = rec(0x0009, Buffer.from([0x00, 0x02, 0x10, 0x00]));
    const bytes = new Uint8Array(Buffer.concat([bof, label(0, 0, 'Name'), label(0, 1, 'Days'), label(1, 0, 'Lemons'), num(1, 1, 21.5), rec(0x000a, Buffer.alloc(0))]));
    expect(readWorkbookBytes(bytes, 'excel2.xls').sheets[0].cells).toEqual([
      [{ v: 'Name' }, { v: 'Days' }],
      [{ v: 'Lemons' }, { v: 21.5 }],
    ]);
    // the same first bytes in a text file are not taken for BIFF
    expect(() => readWorkbookBytes(new Uint8Array([0x09, 0x00, 0x04, 0x00, 0x41, 0x42, 0x43, 0x44]), 'x.xls')).toThrow();
  });

  it('reads WPS .et/.ett files by their content', () => {
    expect(cellsOf(xls, 'schedule.et')).toEqual(cellsOf(xls, 'schedule.xls'));
    expect(cellsOf(fixtureBytes('schedule.xlsx'), 'schedule.ett')).toEqual(cellsOf(fixtureBytes('schedule.xlsx'), 'schedule.xlsx'));
  });

  it('reads an .ods, also without its mimetype entry', () => {
    const ods = new Uint8Array(fs.readFileSync(fixturePath('schedule.ods')));
    const withMime = readWorkbookBytes(ods, 'schedule.ods');
    const parts = unzipSync(ods);
    const noMime = zip(Object.entries(parts).filter(([name]) => name !== 'mimetype').map(([name, data]) => ({ name, data })));
    const without = readWorkbookBytes(noMime, 'nomime.ods');
    expect(without.sheets.map((s) => s.cells)).toEqual(withMime.sheets.map((s) => s.cells));
    expect(withMime.sheets[0].cells.length).toBeGreaterThan(3);
  });

  it('describes a password-protected .ods as such', () => {
    const manifest =
      '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>';
    const bytes = zip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 },
      { name: 'content.xml', data: new Uint8Array([1, 2, 3, 4]), method: 0 },
      { name: 'META-INF/manifest.xml', data: manifest },
    ]);
    expect(() => readWorkbookBytes(bytes, 'secret.ods')).toThrow(expect.objectContaining({ kind: 'encrypted', reason: expect.stringContaining('.ods') }));
  });
});

describe('CSV quote never closed', () => {
  const csv = '序号,组团单位,培训班主题,国家（地区）,人数,天数\n1,四川省农业科学院,"现代种业创新培训班,以色列,18,21\n2,成都市公安局,公安信息化建设培训班,新加坡,25,10\n';
  const grid = readWorkbookBytes(new TextEncoder().encode(csv), 'plan.csv');

  it('reads the quote as text and keeps the next row (the next project is not swallowed)', () => {
    const s = grid.sheets[0];
    expect(s.cells[1][2]).toEqual({ v: '"现代种业创新培训班' });
    expect(s.cells[1][3]).toEqual({ v: '以色列' });
    expect(s.cells[2][1]).toEqual({ v: '成都市公安局' });
    expect(s.problems).toEqual([{ row: 1, col: 2, message: expect.stringContaining('第 2 行的引号没有闭合') }]);
  });

  it('becomes a C-UNREADABLE finding at the cell where the quote starts', () => {
    const review = reviewWorkbook(grid, { packs: [] });
    expect(review.findings).toContainEqual(expect.objectContaining({ ruleId: 'C-UNREADABLE', cell: 'C2', sheet: 'plan' }));
  });

  it('a closed quote spanning lines is no problem (the boundary)', () => {
    const ok = readWorkbookBytes(new TextEncoder().encode('a,"x\ny",b\n1,2,3\n'), 'ok.csv').sheets[0];
    expect(ok.problems).toBeUndefined();
    expect(ok.cells[0][1]).toEqual({ v: 'x\ny' });
    expect(ok.cells[1][0]).toEqual({ v: '1' });
  });
});
