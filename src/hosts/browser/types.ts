/** The browser host's interface, apart from its implementation (so the UI can use it without the file libraries). */
import type { CellContext, LocalFiles, TemplateKind, ProgressFn, WorkbookHost, WriteSheetsOptions, WriteSheetsReport } from '../host';
import type { OutSheet } from '../../core';

export type { TemplateKind };

export interface BrowserHost extends WorkbookHost, LocalFiles {
  readonly kind: 'browser';
  /** The host itself: the files opened in the page are its workbooks. */
  readonly files: LocalFiles;
  /** The sheets as one downloaded .xlsx (`opts.fileName`, default 省级汇总.xlsx). */
  writeSheets(sheets: OutSheet[], opts?: WriteSheetsOptions, onProgress?: ProgressFn): Promise<WriteSheetsReport>;
  download(fileName: string, bytes: Uint8Array, mime?: string): Promise<void>;
  cellContext(file: string, sheet: string, cell: string, radius?: number): CellContext | null;
  cellContextAsync(file: string, sheet: string, cell: string, radius?: number): Promise<CellContext | null>;
}

export function isBrowserHost(h: WorkbookHost): h is BrowserHost {
  return h.kind === 'browser' && typeof (h as BrowserHost).addFiles === 'function';
}

