/**
 * The summary workbook on disk: core OutSheets → .xlsx (our writer: strings stay strings, never
 * formulas), and an earlier summary read back for `--into` and export.
 */
import { readFileSync } from 'fs';
import { readExistingSummary, type ExistingSummary } from '../../../core/lean';
import '../write/node';
import { outSheetsToXlsx } from '../write/outSheets';

/** Report-model sheets → .xlsx bytes. */
export const writeSheets = outSheetsToXlsx;

/** Reads an earlier summary (throws ReadError or SummaryReadError with a Chinese reason). */
export function readSummaryFile(path: string): ExistingSummary {
  // the reader is loaded only here: a merge without --into never reads a workbook in this process
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readWorkbookBytes } = require('../read/node') as typeof import('../read/node');
  return readExistingSummary(readWorkbookBytes(readFileSync(path), path));
}
