/**
 * The messages between the pane and its engine worker (src/app/engine.worker.ts): the pane asks, the worker
 * answers the same id. File bytes are transferred (not copied); grids and reviews are structured clones.
 * The worker keeps each grid it read under a number (`gridId`), so a review of it sends the number, not the
 * grid again; and it answers a review with the parsed workbook's heavy lists (schedule rows, participants,
 * CE rows, notes) left out: the pane shows findings, projects and the sheets' recognition, and the
 * cross-file check needs only the projects. Copying 150 000 schedule rows back froze the page for seconds.
 *
 * What comes back large comes back as UTF-8 JSON in transferred buffers (`Uint8Array`s whose buffers move to
 * the page without a copy), so receiving a message costs the page nothing (a 60 MB string took it 110 ms to
 * receive, a review's 200 ms); the page decodes them where and when it needs them:
 *  - a grid's sheets when the page first looks at the cells (定位's neighbourhood): a review by number never does;
 *  - a review's findings and projects in parts of about PART_CHARS characters (`packList`), each decoded and parsed in a
 *    task of its own with a pause between (`unpackList`): a 10 000-project plan's ~100 000 findings parsed at
 *    once held the page's thread for half a second.
 */
import type { WorkbookGrid } from '../core';
import type { CellContext } from '../hosts/host';
import type { ReviewOptions, WorkbookReview } from '../core';
import type { CeRunOptions } from './ceRun';
import type { FileSource, FileSourceMeta, SummaryPolicy } from './mergeFile';
import type { MergeOptions, MergeResult, MergeSource, OutSheet } from '../core';

export type EngineRequest =
  | { id: number; op: 'read'; bytes: Uint8Array; name: string }
  | ({ id: number; op: 'review'; options: ReviewOptions } & GridRef)
  /** The 继续教育 tally of several grids. */
  | { id: number; op: 'ce'; grids: GridRef[]; options: CeRunOptions }
  /** One file of the 合并汇总 tab: read, reviewed and prepared for the merge (src/app/mergeFile.ts); its grid is not kept. */
  | { id: number; op: 'source'; bytes: Uint8Array; name: string; meta: FileSourceMeta; policy: SummaryPolicy; options: ReviewOptions }
  /** The window around a cell of a grid (定位 in browser mode), so the page need not parse the grid's cells. */
  | ({ id: number; op: 'cells'; sheet: string; cell: string; radius: number } & GridRef)
  /** The prepared sources merged and laid out as the three summary sheets (mergeToTables). */
  | { id: number; op: 'merge'; sources: MergeSource[]; options: MergeOptions };

/**
 * A grid as a request names it: by number when this worker read it; else as the sheets' UTF-8 JSON a former
 * worker sent (the worker parses it; after 取消 the page would otherwise parse 60 MB and clone the grid back); else whole.
 */
export type GridRef = { gridId: number; grid?: undefined; sheets?: undefined } | { sheets: Uint8Array; file: string; gridId?: undefined; grid?: undefined } | { grid: WorkbookGrid; gridId?: undefined; sheets?: undefined };

/** An error as it crosses the thread: the message, and the file reader's reason (Chinese) and kind when it has them. */
export interface WireError {
  message: string;
  reason?: string;
  kind?: string;
  file?: string;
}

/** A review in parts: the review without its long lists, and the lists (findings, projects, parsed projects) in parts. */
export interface WireReview {
  head: Uint8Array;
  findings: Uint8Array[];
  projects: Uint8Array[];
  parsedProjects: Uint8Array[];
}

export type EngineResponse =
  | { id: number; ok: true; file?: string; sheets?: Uint8Array; gridId?: number; review?: WireReview; ceJson?: string; context?: CellContext | null; source?: FileSource; merged?: { result: MergeResult; sheets: OutSheet[] } }
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

/**
 * The most text in one part of a long list: about a million characters decode and parse in 10–30 ms. Items vary
 * (a finding is ~400 characters, a parsed project ~3 000), so parts are cut by size, not by count.
 */
export const PART_CHARS = 1_000_000;

/** Text as UTF-8 bytes (a buffer to transfer). */
export function packText(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function unpackText(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** A list as JSON arrays of about `maxChars` characters (at least one item each), each part its own bytes. */
export function packList<T>(list: readonly T[], maxChars = PART_CHARS): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let items: string[] = [];
  let chars = 0;
  const flush = () => {
    parts.push(packText(`[${items.join(',')}]`));
    items = [];
    chars = 0;
  };
  for (const item of list) {
    const json = JSON.stringify(item) ?? 'null';
    if (items.length > 0 && chars + json.length > maxChars) flush();
    items.push(json);
    chars += json.length + 1;
  }
  if (items.length > 0) flush();
  return parts;
}

/** The list again, one part per task: `pause` between parts lets the page answer clicks and paint. */
export async function unpackList<T>(parts: readonly Uint8Array[], pause: () => Promise<void>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) await pause();
    const part = JSON.parse(unpackText(parts[i])) as T[];
    for (let k = 0; k < part.length; k++) out.push(part[k]);
  }
  return out;
}

/** A review as it crosses the thread (slimReview first): the long lists in parts. */
export function packReview(r: WorkbookReview): WireReview {
  const head = { ...r, findings: [], projects: [], parsed: { ...r.parsed, projects: [] } };
  return { head: packText(JSON.stringify(head)), findings: packList(r.findings), projects: packList(r.projects), parsedProjects: packList(r.parsed.projects) };
}

/** The buffers of a packed review, to transfer. */
export function reviewBuffers(w: WireReview): ArrayBuffer[] {
  return [w.head, ...w.findings, ...w.projects, ...w.parsedProjects].map((b) => b.buffer as ArrayBuffer);
}

/** The review again on the page, its long lists parsed part by part with `pause` between. */
export async function unpackReview(w: WireReview, pause: () => Promise<void>): Promise<WorkbookReview> {
  const r = JSON.parse(unpackText(w.head)) as WorkbookReview;
  r.findings = await unpackList(w.findings, pause);
  await pause();
  r.projects = await unpackList(w.projects, pause);
  await pause();
  r.parsed.projects = await unpackList(w.parsedProjects, pause);
  return r;
}

/** Lets the page's thread answer input and paint before going on. */
export function pauseTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The sheets' UTF-8 JSON of grids made by lazyGrid (while their sheets are not replaced). */
const packedSheets = new WeakMap<WorkbookGrid, Uint8Array>();

export function packedSheetsOf(grid: WorkbookGrid): Uint8Array | undefined {
  return packedSheets.get(grid);
}

/** A grid whose sheets are parsed from their UTF-8 JSON when first read (then kept). */
export function lazyGrid(file: string, sheetsJson: Uint8Array): WorkbookGrid {
  let sheets: WorkbookGrid['sheets'] | null = null;
  const grid = { file } as WorkbookGrid;
  packedSheets.set(grid, sheetsJson);
  Object.defineProperty(grid, 'sheets', {
    enumerable: true,
    configurable: true,
    get: () => (sheets ??= JSON.parse(unpackText(sheetsJson)) as WorkbookGrid['sheets']),
    set: (v: WorkbookGrid['sheets']) => {
      sheets = v;
      packedSheets.delete(grid);
    },
  });
  return grid;
}
