/**
 * The engine's worker: reads workbook bytes into grids and reviews grids, off the pane's thread, so the pane
 * answers clicks (取消) while a large plan is reviewed. Loaded by src/app/engineWorker.ts; answers
 * src/app/engineProtocol.ts messages one at a time.
 */
import { readWorkbookBytes } from '../hosts/files/read';
import { reviewWorkbook } from '../core/review';
import { toWire, type EngineRequest, type EngineResponse } from './engineProtocol';

interface WorkerScope {
  onmessage: ((e: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const req = e.data;
  try {
    if (req.op === 'read') scope.postMessage({ id: req.id, ok: true, grid: readWorkbookBytes(req.bytes, req.name) });
    else scope.postMessage({ id: req.id, ok: true, review: reviewWorkbook(req.grid, req.options) });
  } catch (err) {
    scope.postMessage({ id: req.id, ok: false, error: toWire(err) });
  }
};
