/** CSV: encodings (UTF-8 with/without BOM, GBK, Windows-1252, UTF-16/32), RFC 4180 quoting, delimiters, the sheet name. */
import { readWorkbookBytes } from '../../../../src/hosts/files/read';
import { decodeCsv, detectDelimiter, looksLikeText, parseCsv, sheetNameFor, unicodeOf } from '../../../../src/hosts/files/read/csv';
import { at, fixtureBytes } from './helpers';

const expected = [
  ['序号', '培训班主题', '组团单位', '人数', '经费预算（万元）', '备注'],
  ['1', '智能制造培训班', '宁波市经信局', '２０', '60.5', '含"国际"机票, 住宿'],
  ['2', '现代农业培训班', '丽水市农业农村局', '18', '48', '第一行\r\n第二行'],
  ['合计', undefined, undefined, '38', '108.5', undefined],
];

const values = (name: string, as = name) =>
  readWorkbookBytes(fixtureBytes(name), as).sheets[0].cells.map((r) => Array.from({ length: 6 }, (_, c) => r?.[c]?.v));

describe('CSV files', () => {
  it('reads UTF-8 with a BOM (the BOM does not reach the first cell)', () => {
    expect(values('plan-utf8.csv')).toEqual(expected);
  });

  it('reads GBK (falls back from UTF-8 to GB18030)', () => {
    expect(values('plan-gbk.csv')).toEqual(expected);
  });

  it('reads UTF-8 without a BOM', () => {
    const bytes = fixtureBytes('plan-utf8.csv').subarray(3);
    expect(bytes[0]).not.toBe(0xef);
    expect(readWorkbookBytes(bytes, 'p.csv').sheets[0].cells[0]?.[0]?.v).toBe('序号');
  });

  it('reads LibreOffice’s CSV export of the schedule, values as text', () => {
    const s = readWorkbookBytes(fixtureBytes('schedule-libreoffice.csv'), 'schedule-libreoffice.csv').sheets[0];
    expect(at(s, 'A1')?.v).toBe('日期');
    expect(at(s, 'C2')?.v).toBe('上午');
    expect(typeof at(s, 'A2')?.v).toBe('string');
    expect(at(s, 'A6')?.v).toBe('2023年5月10日');
  });

  it('names the only sheet after the file stem, as Excel does', () => {
    expect(readWorkbookBytes(fixtureBytes('plan-gbk.csv'), 'data/回执/某单位 计划.csv').sheets[0].name).toBe('某单位 计划');
    expect(sheetNameFor('C:\\回执\\a.b.csv')).toBe('a.b');
    expect(sheetNameFor('x'.repeat(40) + '.csv')).toHaveLength(31);
  });

  it('keeps every value a string (no number guessing), empty fields as no cell', () => {
    const s = readWorkbookBytes(new TextEncoder().encode('001,,2023.5.8\n'), 'a.csv').sheets[0];
    expect(s.cells[0]).toEqual([{ v: '001' }, undefined, { v: '2023.5.8' }]);
  });
});

describe('decodeCsv', () => {
  it('decodes UTF-8 strictly and GB18030 otherwise', () => {
    expect(decodeCsv(new Uint8Array([0xe4, 0xb8, 0xad]))).toBe('中');
    expect(decodeCsv(new Uint8Array([0xd6, 0xd0]))).toBe('中');
  });

  it('decodes UTF-16LE with a BOM', () => {
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e]))).toBe('中');
  });

  const utf16 = (t: string, le: boolean) => {
    const b = new Uint8Array(t.length * 2);
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      b[2 * i + (le ? 0 : 1)] = c & 0xff;
      b[2 * i + (le ? 1 : 0)] = c >> 8;
    }
    return b;
  };
  const utf32 = (t: string, le: boolean, bom = false) => {
    const cps = [...(bom ? '\ufeff' : ''), ...t].map((ch) => ch.codePointAt(0) as number);
    const b = new Uint8Array(cps.length * 4);
    const v = new DataView(b.buffer);
    cps.forEach((cp, i) => v.setUint32(4 * i, cp, le));
    return b;
  };
  const text = '序号,项目名称,人数\r\n1,智能制造培训班,20\r\n';

  it('decodes UTF-16 without a BOM by where its zero bytes fall, both byte orders', () => {
    expect(unicodeOf(utf16(text, true))).toEqual({ encoding: 'utf-16le', bom: 0 });
    expect(unicodeOf(utf16(text, false))).toEqual({ encoding: 'utf-16be', bom: 0 });
    expect(decodeCsv(utf16(text, true))).toBe(text);
    expect(decodeCsv(utf16(text, false))).toBe(text);
  });

  it('decodes UTF-32 with and without a BOM (FF FE 00 00 is UTF-32LE, not UTF-16LE), astral characters too', () => {
    const t = text + '𠀀,x\n';
    expect(unicodeOf(utf32(t, true, true))).toEqual({ encoding: 'utf-32le', bom: 4 });
    expect(decodeCsv(utf32(t, true, true))).toBe(t);
    expect(decodeCsv(utf32(t, false, true))).toBe(t);
    expect(decodeCsv(utf32(t, true))).toBe(t);
    expect(decodeCsv(utf32(t, false))).toBe(t);
  });

  it('takes UTF-8, GBK and a stray NUL for what they are, not for UTF-16', () => {
    expect(unicodeOf(new TextEncoder().encode(text))).toBeUndefined();
    expect(unicodeOf(new Uint8Array([0xd6, 0xd0, 0x2c, 0x31, 0x0d, 0x0a, 0xd6, 0xd0]))).toBeUndefined();
    // ExcelDataReader's simple_whitespace_null.csv: two NULs among 18 bytes
    const stray = new Uint8Array([0x20, 0x61, 0x20, 0x2c, 0x00, 0x62, 0x00, 0x2c, 0x09, 0x63, 0x09, 0x0a, 0x31, 0x2c, 0x32, 0x2c, 0x33, 0x0a]);
    expect(unicodeOf(stray)).toBeUndefined();
    expect(looksLikeText(stray)).toBe(false);
    expect(looksLikeText(utf16(text, false))).toBe(true);
  });

  it('falls back to Windows-1252 when the bytes are neither UTF-8 nor GB18030', () => {
    // Å alone (0xC5) is a GB18030 lead byte without its trail
    expect(decodeCsv(new Uint8Array([0xc5, 0x2c, 0x31]))).toBe('Å,1');
    // valid GBK stays GBK
    expect(decodeCsv(new Uint8Array([0xc5, 0xe0, 0x2c, 0x31]))).toBe('培,1');
  });
});

describe('parseCsv (RFC 4180)', () => {
  it('splits on commas and CRLF, LF or CR', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\rg')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g']]);
  });

  it('keeps commas, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('"a,b","say ""hi""","x\r\ny"\r\n')).toEqual([['a,b', 'say "hi"', 'x\r\ny']]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,,b,\n,\n')).toEqual([['a', '', 'b', ''], ['', '']]);
  });

  it('does not add a record for the final line break', () => {
    expect(parseCsv('a\n')).toEqual([['a']]);
    expect(parseCsv('a\n\n')).toEqual([['a'], ['']]);
  });

  it('reads an unterminated quote as text up to its line end, and says where it was (issue 10: it swallowed the next rows)', () => {
    const open: { row: number; col: number }[] = [];
    expect(parseCsv('x\n1,"abc\n2,def\n', ',', open)).toEqual([['x'], ['1', '"abc'], ['2', 'def']]);
    expect(open).toEqual([{ row: 1, col: 1 }]);
  });
});

describe('detectDelimiter', () => {
  it('takes tab when the first line has more tabs than commas', () => {
    expect(detectDelimiter('a\tb\tc\n1,2\t3').delimiter).toBe('\t');
    expect(detectDelimiter('a\tb,c,d\n').delimiter).toBe(',');
  });

  it('ignores separators inside quotes', () => {
    expect(detectDelimiter('"a,b,c"\td\te\n').delimiter).toBe('\t');
  });

  it('takes semicolons when the first line has more of them than commas or tabs (Excel with a European list separator)', () => {
    expect(detectDelimiter('a;b;c\n1;2;3').delimiter).toBe(';');
    expect(detectDelimiter('a;b,c,d\n').delimiter).toBe(',');
    expect(detectDelimiter('"a;b;c",d\n').delimiter).toBe(',');
    expect(detectDelimiter('a;b\tc\td\n').delimiter).toBe('\t');
  });

  it('follows Excel’s sep= line', () => {
    expect(detectDelimiter('sep=;\na;b')).toEqual({ delimiter: ';', skip: 6 });
  });

  it('reads a tab-separated file end to end', () => {
    const s = readWorkbookBytes(new TextEncoder().encode('姓名\t单位\n张三\t省厅, 处室\n'), 't.csv').sheets[0];
    expect(s.cells).toEqual([[{ v: '姓名' }, { v: '单位' }], [{ v: '张三' }, { v: '省厅, 处室' }]]);
  });
});
