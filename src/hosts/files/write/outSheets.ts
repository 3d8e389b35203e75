/**
 * Core OutSheets (merge summary, exported 需求表) → the writer's sheets and .xlsx bytes: header rows
 * bold and filled, every string a string cell (never a formula). Browser-safe: used by the command
 * line (src/hosts/files/merge/summary.ts) and by browser-mode downloads (src/hosts/browser/sheets.ts).
 */
import type { OutSheet } from '../../../core/merge/types';
import { writeXlsx, type OutCell, type OutSheet as FileSheet, type StyleSpec } from './xlsx';

const HEADER: StyleSpec = { bold: true, fill: 'D9E1F2', border: true, wrap: true, align: 'center', valign: 'center' };

/** Core sheet → writer sheet (header rows bold and filled). */
export function outSheetToFileSheet(s: OutSheet): FileSheet {
  const headers = new Set(s.headerRows ?? []);
  const rows = headers.size === 0 ? s.rows : s.rows.map((r, i) => (headers.has(i) ? r.map((value): OutCell => ({ value, style: HEADER })) : r));
  return {
    name: s.name,
    rows,
    ...(s.merges ? { merges: s.merges } : {}),
    ...(s.colWidths ? { colWidths: s.colWidths } : {}),
    ...(s.freeze ? { freeze: s.freeze } : {}),
  };
}

export function outSheetsToXlsx(sheets: OutSheet[]): Uint8Array {
  return writeXlsx({ sheets: sheets.map(outSheetToFileSheet) });
}
