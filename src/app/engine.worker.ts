/**
 * The engine's worker: reads workbook bytes into grids, reviews grids, tallies CE hours and prepares the
 * 合并汇总 tab's files for the merge, off the pane's thread, so the pane
 * answers clicks (取消) while a large plan is reviewed. Loaded by src/app/engineWorker.ts; answers
 * src/app/engineProtocol.ts messages one at a time.
 */
import { readWorkbookBytes } from '../hosts/files/read';
import { reviewWorkbook } from '../core';
import { runCe } from './ceRun';
import { fileSource } from './mergeFile';
import { firstCellOf, mergeToTables, type WorkbookGrid } from '../core';
import { cellWindow } from '../hosts/browser/cellWindow';
import { packReview, packText, reviewBuffers, slimReview, toWire, unpackText, type GridRef, type EngineRequest, type EngineResponse } from './engineProtocol';

interface WorkerScope {
  onmessage: ((e: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

/** Grids read here, by number: the pane reviews them by number (the page keeps its own copy too). */
const grids = new Map<number, WorkbookGrid>();
let nextGrid = 1;

/** The grid a request names; one sent as JSON is kept under a new number (returned) for the next request. */
function gridOf(ref: GridRef): { grid: WorkbookGrid | undefined; newId?: number } {
  if (ref.gridId !== undefined) return { grid: grids.get(ref.gridId) };
  if (ref.sheets !== undefined) {
    const grid: WorkbookGrid = { file: ref.file, sheets: JSON.parse(unpackText(ref.sheets)) as WorkbookGrid['sheets'] };
    const newId = nextGrid++;
    grids.set(newId, grid);
    return { grid, newId };
  }
  return { grid: ref.grid };
}

scope.onmessage = (e) => {
  const req = e.data;
  try {
    if (req.op === 'read') {
      const grid = readWorkbookBytes(req.bytes, req.name);
      const gridId = nextGrid++;
      grids.set(gridId, grid);
      const sheets = packText(JSON.stringify(grid.sheets));
      scope.postMessage({ id: req.id, ok: true, file: grid.file, sheets, gridId }, [sheets.buffer]);
    } else if (req.op === 'source') {
      const source = fileSource(req.name, req.meta, req.policy, {
        read: () => readWorkbookBytes(req.bytes, req.name),
        review: (grid) => reviewWorkbook(grid, req.options),
      });
      scope.postMessage({ id: req.id, ok: true, source });
    } else if (req.op === 'merge') {
      scope.postMessage({ id: req.id, ok: true, merged: mergeToTables(req.sources, req.options) });
    } else if (req.op === 'cells') {
      const { grid, newId } = gridOf(req);
      const sheet = grid?.sheets.find((s) => s.name === req.sheet);
      const at = firstCellOf(req.cell);
      scope.postMessage({ id: req.id, ok: true, context: sheet && at ? cellWindow(sheet, at.row, at.col, req.radius) : null, gridId: newId });
    } else if (req.op === 'ce') {
      const list = req.grids.map((g) => gridOf(g).grid);
      if (list.some((g) => !g)) throw new Error('后台审核线程没有这个工作簿，请重新统计');
      scope.postMessage({ id: req.id, ok: true, ceJson: JSON.stringify(runCe(list as WorkbookGrid[], req.options)) });
    } else {
      const { grid, newId } = gridOf(req);
      if (!grid) throw new Error('后台审核线程没有这个工作簿，请重新审核');
      const review = packReview(slimReview(reviewWorkbook(grid, req.options)));
      scope.postMessage({ id: req.id, ok: true, review, gridId: newId }, reviewBuffers(review));
    }
  } catch (err) {
    scope.postMessage({ id: req.id, ok: false, error: toWire(err) });
  }
};
