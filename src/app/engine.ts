/**
 * The task pane's view of the core: what it needs to review grids, show packs and their parameters,
 * and read/write the settings kept in the workbook. `coreEngine` (./coreEngine) is the real one; tests
 * may pass a small fake. The review loop shared by the task pane and the ribbon command is here too.
 */
import type { WorkbookGrid } from '../core';
import type { PackId, ReviewOptions, WorkbookReview } from '../core';
import type { Finding } from '../core';
import type { SheetKind } from '../core';
import type { ProgressFn, WorkbookHost } from '../hosts/host';
import { splitSuppressed, type Suppression } from './display';
import type { CeRun, CeRunOptions } from './ceRun';
import type { FileSource, FileSourceMeta, SummaryPolicy } from './mergeFile';
import type { MergeOptions, MergeResult, MergeSource, OutSheet } from '../core';

export type ParamValue = string | number | boolean | string[];

/** One parameter of a rule pack, from the pack's zod schema (data, not literals). */
export interface ParamSpec {
  pack: PackId;
  /** Key within the pack, e.g. `minStudyShare`; the override key is `${pack}.${key}`. */
  key: string;
  /** Shown to the reviewer (Chinese description from the pack, else the key). */
  label: string;
  defaultValue: ParamValue;
  /** How the editor shows it, from the pack's zod schema; absent: a text box. */
  kind?: ParamKind;
}

/**
 * A parameter's editor: `switch` (yes/no), `number` (with its unit), `date` (a date picker), `dates` and
 * `list` (chips, dates added with a date picker), `share` (2/3, 0.5), `monthDay` (11-30), `text`.
 */
export type ParamKind = 'switch' | 'number' | 'date' | 'dates' | 'list' | 'share' | 'monthDay' | 'text';

export interface PackInfo {
  id: PackId;
  /** RULES.md's name shown, e.g. `浙江省 浙外专发〔2017〕14号`. */
  name: string;
  params: ParamSpec[];
}

/** What the task pane keeps in the workbook (the core's WorkbookSettings, seen from the pane). */
export interface PaneSettings {
  packs: PackId[];
  params: Record<string, ParamValue>;
  suppressions: Suppression[];
  outstandingUnits: string[];
  sheetKinds: Record<string, SheetKind>;
  asOf?: string;
}

export const EMPTY_SETTINGS: PaneSettings = { packs: [], params: {}, suppressions: [], outstandingUnits: [], sheetKinds: {} };

export interface Engine {
  /** Packs in RULES.md order, `common` first. */
  packs: PackInfo[];
  review(grid: WorkbookGrid, options: ReviewOptions): WorkbookReview;
  /** The same review off the page's thread (src/app/engineWorker.ts); absent: `review` runs on the page. */
  reviewAsync?(grid: WorkbookGrid, options: ReviewOptions): Promise<WorkbookReview>;
  /** The 继续教育 tally off the page's thread; absent: src/app/ceRun.ts runs on the page. */
  ceAsync?(grids: WorkbookGrid[], options: CeRunOptions): Promise<CeRun>;
  /**
   * One 合并汇总 file read, reviewed and prepared for the merge off the page's thread (src/app/mergeFile.ts);
   * absent: the page does it (src/taskpane/merge.ts).
   */
  sourceAsync?(file: { name: string; bytes: Uint8Array }, meta: FileSourceMeta, policy: SummaryPolicy, options: ReviewOptions): Promise<FileSource>;
  /** The prepared sources merged into the summary sheets off the page's thread; absent: mergeToTables on the page. */
  mergeAsync?(sources: MergeSource[], options: MergeOptions): Promise<{ result: MergeResult; sheets: OutSheet[] }>;
  /** Stops the work in progress at once (the worker is ended); what waits on it rejects with a CancelledError. */
  cancel?(): void;
  /** Checks across workbooks after each was reviewed (C-DUPLICATE between files); adds to their findings. */
  crossCheck?(reviews: WorkbookReview[]): void;
  /** Validates settings read from the workbook (null → defaults). Throws with a Chinese message when invalid. */
  readSettings(raw: unknown | null): PaneSettings;
  /** The stored form of the settings (what host.saveSettings receives). */
  storeSettings(s: PaneSettings): unknown;
}

/** A run stopped with 取消 between workbooks (same name as the worker's CancelledError, so one check catches both). */
export class CancelledRun extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** Lets the browser paint between workbooks so the progress bar moves on long runs. */
function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface ReviewRun {
  reviews: WorkbookReview[];
  findings: Finding[];
  active: Finding[];
  suppressed: { finding: Finding; suppression: Suppression }[];
}

export interface RunLabels {
  read: string;
  review: (i: number, n: number) => string;
  mark: string;
}

/**
 * Reads every workbook from the host, reviews each, and marks the findings that are not suppressed.
 * `extraFindings` are added before marking (browser mode: files that could not be read).
 */
export async function reviewAll(
  host: WorkbookHost,
  engine: Engine,
  options: ReviewOptions,
  suppressions: Suppression[],
  opts: {
    includeInfo: boolean;
    labels: RunLabels;
    onProgress?: ProgressFn;
    extraFindings?: () => Finding[];
    /** Checked between workbooks (the worker's own work is stopped by engine.cancel). */
    signal?: { cancelled: boolean };
  },
): Promise<ReviewRun> {
  const progress = opts.onProgress ?? (() => undefined);
  progress({ fraction: 0, step: opts.labels.read });
  const grids = await host.readWorkbooks((p) => progress({ fraction: p.fraction === null ? null : p.fraction * 0.3, step: p.step }));
  const reviews: WorkbookReview[] = [];
  for (let i = 0; i < grids.length; i++) {
    progress({ fraction: 0.3 + (0.4 * i) / Math.max(1, grids.length), step: opts.labels.review(i + 1, grids.length) });
    await nextTick();
    if (opts.signal?.cancelled) throw new CancelledRun();
    reviews.push(engine.reviewAsync ? await engine.reviewAsync(grids[i], options) : engine.review(grids[i], options));
  }
  if (opts.signal?.cancelled) throw new CancelledRun();
  if (reviews.length > 1) engine.crossCheck?.(reviews);
  // A loop, not spreads: 100 000 findings spread into a call's arguments cost the page's thread a long task.
  const findings: Finding[] = opts.extraFindings?.() ?? [];
  for (const r of reviews) for (let i = 0; i < r.findings.length; i++) findings.push(r.findings[i]);
  await nextTick();
  const { active, suppressed } = splitSuppressed(findings, suppressions);
  progress({ fraction: 0.7, step: opts.labels.mark });
  await host.applyMarks(active, { includeInfo: opts.includeInfo }, (p) =>
    progress({ fraction: p.fraction === null ? null : 0.7 + p.fraction * 0.3, step: p.step }),
  );
  progress({ fraction: 1, step: '' });
  return { reviews, findings, active, suppressed };
}

/**
 * Review options from the pane's settings: typed parameter overrides only where they differ from the default.
 * `suggestWhenNone`: with no pack picked, review with the packs each workbook's content suggests (RULES.md, rule packs).
 */
export function optionsFrom(settings: PaneSettings, engine: Engine, opts: { suggestWhenNone?: boolean } = {}): ReviewOptions {
  const known = new Set(engine.packs.map((p) => p.id));
  const packs = settings.packs.filter((p) => p !== 'common' && known.has(p));
  return {
    packs,
    ...(opts.suggestWhenNone && packs.length === 0 ? { suggestPacks: true } : {}),
    asOf: settings.asOf,
    params: Object.keys(settings.params).length ? { ...settings.params } : undefined,
    sheetKinds: Object.keys(settings.sheetKinds).length ? { ...settings.sheetKinds } : undefined,
    outstandingUnits: settings.outstandingUnits.length ? [...settings.outstandingUnits] : undefined,
  };
}

/** Text shown in a parameter's input. */
export function paramText(v: ParamValue): string {
  return Array.isArray(v) ? v.join('、') : String(v);
}

/** A parameter's text typed by the reviewer → a value of the default's type; null when it cannot be read. */
export function parseParam(text: string, like: ParamValue): ParamValue | null {
  const t = text.trim();
  if (Array.isArray(like)) return t.split(/[、,，;；\s]+/).filter(Boolean);
  if (typeof like === 'boolean') {
    if (/^(true|是|1|yes)$/i.test(t)) return true;
    if (/^(false|否|0|no)$/i.test(t)) return false;
    return null;
  }
  if (typeof like === 'number') {
    const n = Number(t.normalize('NFKC'));
    return t !== '' && Number.isFinite(n) ? n : null;
  }
  if (t === '') return null;
  // Fractions such as 2/3 stay text (the core reads them exactly).
  if (/^\d+\s*\/\s*\d+$/.test(String(like))) return /^\d+(\.\d+)?(\s*\/\s*\d+(\.\d+)?)?$/.test(t) ? t.replace(/\s+/g, '') : null;
  return t;
}
