/**
 * The engine off the pane's thread: reading and reviewing go to a Web Worker (src/app/engine.worker.ts) so the
 * pane keeps answering clicks; `cancel()` terminates the worker at once (the work in progress rejects with
 * a CancelledError) and the next request starts a fresh one. Where there is no Worker (jsdom, old web
 * views) the base engine runs on the page, as before.
 */
import type { WorkbookGrid } from '../core';
import type { ReviewOptions, WorkbookReview } from '../core';
import type { Engine } from './engine';
import type { CellContext } from '../hosts/host';
import type { CeRun, CeRunOptions } from './ceRun';
import type { FileSource, FileSourceMeta, SummaryPolicy } from './mergeFile';
import type { MergeOptions, MergeResult, MergeSource, OutSheet } from '../core';
import { fromWire, lazyGrid, packedSheetsOf, pauseTask, unpackReview, type EngineRequest, type EngineResponse, type GridRef } from './engineProtocol';

/** Thrown by work stopped with 取消. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function isCancelled(e: unknown): boolean {
  return e instanceof CancelledError || (e as { name?: unknown } | null)?.name === 'CancelledError';
}

/** What the client needs of a Worker (tests pass a fake). */
export interface WorkerLike {
  onmessage: ((e: MessageEvent<EngineResponse>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(message: EngineRequest, transfer: Transferable[]): void;
  terminate(): void;
}

/** A request before it has its id. */
type Unsent = EngineRequest extends infer R ? (R extends EngineRequest ? Omit<R, 'id'> : never) : never;

type Pending = { resolve(r: EngineResponse & { ok: true }): void; reject(e: unknown): void };

export interface EngineWorker {
  read(bytes: Uint8Array, name: string): Promise<WorkbookGrid>;
  review(grid: WorkbookGrid, options: ReviewOptions): Promise<WorkbookReview>;
  /** The window around a cell of a grid (定位 in browser mode); null when the sheet or cell is not there. */
  context(grid: WorkbookGrid, sheet: string, cell: string, radius: number): Promise<CellContext | null>;
  /** The 继续教育 tally (src/app/ceRun.ts) of these grids. */
  ce(grids: WorkbookGrid[], options: CeRunOptions): Promise<CeRun>;
  /** One 合并汇总 file read, reviewed and prepared for the merge (src/app/mergeFile.ts). */
  source(bytes: Uint8Array, name: string, meta: FileSourceMeta, policy: SummaryPolicy, options: ReviewOptions): Promise<FileSource>;
  /** The prepared sources merged into the three summary sheets (mergeToTables). */
  merge(sources: MergeSource[], options: MergeOptions): Promise<{ result: MergeResult; sheets: OutSheet[] }>;
  /** Stops everything in progress: pending requests reject with a CancelledError. */
  cancel(): void;
}

export function engineWorker(spawn: () => WorkerLike): EngineWorker {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  // Grids this worker read, and their numbers there: a review sends the number. A new worker has none.
  let known = new WeakMap<WorkbookGrid, number>();
  const pending = new Map<number, Pending>();

  const failAll = (e: unknown) => {
    const all = [...pending.values()];
    pending.clear();
    for (const p of all) p.reject(e);
  };

  const get = (): WorkerLike => {
    if (worker) return worker;
    const w = spawn();
    w.onmessage = (e) => {
      const res = e.data;
      const p = pending.get(res.id);
      if (!p) return;
      pending.delete(res.id);
      if (res.ok) p.resolve(res);
      else p.reject(fromWire(res.error));
    };
    w.onerror = (e) => {
      // A worker that cannot load or crashed: fail what waits on it, start afresh next time.
      e.preventDefault?.();
      w.terminate();
      if (worker === w) {
        worker = null;
        known = new WeakMap();
      }
      failAll(new Error(e.message || '后台审核线程出错'));
    };
    worker = w;
    return w;
  };

  /** How a request names a grid: its number in this worker; else its sheets' JSON (a copy, transferred); else whole. */
  const refOf = (grid: WorkbookGrid): { ref: GridRef; transfer: Transferable[] } => {
    const gridId = worker ? known.get(grid) : undefined;
    if (gridId !== undefined) return { ref: { gridId }, transfer: [] };
    const packed = packedSheetsOf(grid);
    if (packed) {
      const sheets = packed.slice();
      return { ref: { sheets, file: grid.file }, transfer: [sheets.buffer] };
    }
    return { ref: { grid }, transfer: [] };
  };

  const ask = (req: Unsent, transfer: Transferable[] = []) =>
    new Promise<EngineResponse & { ok: true }>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      try {
        get().postMessage({ ...req, id } as EngineRequest, transfer);
      } catch (e) {
        pending.delete(id);
        reject(e);
      }
    });

  return {
    async read(bytes, name) {
      // A copy goes over and is transferred, so the file's own bytes stay usable on the page (marked copies).
      const copy = bytes.slice();
      const res = await ask({ op: 'read', bytes: copy, name }, [copy.buffer]);
      const grid = lazyGrid(res.file ?? name, res.sheets ?? new TextEncoder().encode('[]'));
      if (res.gridId !== undefined) known.set(grid, res.gridId);
      return grid;
    },
    async review(grid, options) {
      const { ref, transfer } = refOf(grid);
      const res = await ask({ op: 'review', ...ref, options }, transfer);
      if (res.gridId !== undefined) known.set(grid, res.gridId);
      if (!res.review) throw new Error('后台审核线程没有返回审核结果');
      // part by part, so the page answers clicks (取消) and paints while a large review arrives
      return unpackReview(res.review, pauseTask);
    },
    async context(grid, sheet, cell, radius) {
      const { ref, transfer } = refOf(grid);
      const res = await ask({ op: 'cells', ...ref, sheet, cell, radius }, transfer);
      if (res.gridId !== undefined) known.set(grid, res.gridId);
      return res.context ?? null;
    },
    async ce(grids, options) {
      const refs = grids.map(refOf);
      const res = await ask({ op: 'ce', grids: refs.map((r) => r.ref), options }, refs.flatMap((r) => r.transfer));
      return JSON.parse(res.ceJson ?? 'null') as CeRun;
    },
    async source(bytes, name, meta, policy, options) {
      const copy = bytes.slice();
      const res = await ask({ op: 'source', bytes: copy, name, meta, policy, options }, [copy.buffer]);
      return res.source ?? { source: null };
    },
    async merge(sources, options) {
      const res = await ask({ op: 'merge', sources, options });
      if (!res.merged) throw new Error('后台审核线程没有返回合并结果');
      return res.merged;
    },
    cancel() {
      if (worker) {
        worker.terminate();
        worker = null;
        known = new WeakMap();
      }
      failAll(new CancelledError());
    },
  };
}

/** The base engine with reviews in the worker: `reviewAsync` and `cancel` added, the rest unchanged. */
export function withWorker(base: Engine, w: EngineWorker): Engine {
  return {
    ...base,
    reviewAsync: (grid, options) => w.review(grid, options),
    ceAsync: (grids, options) => w.ce(grids, options),
    sourceAsync: (file, meta, policy, options) => w.source(file.bytes, file.name, meta, policy, options),
    mergeAsync: (sources, options) => w.merge(sources, options),
    cancel: () => w.cancel(),
  };
}
