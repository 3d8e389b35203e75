/**
 * Plain values as the object-model hosts (Excel, WPS) send them: text never becomes a formula, and
 * text stays the text typed. A string starting with = + - @ (or tab/CR, or an apostrophe of its own)
 * is written through `formulaSafe` with the apostrophe both applications keep as "this is text"
 * (General format, so the apostrophe is read as the prefix, not stored); every other string goes into
 * a cell formatted `@` first, so 2024-05-01, 1/3 or 00123 stay the text the unit typed.
 */
import { formulaSafe } from '../../core';
import type { ListValidation, MergeArea, OutCell, OutValue } from '../../core';
import { parseRect } from './addresses';

/** What a cell is given: text, a number or a boolean ('' for blank). */
export type CellValue = string | number | boolean;

/** Text longer than this is cut (a cell holds 32 767 characters). */
const MAX_CELL_TEXT = 32_000;

/** The applications' limit for an inline list source of a data validation rule. */
export const MAX_LIST_SOURCE = 255;

/** A value as it is sent to the application, and the number format its cell gets first. */
export function excelCell(v: OutValue | undefined): { value: CellValue; format: string } {
  if (v === null || v === undefined) return { value: '', format: 'General' };
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v, format: 'General' } : { value: String(v), format: '@' };
  if (typeof v === 'boolean') return { value: v, format: 'General' };
  const s = v.length > MAX_CELL_TEXT ? `${v.slice(0, MAX_CELL_TEXT - 1)}…` : v;
  const safe = formulaSafe(s) as string;
  // A unit's own leading apostrophe would be taken as the prefix and lost: escape it the same way.
  const value = safe !== s ? safe : s.startsWith("'") ? `'${s}` : s;
  return value.startsWith("'") ? { value, format: 'General' } : { value, format: '@' };
}

/** A report-model cell as sent: text through excelCell; numbers and dates with their cell's format, else the column's. */
export function modelCell(c: OutCell | undefined, colFormat: string | undefined): { value: CellValue; format: string } {
  const base = excelCell(c && !c.error ? c.value : null);
  const fmt = c?.style?.numFmt;
  if (typeof base.value === 'number') return { value: base.value, format: fmt ?? (c?.isDate ? 'yyyy-mm-dd' : 'General') };
  if (base.value === '') return { value: '', format: fmt ?? colFormat ?? 'General' };
  return base;
}

/** A drop-down's list source as both applications take it (`a,b,c` or `=range`); null when empty or over MAX_LIST_SOURCE. */
export function listSource(v: ListValidation): string | null {
  const source = v.source ? (v.source.startsWith('=') ? v.source : `=${v.source}`) : (v.items ?? []).join(',');
  return source && source.length <= MAX_LIST_SOURCE ? source : null;
}

/** The most characters of a drop-down's input prompt the object models keep. */
export const MAX_LIST_PROMPT = 255;

/**
 * Where a drop-down list goes: its source and the rectangles of its range; null, with a notice naming the
 * sheet and range, when the list is too long to set. Both object-model hosts render lists from this.
 */
export function listTargets(sheetName: string, v: ListValidation, notices: string[]): { source: string; rects: MergeArea[]; prompt?: string } | null {
  const source = listSource(v);
  if (!source) {
    notices.push(`“${sheetName}”${v.range} 的下拉列表过长，未设置。`);
    return null;
  }
  const rects = v.range.split(/\s+/).filter(Boolean).map((part) => parseRect(part)).filter((r): r is MergeArea => r !== null);
  return { source, rects, ...(v.prompt ? { prompt: v.prompt.slice(0, MAX_LIST_PROMPT) } : {}) };
}
