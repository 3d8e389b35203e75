/** Writing .xlsx files: our own writer and marked copies of reviewed workbooks (what to write comes from src/core/report). */
export * from './xlsx';
export { markWorkbookCopy, gridToXlsx, type MarkOptions } from './mark';

