/** Styled areas of a report-model sheet, so that hosts set a style once per area, not per cell. */
import { cellOf, type CellStyle, type OutRow } from '../../core';

export interface StyleRect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  style: CellStyle;
}

/** What a style draws (its number format goes with the values). */
function styleKey(s: CellStyle | undefined): string {
  if (!s) return '';
  const { numFmt: _n, ...look } = s;
  void _n;
  return Object.keys(look).length ? JSON.stringify(look) : '';
}

/**
 * Styled areas: runs of equally styled cells in a row, then equal runs of consecutive rows joined,
 * so a long list (审核结果) costs requests per column and style change, not per row.
 */
export function styleRects(rows: OutRow[]): StyleRect[] {
  const open = new Map<string, StyleRect>();
  const done: StyleRect[] = [];
  for (let r = 0; r <= rows.length; r++) {
    const row = rows[r] ?? [];
    const seen = new Set<string>();
    let c = 0;
    while (r < rows.length && c < row.length) {
      const style = cellOf(row[c])?.style;
      const k = styleKey(style);
      let end = c;
      while (end + 1 < row.length && styleKey(cellOf(row[end + 1])?.style) === k) end++;
      if (k) {
        const id = `${c}:${end}:${k}`;
        seen.add(id);
        const run = open.get(id);
        if (run && run.r1 === r - 1) run.r1 = r;
        else {
          if (run) done.push(run);
          open.set(id, { r0: r, c0: c, r1: r, c1: end, style: style! });
        }
      }
      c = end + 1;
    }
    for (const [id, run] of open) {
      if (seen.has(id)) continue;
      done.push(run);
      open.delete(id);
    }
  }
  return done;
}
