/**
 * Reads the open workbook into grids through WPS's synchronous object model, in blocks:
 *   - per sheet: Name, Visible, UsedRange (Row, Column, Rows.Count, Columns.Count);
 *   - per row block (≤ BLOCK_CELLS cells): one `Range(…).Value2` (a 2-D array);
 *   - number formats only where numbers are (dates are serial numbers in Value2): one `NumberFormat`
 *     for the block, which the object model answers with one format or null when formats differ; on
 *     null, one per column over its numeric cells, halved only where a column's formats differ;
 *   - merged areas: the object model has no "list merged areas" call, so they are found from the
 *     values (a merged area's cells other than its top-left are empty): each column's empty runs
 *     with a value above are guessed as vertical areas and confirmed a whole chain at a time
 *     (`MergeCells` true on the chain, false beside it); anything else is searched by halving with
 *     `MergeCells` and read exactly with `MergeArea.Address()`.
 * The number of calls grows with blocks, columns and format/merge boundaries, not with cells.
 */
import type { Cell, MergeArea, SheetGrid, WorkbookGrid } from '../../core';
import { a1, newGridRow } from '../../core';
import { isDateFormat } from '../files/read/numfmt';
import type { ProgressFn } from '../host';
import { parseAreasAddress, rectToA1 } from '../common/addresses';
import { XL_SHEET_VISIBLE, type WpsRange, type WpsValue, type WpsWorkbook, type WpsWorksheet } from './om';

/** Cells per Value2 block: large enough that a 2 000-row list takes a handful of calls, small enough to keep each transfer modest. */
export const BLOCK_CELLS = 20_000;

export interface WpsReadOptions {
  sheets?: string[];
  /** Sheets the add-in keeps for itself (never read). */
  skip?: (name: string) => boolean;
  onProgress?: ProgressFn;
  blockCells?: number;
}

interface Used {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

/** `$A$1:$C$3` or `A1:C3` → rectangle (0-based). */
export function rectOfAddress(address: string): MergeArea | null {
  return parseAreasAddress(address)[0] ?? null;
}

function rangeOf(ws: WpsWorksheet, r0: number, c0: number, r1: number, c1: number): WpsRange {
  return ws.Range(rectToA1({ r0, c0, r1, c1 }));
}

/** Value2 of a range as rows × cols (one cell answers a scalar). */
export function values2D(v: WpsValue | WpsValue[][], rows: number, cols: number): WpsValue[][] {
  if (Array.isArray(v)) return v;
  const out: WpsValue[][] = Array.from({ length: rows }, () => new Array<WpsValue>(cols).fill(undefined));
  if (rows > 0 && cols > 0) out[0][0] = v;
  return out;
}

export function readWorkbook(wb: WpsWorkbook, opts: WpsReadOptions = {}): WorkbookGrid {
  const progress = opts.onProgress ?? (() => undefined);
  const blockCells = opts.blockCells ?? BLOCK_CELLS;
  progress({ fraction: null, step: '读取工作表列表…' });
  const sheets = wb.Worksheets;
  const n = sheets.Count;
  const grids: SheetGrid[] = [];
  const todo: { ws: WpsWorksheet; grid: SheetGrid; used: Used }[] = [];
  for (let i = 1; i <= n; i++) {
    const ws = sheets.Item(i);
    const name = ws.Name;
    if (opts.skip?.(name)) continue;
    const grid: SheetGrid = { name, cells: newGridRow(), merges: [] };
    if (ws.Visible !== XL_SHEET_VISIBLE) grid.hidden = true;
    grids.push(grid);
    if (opts.sheets && !opts.sheets.includes(name)) continue;
    const ur = ws.UsedRange;
    const used = { r0: ur.Row - 1, c0: ur.Column - 1, rows: ur.Rows.Count, cols: ur.Columns.Count };
    todo.push({ ws, grid, used });
  }
  const total = todo.reduce((s, t) => s + t.used.rows * t.used.cols, 0);
  let done = 0;
  for (const { ws, grid, used } of todo) {
    progress({ fraction: total ? done / total : null, step: `读取工作表“${grid.name}”…` });
    readSheet(ws, grid, used, blockCells);
    done += used.rows * used.cols;
  }
  progress({ fraction: 1, step: '读取完成' });
  return { file: wb.Name, sheets: grids };
}

function readSheet(ws: WpsWorksheet, grid: SheetGrid, u: Used, blockCells: number): void {
  const blockRows = Math.max(1, Math.floor(blockCells / Math.max(1, u.cols)));
  // All values of the used range, [row - r0][col - c0].
  const vals: WpsValue[][] = [];
  for (let r = u.r0; r < u.r0 + u.rows; r += blockRows) {
    const rows = Math.min(blockRows, u.r0 + u.rows - r);
    const range = rangeOf(ws, r, u.c0, r + rows - 1, u.c0 + u.cols - 1);
    const block = values2D(range.Value2, rows, u.cols);
    const fmts = blockFormats(ws, range, block, r, u.c0);
    for (let i = 0; i < rows; i++) {
      const vr = block[i] ?? [];
      vals.push(vr);
      let row: (Cell | undefined)[] | undefined;
      for (let j = 0; j < u.cols; j++) {
        const cell = toCell(vr[j], fmts(i, j));
        if (!cell) continue;
        if (!row) row = grid.cells[r + i] ??= newGridRow();
        row[u.c0 + j] = cell;
      }
    }
  }
  grid.cells.length = Math.max(grid.cells.length, u.r0 + u.rows);
  grid.merges = findMerges(ws, vals, u);
}

/** One value as Value2 gave it (+ its number format when a number) → grid cell; undefined when empty. */
export function toCell(v: WpsValue, fmt: string | undefined): Cell | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') {
    const c: Cell = { v };
    if (fmt && fmt !== 'General' && fmt !== 'G/通用格式') c.fmt = fmt;
    if (fmt && isDateFormat(fmt)) c.date = true;
    return c;
  }
  if (typeof v === 'boolean') return { v };
  return { v: String(v) };
}

/** Number formats of a block's numeric cells: (i, j) → format. */
function blockFormats(ws: WpsWorksheet, range: WpsRange, block: WpsValue[][], r0: number, c0: number): (i: number, j: number) => string | undefined {
  const numericRows: number[][] = [];
  let any = false;
  block.forEach((vr, i) =>
    vr.forEach((v, j) => {
      if (typeof v !== 'number') return;
      (numericRows[j] ??= []).push(i);
      any = true;
    }),
  );
  if (!any) return () => undefined;
  const whole = range.NumberFormat;
  if (typeof whole === 'string') return () => whole;
  const byCell = new Map<number, string>();
  const cols = block[0]?.length ?? 0;
  const put = (i: number, j: number, f: string) => byCell.set(i * cols + j, f);
  numericRows.forEach((rows, j) => {
    if (!rows) return;
    // Halve the column's numeric rows until each span has one format.
    const spans: [number, number][] = [[0, rows.length - 1]];
    while (spans.length) {
      const [a, b] = spans.pop()!;
      const f = rangeOf(ws, r0 + rows[a], c0 + j, r0 + rows[b], c0 + j).NumberFormat;
      if (typeof f === 'string' || a === b) {
        for (let k = a; k <= b; k++) put(rows[k], j, f ?? 'General');
        continue;
      }
      const mid = (a + b) >> 1;
      spans.push([a, mid], [mid + 1, b]);
    }
  });
  return (i, j) => byCell.get(i * cols + j);
}

const isEmpty = (v: WpsValue) => v === undefined || v === null || v === '';

/** Merged areas of the used range (see the file comment). */
export function findMerges(ws: WpsWorksheet, vals: WpsValue[][], u: Used): MergeArea[] {
  const found = new Map<string, MergeArea>();
  const covered = new Set<string>();
  const add = (m: MergeArea) => {
    const k = `${m.r0},${m.c0},${m.r1},${m.c1}`;
    if (found.has(k)) return;
    found.set(k, m);
    for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) covered.add(`${r},${c}`);
  };
  const valueAt = (r: number, c: number) => vals[r - u.r0]?.[c - u.c0];
  const merged = (r0: number, c0: number, r1: number, c1: number) => rangeOf(ws, r0, c0, r1, c1).MergeCells;
  const areaAt = (r: number, c: number) => rectOfAddress(ws.Range(a1(r, c)).MergeArea.Address());

  /** Exact search of rows a..b in column c by halving (a loop: a column may hold thousands of areas). */
  const scan = (c: number, a: number, b: number): void => {
    const todo: [number, number][] = [[a, b]];
    while (todo.length) {
      let [x, y] = todo.pop()!;
      while (x <= y && covered.has(`${x},${c}`)) x++;
      while (y >= x && covered.has(`${y},${c}`)) y--;
      if (x > y) continue;
      const m = merged(x, c, y, c);
      if (m === false) continue;
      if (m === true || x === y) {
        const area = areaAt(x, c);
        if (area && (area.r0 !== area.r1 || area.c0 !== area.c1)) add(area);
        todo.push([(area ? Math.max(area.r1, x) : x) + 1, y]);
        continue;
      }
      const mid = (x + y) >> 1;
      todo.push([mid + 1, y], [x, mid]);
    }
  };

  type Guess = { r0: number; r1: number };
  /** Confirms a chain of adjacent vertical guesses in column c at once, or halves it. */
  const confirm = (c: number, chain: Guess[]): void => {
    const top = chain[0].r0;
    const bottom = chain[chain.length - 1].r1;
    const m = merged(top, c, bottom, c);
    if (m === false) return;
    if (m === null) {
      if (chain.length === 1) return scan(c, top, bottom);
      const mid = chain.length >> 1;
      confirm(c, chain.slice(0, mid));
      confirm(c, chain.slice(mid));
      return;
    }
    // Every cell of the chain is merged. Nothing merged beside it means the areas are vertical and
    // stay in this column; each starts at its value (only a top-left cell holds one) and, for two
    // cells, ends where the next value starts.
    const side = (cc: number) => cc < 0 || cc > 16383 || merged(top, cc, bottom, cc) === false;
    if (!side(c - 1) || !side(c + 1)) {
      for (const g of chain) scan(c, g.r0, g.r1);
      return;
    }
    for (const g of chain) {
      if (g.r1 - g.r0 === 1) add({ r0: g.r0, c0: c, r1: g.r1, c1: c });
      else scan(c, g.r0, g.r1); // an empty cell inside could start an area of its own
    }
  };

  for (let c = u.c0; c < u.c0 + u.cols; c++) {
    const guesses: Guess[] = [];
    const orphans: [number, number][] = [];
    let r = u.r0;
    const end = u.r0 + u.rows;
    while (r < end) {
      if (!isEmpty(valueAt(r, c))) {
        r++;
        continue;
      }
      const a = r;
      while (r < end && isEmpty(valueAt(r, c))) r++;
      const b = r - 1;
      if (a > u.r0 && !isEmpty(valueAt(a - 1, c)) && b < end - 1) guesses.push({ r0: a - 1, r1: b });
      else orphans.push([a, b]);
    }
    let chain: Guess[] = [];
    const flush = () => {
      if (chain.length) confirm(c, chain);
      chain = [];
    };
    for (const g of guesses) {
      if (chain.length && chain[chain.length - 1].r1 + 1 !== g.r0) flush();
      chain.push(g);
    }
    flush();
    for (const [a, b] of orphans) scan(c, a, b);
  }
  return [...found.values()].sort((x, y) => x.r0 - y.r0 || x.c0 - y.c0);
}
