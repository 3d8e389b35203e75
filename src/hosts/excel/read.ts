/**
 * Reads the open workbook into grids with a number of `context.sync()` calls that does not grow
 * with the rows beyond chunking (Microsoft's large-range guidance):
 *   sync 1: the sheets (names, visibility) and the workbook name;
 *   sync 2: every sheet's used range (indexes only);
 *   then row blocks of the used ranges (values, number formats, value types, merged areas), several
 *   blocks per sync, each sync sized by cell count so its response stays far under 5 MB. The cell
 *   budget adapts to the bytes per cell actually seen (long texts → fewer cells per sync).
 */
import { newGridRow, type Cell, type MergeArea, type SheetGrid, type WorkbookGrid } from '../../core';
import { isDateFormat } from '../files/read/numfmt';
import type { ProgressFn } from '../host';
import { utf8Bytes } from './batcher';
import type { FeatureSet } from './capabilities';
import { parseAreasAddress } from '../common/addresses';
import { excelError } from './env';

export interface ReadOptions {
  features: FeatureSet;
  onProgress?: ProgressFn;
  /** Target response bytes per sync (default 2 MB; Excel's limit is 5 MB). */
  targetBytes?: number;
  /** Most rows in one block (default 500). */
  maxBlockRows?: number;
  /** Rows per merged-area request (default 100; Excel fails past 512 merged areas in one request). */
  mergeRows?: number;
  /** Read only the cells of these sheets (exact names); the others are in the grid, empty. */
  sheets?: string[];
}

export interface ReadResult {
  grid: WorkbookGrid;
  /** Chinese notes about what could not be read (e.g. merged areas on old Excel). */
  notices: string[];
}

/**
 * Before anything is seen, assume 400 bytes a cell (a typical form cell costs about 40 with its format
 * and type): the first sync reads 5 000 cells, later ones adapt to the bytes per cell seen. A sync
 * Excel still refuses for its size is planned again with a quarter of the cells.
 */
const INITIAL_BYTES_PER_CELL = 400;
const FLOOR_BYTES_PER_CELL = 20;
const MIN_CELLS_PER_SYNC = 200;
const MAX_CELLS_PER_SYNC = 250_000;

interface SheetPlan {
  name: string;
  hidden: boolean;
  ws: Excel.Worksheet;
  r0: number;
  c0: number;
  rows: number;
  cols: number;
  grid: SheetGrid;
  /** Row indexes (absolute) where one block ends and the next begins. */
  boundaries: Set<number>;
}

interface Block {
  plan: SheetPlan;
  row: number;
  rows: number;
  range: Excel.Range;
  merges: Excel.RangeAreas[];
}

export async function readWorkbook(ctx: Excel.RequestContext, opts: ReadOptions): Promise<ReadResult> {
  const targetBytes = opts.targetBytes ?? 2_000_000;
  const maxBlockRows = opts.maxBlockRows ?? 500;
  let mergeRows = opts.mergeRows ?? 100;
  let readMerges = opts.features.mergedAreas;
  const notices: string[] = [];
  if (!readMerges) notices.push('此 Excel 版本（低于 ExcelApi 1.13）不能读取合并单元格，已按没有合并单元格读取；合并的日期只在首行有值。');
  const progress = opts.onProgress ?? (() => undefined);

  progress({ fraction: null, step: '读取工作表列表…' });
  const wb = ctx.workbook;
  wb.load('name');
  const sheets = wb.worksheets;
  sheets.load('items/name,items/visibility');
  await syncOr(ctx, '读取工作表列表');

  // Sheets outside opts.sheets are not asked for their used range: they stay empty in the grid.
  const wanted = (ws: Excel.Worksheet) => !opts.sheets || opts.sheets.includes(ws.name);
  const used = sheets.items.map((ws) => {
    if (!wanted(ws)) return null;
    const r = ws.getUsedRangeOrNullObject(true);
    r.load('rowIndex,columnIndex,rowCount,columnCount');
    return r;
  });
  await syncOr(ctx, '读取各工作表的已用区域');

  const plans: SheetPlan[] = [];
  const grids: SheetGrid[] = [];
  sheets.items.forEach((ws, i) => {
    const hidden = ws.visibility !== 'Visible';
    const grid: SheetGrid = { name: ws.name, cells: newGridRow(), merges: [] };
    if (hidden) grid.hidden = true;
    grids.push(grid);
    const u = used[i];
    if (!u || u.isNullObject) return;
    plans.push({ name: ws.name, hidden, ws, r0: u.rowIndex, c0: u.columnIndex, rows: u.rowCount, cols: u.columnCount, grid, boundaries: new Set() });
  });

  const totalCells = plans.reduce((n, p) => n + p.rows * p.cols, 0);
  let doneCells = 0;
  let bytesPerCell = INITIAL_BYTES_PER_CELL;
  let pi = 0;
  let nextRow = plans.length ? plans[0].r0 : 0;

  while (pi < plans.length) {
    const start = { pi, nextRow };
    let blocks: Block[] = [];
    // Plan, queue and sync; on a payload error plan fewer cells, on a merged-area error (more than
    // 512 in one request) ask for smaller pieces, then for none.
    for (;;) {
      const budget = Math.max(MIN_CELLS_PER_SYNC, Math.min(MAX_CELLS_PER_SYNC, Math.floor(targetBytes / bytesPerCell)));
      ({ pi, nextRow } = start);
      const planned: { plan: SheetPlan; row: number; rows: number }[] = [];
      let cells = 0;
      while (pi < plans.length) {
        const p = plans[pi];
        const left = p.r0 + p.rows - nextRow;
        const fit = Math.floor((budget - cells) / p.cols);
        if (fit < 1 && cells > 0) break;
        const rows = Math.max(1, Math.min(left, fit, maxBlockRows));
        planned.push({ plan: p, row: nextRow, rows });
        cells += rows * p.cols;
        nextRow += rows;
        if (nextRow >= p.r0 + p.rows) {
          pi++;
          if (pi < plans.length) nextRow = plans[pi].r0;
        } else p.boundaries.add(nextRow);
      }
      progress({ fraction: totalCells ? doneCells / totalCells : null, step: `读取工作表“${planned[0].plan.name}”…` });
      blocks = planned.map(({ plan, row, rows }) => {
        const range = plan.ws.getRangeByIndexes(row, plan.c0, rows, plan.cols);
        range.load('values,numberFormat,valueTypes');
        const merges: Excel.RangeAreas[] = [];
        if (readMerges)
          for (let r = row; r < row + rows; r += mergeRows) {
            if (r > row) plan.boundaries.add(r);
            const m = plan.ws.getRangeByIndexes(r, plan.c0, Math.min(mergeRows, row + rows - r), plan.cols).getMergedAreasOrNullObject();
            m.load('address');
            merges.push(m);
          }
        return { plan, row, rows, range, merges };
      });
      try {
        await ctx.sync();
        break;
      } catch (e) {
        const text = `${(e as { code?: string }).code ?? ''} ${(e as Error).message ?? ''}`;
        if (/PayloadSizeLimit/i.test(text) && cells > MIN_CELLS_PER_SYNC) {
          bytesPerCell *= 4;
          continue;
        }
        if (!readMerges) throw excelError(`读取工作表“${planned[0].plan.name}”`, e);
        if (mergeRows > 10) mergeRows = 10;
        else {
          readMerges = false;
          notices.push('合并单元格过多，Excel 拒绝列出；其余部分按没有合并单元格读取。');
        }
      }
    }

    let seenBytes = 0;
    let seenCells = 0;
    for (const b of blocks) {
      const { bytes, cells: n } = fillBlock(b);
      seenBytes += bytes;
      seenCells += n;
      for (const m of b.merges) if (!m.isNullObject) b.plan.grid.merges.push(...parseAreasAddress(m.address));
    }
    doneCells += seenCells;
    if (seenCells > 0) bytesPerCell = Math.max(FLOOR_BYTES_PER_CELL, seenBytes / seenCells);
  }

  for (const p of plans) {
    p.grid.cells.length = Math.max(p.grid.cells.length, p.r0 + p.rows);
    const cells = p.grid.cells;
    p.grid.merges = joinMerges(p.grid.merges, p.boundaries, (r, c) => !cells[r]?.[c]);
  }
  progress({ fraction: 1, step: '读取完成' });
  return { grid: { file: wb.name, sheets: grids }, notices };
}

async function syncOr(ctx: Excel.RequestContext, action: string): Promise<void> {
  try {
    await ctx.sync();
  } catch (e) {
    throw excelError(action, e);
  }
}

/** Copies a loaded block into the grid; returns the JSON bytes it cost (for the adaptive budget). */
function fillBlock(b: Block): { bytes: number; cells: number } {
  const values = b.range.values as unknown[][];
  const formats = b.range.numberFormat as unknown[][];
  const types = b.range.valueTypes as unknown[][];
  const cells = b.plan.grid.cells;
  let bytes = 0;
  for (let i = 0; i < values.length; i++) {
    const vr = values[i];
    const fr = formats[i];
    const tr = types[i];
    let row: (Cell | undefined)[] | undefined;
    for (let j = 0; j < vr.length; j++) {
      const v = vr[j];
      const f = String(fr[j] ?? '');
      bytes += 14 + f.length + (typeof v === 'string' ? utf8Bytes(v) : 8);
      const cell = toCell(v, String(tr[j]), f);
      if (!cell) continue;
      if (!row) {
        row = cells[b.row + i] ?? newGridRow();
        cells[b.row + i] = row;
      }
      row[b.plan.c0 + j] = cell;
    }
  }
  return { bytes, cells: values.length * (values[0]?.length ?? 0) };
}

/** One Excel cell (value, value type, number format) → grid cell; undefined when empty. */
export function toCell(v: unknown, type: string, fmt: string): Cell | undefined {
  const withFmt = (c: Cell): Cell => {
    if (fmt && fmt !== 'General') c.fmt = fmt;
    return c;
  };
  switch (type) {
    case 'Empty':
      return undefined;
    case 'Error':
      return { v: null, err: String(v) };
    case 'Double':
    case 'Integer': {
      const c = withFmt({ v: Number(v) });
      if (isDateFormat(fmt)) c.date = true;
      return c;
    }
    case 'Boolean':
      return withFmt({ v: Boolean(v) });
    default: {
      if (v === '' || v === null || v === undefined) return undefined;
      if (typeof v === 'number') return toCell(v, 'Double', fmt);
      if (typeof v === 'boolean') return withFmt({ v });
      return withFmt({ v: String(v) });
    }
  }
}

/**
 * Merged areas come per request; an area crossing a request boundary may come whole from both
 * (dropped as a duplicate) or clipped to each (joined again here). A clipped continuation has an
 * empty top-left cell (only a merged area's first cell holds a value), so two real areas that merely
 * touch at a boundary — the second starting with its own value — stay apart.
 */
export function joinMerges(areas: MergeArea[], boundaries: Set<number>, isEmpty: (row: number, col: number) => boolean = () => true): MergeArea[] {
  const seen = new Map<string, MergeArea>();
  for (const a of areas) seen.set(`${a.r0},${a.c0},${a.r1},${a.c1}`, { ...a });
  const touches = (a: MergeArea) => {
    for (let r = a.r0; r <= a.r1 + 1; r++) if (boundaries.has(r)) return true;
    return false;
  };
  const free: MergeArea[] = [];
  let edge: MergeArea[] = [];
  for (const a of seen.values()) (touches(a) ? edge : free).push(a);
  // Drop areas contained in another (a whole area and its clipped piece): only near boundaries.
  edge = edge.filter((a) => !edge.some((b) => b !== a && b.r0 <= a.r0 && b.c0 <= a.c0 && b.r1 >= a.r1 && b.c1 >= a.c1));
  edge.sort((x, y) => x.c0 - y.c0 || x.c1 - y.c1 || x.r0 - y.r0);
  const out: MergeArea[] = [...free];
  let prev: MergeArea | undefined;
  for (const a of edge) {
    if (prev && prev.c0 === a.c0 && prev.c1 === a.c1 && prev.r1 + 1 === a.r0 && boundaries.has(a.r0) && isEmpty(a.r0, a.c0)) prev.r1 = a.r1;
    else {
      out.push(a);
      prev = a;
    }
  }
  return out.sort((x, y) => x.r0 - y.r0 || x.c0 - y.c0);
}
