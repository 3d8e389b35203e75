/**
 * The host port: what the task pane and the ribbon need from wherever the workbook lives — Excel
 * (src/hosts/excel, via Office.js), the browser mode (src/hosts/browser, .xlsx files opened in the page),
 * or another spreadsheet host. The UI talks only to this; it never asks which host it has, only whether
 * an optional capability (`files`, `download`, `writeSheets`, `onChange`) is there. Hosts are chosen in
 * one place, src/app/hosts.ts, from the `HostEntry` each host folder exports.
 */
import type { WorkbookGrid } from '../core';
import type { Finding } from '../core';
import type { SheetKind } from '../core';
import type { OutSheet } from '../core';
import type { ChartSpec as SheetChart } from '../core';

export interface Progress {
  /** 0..1, or null when unknown. */
  fraction: number | null;
  /** Chinese text of the current step. */
  step: string;
}

export type ProgressFn = (p: Progress) => void;

/** What the host can do on this Excel version (requirement sets detected at run time). */
export interface HostCapabilities {
  /** Marks on cells (conditional formats / fills). */
  cellMarks: boolean;
  /** Notes or comments on cells. */
  cellNotes: boolean;
  dataValidation: boolean;
  charts: boolean;
  changeEvents: boolean;
  /** Human-readable notice of what falls back on this version (Chinese), '' when all works. */
  notice: string;
}

export interface WorkbookHost {
  /** The host's name ('excel', 'browser', …) for diagnostics; behaviour follows capabilities, never this. */
  readonly kind: string;
  capabilities(): Promise<HostCapabilities>;
  /**
   * Reads every sheet (values, number formats, merged areas) into grids; one workbook in Excel, one or many files in the browser.
   * `opts.sheets` (Excel): read only these sheets (others appear in the grid empty); the browser host reads its files whole.
   */
  readWorkbooks(onProgress?: ProgressFn, opts?: ReadWorkbookOptions): Promise<WorkbookGrid[]>;
  /** Replaces earlier marks with these (error red, warning amber, info only if asked) and writes the 审核结果 sheet. Never changes a value. */
  applyMarks(findings: Finding[], opts: { includeInfo: boolean }, onProgress?: ProgressFn): Promise<void>;
  /** Removes every mark, note and the 审核结果 sheet, leaving the workbook as it was. */
  clearMarks(): Promise<void>;
  /** Selects (and scrolls to) a cell. */
  selectCell(file: string, sheet: string, cell: string): Promise<void>;
  /** Settings stored in the workbook (validated with zod by the caller); null when none. */
  loadSettings(): Promise<unknown | null>;
  saveSettings(settings: unknown): Promise<void>;
  /** Inserts a blank standard form as a new sheet. */
  insertTemplate(kind: TemplateKind): Promise<void>;
  /** Calls back (debounced by the caller) when cells change; returns an unsubscribe function. */
  onChange?(cb: (sheet: string) => void): Promise<() => void>;
  /**
   * Present where the workbooks are files the reviewer opens in the pane (browser mode) rather than the
   * workbook open in the application: the pane then shows a file picker and offers marked copies as downloads.
   */
  readonly files?: LocalFiles;
  /**
   * Writes sheets of plain values (the merge's 省级汇总 / 单位汇总 / 导入记录, exported 需求表): in Excel into the open
   * workbook, replacing sheets of the same names (text never becomes a formula); in the browser as one downloaded
   * workbook named `opts.fileName`. A chart (Excel only) is drawn from `opts.chart`.
   */
  writeSheets?(sheets: OutSheet[], opts?: WriteSheetsOptions, onProgress?: ProgressFn): Promise<WriteSheetsReport>;
  /** Offers bytes as a file download (browser mode; in Excel only where the pane's web view allows downloads). */
  download?(fileName: string, bytes: Uint8Array, mime?: string): Promise<void>;
}

/** The standard forms a host can insert (or, in browser mode, download). */
export type TemplateKind = 'demand-form' | 'demand-list' | 'schedule' | 'participants' | 'standards';

/** Files opened in the pane (the `files` capability). */
export interface LocalFiles {
  /** Adds files (a file with the same name replaces the earlier one). */
  addFiles(files: { name: string; bytes: Uint8Array }[]): void;
  removeFile(name: string): void;
  fileNames(): string[];
  /** C-UNREADABLE findings for files that could not be read by the last readWorkbooks. */
  unreadable(): Finding[];
  /** Downloads a marked copy of each file (several files: one .zip of the copies). */
  downloadMarked(findings: Finding[]): Promise<void>;
  /**
   * The sheet around a cell as it was read (what 定位 shows where there is no spreadsheet to scroll): up to
   * `radius` rows and columns each side; null when the file, sheet or cell is not known.
   */
  cellContext?(file: string, sheet: string, cell: string, radius?: number): CellContext | null;
  /** The same, asked of the engine's worker where the page has one (a large file's cells are never parsed on the page). */
  cellContextAsync?(file: string, sheet: string, cell: string, radius?: number): Promise<CellContext | null>;
}

/** A small read-only window of a sheet around one cell (values as text). */
export interface CellContext {
  sheet: string;
  /** The cell, A1. */
  cell: string;
  /** 0-based row and column of the window's top-left cell. */
  top: number;
  left: number;
  /** Cell texts, rows × columns of the window. */
  rows: string[][];
  /** The cell's place within `rows` (0-based). */
  at: { row: number; col: number };
}

/** An error of the host application's own API (e.g. an OfficeExtension.Error), as the pane reports it. */
export interface HostError {
  code: string;
  message: string;
  /** Where in the host's API it happened (debug info), when known. */
  where?: string;
}

/** What the page the pane runs in offers every host (src/app provides it; hosts do not reach for it). */
export interface PageServices {
  /** Offers bytes as a file download (a blob link; no request leaves the machine). */
  save(fileName: string, bytes: Uint8Array, mime?: string): void;
  /**
   * Reads file bytes into a grid off the page's thread (a Web Worker), when the page has one; hosts that read
   * files use it instead of reading on the page. Rejects like the file reader (a `reason`), or with an error
   * named `CancelledError` when the reviewer pressed 取消.
   */
  readWorkbook?(bytes: Uint8Array, fileName: string): Promise<WorkbookGrid>;
  /**
   * The window around a cell of a grid readWorkbook returned, from the worker: the page would otherwise parse the
   * whole grid's cells (60 MB of JSON for a 10 000-project plan, 0.7 s on its thread) on the first 定位.
   */
  cellContext?(grid: WorkbookGrid, sheet: string, cell: string, radius: number): Promise<CellContext | null>;
}

/**
 * How a host is found and what it knows of its surroundings. Each folder under src/hosts/ exports one;
 * src/app/hosts.ts lists them in the order they are tried.
 */
export interface HostEntry {
  readonly name: string;
  /** True when the pane runs inside this host (may wait, boundedly, for the host's API to load). */
  detect(): Promise<boolean>;
  create(page: PageServices): WorkbookHost;
  /** The application's display language (e.g. 'zh-CN', 'en-US'), null when unknown. */
  displayLanguage(): string | null;
  /** Recognises this host API's own errors; null for anything else. */
  recogniseError?(e: unknown): HostError | null;
  /**
   * Hosts whose ribbon calls function commands by name (src/ribbon): makes each command callable by the host,
   * reporting a failure through `onError` and completing the host's event whatever happens; returns the handlers.
   */
  registerCommands?(commands: Record<string, () => Promise<void>>, onError: (e: unknown) => void): Record<string, CommandHandler>;
}

/** A ribbon function command as the host calls it, with an event to complete. */
export type CommandHandler = (event: { completed(): void }) => Promise<void>;

export interface ReadWorkbookOptions {
  /** Only these sheet names (exact); absent: every sheet. */
  sheets?: string[];
}

/** A sheet's chart (the report model's ChartSpec) and the sheet it goes on (one of the written sheets). */
export interface ChartSpec extends SheetChart {
  sheet: string;
}

export interface WriteSheetsOptions {
  /** Browser mode: the downloaded file's name. */
  fileName?: string;
  chart?: ChartSpec;
  /** The sheet to show when done (Excel). */
  activate?: string;
}

export interface WriteSheetsReport {
  /** Names written (in Excel: the sheets now in the workbook; in the browser: the sheets of the downloaded file). */
  sheets: string[];
  /** Cell values written. */
  cells: number;
  /** The chart's data range (A1, on `chart.sheet`) when a chart was added. */
  chartSource?: string;
  /** Chinese notes on what was left out (e.g. the chart on an Excel without charts). */
  notices: string[];
}

export type { SheetKind };
