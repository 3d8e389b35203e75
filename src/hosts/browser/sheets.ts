/**
 * Core OutSheets (merge summary, exported 需求表) → .xlsx bytes with the file writer (every string a
 * string cell, never a formula), and several files → one .zip, for browser-mode downloads.
 * Browser-safe: no fs (src/hosts/files/merge/summary.ts does the same on the command line).
 */
import { zipSync } from 'fflate';
import type { OutSheet } from '../../core/merge/types';
import { writeXlsx, type OutCell, type OutSheet as FileSheet, type StyleSpec } from '../files/write/xlsx';

const HEADER: StyleSpec = { bold: true, fill: 'D9E1F2', border: true, wrap: true, align: 'center', valign: 'center' };

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

/** Files → one .zip (stored: .xlsx files are compressed already). Names are made unique. */
export function zipFiles(files: { name: string; bytes: Uint8Array }[]): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const f of files) {
    let name = f.name;
    for (let i = 2; name in entries; i++) name = f.name.replace(/(\.[^.]*)?$/, (ext) => `（${i}）${ext}`);
    entries[name] = [f.bytes, { level: 0 }];
  }
  return zipSync(entries);
}
