/**
 * The summary workbook on disk: core OutSheets → .xlsx (our writer: strings stay strings, never
 * formulas), and an earlier summary read back for `--into` and export.
 */
import { readFileSync } from 'fs';
import { readExistingSummary, type ExistingSummary, type OutSheet } from '../../../core/merge';
import { readWorkbookBytes } from '../read/node';
import '../write/node';
import { writeXlsx, type OutCell, type OutSheet as FileSheet, type StyleSpec } from '../write/xlsx';

const HEADER: StyleSpec = { bold: true, fill: 'D9E1F2', border: true, wrap: true, align: 'center', valign: 'center' };

/** Core sheet → writer sheet (header rows bold and filled). */
export function toFileSheet(s: OutSheet): FileSheet {
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

export function writeSheets(sheets: OutSheet[]): Uint8Array {
  return writeXlsx({ sheets: sheets.map(toFileSheet) });
}

/** Reads an earlier summary (throws ReadError or SummaryReadError with a Chinese reason). */
export function readSummaryFile(path: string): ExistingSummary {
  return readExistingSummary(readWorkbookBytes(readFileSync(path), path));
}
