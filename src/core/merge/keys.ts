/** Matching keys: how two rows are recognised as the same project or the same unit. */
import type { OutValue } from './types';

/** Text for matching: NFKC (full-width → half-width), no whitespace, brackets unified, lower case. */
export function normKey(v: OutValue | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v)
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[【[]/g, '(')
    .replace(/[】\]]/g, ')')
    .replace(/[“”"'‘’《》〈〉]/g, '')
    .toLowerCase();
}

/** The unit a row belongs to: its 组团单位; a row without one belongs to its source file. */
export function unitKeyOf(unit: OutValue | undefined, file: OutValue | undefined): string {
  const u = normKey(unit);
  return u ? `u:${u}` : `f:${baseName(String(file ?? ''))}`;
}

/** The file name without its folders (re-merges recognise a unit's re-sent file by it). */
export function baseName(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i >= 0 ? file.slice(i + 1) : file;
}

/** 组团单位 · 培训班主题, as shown in 导入记录. */
export function projectLabel(unit: OutValue | undefined, theme: OutValue | undefined): string {
  const u = unit === null || unit === undefined ? '' : String(unit);
  const t = theme === null || theme === undefined ? '' : String(theme);
  return u && t ? `${u} · ${t}` : u || t || '（无主题）';
}

/** Two cell values are the same when their text is (numbers compared as numbers, 1e-9). */
export function sameValue(a: OutValue | undefined, b: OutValue | undefined): boolean {
  const na = a === undefined ? null : a;
  const nb = b === undefined ? null : b;
  if (typeof na === 'number' && typeof nb === 'number') return Math.abs(na - nb) <= 1e-9 * Math.max(1, Math.abs(na));
  const ta = na === null ? '' : typeof na === 'number' ? numText(na) : String(na).trim();
  const tb = nb === null ? '' : typeof nb === 'number' ? numText(nb) : String(nb).trim();
  return ta === tb;
}

function numText(n: number): string {
  return String(Math.round(n * 1e9) / 1e9);
}

/**
 * A row keyed by column header: headers are the units' and reviewers' text (`__proto__`,
 * `constructor` …), so a row has no prototype and is filled by own-key copy, never by spread or
 * Object.assign onto `{}`.
 */
export function rowRecord(from?: Readonly<Record<string, OutValue>>): Record<string, OutValue> {
  const row: Record<string, OutValue> = Object.create(null);
  if (from) for (const k of Object.keys(from)) row[k] = from[k];
  return row;
}
