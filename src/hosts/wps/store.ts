/**
 * Key → text kept inside the workbook, so settings, suppressions and the record of marks travel
 * with the file: a very hidden worksheet (`Visible = xlSheetVeryHidden`, not listed by 取消隐藏; the
 * object model documents the value for Worksheet.Visible). Workbook names (`Names.Add`) would also
 * travel, but their text is a formula limited to 255 characters; custom document properties are
 * likewise short. One row per key: A = key, B = number of parts, C… = the text in parts of at most
 * PART_CHARS (a cell holds 32 767 characters). Every cell is formatted as text (`@`) before it is
 * written, so nothing stored is ever read as a formula. The sheet is removed once it holds no key,
 * so a workbook that never had settings is left exactly as it was.
 */
import { colLetters } from '../../core';
import { XL_SHEET_VERY_HIDDEN, type WpsApplication, type WpsValue, type WpsWorkbook, type WpsWorksheet } from './om';
import { values2D } from './read';

export const STORE_SHEET = 'peixun_data';
const PART_CHARS = 30_000;

function find(wb: WpsWorkbook): WpsWorksheet | null {
  const sheets = wb.Worksheets;
  for (let i = 1, n = sheets.Count; i <= n; i++) {
    const ws = sheets.Item(i);
    if (ws.Name === STORE_SHEET) return ws;
  }
  return null;
}

export function readStore(wb: WpsWorkbook, ws: WpsWorksheet | null = find(wb)): Map<string, string> {
  const out = new Map<string, string>();
  if (!ws) return out;
  const ur = ws.UsedRange;
  const rows = ur.Rows.Count;
  const cols = ur.Columns.Count;
  if (ur.Row !== 1 || ur.Column !== 1) return out;
  const vals = values2D(ur.Value2, rows, cols);
  for (const r of vals) {
    const k = r[0];
    const parts = Number(r[1]);
    if (typeof k !== 'string' || !k || !Number.isInteger(parts) || parts < 0) continue;
    let text = '';
    for (let i = 0; i < parts; i++) text += String(r[2 + i] ?? '');
    out.set(k, text);
  }
  return out;
}

/** Sets (text) or removes (null) keys; the store sheet is created when needed and deleted when empty. */
export function writeStore(app: WpsApplication, wb: WpsWorkbook, changes: Map<string, string | null>): void {
  let ws = find(wb);
  const data = readStore(wb, ws);
  for (const [k, v] of changes) {
    if (v === null) data.delete(k);
    else data.set(k, v);
  }
  const oldRows = ws ? ws.UsedRange.Rows.Count : 0;
  const oldCols = ws ? ws.UsedRange.Columns.Count : 0;
  if (data.size === 0) {
    if (ws) deleteSheet(app, ws);
    return;
  }
  if (!ws) {
    const active = wb.ActiveSheet;
    const sheets = wb.Worksheets;
    ws = sheets.Add(undefined, sheets.Item(sheets.Count));
    ws.Name = STORE_SHEET;
    ws.Visible = XL_SHEET_VERY_HIDDEN;
    active?.Activate();
  }
  const rows: WpsValue[][] = [];
  for (const [k, v] of data) {
    const parts: string[] = [];
    for (let i = 0; i < v.length; i += PART_CHARS) parts.push(v.slice(i, i + PART_CHARS));
    rows.push([k, String(parts.length), ...parts]);
  }
  const width = Math.max(oldCols, ...rows.map((r) => r.length));
  const height = Math.max(oldRows, rows.length);
  const grid: WpsValue[][] = [];
  for (let r = 0; r < height; r++) {
    const src = rows[r] ?? [];
    grid.push(Array.from({ length: width }, (_, c) => (src[c] === undefined ? '' : src[c])));
  }
  const range = ws.Range(`A1:${colLetters(width - 1)}${height}`);
  range.NumberFormat = '@';
  range.Value2 = grid;
}

/** Deletes a sheet without WPS asking the user (DisplayAlerts off for the call). */
export function deleteSheet(app: WpsApplication, ws: WpsWorksheet): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    ws.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

