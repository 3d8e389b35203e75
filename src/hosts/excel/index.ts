/**
 * The Excel host: the WorkbookHost of src/hosts/host.ts over Office.js. This folder is the only
 * place in the project that calls Office.js (through ExcelEnv, so tests and the bench run the same
 * code against test/support/fakeExcel.ts).
 */
import type { Finding } from '../../core';
import { decodeStoredSettings, encodeSettingsForStore } from '../../core';
import type { WorkbookGrid } from '../../core';
import type { OutBook } from '../files/write/xlsx';
import { templateWorkbook } from '../../core';
import type { HostCapabilities, ProgressFn, ReadWorkbookOptions, TemplateKind, WorkbookHost, WriteSheetsOptions, WriteSheetsReport } from '../host';
import type { OutSheet } from '../../core';
import { writeOutSheets } from './sheets';
import { detectCapabilities, type DetectedCapabilities } from './capabilities';
import { officeEnv, excelError, type ExcelEnv } from './env';
import { applyMarks, clearMarks, RESULT_SHEET, type MarkReport } from './marks';
import { readWorkbook } from './read';
import { insertOutBook } from './templates';
import { parseRect, rectToA1 } from '../common/addresses';
import type { SyncBudget } from './batcher';

export { CAPABILITY_TABLE, detectCapabilities } from './capabilities';
export type { MarkReport } from './marks';

/** Where the review settings live in the workbook (document settings of the add-in; see docs/EXCEL.md). */
export const SETTINGS_KEY = 'peixun.settings';
/** Document settings hold at most about 2 MB per add-in. */

export type { TemplateKind };

export interface ExcelHostOptions {
  /** Office.js (default) or a fake. */
  env?: ExcelEnv;
  /** The standard forms (default: the file host's templateWorkbook, so .xlsx templates and the add-in agree). */
  templates?: (kind: TemplateKind) => OutBook;
  /** Sync budget override (tests). */
  budget?: SyncBudget;
  /** Offers a download (src/app gives a blob link in the pane's web view); without it the host has no `download`. */
  save?: (fileName: string, bytes: Uint8Array, mime?: string) => void;
}

export interface ExcelHost extends WorkbookHost {
  readonly kind: 'excel';
  writeSheets(sheets: OutSheet[], opts?: WriteSheetsOptions, onProgress?: ProgressFn): Promise<WriteSheetsReport>;
  download?(fileName: string, bytes: Uint8Array, mime?: string): Promise<void>;
  /** What the last applyMarks did (cells, notes, skipped notes), for the task pane's status line. */
  lastMarkReport(): MarkReport | null;
  /** Chinese notes from the last read (e.g. merged areas not readable on this version). */
  lastReadNotices(): string[];
  /** Chinese notes from the last insertTemplate (drop-downs or instructions left out on old Excel). */
  lastInsertNotices(): string[];
}

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const env = options.env ?? officeEnv();
  const save = options.save;
  let detected: DetectedCapabilities | null = null;
  const caps = () => (detected ??= detectCapabilities((n, v) => env.isSetSupported(n, v)));
  let busy = 0;
  let markReport: MarkReport | null = null;
  let readNotices: string[] = [];
  let insertNotices: string[] = [];

  const requireExcel = () => {
    const c = caps();
    if (!c.features.read) throw new Error(c.host.notice);
    return c;
  };

  /** Runs a batch while suppressing change callbacks caused by the add-in's own writes. */
  const writing = async <T>(fn: () => Promise<T>): Promise<T> => {
    busy++;
    try {
      return await fn();
    } finally {
      busy--;
    }
  };

  const host: ExcelHost = {
    kind: 'excel',

    async capabilities(): Promise<HostCapabilities> {
      return caps().host;
    },

    async readWorkbooks(onProgress?: ProgressFn, opts?: ReadWorkbookOptions): Promise<WorkbookGrid[]> {
      const c = requireExcel();
      const r = await env.run((ctx) => readWorkbook(ctx, { features: c.features, onProgress, sheets: opts?.sheets }));
      readNotices = r.notices;
      return [r.grid];
    },

    async applyMarks(findings: Finding[], opts: { includeInfo: boolean }, onProgress?: ProgressFn): Promise<void> {
      const c = requireExcel();
      markReport = await writing(() =>
        env.run((ctx) => applyMarks(ctx, findings, { features: c.features, includeInfo: opts.includeInfo, onProgress, budget: options.budget })),
      );
    },

    async clearMarks(): Promise<void> {
      const c = requireExcel();
      await writing(() => env.run((ctx) => clearMarks(ctx, { features: c.features, budget: options.budget })));
      markReport = null;
    },

    async selectCell(_file: string, sheet: string, cell: string): Promise<void> {
      requireExcel();
      const r = parseRect(cell);
      await env.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(sheet);
        ws.load('name');
        await ctx.sync();
        if (ws.isNullObject) throw new Error(`找不到工作表“${sheet}”，可能已被重命名或删除。`);
        ws.activate();
        if (r) ws.getRange(rectToA1(r)).select();
        try {
          await ctx.sync();
        } catch (e) {
          throw excelError(`选中 ${sheet}!${cell}`, e);
        }
      });
    },

    async loadSettings(): Promise<unknown | null> {
      requireExcel();
      const raw = await env.run(async (ctx) => {
        const s = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        s.load('value');
        await ctx.sync();
        return s.isNullObject ? null : (s.value as unknown);
      });
      if (raw === null || raw === undefined) return null;
      return decodeStoredSettings(raw);
    },

    async saveSettings(settings: unknown): Promise<void> {
      requireExcel();
      const json = encodeSettingsForStore(settings);
      await writing(() =>
        env.run(async (ctx) => {
          ctx.workbook.settings.add(SETTINGS_KEY, json);
          try {
            await ctx.sync();
          } catch (e) {
            throw excelError('保存审核设置', e);
          }
        }),
      );
    },

    async insertTemplate(kind: TemplateKind): Promise<void> {
      const c = requireExcel();
      const book = (options.templates ?? templateWorkbook)(kind);
      const r = await writing(() => env.run((ctx) => insertOutBook(ctx, book, { features: c.features, budget: options.budget })));
      insertNotices = r.notices;
    },

    async onChange(cb: (sheet: string) => void): Promise<() => void> {
      const c = requireExcel();
      if (!c.features.sheetChangeEvents) throw new Error(c.host.notice || '此 Excel 版本不支持更改事件，不能实时检查。');
      const names = new Map<string, string>();
      const handler = async (ev: Excel.WorksheetChangedEventArgs) => {
        if (busy > 0) return;
        let name = names.get(ev.worksheetId);
        if (name === undefined) {
          // A sheet added after subscribing: look its name up once.
          name = await env.run(async (ctx) => {
            const ws = ctx.workbook.worksheets.getItemOrNullObject(ev.worksheetId);
            ws.load('name');
            await ctx.sync();
            return ws.isNullObject ? '' : ws.name;
          });
          if (name) names.set(ev.worksheetId, name);
        }
        if (!name || name === RESULT_SHEET || name.startsWith(`${RESULT_SHEET} (`)) return;
        cb(name);
      };
      const subscription = await env.run(async (ctx) => {
        const wsc = ctx.workbook.worksheets;
        wsc.load('items/name,items/id');
        await ctx.sync();
        for (const ws of wsc.items) names.set(ws.id, ws.name);
        const results = c.features.workbookChangeEvents ? [wsc.onChanged.add(handler)] : wsc.items.map((ws) => ws.onChanged.add(handler));
        await ctx.sync();
        return { context: ctx, results };
      });
      let active = true;
      // Returns the removal's promise too (callers may ignore it: the type is () => void).
      return () => {
        if (!active) return;
        active = false;
        return env
          .runIn(subscription.context, async (ctx) => {
            for (const r of subscription.results) r.remove();
            await ctx.sync();
          })
          .catch(() => undefined) as unknown as void;
      };
    },

    async writeSheets(sheets: OutSheet[], opts: WriteSheetsOptions = {}, onProgress?: ProgressFn): Promise<WriteSheetsReport> {
      requireExcel();
      // Series chart type is ExcelApi 1.7, the axis group 1.8: below, both series share one axis.
      const secondaryAxis = env.isSetSupported('ExcelApi', '1.8');
      const pageLayout = caps().features.printSetup;
      return writing(() =>
        env.run((ctx) => writeOutSheets(ctx, sheets, { budget: options.budget, chart: opts.chart, activate: opts.activate, secondaryAxis, pageLayout, onProgress })),
      );
    },

    // Works in Excel on the web; desktop web views may refuse downloads (the pane says so and writes sheets instead).
    download: save ? async (fileName: string, bytes: Uint8Array, mime?: string) => save(fileName, bytes, mime) : undefined,

    lastMarkReport: () => markReport,
    lastReadNotices: () => readNotices,
    lastInsertNotices: () => insertNotices,
  };
  return host;
}
