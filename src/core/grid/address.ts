/** A1 addresses: column letters and 1-based rows, made from the grid's 0-based indices. */

// Letters of the first 702 columns (A–ZZ), made once: every finding's address is built from them.
const LETTERS: string[] = [];

export function colLetters(col: number): string {
  if (col >= 0 && col < 702 && Number.isInteger(col)) return LETTERS[col] ?? (LETTERS[col] = lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  if (col >= 0 && col < A1_COLS && row >= 0 && row < A1_ROWS && Number.isInteger(row) && Number.isInteger(col)) {
    const byRow = A1_BY_COL[col] ?? (A1_BY_COL[col] = new Array<string | undefined>(A1_ROWS));
    return byRow[row] ?? (byRow[row] = `${colLetters(col)}${row + 1}`);
  }
  return `${colLetters(col)}${row + 1}`;
}

/**
 * The addresses of the top-left cells (rows < 2 048, columns < 64), made once and shared: every finding
 * keeps its address, and one made per finding was a young string that survives with it (two scavenges'
 * copies each, 94 000 findings a units-set review; the findings themselves are allocated old). At most
 * 131 072 short strings, and only those of cells a finding has pointed at.
 */
const A1_COLS = 64;
const A1_ROWS = 2048;
const A1_BY_COL: (string | undefined)[][] = [];

/** Parses `B12` (or `$B$12`) into 0-based { row, col }; null if it is not an address. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * Where the first cell of an address or range lies, for sorting: `parseA1(ref.split(':')[0])` without
 * the split and the regex (sorting 100 000 findings met them a million times). Anything but a plain
 * `B12` / `$B$12` start goes to parseA1 itself, so the answer is always parseA1's.
 */
export function firstCellOf(ref: string): { row: number; col: number } | null {
  let i = 0;
  const n = ref.length;
  if (i < n && ref.charCodeAt(i) === 0x24) i++; // $
  let col = 0;
  const l0 = i;
  while (i < n && i - l0 < 4) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
    i++;
  }
  const letters = i - l0;
  if (i < n && ref.charCodeAt(i) === 0x24) i++;
  let row = 0;
  const d0 = i;
  while (i < n) {
    const c = ref.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    row = row * 10 + (c - 0x30);
    i++;
  }
  const digits = i - d0;
  if (letters >= 1 && letters <= 3 && digits >= 1 && digits <= 9 && (i === n || ref.charCodeAt(i) === 0x3a /* : */)) return { row: row - 1, col: col - 1 };
  return parseA1(ref.split(':')[0]);
}

/** `A1:C3` for a 0-based inclusive rectangle (a single cell gives `A1`). */
export function rangeA1(r0: number, c0: number, r1: number, c1: number): string {
  const start = a1(r0, c0);
  return r0 === r1 && c0 === c1 ? start : `${start}:${a1(r1, c1)}`;
}

/** A sheet name quoted for use in a formula or hyperlink (`'日程表 1'!A1`). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
