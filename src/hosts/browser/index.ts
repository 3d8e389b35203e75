/**
 * Browser mode: the task pane outside Office. The reviewer opens .xlsx/.xls/.csv files in the page; they
 * are read with the browser-safe file reader, reviewed, and the marked copies downloaded. Nothing leaves
 * the machine: no request is made, files are read from the <input type=file> and saved as blob downloads.
 * Settings (packs, parameters, suppressions) are kept in localStorage, since there is no workbook to hold them.
 */
import type { WorkbookGrid } from '../../core';
import { unreadableFileFinding, type Finding } from '../../core';
import { firstCellOf } from '../../core';
import { cellWindow } from './cellWindow';
import type { CellContext, HostCapabilities, ProgressFn, WriteSheetsOptions, WriteSheetsReport } from '../host';
import type { OutSheet } from '../../core';
import { outSheetsToXlsx } from '../files/write/outSheets';
import { readWorkbookBytes } from '../files/read';
import { gridToXlsx, markWorkbookCopy } from '../files/write/mark';
import { templateWorkbook } from '../../core';
import { writeXlsx } from '../files/write/xlsx';
import { zipEntries } from '../files/write/zip';
import type { BrowserHost, TemplateKind } from './types';

export { isBrowserHost, type BrowserHost, type TemplateKind } from './types';
export { outSheetsToXlsx } from '../files/write/outSheets';

export const TEMPLATE_FILE_NAMES: Record<TemplateKind, string> = {
  'demand-form': '需求表（表单式）.xlsx',
  'demand-list': '需求表（列表式）.xlsx',
  schedule: '日程表.xlsx',
  participants: '人员名单.xlsx',
  standards: '费用标准.xlsx',
};

const SETTINGS_KEY = 'peixun.settings.v1';
/** The download holding several marked copies. */
export const MARKED_ZIP = '已审核的副本.zip';

export { cellWindow } from './cellWindow';

/** What the browser host uses from the outside world; tests replace some of it. */
export interface BrowserDeps {
  read(bytes: Uint8Array, fileName: string): WorkbookGrid;
  /** The same off the page's thread (the page's worker), when there is one; preferred over `read`. */
  readAsync?(bytes: Uint8Array, fileName: string): Promise<WorkbookGrid>;
  /** The window around a cell of a grid readAsync returned, from the worker (PageServices.cellContext). */
  contextAsync?(grid: WorkbookGrid, sheet: string, cell: string, radius: number): Promise<CellContext | null>;
  mark(originalBytes: Uint8Array, findings: Finding[], opts: { includeInfo: boolean }): Uint8Array;
  gridToXlsx(grid: WorkbookGrid): Uint8Array;
  template(kind: TemplateKind): Uint8Array;
  /** Offers bytes as a download (src/app/hosts.ts gives the page's blob link). */
  save(fileName: string, bytes: Uint8Array, mime?: string): void;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
}

export interface OpenFile {
  name: string;
  bytes: Uint8Array;
  grid?: WorkbookGrid;
  /** Why the file could not be read (→ C-UNREADABLE). */
  error?: string;
}

function localStore(): BrowserDeps['storage'] {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : null;
  } catch {
    return null; // blocked (file://, privacy settings)
  }
}

export const defaultBrowserDeps = (): BrowserDeps => ({
  read: readWorkbookBytes,
  mark: markWorkbookCopy,
  gridToXlsx,
  template: (kind) => writeXlsx(templateWorkbook(kind)),
  save: () => {
    throw new Error('这个页面不能下载文件。');
  },
  storage: localStore(),
});

function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b; // PK zip
}

/** `计划.xls` → `计划（已审核）.xlsx`. */
export function markedName(file: string): string {
  return `${file.replace(/\.(xlsx|xls|csv)$/i, '')}（已审核）.xlsx`;
}

export function createBrowserHost(overrides: Partial<BrowserDeps> = {}): BrowserHost {
  const deps: BrowserDeps = { ...defaultBrowserDeps(), ...overrides };
  let files: OpenFile[] = [];
  let marked: Finding[] = [];
  let includeInfo = false;

  const host: BrowserHost = {
    kind: 'browser',

    get files() {
      return host;
    },

    async capabilities(): Promise<HostCapabilities> {
      // Marks and notes go into the downloaded copy; drop-downs come with the downloaded templates.
      return { cellMarks: true, cellNotes: true, dataValidation: true, charts: false, changeEvents: false, notice: '' };
    },

    addFiles(added) {
      for (const f of added) {
        files = files.filter((x) => x.name !== f.name);
        files.push({ name: f.name, bytes: f.bytes });
      }
    },

    removeFile(name) {
      files = files.filter((f) => f.name !== name);
    },

    fileNames() {
      return files.map((f) => f.name);
    },

    unreadable() {
      return files.filter((f) => f.error !== undefined).map((f) => unreadableFileFinding(f.name, f.error!));
    },

    async readWorkbooks(onProgress?: ProgressFn) {
      const grids: WorkbookGrid[] = [];
      for (let i = 0; i < files.length; i++) {
        const f = files[i];
        onProgress?.({ fraction: i / files.length, step: `正在读取 ${f.name}（${i + 1}/${files.length}）…` });
        if (!f.grid && f.error === undefined) {
          try {
            f.grid = deps.readAsync ? await deps.readAsync(f.bytes, f.name) : deps.read(f.bytes, f.name);
          } catch (e) {
            // 取消 stops the reading; the file is not unreadable, it is read again next time.
            if ((e as { name?: unknown } | null)?.name === 'CancelledError') throw e;
            f.error = (e as { reason?: string }).reason ?? (e as Error).message ?? String(e);
          }
        }
        if (f.grid) grids.push(f.grid);
      }
      onProgress?.({ fraction: 1, step: '' });
      return grids;
    },

    async applyMarks(findings, opts) {
      // The marks go into the copies made by downloadMarked; nothing to change in the page.
      marked = findings;
      includeInfo = opts.includeInfo;
    },

    async clearMarks() {
      marked = [];
    },

    async selectCell() {
      // No spreadsheet to scroll in the browser: the pane highlights the finding itself.
    },

    async loadSettings() {
      const text = deps.storage?.getItem(SETTINGS_KEY);
      if (!text) return null;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return null;
      }
    },

    async saveSettings(settings: unknown) {
      deps.storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
    },

    async insertTemplate(kind) {
      deps.save(TEMPLATE_FILE_NAMES[kind], deps.template(kind));
    },

    async writeSheets(sheets: OutSheet[], opts: WriteSheetsOptions = {}): Promise<WriteSheetsReport> {
      // No workbook is open in the page: the sheets go into one downloaded workbook (charts are Excel's).
      const fileName = opts.fileName ?? '省级汇总.xlsx';
      deps.save(fileName, outSheetsToXlsx(sheets));
      const cells = sheets.reduce((n, s) => n + s.rows.reduce((k, r) => k + (r ?? []).filter((v) => v !== null && v !== '').length, 0), 0);
      return { sheets: sheets.map((s) => s.name), cells, notices: opts.chart ? ['浏览器模式下载的工作簿不含图表；在 Excel 中合并可得到按国家（地区）的图表。'] : [] };
    },

    async download(fileName: string, bytes: Uint8Array, mime?: string) {
      deps.save(fileName, bytes, mime);
    },

    cellContext(file, sheet, cell, radius = 3) {
      const grid = files.find((f) => f.name === file)?.grid;
      const s = grid?.sheets.find((x) => x.name === sheet);
      const at = firstCellOf(cell);
      if (!s || !at) return null;
      return cellWindow(s, at.row, at.col, radius);
    },

    async cellContextAsync(file, sheet, cell, radius = 3) {
      const grid = files.find((f) => f.name === file)?.grid;
      if (!grid) return null;
      return deps.contextAsync ? deps.contextAsync(grid, sheet, cell, radius) : host.cellContext(file, sheet, cell, radius);
    },

    async downloadMarked(findings: Finding[] = marked) {
      const used = new Set<string>();
      const copies: [string, Uint8Array][] = [];
      for (const f of files) {
        if (!f.grid) continue;
        const mine = findings.filter((x) => x.file === f.name);
        const base = isXlsx(f.bytes) ? f.bytes : deps.gridToXlsx(f.grid);
        // 计划.xlsx and 计划.csv opened together must not download under one name.
        let name = markedName(f.name);
        for (let n = 2; used.has(name); n++) name = markedName(f.name).replace(/\.xlsx$/, `（${n}）.xlsx`);
        used.add(name);
        copies.push([name, deps.mark(base, mine, { includeInfo })]);
      }
      // One copy downloads as itself; several as one .zip (browsers ask about, or block, a burst of downloads).
      if (copies.length === 1) deps.save(copies[0][0], copies[0][1]);
      else if (copies.length > 1) deps.save(MARKED_ZIP, zipEntries(copies, 0), 'application/zip');
    },
  };
  return host;
}
