/**
 * Writing cells through WPS's object model in blocks: number formats first (text cells `@`, so a
 * unit's `=…` or `00123` stays the text typed), then one `Value2` assignment of a 2-D array per block.
 * `NumberFormat` takes one format for a whole range, so cells are grouped by format into multi-area
 * addresses (`A2:A9,C2:C9`) of at most ADDRESS_CHARS characters each.
 *
 * Used by the 审核结果 sheet (marks.ts), writeSheets (合并汇总, 继续教育 tabs) and the templates.
 */
import type { OutSheet as PlainSheet, OutValue as PlainValue } from '../../core/merge/types';
import { a1 } from '../../core/grid/address';
import type { MergeArea } from '../../core/grid';
import type { OutCell, OutSheet as FormSheet, OutValue, StyleSpec } from '../files/write/xlsx';
import { MAX_LIST_SOURCE, excelCell } from '../common/cells';
import { HEADER_STYLE } from '../../core/report/sheet';
import { TEMPLATE_ROWS } from '../../core/report/templates';
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

export function applyStyle(range: WpsRange, s: StyleSpec): void {
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

/** A free name for a temporary copy (never one of the user's sheets). */
export function tempName(name: string, taken: Set<string>): string {
  const base = `~${name}`.slice(0, 31);
  let n = base;
  for (let i = 2; taken.has(n.toLowerCase()); i++) n = `${base.slice(0, 28)}~${i}`;
  taken.add(n.toLowerCase());
  return n;
}

// ---------------------------------------------------------------------------------------------
// Plain sheets (merge results, CE sheets): replaced without loss on failure.

export interface PlainWriteReport {
  sheets: string[];
  cells: number;
}

/**
 * Writes each sheet under a temporary name first; only when all are written are the old sheets of the
 * same names deleted and the new ones renamed. A failure before that leaves the old sheets untouched.
 */
export function writePlainSheets(app: WpsApplication, wb: WpsWorkbook, sheets: PlainSheet[], activate?: string): PlainWriteReport {
  const existing = sheetNames(wb);
  const taken = new Set(existing.keys());
  for (const s of sheets) taken.add(s.name.toLowerCase());
  const written: { sheet: PlainSheet; ws: WpsWorksheet }[] = [];
  let cells = 0;
  for (const sheet of sheets) {
    const ws = addSheet(wb, tempName(sheet.name, taken));
    const values: WpsValue[][] = [];
    const formats: string[][] = [];
    for (const row of sheet.rows) {
      const vr: WpsValue[] = [];
      const fr: string[] = [];
      for (const v of row ?? []) {
        const c = excelCell(v as PlainValue);
        vr.push(c.value);
        fr.push(c.format);
        if (c.value !== '') cells++;
      }
      values.push(vr);
      formats.push(fr);
    }
    writeBlock(ws, 0, 0, values, formats);
    for (const r of sheet.headerRows ?? []) {
      const w = sheet.rows[r]?.length ?? 0;
      if (w) applyStyle(ws.Range(rectToA1({ r0: r, c0: 0, r1: r, c1: w - 1 })), { bold: true, fill: `#${HEADER_STYLE.fill}` });
    }
    for (const m of sheet.merges ?? []) ws.Range(rectToA1(m)).Merge();
    (sheet.colWidths ?? []).forEach((w, c) => {
      if (w !== undefined && w !== null) ws.Range(a1(0, c)).ColumnWidth = w;
    });
    freeze(app, wb, ws, sheet.freeze);
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
  return { sheets: written.map((w) => w.sheet.name), cells };
}

// ---------------------------------------------------------------------------------------------
// Forms (templates): values, styles, merges, widths, frozen rows, notes and drop-down lists.

function asCell(c: OutCell | OutValue | undefined): OutCell | undefined {
  if (c === undefined) return undefined;
  if (c === null || typeof c !== 'object') return { value: c };
  return c;
}

function styleKey(s: StyleSpec | undefined): string {
  return s ? JSON.stringify({ ...s, numFmt: undefined }) : '';
}

export interface FormWriteReport {
  sheets: string[];
  notices: string[];
}

export function writeForms(app: WpsApplication, wb: WpsWorkbook, book: { sheets: FormSheet[] }): FormWriteReport {
  const taken = new Set(sheetNames(wb).keys());
  const report: FormWriteReport = { sheets: [], notices: [] };
  let first: WpsWorksheet | null = null;
  for (const sheet of book.sheets) {
    let name = sheet.name.slice(0, 31);
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${sheet.name.slice(0, 27)} (${i})`;
    taken.add(name.toLowerCase());
    report.sheets.push(name);
    const ws = addSheet(wb, name);
    writeForm(app, wb, ws, sheet, report);
    if (sheet.hidden) ws.Visible = XL_SHEET_HIDDEN;
    else first ??= ws;
  }
  first?.Activate();
  return report;
}

function writeForm(app: WpsApplication, wb: WpsWorkbook, ws: WpsWorksheet, sheet: FormSheet, report: FormWriteReport): void {
  const width = sheet.rows.reduce((n, r) => Math.max(n, r ? r.length : 0), 0);
  const values: WpsValue[][] = [];
  const formats: string[][] = [];
  for (const row of sheet.rows) {
    const vr: WpsValue[] = [];
    const fr: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = asCell(row?.[c]);
      const v = cell && !cell.error ? cell.value : null;
      vr.push(v === null ? '' : v);
      const colFmt = sheet.colStyles?.[c]?.numFmt;
      // Text as text (`@`): a template's text is never read as a formula.
      fr.push(cell?.style?.numFmt ?? (typeof v === 'string' ? '@' : cell?.isDate ? 'yyyy-mm-dd' : colFmt ?? 'General'));
    }
    values.push(vr);
    formats.push(fr);
  }
  writeBlock(ws, 0, 0, values, formats);

  // Styles: runs of equally styled cells in a row share one range.
  sheet.rows.forEach((row, r) => {
    let c = 0;
    const cells = row ?? [];
    while (c < cells.length) {
      const style = asCell(cells[c])?.style;
      const k = styleKey(style);
      let end = c;
      while (end + 1 < cells.length && styleKey(asCell(cells[end + 1])?.style) === k) end++;
      if (style && k !== '{}') applyStyle(ws.Range(rectToA1({ r0: r, c0: c, r1: r, c1: end })), style);
      c = end + 1;
    }
  });

  // Column formats for the rows a unit will fill in.
  (sheet.colStyles ?? []).forEach((st, c) => {
    const from = Math.max(1, sheet.rows.length);
    if (!st?.numFmt || from >= TEMPLATE_ROWS) return;
    ws.Range(rectToA1({ r0: from, c0: c, r1: TEMPLATE_ROWS - 1, c1: c })).NumberFormat = st.numFmt;
  });
  for (const m of sheet.merges ?? []) ws.Range(rectToA1(m)).Merge();
  (sheet.colWidths ?? []).forEach((w, c) => {
    if (w !== undefined) ws.Range(a1(0, c)).ColumnWidth = w;
  });
  (sheet.rowHeights ?? []).forEach((h, r) => {
    if (h !== undefined) ws.Range(a1(r, 0)).RowHeight = h;
  });
  freeze(app, wb, ws, sheet.freeze);

  for (const n of sheet.notes ?? []) {
    const rect = parseRect(n.cell);
    if (rect) ws.Range(a1(rect.r0, rect.c0)).AddComment(n.text);
  }

  for (const v of sheet.validations ?? []) {
    const source = v.source ? (v.source.startsWith('=') ? v.source : `=${v.source}`) : (v.items ?? []).join(',');
    if (!source || source.length > MAX_LIST_SOURCE) {
      report.notices.push(`“${sheet.name}”${v.range} 的下拉列表过长，未设置。`);
      continue;
    }
    for (const part of v.range.split(/\s+/).filter(Boolean)) {
      const rect = parseRect(part);
      if (!rect) continue;
      const dv = ws.Range(rectToA1(rect)).Validation;
      dv.Delete();
      dv.Add(XL.validateList, XL.validAlertStop, XL.between, source);
      dv.InCellDropdown = true;
      dv.IgnoreBlank = v.allowBlank !== false;
      if (v.prompt) {
        dv.InputMessage = v.prompt.slice(0, 255);
        dv.ShowInput = true;
      }
    }
  }
}
