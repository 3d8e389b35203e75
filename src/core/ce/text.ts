/**
 * Small text helpers of the CE part: header labels, numbers written with units, ID numbers.
 * They follow FORMS.md "Values" (full-width digits, thousands separators, trailing units, 约);
 * anything else is unreadable, never 0.
 */

import { toHalfWidth as valuesHalfWidth } from '../values/text';

/** Full-width ASCII to half-width (values/text), and the ideographic full stop 。 to a point. */
export function toHalfWidth(s: string): string {
  return valuesHalfWidth(s).replace(/。/g, '.');
}

/**
 * A header label for comparison: spaces and line breaks removed, brackets and colons unified,
 * a trailing unit in brackets dropped and returned (`学时（小时）` → 学时 + 小时).
 */
export function normaliseLabel(text: string): { label: string; unit?: string } {
  let s = toHalfWidth(text).replace(/\s+/g, '').replace(/[:：]$/, '').replace(/[:：]/g, ':');
  s = s.replace(/[【[]/g, '(').replace(/[】\]]/g, ')');
  const m = /^(.+?)\(([^()]*)\)$/.exec(s);
  if (m && /^(万元|元|学时|小时|天|日|人|%|个|是\/否|是或否)$/.test(m[2])) return { label: m[1], unit: m[2] };
  return { label: s };
}

export interface ParsedNumber {
  value: number;
  /** The unit written with the number (学时, 天, 元, 万元, …), when there was one. */
  unit?: string;
  /** True when the text was converted (full-width digits, separators, 约, a unit). */
  converted: boolean;
}

const UNIT_RE = /(万元|元|学时|小时|课时|个学时|天|日|人|h|H)$/;

/** Parses a number as people type it in a register; null when it is not one. */
export function parseNumberText(raw: string): ParsedNumber | null {
  const original = raw.trim();
  if (original === '') return null;
  let s = toHalfWidth(original).replace(/\s+/g, '');
  let converted = s !== original;
  if (s.startsWith('约')) {
    s = s.slice(1);
    converted = true;
  }
  let unit: string | undefined;
  const u = UNIT_RE.exec(s);
  if (u) {
    unit = u[1] === '个学时' || u[1] === '课时' || u[1] === 'h' || u[1] === 'H' ? '学时' : u[1] === '日' ? '天' : u[1];
    s = s.slice(0, u.index);
    converted = true;
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    s = s.replace(/,/g, '');
    converted = true;
  }
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  const value = Number(s);
  if (!Number.isFinite(value)) return null;
  return { value, unit, converted };
}

/** 身份证号 for keying: half-width, no spaces or dashes, x upper-cased. */
export function normaliseIdNumber(text: string): string {
  if (/^[0-9A-Z]+$/.test(text)) return text; // the common case, already clean
  return toHalfWidth(text).replace(/[\s\-‐—]/g, '').toUpperCase();
}

/** 工号 for keying: half-width, no spaces, upper-cased. A number stored as 12.0 stays 12. */
export function normaliseStaffNumber(text: string): string {
  if (/^[0-9A-Z]+$/.test(text)) return text;
  return toHalfWidth(text).replace(/\s+/g, '').toUpperCase();
}

/** A person's name for comparing: no spaces (people type 张  三 to align two-character names). */
export function normaliseName(text: string): string {
  if (!/[\s\uff01-\uff5e\u3000•]/.test(text)) return text;
  return toHalfWidth(text).replace(/\s+/g, '').replace(/[·•]/g, '·');
}

/** Excel serial date (1900 system) → UTC year. */
export function serialYear(serial: number): number {
  return new Date(Math.round((serial - 25569) * 86400000)).getUTCFullYear();
}
