/**
 * A sheet cell as a merge value (a unit's return read by prepare.ts, an earlier summary read back by
 * readSummary.ts): apart from prepare.ts so that reading a summary back, and the merge's parent
 * process (core/lean.ts), need not load the sheet readers.
 */
import type { Cell } from '../grid';
import type { OutValue } from './types';

/** A cell as a value: numbers stay numbers, dates become ISO dates, the rest is its text. */
export function cellValue(cell: Cell | undefined, fallback = ''): OutValue {
  if (!cell) return fallback.trim() === '' ? null : fallback.trim();
  if (cell.err) return cell.err;
  if (typeof cell.v === 'number') return cell.date ? serialToIso(cell.v) : cell.v;
  if (typeof cell.v === 'boolean') return cell.v;
  const t = (cell.v ?? fallback).toString().trim();
  return t === '' ? null : t;
}

/** Excel 1900-system serial → YYYY-MM-DD (time of day dropped). */
export function serialToIso(serial: number): string {
  const ms = Math.round((Math.floor(serial) - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}
