/**
 * Report-model sheets (src/core/report: merge summary, exported 需求表, …) → .xlsx. Browser-safe:
 * used by the command line (src/hosts/files/merge/summary.ts, and straight into the output file by
 * `peixun merge`) and by browser-mode downloads.
 */
import type { OutSheet } from '../../../core';
import { writeXlsx, writeXlsxTo } from './xlsx';
import type { ByteSink } from './zip';

export function outSheetsToXlsx(sheets: OutSheet[], activeSheet?: number): Uint8Array {
  return writeXlsx({ sheets, ...(activeSheet !== undefined ? { activeSheet } : {}) });
}

/** The same bytes as outSheetsToXlsx, into `sink` part by part as each is finished. */
export function outSheetsTo(sheets: OutSheet[], sink: ByteSink, activeSheet?: number): void {
  writeXlsxTo({ sheets, ...(activeSheet !== undefined ? { activeSheet } : {}) }, sink);
}
