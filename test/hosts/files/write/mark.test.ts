import * as fs from 'fs';
import type { WorkbookGrid } from '../../../../src/core/grid';
import type { Finding, Severity } from '../../../../src/core/model/findings';
import { gridToXlsx, markWorkbookCopy } from '../../../../src/hosts/files/write/mark';
import { writeXlsx } from '../../../../src/hosts/files/write/xlsx';
import { allValues, cellXml, commentsOf, FIXTURES, hasSoffice, partText, parts, read, sheetPart, soffice, styleOf } from './helpers';

const ORIGINAL = new Uint8Array(fs.readFileSync(`${FIXTURES}/original.xlsx`));
const ORIGINAL_LO = new Uint8Array(fs.readFileSync(`${FIXTURES}/original_lo.xlsx`));

function f(ruleId: string, severity: Severity, sheet: string, cell: string, message: string, clause?: string): Finding {
  return { ruleId, severity, file: 'units/某大学.xlsx', sheet, cell, message, clause };
}

const FINDINGS: Finding[] = [
  f('MO-CLASS-SIZE', 'error', '需求表', 'D5', '人数160人，超过线上培训每班150人的上限', '国科才函〔2022〕39号 二'),
  f('C-REQUIRED', 'warning', '需求表', 'D5', '人数需核实'),
  f('C-NUMBER', 'warning', '需求表', 'B6', '经费预算请核实'),
  f('C-REQUIRED', 'error', '需求表', 'F12', '缺少字段：总结报送日期'),
  f('C-REQUIRED', 'error', '需求表', 'C3', '主题不得以等号开头'),
  f('ZJ-STUDY-SHARE', 'error', '日程表', 'E2', '课堂学习和考察9天，占在外总日程15天的60.0%，低于三分之二', '浙外专发〔2017〕14号 二(二)'),
  f('ZJ-TOPIC-SHARE', 'warning', '日程表', 'E2', '专题培训占比低于三分之一'),
  f('C-NORMALISED', 'info', '日程表', 'A2', '日期按2022-09-05读取'),
  f('C-UNREADABLE', 'error', '', '', '=整个文件：无法识别 +1'),
  f('C-X', 'warning', '不存在的表', 'A1', '工作表不存在'),
];

describe('markWorkbookCopy on an openpyxl workbook', () => {
  const input = ORIGINAL.slice();
  const marked = markWorkbookCopy(input, FINDINGS);
  const before = parts(ORIGINAL);
  const after = parts(marked);

  test('the input bytes are not changed', () => {
    expect(Buffer.compare(Buffer.from(input), Buffer.from(ORIGINAL))).toBe(0);
  });

  test('no cell value of any original sheet changes', () => {
    const a = read(ORIGINAL);
    const b = read(marked);
    expect(allValues(b, a.SheetNames)).toEqual(allValues(a));
    // The comparison would notice a change (the created, empty F12 is not a value).
    const changed = allValues(a);
    (changed['需求表'].D5 as { v: number }).v = 161;
    expect(allValues(b, a.SheetNames)).not.toEqual(changed);
  });

  test('untouched parts keep their bytes; exactly the expected parts change', () => {
    const changed: string[] = [];
    for (const name of Object.keys(before)) {
      if (!after[name]) throw new Error(`part lost: ${name}`);
      if (Buffer.compare(Buffer.from(before[name]), Buffer.from(after[name])) !== 0) changed.push(name);
    }
    expect(changed.sort()).toEqual(
      [
        '[Content_Types].xml',
        'xl/_rels/workbook.xml.rels',
        'xl/comments/comment1.xml',
        'xl/comments/comment2.xml',
        'xl/drawings/commentsDrawing1.vml',
        'xl/drawings/commentsDrawing2.vml',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
      ].sort(),
    );
    const added = Object.keys(after).filter((n) => !before[n]);
    expect(added).toEqual(['xl/worksheets/sheet4.xml']);
  });

  test('marked cells: error red, warning amber; number format, border and font kept', () => {
    expect(styleOf(after, '需求表', 'D5')).toMatchObject({ fill: 'FFFFC7CE', fontColor: 'FF9C0006' });
    const b6Before = styleOf(before, '需求表', 'B6');
    expect(b6Before).toMatchObject({ numFmt: '0.00', border: true, italic: true, fontName: 'Arial', fill: undefined });
    expect(styleOf(after, '需求表', 'B6')).toMatchObject({ numFmt: '0.00', border: true, italic: true, fontName: 'Arial', fill: 'FFFFEB9C', fontColor: 'FF9C5700' });
    // Unmarked cells keep their style index.
    expect(styleOf(after, '需求表', 'B8')).toEqual(styleOf(before, '需求表', 'B8'));
    expect(styleOf(after, '需求表', 'A1')).toEqual(styleOf(before, '需求表', 'A1'));
  });

  test('a finding inside a merged area marks the top-left cell', () => {
    expect(styleOf(after, '需求表', 'B3').fill).toBe('FFFFC7CE');
    expect(cellXml(after, '需求表', 'C3')).toBe('');
    expect(commentsOf(after, '需求表').get('B3')).toEqual(['[C-REQUIRED] 主题不得以等号开头']);
  });

  test('a missing cell is created empty, in order, with the mark', () => {
    expect(cellXml(before, '需求表', 'F12')).toBe('');
    expect(cellXml(after, '需求表', 'F12')).toMatch(/^<c r="F12" s="\d+"\/>$/);
    expect(styleOf(after, '需求表', 'F12').fill).toBe('FFFFC7CE');
    const xml = partText(after, sheetPart(after, '需求表'));
    expect(xml.indexOf('<row r="10"')).toBeLessThan(xml.indexOf('<row r="12"'));
    expect(xml).toContain('<dimension ref="A1:F12"/>');
    expect(read(marked).Sheets['需求表'].F12?.v).toBeUndefined();
  });

  test('info findings are not marked unless asked', () => {
    expect(styleOf(after, '日程表', 'A2')).toEqual(styleOf(before, '日程表', 'A2'));
    expect(commentsOf(after, '日程表').has('A2')).toBe(false);
    const withInfo = parts(markWorkbookCopy(ORIGINAL, FINDINGS, { includeInfo: true }));
    expect(styleOf(withInfo, '日程表', 'A2').fill).toBe('FFDDEBF7');
    expect(styleOf(withInfo, '日程表', 'A2').numFmt).toBe('yyyy-mm-dd');
    expect(commentsOf(withInfo, '日程表').get('A2')).toEqual(['[C-NORMALISED] 日期按2022-09-05读取']);
  });

  test('two findings on one cell give one note with two lines; existing comments are kept', () => {
    const schedule = commentsOf(after, '日程表');
    expect(schedule.get('E2')).toEqual(['[ZJ-STUDY-SHARE] 课堂学习和考察9天，占在外总日程15天的60.0%，低于三分之二\n[ZJ-TOPIC-SHARE] 专题培训占比低于三分之一']);
    expect(schedule.get('D2')).toEqual(['第一条原有批注']);
    // D5 had a comment: ours is appended to it, still one comment.
    const demand = commentsOf(after, '需求表');
    expect(demand.get('D5')).toEqual(['原有批注：人数请核实\n[MO-CLASS-SIZE] 人数160人，超过线上培训每班150人的上限\n[C-REQUIRED] 人数需核实']);
    expect(read(marked).Sheets['日程表'].E2.c).toHaveLength(1);
    // One VML shape per comment.
    const vml = partText(after, 'xl/drawings/commentsDrawing2.vml');
    expect(vml.match(/ObjectType="Note"/g)).toHaveLength(2);
  });

  test('审核结果 lists every finding with links to existing cells', () => {
    const wb = read(marked);
    expect(wb.SheetNames).toEqual(['需求表', '日程表', '图片', '审核结果']);
    const ws = wb.Sheets['审核结果'];
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'H1'].map((a) => ws[a].v)).toEqual(['序号', '严重程度', '规则', '文件', '工作表', '单元格', '说明', '条款']);
    expect(ws['!ref']).toBe(`A1:H${FINDINGS.length + 1}`);
    // Sorted: errors, warnings, infos; within each by sheet, then row and column.
    const col = (c: string) => Array.from({ length: FINDINGS.length }, (_, i) => ws[`${c}${i + 2}`]?.v ?? '');
    expect(col('B')).toEqual(['错误', '错误', '错误', '错误', '错误', '警告', '警告', '警告', '警告', '提示']);
    expect(col('E')).toEqual(['', '日程表', '需求表', '需求表', '需求表', '不存在的表', '日程表', '需求表', '需求表', '日程表']);
    expect(col('F')).toEqual(['', 'E2', 'C3', 'D5', 'F12', 'A1', 'E2', 'D5', 'B6', 'A2']);
    expect(col('A')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // The clause in its own column.
    expect(ws.H5.v).toBe('国科才函〔2022〕39号 二');
    expect(ws.G5.v).toBe('人数160人，超过线上培训每班150人的上限');
    expect(ws.F5.l!.Target).toBe("#'需求表'!D5");
    expect(ws.F6.l!.Target).toBe("#'需求表'!F12");
    expect(ws.F2.v).toBeUndefined(); // blank (styled) cell
    expect(ws.F2.l).toBeUndefined();
    expect(ws.F7.l).toBeUndefined(); // sheet does not exist
    expect(ws.G2).toMatchObject({ t: 's', v: '=整个文件：无法识别 +1' });
    expect(ws['!autofilter']).toEqual({ ref: `A1:H${FINDINGS.length + 1}` });
    const xml = partText(after, 'xl/worksheets/sheet4.xml');
    expect(xml).toMatch(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
    expect(xml).not.toMatch(/<f[\s>]/);
    expect(styleOf(after, '审核结果', 'A1').bold).toBe(true);
    expect(partText(after, 'xl/workbook.xml')).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="3" hidden="1">&apos;审核结果&apos;!$A$1:$H$${FINDINGS.length + 1}</definedName>`);
    expect(partText(after, 'xl/workbook.xml')).toContain('<definedName name="项目主题">');
  });

  test('the copy opens on 审核结果 (the active tab and the only selected one), printed landscape with its header repeated', () => {
    const wbXml = partText(after, 'xl/workbook.xml');
    expect(wbXml).toMatch(/<workbookView\b[^>]*activeTab="3"/);
    expect(read(marked).Workbook?.Views?.[0]).toBeDefined();
    const sheets = Object.keys(after).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const selected = sheets.filter((n) => /tabSelected="(1|true)"/.test(partText(after, n)));
    expect(selected).toEqual(['xl/worksheets/sheet4.xml']);
    const xml = partText(after, 'xl/worksheets/sheet4.xml');
    expect(xml).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(wbXml).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="3">&apos;审核结果&apos;!$1:$1</definedName>');
  });

  test('re-marking a marked copy replaces 审核结果 and adds no duplicate note lines', () => {
    const second = [f('C-Y', 'warning', '需求表', 'D5', '第二轮'), f('MO-CLASS-SIZE', 'error', '需求表', 'D5', '人数160人，超过线上培训每班150人的上限')];
    const again = markWorkbookCopy(marked, second);
    const wb = read(again);
    expect(wb.SheetNames).toEqual(['需求表', '日程表', '图片', '审核结果']);
    const ws = wb.Sheets['审核结果'];
    expect(ws['!ref']).toBe('A1:H3');
    expect([ws.C2.v, ws.C3.v]).toEqual(['MO-CLASS-SIZE', 'C-Y']);
    const p = parts(again);
    expect(Object.keys(p).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(4);
    expect(commentsOf(p, '需求表').get('D5')).toEqual([
      '原有批注：人数请核实\n[MO-CLASS-SIZE] 人数160人，超过线上培训每班150人的上限\n[C-REQUIRED] 人数需核实\n[C-Y] 第二轮',
    ]);
    expect((partText(p, 'xl/workbook.xml').match(/_xlnm._FilterDatabase/g) ?? []).length).toBe(1);
    expect((partText(p, 'xl/workbook.xml').match(/_xlnm.Print_Titles/g) ?? []).length).toBe(1);
    expect(allValues(wb, ['需求表', '日程表', '图片'])).toEqual(allValues(read(ORIGINAL)));
  });

  test('no findings: only an empty 审核结果 is added', () => {
    const p = parts(markWorkbookCopy(ORIGINAL, []));
    expect(read(markWorkbookCopy(ORIGINAL, [])).Sheets['审核结果']['!ref']).toBe('A1:H1');
    expect(Buffer.compare(Buffer.from(p['xl/worksheets/sheet1.xml']), Buffer.from(before['xl/worksheets/sheet1.xml']))).toBe(0);
  });

  test('a cell address beyond Excel’s sheet (XFE1, A1048577) goes only into 审核结果', () => {
    const out = markWorkbookCopy(ORIGINAL, [f('R', 'error', '需求表', 'XFE1', 'x'), f('R', 'error', '需求表', 'A1048577', 'y'), f('R', 'error', '需求表', 'XFD1048576', 'z')]);
    const p = parts(out);
    expect(cellXml(p, '需求表', 'XFE1')).toBe('');
    expect(cellXml(p, '需求表', 'A1048577')).toBe('');
    expect(styleOf(p, '需求表', 'XFD1048576').fill).toBe('FFFFC7CE');
    expect(read(out).Sheets['审核结果']['!ref']).toBe('A1:H4');
  });

  test('a file that is not an .xlsx is a clear error', () => {
    expect(() => markWorkbookCopy(new TextEncoder().encode('序号,名称\n1,x'), FINDINGS)).toThrow(/不是有效的 \.xlsx 文件/);
  });
});

describe('markWorkbookCopy on a LibreOffice workbook (shared strings, other part names)', () => {
  const marked = markWorkbookCopy(ORIGINAL_LO, FINDINGS);
  const after = parts(marked);

  test('values unchanged, marks and notes in place, existing comments kept', () => {
    const a = read(ORIGINAL_LO);
    expect(allValues(read(marked), a.SheetNames)).toEqual(allValues(a));
    expect(styleOf(after, '需求表', 'D5').fill).toBe('FFFFC7CE');
    expect(styleOf(after, '需求表', 'B6')).toMatchObject({ numFmt: '0.00', fill: 'FFFFEB9C' });
    expect(commentsOf(after, '日程表').get('D2')?.[0]).toContain('第一条原有批注');
    expect(commentsOf(after, '日程表').get('E2')?.[0]).toContain('[ZJ-TOPIC-SHARE]');
  });
});

describe('markWorkbookCopy on our own writer’s output (no comments yet)', () => {
  const original = writeXlsx({ sheets: [{ name: 'A', rows: [['x', 1], ['=y', 2]] }, { name: 'B', rows: [['z']] }] });
  const marked = markWorkbookCopy(original, [f('R1', 'error', 'A', 'B2', '第一'), f('R2', 'warning', 'A', 'B2', '第二'), f('R3', 'warning', 'A', 'C9', '新行')]);
  const p = parts(marked);

  test('comments part, VML drawing and legacyDrawing are created', () => {
    expect(commentsOf(p, 'A').get('B2')).toEqual(['[R1] 第一\n[R2] 第二']);
    expect(commentsOf(p, 'A').get('C9')).toEqual(['[R3] 新行']);
    const xml = partText(p, sheetPart(p, 'A'));
    expect(xml).toMatch(/<legacyDrawing r:id="rIdPx\d+"\/><\/worksheet>$/);
    expect(xml).toMatch(/<row r="9"><c r="C9" s="\d+"\/><\/row><\/sheetData>/);
    expect(partText(p, '[Content_Types].xml')).toMatch(/Extension="vml"/);
    expect(read(marked).Sheets.A.B2.c![0].t).toBe('[R1] 第一\n[R2] 第二');
    expect(read(marked).Sheets.A.A2).toMatchObject({ t: 's', v: '=y' });
    expect(read(marked).Sheets.B.A1.v).toBe('z');
  });
});

describe('gridToXlsx', () => {
  const grid: WorkbookGrid = {
    file: 'plan.xls',
    sheets: [
      {
        name: '日程表',
        cells: [
          [{ v: '日期' }, { v: '时段' }, { v: '金额' }],
          [{ v: 45054, date: true, fmt: 'yyyy/m/d' }, { v: '上午' }, { v: 1.5, fmt: '0.00' }],
          [undefined, { v: '下午' }, { v: null, err: '#N/A' }],
          [{ v: 45055, date: true }, { v: '=1+1' }, { v: true }],
        ],
        merges: [{ r0: 1, c0: 0, r1: 2, c1: 0 }],
      },
      { name: 'CSV:导入/1', cells: [[{ v: 'a' }]], merges: [], hidden: true },
      { name: 'Sheet3', cells: [[{ v: 'b' }]], merges: [] },
    ],
  };
  const bytes = gridToXlsx(grid);
  const wb = read(bytes);

  test('values, date and number formats, errors, merges and hidden sheets are rebuilt', () => {
    const ws = wb.Sheets['日程表'];
    expect(ws.A2).toMatchObject({ t: 'n', v: 45054, z: 'yyyy/m/d' });
    expect(ws.A4).toMatchObject({ t: 'n', v: 45055, z: 'yyyy-mm-dd' });
    expect(ws.C2).toMatchObject({ t: 'n', v: 1.5, z: '0.00' });
    expect(ws.C3).toMatchObject({ t: 'e', w: '#N/A' });
    expect(ws.B4).toMatchObject({ t: 's', v: '=1+1' });
    expect(ws.C4).toMatchObject({ t: 'b', v: true });
    expect(ws['!merges']).toEqual([{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }]);
    expect(wb.SheetNames).toEqual(['日程表', 'CSV_导入_1', 'Sheet3']);
    expect(wb.Workbook!.Sheets![1].Hidden).toBe(1);
  });

  test('an empty grid still gives a workbook, and an all-hidden grid shows its first sheet', () => {
    expect(read(gridToXlsx({ file: 'e.csv', sheets: [] })).SheetNames).toEqual(['Sheet1']);
    const hidden = read(gridToXlsx({ file: 'h.xls', sheets: [{ name: 'a', cells: [], merges: [], hidden: true }, { name: 'b', cells: [], merges: [], hidden: true }] }));
    expect(hidden.Workbook!.Sheets!.map((s) => s.Hidden)).toEqual([0, 1]);
  });

  test('the rebuilt copy can be marked, also on a sheet whose name was sanitised', () => {
    const marked = parts(markWorkbookCopy(bytes, [f('R', 'error', '日程表', 'B3', 'x'), f('S', 'warning', 'CSV:导入/1', 'A1', 'y')]));
    expect(styleOf(marked, '日程表', 'B3').fill).toBe('FFFFC7CE');
    expect(styleOf(marked, 'CSV_导入_1', 'A1').fill).toBe('FFFFEB9C');
  });
});

(hasSoffice() ? describe : describe.skip)('LibreOffice opens the marked copy', () => {
  test('every sheet converts, values as before and 审核结果 readable', () => {
    const marked = markWorkbookCopy(ORIGINAL, FINDINGS);
    const out = soffice(marked, 'xlsx', 'xlsx');
    const wb = read(new Uint8Array(fs.readFileSync(out)));
    expect(wb.SheetNames).toEqual(['需求表', '日程表', '图片', '审核结果']);
    expect(wb.Sheets['需求表'].D5.v).toBe(160);
    expect(wb.Sheets['需求表'].B3.v).toBe('=人工智能前沿');
    expect(wb.Sheets['审核结果'].C5.v).toBe('MO-CLASS-SIZE');
    expect(wb.Sheets['审核结果'].H5.v).toBe('国科才函〔2022〕39号 二');
    expect(wb.Sheets['日程表'].E2.c?.[0].t).toContain('[ZJ-TOPIC-SHARE]');
    expect(wb.Sheets['需求表'].D5.c?.[0].t).toContain('原有批注');
    expect(wb.Sheets['需求表'].F12?.c?.[0].t).toContain('总结报送日期');
  });
});

describe('markWorkbookCopy on unusual but valid XML', () => {
  const base = writeXlsx({ sheets: [{ name: 'A', rows: [['x', 1, 2], ['y', 3, 4]], colWidths: [10] }] });

  function rewrite(bytes: Uint8Array, edit: (name: string, text: string) => string): Uint8Array {
    const p = parts(bytes);
    const out: Record<string, Uint8Array> = {};
    for (const [k, v] of Object.entries(p)) out[k] = k.endsWith('.xml') || k.endsWith('.rels') ? new TextEncoder().encode(edit(k, new TextDecoder().decode(v))) : v;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('fflate').zipSync(out);
  }

  test('cells without r attributes: the marked cell is found by position, later cells keep their place', () => {
    const noR = rewrite(base, (k, t) => (k === 'xl/worksheets/sheet1.xml' ? t.replace(/<c r="[A-Z]+\d+"/g, '<c') : t));
    expect(partText(noR, 'xl/worksheets/sheet1.xml')).not.toContain('<c r=');
    const marked = markWorkbookCopy(noR, [f('R', 'error', 'A', 'B2', 'x'), f('R', 'warning', 'A', 'E2', 'new')]);
    const ws = read(marked).Sheets.A;
    expect([ws.A2.v, ws.B2.v, ws.C2.v]).toEqual(['y', 3, 4]);
    const p = parts(marked);
    expect(styleOf(p, 'A', 'B2').fill).toBe('FFFFC7CE');
    expect(styleOf(p, 'A', 'E2').fill).toBe('FFFFEB9C');
    expect(styleOf(p, 'A', 'C2').fill).toBeUndefined();
  });

  test('a styles part without fonts, fills and borders: defaults are seeded before the marks', () => {
    const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const bare = rewrite(base, (k, t) => (k === 'xl/styles.xml' ? `<?xml version="1.0"?><styleSheet xmlns="${NS}"><cellXfs count="1"><xf numFmtId="0" xfId="0"/></cellXfs></styleSheet>` : t));
    const p = parts(markWorkbookCopy(bare, [f('R', 'error', 'A', 'B1', 'x')]));
    expect(styleOf(p, 'A', 'B1')).toMatchObject({ fill: 'FFFFC7CE', fontColor: 'FF9C0006' });
    expect(styleOf(p, 'A', 'A1')).toMatchObject({ xf: 0, fill: undefined, fontColor: undefined });
    const st = partText(p, 'xl/styles.xml');
    expect(st).toMatch(/<fills count="\d+"><fill><patternFill patternType="none"\/><\/fill><fill><patternFill patternType="gray125"\/><\/fill>/);
    expect(st.indexOf('<fonts')).toBeLessThan(st.indexOf('<fills'));
    expect(st.indexOf('<borders')).toBeLessThan(st.indexOf('<cellXfs'));
  });

  test('a package without a styles part gets one', () => {
    const none = rewrite(base, (k, t) => (k === 'xl/_rels/workbook.xml.rels' ? t.replace(/<Relationship [^>]*\/styles"[^>]*\/>/, '') : t));
    const p0 = parts(none);
    delete p0['xl/styles.xml'];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const marked = markWorkbookCopy(require('fflate').zipSync(p0), [f('R', 'warning', 'A', 'A2', 'x')]);
    const p = parts(marked);
    expect(partText(p, 'xl/_rels/workbook.xml.rels')).toMatch(/\/styles" Target="styles.xml"/);
    expect(partText(p, '[Content_Types].xml')).toContain('PartName="/xl/styles.xml"');
    expect(styleOf(p, 'A', 'A2').fill).toBe('FFFFEB9C');
    expect(read(marked).Sheets.A.A2.v).toBe('y');
  });

  test('a workbook whose SpreadsheetML uses an x: prefix gets prefixed marks', () => {
    const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const prefixed = rewrite(base, (k, t) =>
      /^xl\/(worksheets\/sheet1|styles|workbook)\.xml$/.test(k)
        ? t.replace(`xmlns="${NS}"`, `xmlns:x="${NS}"`).replace(/<(\/?)(?!\?)([A-Za-z])/g, '<$1x:$2')
        : t,
    );
    expect(partText(prefixed, 'xl/worksheets/sheet1.xml')).toContain('<x:sheetData>');
    const marked = markWorkbookCopy(prefixed, [f('R', 'error', 'A', 'C1', 'x'), f('R', 'error', 'A', 'D5', 'y')]);
    const p = parts(marked);
    const sheet = partText(p, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<x:c s="\d+" r="C1"><x:v>2<\/x:v><\/x:c>/);
    expect(sheet).toMatch(/<x:row r="5"><x:c r="D5" s="\d+"\/><\/x:row>/);
    expect(sheet).toMatch(/<x:legacyDrawing r:id="rIdPx\d+"\/><\/x:worksheet>$/);
    expect(sheet).not.toMatch(/<(?!x:|\/x:|\?)[a-z]/);
    const styles = partText(p, 'xl/styles.xml');
    expect(styles).not.toMatch(/<(?!x:|\/x:|\?)[a-z]/);
    expect(styles).toContain('<x:fgColor rgb="FFFFC7CE"/>');
    const wbXml = partText(p, 'xl/workbook.xml');
    expect(wbXml).toContain('<x:sheet name="审核结果"');
    expect(wbXml).toContain('<x:definedNames><x:definedName name="_xlnm._FilterDatabase"');
    expect(read(marked).Sheets.A.C1.v).toBe(2);
    expect(read(marked).SheetNames).toEqual(['A', '审核结果']);
  });
});
