import * as fs from 'fs';
import * as XLSX from '@e965/xlsx';
import { isoToSerial, safeSheetName, safeSheetNames, writeXlsx, type OutBook, type OutSheet } from '../../../../src/hosts/files/write/xlsx';
import { escapeCellText, stripIllegalXml } from '../../../../src/hosts/files/write/xml';
import { commentsOf, hasSoffice, partText, parts, read, sheetPart, soffice, styleOf, FIXTURES } from './helpers';

const one = (sheet: Partial<OutSheet> & { rows: OutSheet['rows'] }): OutBook => ({ sheets: [{ name: 'S', ...sheet }] });

describe('writeXlsx values', () => {
  const bytes = writeXlsx(
    one({
      rows: [
        ['text', 42, -1.5, true, false, null],
        [{ value: '2023-05-08', isDate: true }, { value: 45054, isDate: true }, { value: '2023-02-30', isDate: true }, { value: 0.125, style: { numFmt: '0.0%' } }],
        [{ value: null, error: '#N/A' }, '', { value: '  padded  ' }, 'line1\nline2'],
      ],
    }),
  );
  const ws = read(bytes).Sheets.S;

  test('strings, numbers and booleans come back with their types', () => {
    expect(ws.A1).toMatchObject({ t: 's', v: 'text' });
    expect(ws.B1).toMatchObject({ t: 'n', v: 42 });
    expect(ws.C1).toMatchObject({ t: 'n', v: -1.5 });
    expect(ws.D1).toMatchObject({ t: 'b', v: true });
    expect(ws.E1).toMatchObject({ t: 'b', v: false });
    expect(ws.F1).toBeUndefined();
  });

  test('dates are serials with a date format; an impossible ISO date stays text', () => {
    expect(ws.A2).toMatchObject({ t: 'n', v: 45054, z: 'yyyy-mm-dd', w: '2023-05-08' });
    expect(ws.B2).toMatchObject({ t: 'n', v: 45054, z: 'yyyy-mm-dd' });
    expect(ws.C2).toMatchObject({ t: 's', v: '2023-02-30' });
    expect(ws.D2).toMatchObject({ t: 'n', v: 0.125, z: '0.0%', w: '12.5%' });
  });

  test('errors, blank text, white space and line breaks', () => {
    expect(ws.A3).toMatchObject({ t: 'e', w: '#N/A' });
    expect(ws.B3).toBeUndefined();
    expect(ws.C3.v).toBe('  padded  ');
    expect(ws.D3.v).toBe('line1\nline2');
  });
});

describe('safety: text never becomes a formula', () => {
  const risky = ['=1+1', '+1', '-1', '@SUM(A1:A2)', '=HYPERLINK("http://example.invalid","x")', '=cmd|\' /C calc\'!A0', '-', '='];
  const bytes = writeXlsx(one({ rows: risky.map((t) => [t]), notes: [{ cell: 'B1', text: '=1+1' }] }));
  const p = parts(bytes);

  test('every formula-looking text is a string cell and no <f> is written anywhere', () => {
    const ws = read(bytes).Sheets.S;
    risky.forEach((t, i) => {
      expect(ws[`A${i + 1}`]).toMatchObject({ t: 's', v: t });
      expect(ws[`A${i + 1}`].f).toBeUndefined();
    });
    for (const [name, b] of Object.entries(p)) if (name.endsWith('.xml')) expect(new TextDecoder().decode(b)).not.toMatch(/<f[\s>]/);
  });

  test('the <f> check itself detects a real formula (openpyxl fixture has one)', () => {
    const fixture = parts(fs.readFileSync(`${FIXTURES}/original.xlsx`));
    expect(partText(fixture, sheetPart(fixture, '需求表'))).toMatch(/<f[\s>]/);
  });

  test('markup in text is escaped and illegal XML characters are stripped', () => {
    const b = writeXlsx(one({ rows: [['<a href="x">&amp;\'</a>'], ['bell\u0007 nul\u0000 ok\uFFFE'], ['lone \uD800 surrogate 😀']] }));
    const ws = read(b).Sheets.S;
    expect(ws.A1.v).toBe('<a href="x">&amp;\'</a>');
    expect(ws.A2.v).toBe('bell nul ok');
    expect(ws.A3.v).toBe('lone  surrogate 😀');
  });

  test('a literal _xHHHH_ survives (not decoded as a character)', () => {
    const b = writeXlsx(one({ rows: [['a_x0041_b'], ['_x000D_']] }));
    const ws = read(b).Sheets.S;
    expect(ws.A1.v).toBe('a_x0041_b');
    expect(ws.A2.v).toBe('_x000D_');
    expect(escapeCellText('_x0041_')).toBe('_x005F_x0041_');
    expect(escapeCellText('_x41_')).toBe('_x41_');
  });

  test('text longer than Excel allows is cut at 32 767 characters', () => {
    const b = writeXlsx(one({ rows: [['x'.repeat(32767)], ['y'.repeat(32768)]] }));
    const ws = read(b).Sheets.S;
    expect(ws.A1.v.length).toBe(32767);
    expect(ws.A2.v.length).toBe(32767);
  });

  test('stripIllegalXml keeps tab, LF, CR and astral characters', () => {
    expect(stripIllegalXml('a\tb\nc\rd😀\u000B')).toBe('a\tb\nc\rd😀');
  });
});

describe('styles', () => {
  const bytes = writeXlsx(
    one({
      rows: [
        [
          { value: 'h', style: { bold: true, fill: 'FFC7CE', color: '9C0006', border: true, wrap: true } },
          { value: 1.5, style: { numFmt: '0.00' } },
          { value: 'plain' },
          { value: '2024-01-02', isDate: true, style: { numFmt: 'yyyy"年"m"月"d"日"' } },
        ],
        ...Array.from({ length: 100 }, (_, i) => [{ value: i, style: { bold: true, fill: '#ffc7ce', color: '9C0006', border: true, wrap: true } }]),
      ],
    }),
  );
  const p = parts(bytes);

  test('bold, fill, font colour, border, wrap and number formats resolve through styles.xml', () => {
    expect(styleOf(p, 'S', 'A1')).toMatchObject({ bold: true, fill: 'FFFFC7CE', fontColor: 'FF9C0006', border: true, wrap: true, numFmt: 'General' });
    expect(styleOf(p, 'S', 'B1')).toMatchObject({ bold: false, fill: undefined, border: false, numFmt: '0.00' });
    expect(styleOf(p, 'S', 'C1')).toMatchObject({ xf: 0, bold: false, fill: undefined });
    expect(styleOf(p, 'S', 'D1').numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(read(bytes).Sheets.S.A1.s).toMatchObject({ patternType: 'solid', fgColor: { rgb: 'FFC7CE' } });
  });

  test('equal styles share one cell format (deduplicated)', () => {
    const xfs = (partText(p, 'xl/styles.xml').match(/<cellXfs count="(\d+)"/) ?? [])[1];
    // default + A1 (= the 100 rows, same style written with # and lower case) + B1 + D1
    expect(Number(xfs)).toBe(4);
    expect(styleOf(p, 'S', 'A50').xf).toBe(styleOf(p, 'S', 'A1').xf);
  });

  test('a bad colour is a clear error', () => {
    expect(() => writeXlsx(one({ rows: [[{ value: 1, style: { fill: 'red' } }]] }))).toThrow(/RRGGBB/);
  });
});

describe('sheet features', () => {
  const book: OutBook = {
    sheets: [
      {
        name: '日程表',
        rows: [
          ['日期', '时段', '内容', '链接'],
          [{ value: '2023-05-08', isDate: true }, '上午', '开班'],
          [null, '下午', '参观'],
        ],
        merges: [{ r0: 1, c0: 0, r1: 2, c1: 0 }],
        colWidths: [12, undefined, 40],
        freeze: { rows: 1, cols: 1 },
        validations: [
          { range: 'B2:B100', items: ['上午', '下午', '全天', '晚上'] },
          { range: 'C2:C100', source: "'清单'!$A$1:$A$3" },
          { range: 'D2:D100', items: Array.from({ length: 60 }, (_, i) => `很长的选项${i}`) },
        ],
        links: [{ cell: 'D1', location: "'a/b'!A1", tooltip: '转到' }],
        notes: [
          { cell: 'C2', text: '[ZJ-STUDY-SHARE] 第一行\n第二行' },
          { cell: 'c3', text: '另一条 <注意> & "引号"' },
        ],
        autoFilter: 'A1:D3',
      },
      { name: 'a/b', rows: [['目标']] },
      { name: '清单', rows: [['x'], ['y'], ['z']], hidden: true },
    ],
  };
  const bytes = writeXlsx(book);
  const wb = read(bytes);
  const p = parts(bytes);
  const ws = wb.Sheets['日程表'];
  const xml = partText(p, sheetPart(p, '日程表'));

  test('merges, widths, autofilter', () => {
    expect(ws['!merges']).toEqual([{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }]);
    expect(ws['!cols']![0].width).toBe(12);
    expect(ws['!cols']![2].width).toBe(40);
    expect(ws['!autofilter']).toEqual({ ref: 'A1:D3' });
    expect(partText(p, 'xl/workbook.xml')).toContain('_xlnm._FilterDatabase');
  });

  test('frozen panes', () => {
    expect(xml).toMatch(/<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"\/>/);
  });

  test('sheet names are sanitised and links follow the renamed sheet', () => {
    expect(wb.SheetNames.slice(0, 3)).toEqual(['日程表', 'a_b', '清单']);
    expect(ws.D1.l!.Target).toBe("#'a_b'!A1");
  });

  test('hidden sheets stay hidden; the first visible sheet is active', () => {
    expect(wb.Workbook!.Sheets![2].Hidden).toBe(1);
    expect(wb.Workbook!.Sheets![0].Hidden).toBe(0);
  });

  test('data validations: inline list, range reference, and a long list moved to a hidden sheet', () => {
    expect(xml).toContain('<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="B2:B100"><formula1>&quot;上午,下午,全天,晚上&quot;</formula1>');
    expect(xml).toContain(`sqref="C2:C100"><formula1>&apos;清单&apos;!$A$1:$A$3</formula1>`);
    expect(xml).toMatch(/sqref="D2:D100"><formula1>&apos;列表&apos;!\$A\$1:\$A\$60<\/formula1>/);
    expect(wb.SheetNames).toContain('列表');
    expect(wb.Sheets['列表'].A60.v).toBe('很长的选项59');
    expect(wb.Workbook!.Sheets![wb.SheetNames.indexOf('列表')].Hidden).toBe(1);
  });

  test('notes are legacy comments with a VML drawing', () => {
    expect(ws.C2.c![0].t).toBe('[ZJ-STUDY-SHARE] 第一行\n第二行');
    expect(ws.C3.c![0].t).toBe('另一条 <注意> & "引号"');
    expect(commentsOf(p, '日程表').get('C2')).toEqual(['[ZJ-STUDY-SHARE] 第一行\n第二行']);
    const vml = Object.keys(p).filter((k) => k.endsWith('.vml'));
    expect(vml).toHaveLength(1);
    expect(partText(p, vml[0]).match(/ObjectType="Note"/g)).toHaveLength(2);
    expect(xml).toMatch(/<legacyDrawing r:id="rId1"\/><\/worksheet>$/);
    expect(partText(p, '[Content_Types].xml')).toContain('Extension="vml"');
  });

  test('a drop-down prompt is cut to the 255 characters Excel accepts', () => {
    const b = writeXlsx(one({ rows: [['x']], validations: [{ range: 'A1', items: ['是', '否'], prompt: '提'.repeat(300) }] }));
    const prompt = /prompt="([^"]*)"/.exec(partText(b, 'xl/worksheets/sheet1.xml'))![1];
    expect(prompt).toHaveLength(255);
  });

  test('an empty book and an all-hidden book are errors', () => {
    expect(() => writeXlsx({ sheets: [] })).toThrow();
    expect(() => writeXlsx({ sheets: [{ name: 'x', rows: [], hidden: true }] })).toThrow(/可见/);
  });
});

describe('sheet names', () => {
  test('forbidden characters become _ and the name is cut to 31', () => {
    expect(safeSheetName('a[b]:c*d?e/f\\g', new Set())).toBe('a_b__c_d_e_f_g');
    const n31 = '一二三四五六七八九十'.repeat(3) + '甲';
    expect(n31).toHaveLength(31);
    expect(safeSheetName(n31, new Set())).toBe(n31);
    expect(safeSheetName(n31 + '乙', new Set())).toBe(n31);
  });

  test('unique ignoring case, blank, History and quotes', () => {
    expect(safeSheetNames(['Sheet', 'sheet', 'SHEET'])).toEqual(['Sheet', 'sheet(2)', 'SHEET(3)']);
    expect(safeSheetNames(['', '  '])).toEqual(['Sheet', 'Sheet(2)']);
    expect(safeSheetName('History', new Set())).toBe('History_');
    expect(safeSheetName("'x'", new Set())).toBe('x');
    expect(safeSheetName("it's", new Set())).toBe("it's");
    const long = 'x'.repeat(40);
    expect(safeSheetNames([long, long])).toEqual(['x'.repeat(31), 'x'.repeat(28) + '(2)']);
  });
});

describe('isoToSerial', () => {
  test('Excel serials around the 1900 leap-year bug and today', () => {
    expect(isoToSerial('1900-01-01')).toBe(1);
    expect(isoToSerial('1900-02-28')).toBe(59);
    expect(isoToSerial('1900-03-01')).toBe(61);
    expect(isoToSerial('2023-05-08')).toBe(45054);
    expect(isoToSerial('2023-05-08T12:00')).toBe(45054.5);
    expect(isoToSerial('2023-02-29')).toBeNull();
    expect(isoToSerial('2023/05/08')).toBeNull();
  });
});

describe('large sheets', () => {
  test('a 10 000-row sheet writes and reads back whole', () => {
    const rows = [['序号', '项目', '金额', '日期']] as OutSheet['rows'];
    for (let i = 1; i <= 10000; i++) rows.push([i, `项目${i % 97}`, { value: i * 1.25, style: { numFmt: '0.00' } }, { value: 45000 + (i % 365), isDate: true }]);
    const bytes = writeXlsx(one({ rows, freeze: { rows: 1 }, autoFilter: 'A1:D10001' }));
    const ws = read(bytes).Sheets.S;
    expect(ws['!ref']).toBe('A1:D10001');
    expect(ws.A10001.v).toBe(10000);
    expect(ws.B10001.v).toBe(`项目${10000 % 97}`);
    expect(ws.C10001.w).toBe('12500.00');
    // shared strings: 97 distinct project names + 4 headers
    expect(partText(bytes, 'xl/sharedStrings.xml')).toMatch(/uniqueCount="101"/);
  });
});

(hasSoffice() ? describe : describe.skip)('LibreOffice opens what we write', () => {
  test('values, formula-looking text and dates as LibreOffice shows them', () => {
    const bytes = writeXlsx(
      one({ rows: [['日期', '内容'], [{ value: '2023-05-08', isDate: true }, '=SUM(A1)'], [{ value: 0.5, style: { numFmt: '0.0%' } }, '@x']] }),
    );
    // "Quote all text cells": a quoted cell is one LibreOffice holds as text, not a formula result.
    const csv = fs.readFileSync(soffice(bytes, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true', 'csv'), 'utf8');
    expect(csv.trim().split(/\r?\n/)).toEqual(['"日期","内容"', '2023-05-08,"=SUM(A1)"', '50.0%,"@x"']);
  });
});

// Keep the import used when the LibreOffice block is skipped.
void XLSX;
