/**
 * A1 addresses and rectangles for the object-model hosts (Excel, WPS): parsing multi-area addresses as
 * the applications return them, compacting cells into rectangles, joining rectangles into address strings
 * under a length limit (Excel's getRanges: ~8 000 characters; WPS's Range(): 255, see src/hosts/wps/write.ts).
 */
import { a1, parseA1, quoteSheet } from '../../core';
import type { MergeArea } from '../../core';

/** Excel refuses longer address strings (getRanges / RangeAreas); we stay a little under. */
export const MAX_ADDRESS_CHARS = 8192;
const ADDRESS_BUDGET = 8000;

/** A single cell or rectangle in A1 form, no sheet (`B3`, `$B$3`, `B3:D9`). */
const RECT_RE = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?$/;

/** Parses `B3` or `B3:D9` into a 0-based rectangle; null if it is not a plain A1 address inside the grid. */
export function parseRect(ref: string): MergeArea | null {
  const t = ref.trim();
  if (!RECT_RE.test(t)) return null;
  const [p, q] = t.split(':');
  const s = parseA1(p);
  const e = q ? parseA1(q) : s;
  if (!s || !e) return null;
  const r = { r0: Math.min(s.row, e.row), c0: Math.min(s.col, e.col), r1: Math.max(s.row, e.row), c1: Math.max(s.col, e.col) };
  if (r.r0 < 0 || r.c0 < 0 || r.r1 > 1048575 || r.c1 > 16383) return null;
  return r;
}

export function rectToA1(r: MergeArea): string {
  return r.r0 === r.r1 && r.c0 === r.c1 ? a1(r.r0, r.c0) : `${a1(r.r0, r.c0)}:${a1(r.r1, r.c1)}`;
}

/**
 * Parses a RangeAreas address as Excel returns it (`Sheet1!A1:B2, 'a, b'!C3:D4`) into rectangles.
 * Commas inside quoted sheet names are not separators.
 */
export function parseAreasAddress(address: string): MergeArea[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // '' inside a name toggles twice: harmless
    if ((ch === ',' || ch === ';') && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  const out: MergeArea[] = [];
  for (const part of parts) {
    const bang = part.lastIndexOf('!');
    const r = parseRect(bang >= 0 ? part.slice(bang + 1) : part);
    if (r) out.push(r);
  }
  return out;
}

/**
 * Turns cells (0-based) into compact rectangles: vertical runs in one column become `B3:B9`.
 * Deterministic order (column, then row).
 */
export function cellsToRects(cells: { row: number; col: number }[]): MergeArea[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const rows = byCol.get(c.col) ?? [];
    rows.push(c.row);
    byCol.set(c.col, rows);
  }
  const out: MergeArea[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      const r = rows[i];
      if (i < rows.length && r === prev + 1) {
        prev = r;
        continue;
      }
      out.push({ r0: start, c0: col, r1: prev, c1: col });
      start = r;
      prev = r;
    }
  }
  return out;
}

/** Joins rectangle addresses with commas into strings of at most ~8 000 characters each. */
export function splitAddresses(rects: MergeArea[], budget = ADDRESS_BUDGET): string[] {
  const out: string[] = [];
  let cur = '';
  for (const r of rects) {
    const a = rectToA1(r);
    if (cur && cur.length + 1 + a.length > budget) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

/** `'Sheet'!B3` for a hyperlink's documentReference, or null when the cell is not a plain address. */
export function documentReference(sheet: string, cell: string): string | null {
  const r = parseRect(cell);
  if (!r || !sheet || /[\u0000-\u001f]/.test(sheet)) return null;
  return `${quoteSheet(sheet)}!${rectToA1(r)}`;
}
