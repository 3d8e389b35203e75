/**
 * Inserts a standard form (an OutBook from the file host's template definitions, so the .xlsx
 * templates and the add-in offer the same forms) as new sheets of the open workbook: values (text
 * written with number format `@`, so nothing becomes a formula), styles, merges, column widths,
 * frozen rows and drop-down lists (data validation, ExcelApi 1.8; skipped below with a notice).
 */
import type { OutBook, OutCell, OutSheet, OutValue, StyleSpec } from '../files/write/xlsx';
import { Batcher, DEFAULT_BUDGET, type SyncBudget, utf8Bytes, valuesBytes } from './batcher';
import type { FeatureSet } from './capabilities';
import { parseRect, rectToA1 } from './addresses';
import { excelError } from './env';
import { freeze } from './sheets';

/** Excel's limit for an inline list source of a data validation rule. */
export const MAX_LIST_SOURCE = 255;
const ROWS_PER_REQUEST = 1000;
/** Rows of a list form prepared for input (column formats), as the .xlsx templates' drop-downs. */
const TEMPLATE_FILL_ROWS = 1000;

export interface InsertReport {
  sheets: string[];
  /** Chinese notes on what was left out (drop-downs on old Excel, lists too long). */
  notices: string[];
}

function asCell(c: OutCell | OutValue | undefined): OutCell | undefined {
  if (c === undefined) return undefined;
  if (c === null || typeof c !== 'object') return { value: c };
  return c;
}

function color(c: string): string {
  return c.startsWith('#') ? c : `#${c}`;
}

function styleKey(s: StyleSpec | undefined): string {
  return s ? JSON.stringify({ ...s, numFmt: undefined }) : '';
}

export async function insertOutBook(ctx: Excel.RequestContext, book: OutBook, opts: { features: FeatureSet; budget?: SyncBudget }): Promise<InsertReport> {
  try {
    const wsc = ctx.workbook.worksheets;
    wsc.load('items/name');
    await ctx.sync();
    const taken = new Set(wsc.items.map((w) => w.name.toLowerCase()));
    const batch = new Batcher(ctx, opts.budget ?? DEFAULT_BUDGET);
    const report: InsertReport = { sheets: [], notices: [] };
    let first: Excel.Worksheet | null = null;
    for (const sheet of book.sheets) {
      let name = sheet.name.slice(0, 31);
      for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${sheet.name.slice(0, 27)} (${i})`;
      taken.add(name.toLowerCase());
      report.sheets.push(name);
      await batch.reserve(utf8Bytes(name) + 40);
      const ws = wsc.add(name);
      if (sheet.hidden) ws.visibility = 'Hidden';
      else if (!first) first = ws;
      await writeSheet(ws, sheet, batch, opts.features, report);
    }
    if (first) {
      await batch.reserve(20);
      first.activate();
    }
    await batch.flush();
    return report;
  } catch (e) {
    throw excelError('插入模板', e);
  }
}

async function writeSheet(ws: Excel.Worksheet, sheet: OutSheet, batch: Batcher, features: FeatureSet, report: InsertReport): Promise<void> {
  const width = sheet.rows.reduce((n, r) => Math.max(n, r ? r.length : 0), 0);
  for (let r0 = 0; width > 0 && r0 < sheet.rows.length; r0 += ROWS_PER_REQUEST) {
    const rows = sheet.rows.slice(r0, r0 + ROWS_PER_REQUEST);
    const values: (string | number | boolean)[][] = [];
    const formats: string[][] = [];
    for (const row of rows) {
      const vr: (string | number | boolean)[] = [];
      const fr: string[] = [];
      for (let c = 0; c < width; c++) {
        const cell = asCell(row?.[c]);
        const v = cell && !cell.error ? cell.value : null;
        vr.push(v === null ? '' : v);
        // Text as text (`@`): a template's text is never read as a formula.
        const colFmt = sheet.colStyles?.[c]?.numFmt;
        fr.push(cell?.style?.numFmt ?? (typeof v === 'string' ? '@' : cell?.isDate ? 'yyyy-mm-dd' : colFmt ?? 'General'));
      }
      values.push(vr);
      formats.push(fr);
    }
    await batch.reserve(valuesBytes(values) + valuesBytes(formats), 2);
    const range = ws.getRangeByIndexes(r0, 0, rows.length, width);
    range.numberFormat = formats;
    range.values = values;
  }

  // Styles: runs of equally styled cells in a row share one set of requests.
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    let c = 0;
    while (c < row.length) {
      const style = asCell(row[c])?.style;
      const k = styleKey(style);
      let end = c;
      while (end + 1 < row.length && styleKey(asCell(row[end + 1])?.style) === k) end++;
      if (style && k !== '{}') await applyStyle(ws.getRangeByIndexes(r, c, 1, end - c + 1), style, end - c + 1, batch);
      c = end + 1;
    }
  }

  // Column formats (date columns, text columns such as 电话) for the rows a unit will fill in.
  for (const [c, st] of (sheet.colStyles ?? []).entries()) {
    if (!st?.numFmt) continue;
    const from = Math.max(1, sheet.rows.length);
    const n = TEMPLATE_FILL_ROWS - from;
    if (n <= 0) continue;
    const formats = Array.from({ length: n }, () => [st.numFmt as string]);
    await batch.reserve(valuesBytes(formats), 1);
    ws.getRangeByIndexes(from, c, n, 1).numberFormat = formats;
  }

  for (const m of sheet.merges ?? []) {
    await batch.reserve(40, 2);
    ws.getRange(rectToA1(m)).merge(false);
  }
  for (const [c, w] of (sheet.colWidths ?? []).entries()) {
    if (w === undefined) continue;
    await batch.reserve(30, 2);
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(w * 7);
  }
  for (const [r, h] of (sheet.rowHeights ?? []).entries()) {
    if (h === undefined) continue;
    await batch.reserve(30, 2);
    ws.getRangeByIndexes(r, 0, 1, 1).format.rowHeight = h;
  }
  await freeze(ws, sheet.freeze, batch);

  // The form's own notes (instructions), as notes or comments where this Excel has them.
  for (const n of sheet.notes ?? []) {
    const rect = parseRect(n.cell);
    if (!rect) continue;
    if (!features.notes && !features.comments) {
      report.notices.push(`“${sheet.name}”${n.cell} 的填写说明需要 ExcelApi 1.10（批注），未插入：${n.text}`);
      continue;
    }
    await batch.reserve(utf8Bytes(n.text) + 40, 2);
    if (features.notes) ws.notes.add(rectToA1({ ...rect, r1: rect.r0, c1: rect.c0 }), n.text);
    else ws.context.workbook.comments.add(ws.getRange(rectToA1({ ...rect, r1: rect.r0, c1: rect.c0 })), n.text);
  }

  for (const v of sheet.validations ?? []) {
    if (!features.dataValidation) {
      if (!report.notices.some((n) => n.startsWith('下拉列表')))
        report.notices.push('下拉列表（数据验证）需要 ExcelApi 1.8，此版本的 Excel 插入的模板没有下拉列表。');
      break;
    }
    const source = v.source ? (v.source.startsWith('=') ? v.source : `=${v.source}`) : (v.items ?? []).join(',');
    if (!source || source.length > MAX_LIST_SOURCE) {
      report.notices.push(`“${sheet.name}”${v.range} 的下拉列表过长，未设置。`);
      continue;
    }
    for (const part of v.range.split(/\s+/).filter(Boolean)) {
      const rect = parseRect(part);
      if (!rect) continue;
      await batch.reserve(utf8Bytes(source) + 80, 3);
      const dv = ws.getRange(rectToA1(rect)).dataValidation;
      dv.ignoreBlanks = v.allowBlank !== false;
      dv.rule = { list: { inCellDropDown: true, source } };
      if (v.prompt) dv.prompt = { showPrompt: true, message: v.prompt.slice(0, 255), title: '' };
    }
  }
}

async function applyStyle(range: Excel.Range, s: StyleSpec, cols: number, batch: Batcher): Promise<void> {
  await batch.reserve(120, 10);
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.size !== undefined) f.font.size = s.size;
  if (s.color) f.font.color = color(s.color);
  if (s.fill) f.fill.color = color(s.fill);
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.align) f.horizontalAlignment = s.align === 'left' ? 'Left' : s.align === 'center' ? 'Center' : 'Right';
  if (s.valign) f.verticalAlignment = s.valign === 'top' ? 'Top' : s.valign === 'center' ? 'Center' : 'Bottom';
  if (s.border)
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', ...(cols > 1 ? (['InsideVertical'] as const) : [])] as const)
      f.borders.getItem(edge).style = 'Continuous';
}
