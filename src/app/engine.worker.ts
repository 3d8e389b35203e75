/**
 * The engine's worker: reads workbook bytes into grids and reviews grids, off the pane's thread, so the pane
 * answers clicks (取消) while a large plan is reviewed. Loaded by src/app/engineWorker.ts; answers
 * src/app/engineProtocol.ts messages one at a time.
 */
import { readWorkbookBytes } from '../hosts/files/read';
import { reviewWorkbook } from '../core';
import { runCe } from './ceRun';
import type { WorkbookGrid } from '../core';
import { slimReview, toWire, type EngineRequest, type EngineResponse } from './engineProtocol';

interface WorkerScope {
  onmessage: ((e: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
}

const scope = self as unknown as WorkerScope;

/** Grids read here, by number: the pane reviews them by number (the page keeps its own copy too). */
const grids = new Map<number, WorkbookGrid>();
let nextGrid = 1;

scope.onmessage = (e) => {
  const req = e.data;
  try {
    if (req.op === 'read') {
      const grid = readWorkbookBytes(req.bytes, req.name);
      const gridId = nextGrid++;
      grids.set(gridId, grid);
      scope.postMessage({ id: req.id, ok: true, file: grid.file, sheetsJson: JSON.stringify(grid.sheets), gridId });
    } else if (req.op === 'ce') {
      const list = req.grids.map((g) => (g.gridId !== undefined ? grids.get(g.gridId) : g.grid));
      if (list.some((g) => !g)) throw new Error('后台审核线程没有这个工作簿，请重新统计');
      scope.postMessage({ id: req.id, ok: true, ceJson: JSON.stringify(runCe(list as WorkbookGrid[], req.options)) });
    } else {
      const grid = req.gridId !== undefined ? grids.get(req.gridId) : req.grid;
      if (!grid) throw new Error('后台审核线程没有这个工作簿，请重新审核');
      scope.postMessage({ id: req.id, ok: true, reviewJson: JSON.stringify(slimReview(reviewWorkbook(grid, req.options))) });
    }
  } catch (err) {
    scope.postMessage({ id: req.id, ok: false, error: toWire(err) });
  }
};
