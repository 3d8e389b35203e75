/**
 * The workbooks we write, reopened with our reader and with LibreOffice: 省级汇总 formats and times,
 * 单位汇总's chart part and counts, print setup on every sheet, the 需求表 export on one A4 page.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { COL, mergeToTables, SHEET_SUMMARY, SHEET_UNITS, SHEET_LOG } from '../../../../src/core/merge';
import { demandFormSheet } from '../../../../src/core/report/demandForm';
import { serialToDateTime } from '../../../../src/core/report/time';
import { templateWorkbook } from '../../../../src/core/report/templates';
import { readWorkbookBytes } from '../../../../src/hosts/files/read';
import { parseWorkbook } from '../../../../src/core/sheets';
import '../../../../src/hosts/files/write/node';
import { outSheetsToXlsx } from '../../../../src/hosts/files/write/outSheets';
import { writeXlsx } from '../../../../src/hosts/files/write/xlsx';
import { source, T0 } from '../../../core/merge/helpers';
import { hasSoffice, partText, parts, sheetPart, soffice } from './helpers';

const { sheets } = mergeToTables(
  [
    source('a.xlsx', [{ unit: '甲', theme: '甲班', people: 10, budget: 30 }]),
    source('b.xlsx', [
      { unit: '甲', theme: '甲班', people: 10, budget: 30 },
      { unit: '乙', theme: '乙班', people: 5, budget: 20, country: '日本' },
    ]),
  ],
  { existing: null, importedAt: T0 },
);
const bytes = outSheetsToXlsx(sheets);
const p = parts(bytes);

/** Cells of a reopened sheet by A1-free row/column. */
function grid(b: Uint8Array) {
  const g = readWorkbookBytes(b, 'summary.xlsx');
  return (name: string) => g.sheets.find((s) => s.name === name)!;
}

/** The page setup of a sheet part: orientation, fit and print titles. */
function pageSetup(pk: Record<string, Uint8Array>, sheet: string): { orientation?: string; fitToWidth?: string; fitToHeight?: string; fitToPage: boolean } {
  const xml = partText(pk, sheetPart(pk, sheet));
  const tag = /<pageSetup\b[^>]*>/.exec(xml)?.[0] ?? '';
  const a = (n: string) => new RegExp(`\\s${n}="([^"]*)"`).exec(tag)?.[1];
  return { orientation: a('orientation'), fitToWidth: a('fitToWidth') ?? (tag ? '1' : undefined), fitToHeight: a('fitToHeight'), fitToPage: /<pageSetUpPr\b[^>]*fitToPage="(1|true)"/.test(xml) };
}

function printTitles(pk: Record<string, Uint8Array>): string[] {
  return [...partText(pk, 'xl/workbook.xml').matchAll(/<definedName[^>]*name="_xlnm.Print_Titles"[^>]*>([^<]*)</g)].map((m) => m[1].replace(/&apos;/g, "'"));
}

describe('the summary workbook, reopened with our reader', () => {
  const sheet = grid(bytes);
  const summary = sheet(SHEET_SUMMARY);
  const header = summary.cells[0]!.map((c) => c?.v);

  test('shares carry a percentage format; 导入时间 is a date-time in Beijing time', () => {
    const share = summary.cells[1]![header.indexOf(COL.studyShare)]!;
    expect(share.v).toBeCloseTo(0.8);
    expect(share.fmt).toBe('0.0%');
    const at = summary.cells[1]![header.indexOf(COL.importedAt)]!;
    expect(at.date).toBe(true);
    expect(at.fmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(serialToDateTime(at.v as number)).toBe('2024-11-01 09:00:00');
    expect(sheet(SHEET_LOG).cells[1]![0]!.date).toBe(true);
  });

  test('the 跨文件重复 row is listed, and counted once in 单位汇总', () => {
    expect(summary.cells.filter((r, i) => i > 0 && r && r.length)).toHaveLength(3);
    expect(String(summary.cells[2]![header.indexOf(COL.mergeChecks)]!.v)).toMatch(/^跨文件重复/);
    const units = sheet(SHEET_UNITS);
    const h = units.cells.findIndex((r) => r?.some((c) => c?.v === '跨文件重复（未计入）'));
    const col = (name: string) => units.cells[h]!.findIndex((c) => c?.v === name);
    expect(units.cells[h + 1]![col('项目数')]!.v).toBe(2);
    expect(units.cells[h + 1]![col('经费预算（万元）')]!.v).toBe(50);
    expect(units.cells[h + 1]![col('跨文件重复（未计入）')]!.v).toBe(1);
  });

  test('单位汇总 has a native chart: drawing, chart part, relationships and content types', () => {
    const unitsPart = sheetPart(p, SHEET_UNITS);
    const rels = partText(p, unitsPart.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    expect(rels).toMatch(/Type="[^"]*\/drawing" Target="..\/drawings\/drawing1.xml"/);
    expect(partText(p, unitsPart)).toMatch(/<drawing r:id="rId3"\/>/);
    expect(partText(p, 'xl/drawings/_rels/drawing1.xml.rels')).toContain('Target="../charts/chart1.xml"');
    const chart = partText(p, 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toContain('<c:f>&apos;单位汇总&apos;!$A$16:$A$17</c:f>');
    expect(chart).toContain('<c:v>日本</c:v>');
    const ct = partText(p, '[Content_Types].xml');
    expect(ct).toContain('PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
    expect(ct).toContain('PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"');
    // 省级汇总 and 导入记录 have none.
    expect(Object.keys(p).filter((n) => n.startsWith('xl/charts/'))).toEqual(['xl/charts/chart1.xml']);
  });

  test('every sheet prints one page wide; wide ones landscape; header rows repeated', () => {
    for (const name of [SHEET_SUMMARY, SHEET_UNITS, SHEET_LOG]) expect(pageSetup(p, name)).toMatchObject({ fitToWidth: '1', fitToPage: true, orientation: 'landscape' });
    expect(printTitles(p)).toEqual([`'${SHEET_SUMMARY}'!$1:$1`, `'${SHEET_LOG}'!$1:$1`]);
    // A narrow sheet stays portrait.
    const narrow = parts(writeXlsx({ sheets: [{ name: 'n', rows: [['a']], colWidths: [10, 10] }] }));
    expect(pageSetup(narrow, 'n').orientation).toBe('portrait');
  });

  test('templates print too: the list forms with their header row repeated, the 需求表 on one page', () => {
    const list = parts(writeXlsx(templateWorkbook('demand-list')));
    expect(pageSetup(list, '需求汇总表')).toMatchObject({ orientation: 'landscape', fitToWidth: '1', fitToHeight: '0', fitToPage: true });
    expect(printTitles(list)).toEqual(["'需求汇总表'!$1:$1"]);
    const form = parts(writeXlsx(templateWorkbook('demand-form')));
    expect(pageSetup(form, '需求表')).toMatchObject({ orientation: 'portrait', fitToWidth: '1', fitToHeight: '1', fitToPage: true });
  });
});

const LONG = '围绕智能制造与数字化转型，系统学习德国工业4.0的标准体系、典型工厂的数字化改造路径和中小企业的转型经验。'.repeat(12);
const approved = {
  values: {
    [COL.adminDept]: '省经信厅',
    预计办班时间: '2024年9月',
    [COL.theme]: '智能制造与数字化转型专题研修班（这是一个很长的培训班主题，用来检查标题和主题不被截断）',
    [COL.unit]: '杭州市经济和信息化局',
    联系人: '陈明',
    电话: '13905710000',
    [COL.countries]: '德国、瑞士',
    [COL.people]: 18,
    [COL.days]: 15,
    [COL.budget]: 48.01,
    是否有境外资助: '无',
    培训对象: '企业技术负责人',
    境外培训机构: '慕尼黑工业大学',
    是否境外培训合作机构: '否',
    培训目的: '学习数字化转型经验',
    培训主要内容和必要性: LONG,
    是否同意: '是',
  },
};

describe('the exported 需求表 reads back as the project it came from (units fill the same form)', () => {
  test('our reader and the core parser find the values, the ticks and the sponsor', () => {
    const grid = readWorkbookBytes(outSheetsToXlsx([demandFormSheet({ values: { ...approved.values, 是否有境外资助: '有', 资助方: '德国经济部' } })]), 'form.xlsx');
    const [p] = parseWorkbook(grid).projects;
    expect(p.fields.theme?.text).toBe(approved.values[COL.theme]);
    expect(p.fields.unit?.text).toBe('杭州市经济和信息化局');
    expect(p.people).toMatchObject({ ok: true, value: 18 });
    expect(p.days).toMatchObject({ ok: true, value: 15 });
    expect(p.budgetWan).toMatchObject({ ok: true, value: 48.01 });
    expect(p.countries).toMatchObject({ ok: true, value: ['德国', '瑞士'] });
    expect(p.hasSponsor).toMatchObject({ yes: true, no: false, inlineSponsor: '德国经济部' });
    expect(p.isPartner).toMatchObject({ yes: false, no: true });
  });
});

(hasSoffice() ? describe : describe.skip)('LibreOffice opens what we write', () => {
  test('the summary: formats, date-time, chart part and page setup survive a round trip', () => {
    const back = new Uint8Array(fs.readFileSync(soffice(bytes, 'xlsx', 'xlsx')));
    const bp = parts(back);
    expect(Object.keys(bp).some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    const sheet = grid(back);
    const summary = sheet(SHEET_SUMMARY);
    const header = summary.cells[0]!.map((c) => c?.v);
    expect(summary.cells[1]![header.indexOf(COL.studyShare)]!.fmt).toMatch(/^0\.0%$/);
    const at = summary.cells[1]![header.indexOf(COL.importedAt)]!;
    expect(at.date).toBe(true);
    expect(serialToDateTime(at.v as number)).toBe('2024-11-01 09:00:00');
    expect(pageSetup(bp, SHEET_SUMMARY)).toMatchObject({ orientation: 'landscape', fitToPage: true });
    expect(printTitles(bp).some((t) => t.includes(SHEET_SUMMARY))).toBe(true);
  });

  test('单位汇总 as CSV: the totals count the duplicate once', () => {
    // Every sheet as its own CSV (book-单位汇总.csv …).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'px-csv-'));
    fs.writeFileSync(path.join(dir, 'book.xlsx'), bytes);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', dir, path.join(dir, 'book.xlsx')], { stdio: 'ignore', timeout: 120000 });
    const units = fs.readdirSync(dir).find((n) => n.includes(SHEET_UNITS))!;
    const lines = fs.readFileSync(path.join(dir, units), 'utf8').split(/\r?\n/);
    const h = lines.findIndex((l) => l.includes('跨文件重复（未计入）'));
    const head = lines[h].split(',');
    const total = lines[h + 1].split(',');
    expect(total[head.indexOf('项目数')]).toBe('2');
    expect(total[head.indexOf('跨文件重复（未计入）')]).toBe('1');
  });

  test('an exported 需求表 prints on one A4 page', () => {
    const pdf = soffice(outSheetsToXlsx([demandFormSheet(approved)]), 'pdf', 'pdf');
    expect(pdfPages(pdf)).toBe(1);
  });

  test('the blank 需求表 template prints on one A4 page too', () => {
    expect(pdfPages(soffice(writeXlsx(templateWorkbook('demand-form')), 'pdf', 'pdf'))).toBe(1);
  });

  test('the check above can fail: the same form without its fit-to-page setup takes more than one page', () => {
    const sheet = demandFormSheet(approved);
    const loose = { ...sheet, print: { ...sheet.print!, fitHeight: 0, fitWidth: 0 } };
    const bigger = { ...loose, rowHeights: loose.rowHeights!.map((h) => (h ?? 15) * 3) };
    expect(pdfPages(soffice(outSheetsToXlsx([bigger]), 'pdf', 'pdf'))).toBeGreaterThan(1);
  });
});

/** Pages of a PDF: pdfinfo where installed, else the page objects counted. */
function pdfPages(file: string): number {
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
  } catch {
    return (fs.readFileSync(file, 'latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  }
}

describe('number formats named like Object.prototype members (from an input file)', () => {
  test('are written as custom formats with a numeric id', () => {
    const pk = parts(writeXlsx({ sheets: [{ name: 's', rows: [[{ value: 1, style: { numFmt: 'constructor' } }, { value: 2, style: { numFmt: '0.0%' } }]] }] }));
    const styles = partText(pk, 'xl/styles.xml');
    expect(styles).toMatch(/<numFmt numFmtId="\d+" formatCode="constructor"\/>/);
    expect(styles).not.toMatch(/numFmtId="[^"\d]/);
  });
});
