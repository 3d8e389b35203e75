/** Small helpers shared by rules: where a project's cells are, readable values, Chinese wording. */
import { rangeA1, type CellRef } from '../grid';
import type { DemandField, Project, Reading } from '../model/records';
import { parseFraction, type Fraction } from '../values/fraction';
import { ParsedScheduleRow } from '../sheets/schedule';

/** The project's theme cell, else where the theme belongs, else its first field, else its first cell. */
export function themeRef(p: Project): CellRef {
  if (p.fields.theme) return p.fields.theme.ref;
  if (p.slots.theme) return p.slots.theme;
  const first = Object.values(p.fields)[0];
  if (first) return first.ref;
  return { sheet: p.source.sheet, row: p.source.row, col: 0 };
}

/** A field's cell, else its slot, else the theme cell. */
export function fieldRef(p: Project, f: DemandField): CellRef {
  return p.fields[f]?.ref ?? p.slots[f] ?? themeRef(p);
}

/** The value of a reading when it was read, else undefined (rules needing it skip the project). */
export function ok<T>(r: Reading<T> | null | undefined): T | undefined {
  return r && r.ok ? r.value : undefined;
}

export function isBlankReading(r: Reading<unknown> | null | undefined): boolean {
  return !r || (!r.ok && r.problem === 'blank');
}

/** Text for comparing names: no spaces or line breaks, half-width brackets, lower case. */
export function normaliseName(s: string): string {
  // Most names are CJK and ASCII with at most full-width brackets or a colon: those are converted here,
  // and the regexes and toLowerCase (slow on CJK text) only run for anything else.
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c <= 0x20 || (c >= 0x41 && c <= 0x5a)) return normaliseNameSlow(s); // spaces, upper case
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      // a CJK ideograph: no case, no space
    } else if (c === 0xff08 || c === 0xff09 || c === 0xff1a) {
      out += s.slice(from, i) + (c === 0xff08 ? '(' : c === 0xff09 ? ')' : ':'); // （ ） ：
      from = i + 1;
    } else return normaliseNameSlow(s);
  }
  return from === 0 ? s : out + s.slice(from);
}

function normaliseNameSlow(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .toLowerCase();
}

/** A field's text, '' when absent. */
export function fieldText(p: Project, f: DemandField): string {
  return p.fields[f]?.text.trim() ?? '';
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 2/3 → 三分之二, 1/3 → 三分之一; other fractions as `n/d`. */
export function fractionWords(f: Fraction): string {
  if (f.d >= 2 && f.d <= 10 && f.n >= 1 && f.n < f.d) return `${CN_DIGITS[f.d]}分之${CN_DIGITS[f.n]}`;
  return `${f.n}/${f.d}`;
}

/** A number as people write amounts: up to 4 decimals, no trailing zeros. */
export function formatAmount(x: number): string {
  return String(Math.round(x * 10000) / 10000);
}

/** True when the text contains any of the words. */
export function containsAny(text: string, words: readonly string[]): string | undefined {
  return words.find((w) => w !== '' && text.includes(w));
}

/** The schedule's header row as a range (`A3:H3`), for `related` of whole-schedule findings. */
const headerCache = new WeakMap<object, { sheet: string; cell: string }>();
export function scheduleHeader(s: import('../model/records').Schedule): { sheet: string; cell: string } {
  const hit = headerCache.get(s);
  if (hit) return { ...hit };
  let maxCol = 0;
  for (const r of s.rows) {
    // a parsed row knows its columns: no FieldCell or ref made per row and field
    if (r instanceof ParsedScheduleRow) {
      const c = r.maxCol();
      if (c > maxCol) maxCol = c;
      continue;
    }
    for (const ref of [r.date?.ref, r.weekday?.ref, r.slotRef, r.city?.ref, r.countryRef, r.content?.ref, r.typeRef]) {
      if (ref && ref.col > maxCol) maxCol = ref.col;
    }
  }
  const h = { sheet: s.sheet, cell: rangeA1(s.headerRow, 0, s.headerRow, maxCol) };
  headerCache.set(s, h);
  return { ...h };
}

/** `[...s].length` (characters, a surrogate pair one of them) without an array of them. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // a high surrogate followed by a low one is one character; a lone one counts alone, as the iterator does
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * `read`, its answers kept by what was asked (in a Map: the keys may be user text) for values asked again in
 * workbook after workbook; past `limit` answers all are forgotten, so keys that keep changing are not kept
 * without bound. (`read` must not answer undefined: such an answer is read again each time.)
 */
export function remembered<K, V>(read: (key: K) => V, limit: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let v = known.get(key);
    if (v === undefined) {
      v = read(key);
      if (known.size >= limit) known.clear();
      known.set(key, v);
    }
    return v;
  };
}

/**
 * A share parameter (`1/3`, `0.5`; params.ts's `shareParam`) as a fraction, kept by its value: the ZJ-RATIO rules
 * read theirs in every workbook, and parsing it again (a regular expression and two fractions) was most of what
 * they allocated when nothing was found (docs/BENCH.md, round 15). Fractions are never changed once made; the
 * parameters are few.
 */
export const shareFraction: (x: string | number) => Fraction | null = remembered(parseFraction, 64);
