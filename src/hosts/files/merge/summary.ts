/**
 * The summary workbook on disk: core OutSheets → .xlsx (our writer: strings stay strings, never
 * formulas), and an earlier summary read back for `--into` and export.
 */
import { readFileSync } from 'fs';
import { readExistingSummary, type ExistingSummary } from '../../../core/lean';
import { readWorkbookBytes } from '../read/node';
import '../write/node';
import { outSheetsToXlsx } from '../write/outSheets';

/** Report-model sheets → .xlsx bytes. */
export const writeSheets = outSheetsToXlsx;

/** Reads an earlier summary (throws ReadError or SummaryReadError with a Chinese reason). */
export function readSummaryFile(path: string): ExistingSummary {
  return readExistingSummary(readWorkbookBytes(readFileSync(path), path));
}
