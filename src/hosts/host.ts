/**
 * What the task pane needs from wherever the workbook lives: Excel (src/hosts/excel, via Office.js)
 * or the browser mode (src/hosts/browser, .xlsx files opened in the page). The UI talks only to this.
 */
import type { WorkbookGrid } from '../core/grid';
import type { Finding } from '../core/model/findings';
import type { SheetKind } from '../core/model/records';

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
  readonly kind: 'excel' | 'browser';
  capabilities(): Promise<HostCapabilities>;
  /** Reads every sheet (values, number formats, merged areas) into grids; one workbook in Excel, one or many files in the browser. */
  readWorkbooks(onProgress?: ProgressFn): Promise<WorkbookGrid[]>;
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
  insertTemplate(kind: 'demand-form' | 'demand-list' | 'schedule' | 'participants' | 'standards'): Promise<void>;
  /** Calls back (debounced by the caller) when cells change; returns an unsubscribe function. */
  onChange?(cb: (sheet: string) => void): Promise<() => void>;
  /** Browser mode: download the marked copies. */
  downloadMarked?(findings: Finding[]): Promise<void>;
}

export type { SheetKind };
