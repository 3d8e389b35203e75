/**
 * Report-model sheets (src/core/report: merge summary, exported 需求表, …) → .xlsx bytes. Browser-safe:
 * used by the command line (src/hosts/files/merge/summary.ts) and by browser-mode downloads.
 */
import type { OutSheet } from '../../../core';
import { writeXlsx } from './xlsx';

export function outSheetsToXlsx(sheets: OutSheet[], activeSheet?: number): Uint8Array {
  return writeXlsx({ sheets, ...(activeSheet !== undefined ? { activeSheet } : {}) });
}
