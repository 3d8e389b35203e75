/**
 * Rendering report-model sheets (src/core/report: 审核结果, the merge's 合并汇总 sheets, 继续教育
 * sheets, templates) through WPS's object model: the WPS counterpart of src/hosts/excel/sheets.ts.
 * - Values in blocks: number formats first (text cells `@`, so a unit's `=…` or `00123` stays the text
 *   typed; a text starting with = + - @ goes in with the apostrophe prefix, src/hosts/common/cells.ts),
 *   then one `Value2` assignment of a 2-D array per ROWS_PER_WRITE rows. `NumberFormat` takes one
 *   format for a whole range, so cells are grouped by format into multi-area addresses (`A2:A9,C2:C9`)
 *   of at most ADDRESS_CHARS characters each: percentages and date-times cost a call per format and chunk.
 * - Styles per styled area (src/hosts/common/styles.ts), merged areas, widths and heights per run of
 *   equal ones, frozen rows, links (`Hyperlinks.Add`), print setup (`PageSetup`: skipped with a notice
 *   where WPS cannot reach a printer), notes (`AddComment`) and drop-down lists (`Validation.Add`).
 * - writeOutSheets replaces sheets without loss on failure: each is written under a free temporary
 *   name; only when all are written are the old sheets of the same names deleted and the new renamed.
 */
import { a1 } from '../../core';
import type { MergeArea } from '../../core';
import { cellOf, printOf, styledRows, widthOf, type CellStyle, type OutBook, type OutSheet } from '../../core';
import { TEMPLATE_ROWS } from '../../core';
import { excelCell, listTargets, modelCell } from '../common/cells';
import { styleRects } from '../common/styles';
import { freeName, tempName } from '../common/sheetNames';
import { cellsToRects, parseRect, rectToA1 } from '../common/addresses';
import { XL, XL_SHEET_HIDDEN, bgr, type WpsApplication, type WpsRange, type WpsValue, type WpsWorkbook, type WpsWorksheet } from './om';

/**
 * Longest address string passed to `Range()`. WPS's documentation gives no limit; Excel's object
 * model refuses address strings over 255 characters, so the host stays under that.
 */
export const ADDRESS_CHARS = 255;
/** Rows per Value2 assignment. */
export const ROWS_PER_WRITE = 5000;

/** Joins rectangles into addresses of at most `limit` characters. */
export function addressChunks(rects: MergeArea[], limit = ADDRESS_CHARS): string[] {
  const out: string[] = [];
  let cur = '';
  for (const r of rects) {
    const a = rectToA1(r);
    if (cur && cur.length + 1 + a.length > limit) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

/** Sets number formats by groups of equal format (General cells of a new sheet need nothing). */
export function setFormats(ws: WpsWorksheet, r0: number, c0: number, formats: string[][]): void {
  const byFmt = new Map<string, { row: number; col: number }[]>();
  formats.forEach((fr, i) =>
    fr.forEach((f, j) => {
      if (!f || f === 'General') return;
      let list = byFmt.get(f);
      if (!list) byFmt.set(f, (list = []));
      list.push({ row: r0 + i, col: c0 + j });
    }),
  );
  for (const [f, cells] of byFmt) for (const address of addressChunks(cellsToRects(cells))) ws.Range(address).NumberFormat = f;
}

/** Formats then values, ROWS_PER_WRITE rows per Value2 assignment. */
export function writeBlock(ws: WpsWorksheet, r0: number, c0: number, values: WpsValue[][], formats: string[][]): void {
  const width = values.reduce((n, r) => Math.max(n, r.length), 0);
  if (!width) return;
  setFormats(ws, r0, c0, formats);
  for (let i = 0; i < values.length; i += ROWS_PER_WRITE) {
    const chunk = values.slice(i, i + ROWS_PER_WRITE).map((r) => Array.from({ length: width }, (_, c) => (r[c] === undefined ? '' : r[c])));
    ws.Range(rectToA1({ r0: r0 + i, c0, r1: r0 + i + chunk.length - 1, c1: c0 + width - 1 })).Value2 = chunk;
  }
}

/** A new sheet after the last one, named `name`; the active sheet stays the active sheet. */
export function addSheet(wb: WpsWorkbook, name: string): WpsWorksheet {
  const sheets = wb.Worksheets;
  const active = wb.ActiveSheet;
  const ws = sheets.Add(undefined, sheets.Item(sheets.Count));
  ws.Name = name;
  active?.Activate();
  return ws;
}

/** Lower-cased names of every sheet. */
export function sheetNames(wb: WpsWorkbook): Map<string, WpsWorksheet> {
  const out = new Map<string, WpsWorksheet>();
  const sheets = wb.Worksheets;
  for (let i = 1, n = sheets.Count; i <= n; i++) {
    const ws = sheets.Item(i);
    out.set(ws.Name.toLowerCase(), ws);
  }
  return out;
}

/** Frozen rows/columns: the window's split on the sheet, which has to be active for it. */
export function freeze(app: WpsApplication, wb: WpsWorkbook, ws: WpsWorksheet, f: { rows?: number; cols?: number } | undefined): void {
  if (!f?.rows && !f?.cols) return;
  const active = wb.ActiveSheet;
  ws.Activate();
  const win = app.ActiveWindow;
  win.SplitRow = f.rows ?? 0;
  win.SplitColumn = f.cols ?? 0;
  win.FreezePanes = true;
  active?.Activate();
}

/** One style on a range (a border on every edge of every cell: `Borders` of a range is all of them). */
export function applyStyle(range: WpsRange, s: CellStyle): void {
  if (s.bold !== undefined) range.Font.Bold = s.bold;
  if (s.italic !== undefined) range.Font.Italic = s.italic;
  if (s.size !== undefined) range.Font.Size = s.size;
  if (s.color) range.Font.Color = bgr(s.color);
  if (s.fill) range.Interior.Color = bgr(s.fill);
  if (s.wrap !== undefined) range.WrapText = s.wrap;
  if (s.align) range.HorizontalAlignment = s.align === 'left' ? XL.hAlignLeft : s.align === 'center' ? XL.hAlignCenter : XL.hAlignRight;
  if (s.valign) range.VerticalAlignment = s.valign === 'top' ? XL.vAlignTop : s.valign === 'center' ? XL.vAlignCenter : XL.vAlignBottom;
  if (s.border) range.Borders.LineStyle = XL.continuous;
}

export interface RenderOptions {
  /** Number formats of whole columns for blank cells (templates). */
  colFormats?: (string | undefined)[];
  /** Chinese notes on what was left out (print setup without a printer). */
  notices: string[];
}

/** Sheets whose print setup could not be written: one notice per call, naming them. */
function printNotice(notices: string[], sheet: string): void {
  const prefix = '打印设置（纸张、方向、每页标题行）未能写入';
  const i = notices.findIndex((n) => n.startsWith(prefix));
  if (i < 0) notices.push(`${prefix}：WPS 表格无法访问打印机（工作表“${sheet}”）。请安装打印机后在“页面布局”中设置。`);
  else notices[i] = notices[i].replace(/（工作表(.*)）。/, (_m, names: string) => `（工作表${names}、“${sheet}”）。`);
}

/** Orientation, A4, pages wide/tall, centred, header rows on every page (EtPageSetup). */
function printSetup(ws: WpsWorksheet, sheet: OutSheet, notices: string[]): void {
  const p = printOf(sheet);
  try {
    const ps = ws.PageSetup;
    ps.Orientation = p.orientation === 'landscape' ? XL.landscape : XL.portrait;
    ps.PaperSize = XL.paperA4;
    // Zoom false: the FitToPages members apply; FitToPagesTall false: as many pages as needed.
    ps.Zoom = false;
    ps.FitToPagesWide = p.fitWidth || false;
    ps.FitToPagesTall = p.fitHeight || false;
    if (p.centered) ps.CenterHorizontally = true;
    if (p.titleRows) ps.PrintTitleRows = `$${p.titleRows[0] + 1}:$${p.titleRows[1] + 1}`;
  } catch {
    printNotice(notices, sheet.name);
  }
}

/** Runs of equal values (widths, heights) by index: [first, last, value]. */
function runs(list: readonly (number | undefined | null)[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (v === undefined || v === null) continue;
    let end = i;
    while (list[end + 1] === v) end++;
    out.push([i, end, v]);
    i = end;
  }
  return out;
}

/**
 * Renders a report-model sheet on a new worksheet: values and number formats (text never becomes a
 * formula), styles, merged areas, widths, heights, frozen rows, links and print setup. Returns the cells written.
 */
export function renderSheet(app: WpsApplication, wb: WpsWorkbook, ws: WpsWorksheet, sheet: OutSheet, opts: RenderOptions): number {
  const rows = styledRows(sheet);
  const width = widthOf(sheet);
  const values: WpsValue[][] = [];
  const formats: string[][] = [];
  let cells = 0;
  for (const row of rows) {
    const vr: WpsValue[] = [];
    const fr: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = modelCell(cellOf(row?.[c]), opts.colFormats?.[c]);
      vr.push(cell.value);
      fr.push(cell.format);
      if (cell.value !== '') cells++;
    }
    values.push(vr);
    formats.push(fr);
  }
  writeBlock(ws, 0, 0, values, formats);
  for (const rect of styleRects(rows)) applyStyle(ws.Range(rectToA1(rect)), rect.style);
  for (const m of sheet.merges ?? []) ws.Range(rectToA1(m)).Merge();
  for (const [c0, c1, w] of runs(sheet.colWidths ?? [])) ws.Range(rectToA1({ r0: 0, c0, r1: 0, c1 })).ColumnWidth = w;
  for (const [r0, r1, h] of runs(sheet.rowHeights ?? [])) ws.Range(rectToA1({ r0, c0: 0, r1, c1: 0 })).RowHeight = h;
  freeze(app, wb, ws, sheet.freeze);
  const links = sheet.links?.length ? ws.Hyperlinks : null;
  for (const l of sheet.links ?? []) {
    const r = parseRect(l.cell);
    if (!r || !links) continue;
    // The cell keeps its text: TextToDisplay only repeats a plain text value (never one that would be read as a formula).
    const shown = excelCell(cellOf(rows[r.r0]?.[r.c0])?.value ?? null);
    links.Add(ws.Range(a1(r.r0, r.c0)), '', l.location, l.tooltip ?? '', typeof shown.value === 'string' && shown.format === '@' ? shown.value : undefined);
  }
  printSetup(ws, sheet, opts.notices);
  return cells;
}

export interface WriteOutReport {
  sheets: string[];
  cells: number;
  notices: string[];
}

/**
 * Writes each sheet under a temporary name first; only when all are written are the old sheets of the
 * same names deleted and the new ones renamed. A failure before that leaves the old sheets untouched.
 */
export function writeOutSheets(app: WpsApplication, wb: WpsWorkbook, sheets: OutSheet[], activate?: string): WriteOutReport {
  const existing = sheetNames(wb);
  const taken = new Set(existing.keys());
  for (const s of sheets) taken.add(s.name.toLowerCase());
  const written: { sheet: OutSheet; ws: WpsWorksheet }[] = [];
  const report: WriteOutReport = { sheets: [], cells: 0, notices: [] };
  for (const sheet of sheets) {
    const ws = addSheet(wb, tempName(sheet.name, taken));
    report.cells += renderSheet(app, wb, ws, sheet, { notices: report.notices });
    written.push({ sheet, ws });
  }
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    for (const { sheet, ws } of written) {
      existing.get(sheet.name.toLowerCase())?.Delete();
      ws.Name = sheet.name;
    }
  } finally {
    app.DisplayAlerts = alerts;
  }
  written.find((w) => w.sheet.name === activate)?.ws.Activate();
  report.sheets = written.map((w) => w.sheet.name);
  return report;
}

// ---------------------------------------------------------------------------------------------
// Templates (src/core/report/templates.ts): rendered as every sheet, then column formats, notes, lists.

export interface FormWriteReport {
  sheets: string[];
  notices: string[];
}

/** Inserts a book's sheets as new sheets (`name (2)` beside a sheet of the same name); the first visible one is shown. */
export function insertOutBook(app: WpsApplication, wb: WpsWorkbook, book: OutBook): FormWriteReport {
  const taken = new Set(sheetNames(wb).keys());
  const report: FormWriteReport = { sheets: [], notices: [] };
  let first: WpsWorksheet | null = null;
  for (const sheet of book.sheets) {
    const name = freeName(sheet.name, taken);
    report.sheets.push(name);
    const ws = addSheet(wb, name);
    writeForm(app, wb, ws, sheet, report);
    if (sheet.hidden) ws.Visible = XL_SHEET_HIDDEN;
    else first ??= ws;
  }
  first?.Activate();
  return report;
}

function writeForm(app: WpsApplication, wb: WpsWorkbook, ws: WpsWorksheet, sheet: OutSheet, report: FormWriteReport): void {
  renderSheet(app, wb, ws, sheet, { colFormats: (sheet.colStyles ?? []).map((s) => s?.numFmt), notices: report.notices });

  // Column formats for the rows a unit will fill in.
  (sheet.colStyles ?? []).forEach((st, c) => {
    const from = Math.max(1, sheet.rows.length);
    if (!st?.numFmt || from >= TEMPLATE_ROWS) return;
    ws.Range(rectToA1({ r0: from, c0: c, r1: TEMPLATE_ROWS - 1, c1: c })).NumberFormat = st.numFmt;
  });

  for (const n of sheet.notes ?? []) {
    const rect = parseRect(n.cell);
    if (rect) ws.Range(a1(rect.r0, rect.c0)).AddComment(n.text);
  }

  for (const v of sheet.validations ?? []) {
    const list = listTargets(sheet.name, v, report.notices);
    if (!list) continue;
    for (const rect of list.rects) {
      const dv = ws.Range(rectToA1(rect)).Validation;
      dv.Delete();
      dv.Add(XL.validateList, XL.validAlertStop, XL.between, list.source);
      dv.InCellDropdown = true;
      dv.IgnoreBlank = v.allowBlank !== false;
      if (list.prompt) {
        dv.InputMessage = list.prompt;
        dv.ShowInput = true;
      }
    }
  }
}
