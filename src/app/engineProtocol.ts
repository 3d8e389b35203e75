/**
 * The messages between the pane and its engine worker (src/app/engine.worker.ts): the pane asks, the worker
 * answers the same id. File bytes are transferred (not copied); grids and reviews are structured clones.
 * The worker keeps each grid it read under a number (`gridId`), so a review of it sends the number, not the
 * grid again; and it answers a review with the parsed workbook's heavy lists (schedule rows, participants,
 * CE rows, notes) left out: the pane shows findings, projects and the sheets' recognition, and the
 * cross-file check needs only the projects. Copying 150 000 schedule rows back froze the page for seconds.
 * A grid read comes back as JSON text (one string copies at once) that the page parses only when it looks at
 * the cells (定位's neighbourhood, the 继续教育 tally): a review by number never does; cloning a
 * 10 000-project plan's 1.2 million cell objects took the page's thread 1.7 s. Reviews come back as JSON text
 * too (JSON.parse of the findings is quicker than cloning them object by object).
 */
import type { WorkbookGrid } from '../core';
import type { ReviewOptions, WorkbookReview } from '../core';
import type { CeRunOptions } from './ceRun';

export type EngineRequest =
  | { id: number; op: 'read'; bytes: Uint8Array; name: string }
  | { id: number; op: 'review'; grid?: WorkbookGrid; gridId?: number; options: ReviewOptions }
  /** The 继续教育 tally of several grids, each by number when the worker read it, else whole. */
  | { id: number; op: 'ce'; grids: { grid?: WorkbookGrid; gridId?: number }[]; options: CeRunOptions };

/** An error as it crosses the thread: the message, and the file reader's reason (Chinese) and kind when it has them. */
export interface WireError {
  message: string;
  reason?: string;
  kind?: string;
  file?: string;
}

export type EngineResponse =
  | { id: number; ok: true; file?: string; sheetsJson?: string; gridId?: number; reviewJson?: string; ceJson?: string }
  | { id: number; ok: false; error: WireError };

export function toWire(e: unknown): WireError {
  const x = (e ?? {}) as { message?: unknown; reason?: unknown; kind?: unknown; file?: unknown };
  const out: WireError = { message: typeof x.message === 'string' ? x.message : String(e) };
  if (typeof x.reason === 'string') out.reason = x.reason;
  if (typeof x.kind === 'string') out.kind = x.kind;
  if (typeof x.file === 'string') out.file = x.file;
  return out;
}

/** The error again on the pane's side, with the same reason/kind/file properties the callers look at. */
export function fromWire(w: WireError): Error {
  return Object.assign(new Error(w.message), w.reason !== undefined ? { reason: w.reason } : {}, w.kind !== undefined ? { kind: w.kind } : {}, w.file !== undefined ? { file: w.file } : {});
}

/** A review as the pane receives it: the parsed workbook without the lists the pane never shows. */
export function slimReview(r: WorkbookReview): WorkbookReview {
  const p = r.parsed;
  return {
    ...r,
    parsed: { ...p, schedules: [], participants: [], ce: [], ceFunds: [], notes: [], problems: [] },
  };
}

/** A grid whose sheets are parsed from `sheetsJson` when first read (then kept). */
export function lazyGrid(file: string, sheetsJson: string): WorkbookGrid {
  let sheets: WorkbookGrid['sheets'] | null = null;
  const grid = { file } as WorkbookGrid;
  Object.defineProperty(grid, 'sheets', {
    enumerable: true,
    configurable: true,
    get: () => (sheets ??= JSON.parse(sheetsJson) as WorkbookGrid['sheets']),
    set: (v: WorkbookGrid['sheets']) => {
      sheets = v;
    },
  });
  return grid;
}
