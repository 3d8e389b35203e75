/**
 * The WPS host: the WorkbookHost of src/hosts/host.ts inside WPS 表格, as a WPS 加载项 (jsaddons).
 * This folder is the only place that touches WPS's object model (om.ts); `createWpsHost` is the one
 * entry, given the Application object (`window.Application` in the add-in's pages, or the fake in
 * tests and the bench). The object model is synchronous; the port's methods stay async.
 */
import type { Finding } from '../../core';
import type { WorkbookGrid } from '../../core';
import { decodeStoredSettings, encodeSettingsForStore } from '../../core';
import { templateWorkbook } from '../../core';
import type { OutBook, OutSheet } from '../../core';
import type { HostCapabilities, ProgressFn, ReadWorkbookOptions, WorkbookHost, WriteSheetsOptions, WriteSheetsReport } from '../host';
import { parseRect, rectToA1 } from '../common/addresses';
import { RESULT_SHEET, applyMarks, clearMarks, type WpsMarkReport } from './marks';
import type { WpsApplication, WpsRange, WpsWorkbook, WpsWorksheet } from './om';
import { readWorkbook } from './read';
import { STORE_SHEET, readStore, writeStore } from './store';
import { insertOutBook, writeOutSheets } from './write';

export { STORE_SHEET } from './store';
export { RECORD_KEY } from './marks';
export type { WpsApplication } from './om';

/** Where the review settings live (a key of the store sheet, store.ts). */
export const SETTINGS_KEY = 'peixun.settings';

export type TemplateKind = Parameters<WorkbookHost['insertTemplate']>[0];

export interface WpsHostOptions {
  /** WPS's Application object (default: `window.Application`, present in a WPS 加载项's pages). */
  app?: WpsApplication;
  templates?: (kind: TemplateKind) => OutBook;
  save?: (fileName: string, bytes: Uint8Array, mime?: string) => void;
}

export interface WpsHost extends WorkbookHost {
  readonly kind: 'wps';
  writeSheets(sheets: OutSheet[], opts?: WriteSheetsOptions, onProgress?: ProgressFn): Promise<WriteSheetsReport>;
  download(fileName: string, bytes: Uint8Array, mime?: string): Promise<void>;
  lastMarkReport(): WpsMarkReport | null;
  lastInsertNotices(): string[];
}

/** `window.Application` when running inside WPS (the add-in's page), else null. */
export function wpsApplication(): WpsApplication | null {
  const g = globalThis as unknown as { Application?: WpsApplication; wps?: { EtApplication?: () => WpsApplication } };
  if (g.Application && typeof g.Application === 'object' && 'ActiveWorkbook' in g.Application) return g.Application;
  try {
    return g.wps?.EtApplication?.() ?? null;
  } catch {
    return null;
  }
}

/** An object-model failure as one Chinese line naming what was being done (keeps the cause). */
export function wpsError(action: string, e: unknown): Error {
  const msg = e instanceof Error ? e.message : String(e);
  const out = new Error(`WPS 表格拒绝了操作：${action}。${msg}`);
  (out as Error & { cause?: unknown }).cause = e;
  return out;
}

const isOwnSheet = (name: string) => name === STORE_SHEET || name === RESULT_SHEET || name.startsWith(`${RESULT_SHEET} (`);

export function createWpsHost(options: WpsHostOptions = {}): WpsHost {
  const app = (): WpsApplication => {
    const a = options.app ?? wpsApplication();
    if (!a) throw new Error('未检测到 WPS 表格：请在 WPS 表格中通过“审核助手”选项卡打开审核面板。');
    return a;
  };
  const book = (): WpsWorkbook => {
    const wb = app().ActiveWorkbook;
    if (!wb) throw new Error('WPS 表格中没有打开的工作簿：请先打开要审核的工作簿。');
    return wb;
  };
  let busy = 0;
  let markReport: WpsMarkReport | null = null;
  let insertNotices: string[] = [];

  /** Runs object-model work: errors become one Chinese line; change events from it are ignored. */
  const run = async <T>(action: string, fn: () => T, writes = false): Promise<T> => {
    if (writes) busy++;
    try {
      return fn();
    } catch (e) {
      if (e instanceof Error && /^(WPS 表格|未检测到|找不到工作表|审核设置)/.test(e.message)) throw e;
      throw wpsError(action, e);
    } finally {
      if (writes) busy--;
    }
  };

  const host: WpsHost = {
    kind: 'wps',

    async capabilities(): Promise<HostCapabilities> {
      const a = app();
      return {
        cellMarks: true,
        cellNotes: true,
        dataValidation: true,
        charts: false,
        changeEvents: !!a.ApiEvent,
        notice: a.ApiEvent ? '' : '此 WPS 版本没有提供加载项事件（ApiEvent），不能实时检查。',
      };
    },

    async readWorkbooks(onProgress?: ProgressFn, opts?: ReadWorkbookOptions): Promise<WorkbookGrid[]> {
      const wb = book();
      return [await run('读取工作簿', () => readWorkbook(wb, { sheets: opts?.sheets, skip: (n) => n === STORE_SHEET, onProgress }))];
    },

    async applyMarks(findings: Finding[], opts: { includeInfo: boolean }, onProgress?: ProgressFn): Promise<void> {
      const wb = book();
      markReport = await run('标记审核结果', () => applyMarks(app(), wb, findings, { includeInfo: opts.includeInfo, onProgress }), true);
    },

    async clearMarks(): Promise<void> {
      const wb = book();
      await run('清除标记', () => clearMarks(app(), wb), true);
      markReport = null;
    },

    async selectCell(_file: string, sheet: string, cell: string): Promise<void> {
      const wb = book();
      await run(`选中 ${sheet}!${cell}`, () => {
        let ws: WpsWorksheet;
        try {
          ws = wb.Worksheets.Item(sheet);
        } catch {
          throw new Error(`找不到工作表“${sheet}”，可能已被重命名或删除。`);
        }
        ws.Activate();
        const r = parseRect(cell);
        if (r) ws.Range(rectToA1(r)).Select();
      });
    },

    async loadSettings(): Promise<unknown | null> {
      const wb = book();
      const raw = await run('读取审核设置', () => readStore(wb).get(SETTINGS_KEY));
      if (raw === undefined) return null;
      return decodeStoredSettings(raw);
    },

    async saveSettings(settings: unknown): Promise<void> {
      const json = encodeSettingsForStore(settings);
      const wb = book();
      await run('保存审核设置', () => writeStore(app(), wb, new Map([[SETTINGS_KEY, json]])), true);
    },

    async insertTemplate(kind: TemplateKind): Promise<void> {
      const wb = book();
      const forms = (options.templates ?? templateWorkbook)(kind);
      const r = await run('插入模板', () => insertOutBook(app(), wb, forms), true);
      insertNotices = r.notices;
    },

    async onChange(cb: (sheet: string) => void): Promise<() => void> {
      const events = app().ApiEvent;
      if (!events) throw new Error('此 WPS 版本没有提供加载项事件（ApiEvent），不能实时检查。');
      const handler = (sheet: WpsWorksheet, _target: WpsRange) => {
        if (busy > 0) return;
        let name = '';
        try {
          name = sheet.Name;
        } catch {
          return;
        }
        if (!name || isOwnSheet(name)) return;
        cb(name);
      };
      events.AddApiEventListener('SheetChange', handler);
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        events.RemoveApiEventListener('SheetChange', handler);
      };
    },

    async writeSheets(sheets: OutSheet[], opts: WriteSheetsOptions = {}, onProgress?: ProgressFn): Promise<WriteSheetsReport> {
      const wb = book();
      onProgress?.({ fraction: 0, step: `写入 ${sheets.map((s) => `“${s.name}”`).join('、')}…` });
      const r = await run(`写入工作表 ${sheets.map((s) => `“${s.name}”`).join('、')}`, () => writeOutSheets(app(), wb, sheets, opts.activate), true);
      onProgress?.({ fraction: 1, step: '' });
      const notices = [...r.notices];
      if (opts.chart || sheets.some((s) => s.chart)) notices.push('WPS 表格中暂不绘制图表；图表数据见写入的工作表。');
      return { sheets: r.sheets, cells: r.cells, notices };
    },

    async download(fileName: string, bytes: Uint8Array, mime?: string): Promise<void> {
      if (!options.save) throw new Error('此处不能下载文件：请在 WPS 表格的审核面板中操作。');
      options.save(fileName, bytes, mime);
    },

    lastMarkReport: () => markReport,
    lastInsertNotices: () => insertNotices,
  };
  return host;
}
