/**
 * The messages between the pane and its engine worker (src/app/engine.worker.ts): the pane asks, the worker
 * answers the same id. File bytes are transferred (not copied); grids and reviews are structured clones.
 */
import type { WorkbookGrid } from '../core/grid';
import type { ReviewOptions, WorkbookReview } from '../core/api';

export type EngineRequest =
  | { id: number; op: 'read'; bytes: Uint8Array; name: string }
  | { id: number; op: 'review'; grid: WorkbookGrid; options: ReviewOptions };

/** An error as it crosses the thread: the message, and the file reader's reason (Chinese) and kind when it has them. */
export interface WireError {
  message: string;
  reason?: string;
  kind?: string;
  file?: string;
}

export type EngineResponse =
  | { id: number; ok: true; grid?: WorkbookGrid; review?: WorkbookReview }
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
