/** A1 addresses: column letters and 1-based rows, made from the grid's 0-based indices. */

export function colLetters(col: number): string {
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
  return `${colLetters(col)}${row + 1}`;
}

/** Parses `B12` (or `$B$12`) into 0-based { row, col }; null if it is not an address. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
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
