/**
 * Which merged area covers a cell, at a cost in proportion to what the sheet holds, not to the
 * area a merge claims: areas are clipped to the used range (rows × columns that hold cells), small
 * ones are expanded cell by cell (the common header merges: one array lookup), large ones are
 * kept in buckets of 1 024 rows and tested by their bounds (where areas overlap, in a damaged file,
 * which one is returned is not defined). A merge over the whole sheet — even
 * beside a far cell at XFD1048576 — costs about a thousand bucket entries, not 17 billion cells.
 */
import type { MergeArea } from './grid';

/** Areas of at most this many cells (after clipping) are expanded cell by cell. */
const EXPAND_CELLS = 256;
const BLOCK_SHIFT = 10;

export class MergeIndex {
  /** small[row][col], rows without small merges left out. */
  private readonly small: (MergeArea | undefined)[][] = [];
  /** Large areas by row block (row >> BLOCK_SHIFT). */
  private readonly large: (MergeArea[] | undefined)[] = [];
  readonly size: number = 0;

  /** `rows` × `cols`: the used range (rowCount / colCount); areas beyond it are cut to it. */
  constructor(merges: readonly MergeArea[], rows: number, cols: number) {
    let n = 0;
    for (const m of merges) {
      if (!(m.r1 >= m.r0 && m.c1 >= m.c0 && m.r0 >= 0 && m.c0 >= 0)) continue;
      const r1 = Math.min(m.r1, Math.max(m.r0, rows - 1));
      const c1 = Math.min(m.c1, Math.max(m.c0, cols - 1));
      n++;
      if ((r1 - m.r0 + 1) * (c1 - m.c0 + 1) <= EXPAND_CELLS) {
        for (let r = m.r0; r <= r1; r++) {
          const row = this.small[r] ?? (this.small[r] = []);
          for (let c = m.c0; c <= c1; c++) row[c] = m;
        }
      } else {
        for (let b = m.r0 >> BLOCK_SHIFT, last = r1 >> BLOCK_SHIFT; b <= last; b++) (this.large[b] ?? (this.large[b] = [])).push(m);
      }
    }
    this.size = n;
  }

  /** The merged area covering (row, col), if any. */
  at(row: number, col: number): MergeArea | undefined {
    const r = this.small[row];
    const hit = r === undefined ? undefined : r[col];
    if (hit !== undefined) return hit;
    const list = this.large[row >> BLOCK_SHIFT];
    if (list === undefined) return undefined;
    for (let i = 0; i < list.length; i++) {
      const m = list[i];
      if (row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1) return m;
    }
    return undefined;
  }
}
