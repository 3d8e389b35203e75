/** The browser host's interface, apart from its implementation (so the UI can use it without the file libraries). */
import type { Finding } from '../../core/model/findings';
import type { ProgressFn, WorkbookHost, WriteSheetsOptions, WriteSheetsReport } from '../host';
import type { OutSheet } from '../../core/merge/types';

export type TemplateKind = Parameters<WorkbookHost['insertTemplate']>[0];

export interface BrowserHost extends WorkbookHost {
  readonly kind: 'browser';
  /** Adds files (a file with the same name replaces the earlier one). */
  addFiles(files: { name: string; bytes: Uint8Array }[]): void;
  removeFile(name: string): void;
  fileNames(): string[];
  /** C-UNREADABLE findings for files that could not be read by the last readWorkbooks. */
  unreadable(): Finding[];
  downloadMarked(findings: Finding[]): Promise<void>;
  /** The sheets as one downloaded .xlsx (`opts.fileName`, default 省级汇总.xlsx). */
  writeSheets(sheets: OutSheet[], opts?: WriteSheetsOptions, onProgress?: ProgressFn): Promise<WriteSheetsReport>;
  download(fileName: string, bytes: Uint8Array, mime?: string): Promise<void>;
}

export function isBrowserHost(h: WorkbookHost): h is BrowserHost {
  return h.kind === 'browser' && typeof (h as BrowserHost).addFiles === 'function';
}

