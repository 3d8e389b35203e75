import './dom';
/** A recording fake host and a small fake engine for the task pane's component tests. */
import { PACK_IDS, PACK_NAMES, type PackId, type ProjectReport, type ReviewOptions, type WorkbookReview } from '../../src/core/model/review';
import type { WorkbookGrid } from '../../src/core/grid';
import type { Finding } from '../../src/core/model/findings';
import type { ProjectTallies } from '../../src/core/model/records';
import type { HostCapabilities, WorkbookHost, WriteSheetsOptions } from '../../src/hosts/host';
import type { OutSheet } from '../../src/core/merge';
import { EMPTY_SETTINGS, type Engine, type PaneSettings } from '../../src/app/engine';

export function finding(p: Partial<Finding> & { ruleId: string }): Finding {
  return { severity: 'error', file: 'plan.xlsx', sheet: '需求表', cell: 'B2', message: `${p.ruleId} 的问题`, ...p };
}

export function tallies(t: Partial<ProjectTallies> = {}): ProjectTallies {
  return { totalDays: null, studyDays: null, topicDays: null, studyShare: null, topicShare: null, feeCapWan: null, budgetWan: null, ...t };
}

export function project(key: string, theme: string, t: Partial<ProjectTallies> = {}, file = 'plan.xlsx'): ProjectReport {
  return { file, sheet: '需求表', key, theme, unit: `${theme}单位`, tallies: tallies(t) };
}

export interface FakeHost extends WorkbookHost {
  calls: string[];
  marked: Finding[][];
  selected: string[];
  saved: unknown[];
  stored: unknown | null;
  fireChange(sheet: string): void;
  failNext?: { method: string; error: unknown };
  /** What writeSheets received. */
  written: { sheets: OutSheet[]; opts: WriteSheetsOptions }[];
  downloads: { name: string; bytes: Uint8Array; mime?: string }[];
  /** The `sheets` option of each readWorkbooks call. */
  readSheets: (string[] | undefined)[];
}

export function fakeHost(opts: { stored?: unknown; caps?: Partial<HostCapabilities>; grids?: WorkbookGrid[] } = {}): FakeHost {
  let listener: ((sheet: string) => void) | null = null;
  const grids = opts.grids ?? [{ file: 'plan.xlsx', sheets: [] }];
  const host: FakeHost = {
    kind: 'excel',
    calls: [],
    marked: [],
    selected: [],
    saved: [],
    stored: opts.stored ?? null,
    written: [],
    downloads: [],
    readSheets: [],
    async writeSheets(sheets, o = {}) {
      host.calls.push('writeSheets');
      if (host.failNext?.method === 'writeSheets') {
        const e = host.failNext.error;
        host.failNext = undefined;
        throw e;
      }
      host.written.push({ sheets, opts: o });
      return { sheets: sheets.map((x) => x.name), cells: 0, chartSource: o.chart ? 'K1:M3' : undefined, notices: [] };
    },
    async download(name, bytes, mime) {
      host.downloads.push({ name, bytes, mime });
    },
    fireChange(sheet: string) {
      listener?.(sheet);
    },
    async capabilities() {
      return { cellMarks: true, cellNotes: true, dataValidation: true, charts: true, changeEvents: true, notice: '', ...opts.caps };
    },
    async readWorkbooks(onProgress, o) {
      host.calls.push('readWorkbooks');
      host.readSheets.push(o?.sheets);
      onProgress?.({ fraction: 1, step: 'read' });
      return grids;
    },
    async applyMarks(findings) {
      host.calls.push('applyMarks');
      if (host.failNext?.method === 'applyMarks') {
        const e = host.failNext.error;
        host.failNext = undefined;
        throw e;
      }
      host.marked.push(findings);
    },
    async clearMarks() {
      host.calls.push('clearMarks');
    },
    async selectCell(file, sheet, cell) {
      host.selected.push(`${file}|${sheet}!${cell}`);
    },
    async loadSettings() {
      return host.stored;
    },
    async saveSettings(s) {
      host.saved.push(s);
      host.stored = s;
    },
    async insertTemplate(kind) {
      host.calls.push(`insertTemplate:${kind}`);
    },
    async onChange(cb) {
      listener = cb;
      host.calls.push('onChange');
      return () => {
        listener = null;
        host.calls.push('offChange');
      };
    },
  };
  return host;
}

/**
 * A fake engine: every pack of RULES.md with a parameter or two; `review` returns the findings given for
 * each pack that was asked for (common always), and records the options it was called with.
 */
export function fakeEngine(byPack: Partial<Record<string, Finding[]>>, projects: ProjectReport[] = [], suggest: PackId[] = []): Engine & { seen: ReviewOptions[] } {
  const seen: ReviewOptions[] = [];
  return {
    seen,
    packs: PACK_IDS.map((id) => ({
      id,
      name: PACK_NAMES[id],
      params:
        id === 'zj2017'
          ? [
              { pack: id, key: 'minStudyShare', label: 'minStudyShare', defaultValue: '2/3' },
              { pack: id, key: 'minTopicShare', label: 'minTopicShare', defaultValue: '1/3' },
            ]
          : id === 'sc2020'
            ? [{ pack: id, key: 'maxGroupSize', label: 'maxGroupSize', defaultValue: 20 }]
            : [],
    })),
    review(grid: WorkbookGrid, options: ReviewOptions): WorkbookReview {
      seen.push(options);
      // like the core: with suggestPacks and no pack picked, the suggested packs run
      const fromSuggestion = options.suggestPacks === true && options.packs.length === 0;
      const packs: PackId[] = ['common', ...(fromSuggestion ? suggest : options.packs)];
      const findings = packs.flatMap((p) => byPack[p] ?? []).filter((f) => f.file === grid.file);
      return {
        parsed: {
          file: grid.file,
          recognition: [
            { sheet: '需求表', kind: options.sheetKinds?.['需求表'] ?? 'demand-list', reason: '找到 培训班主题、人数、天数' },
            { sheet: '说明', kind: 'ignored', reason: '没有找到需求表、日程表的标签' },
          ],
          projects: [], schedules: [], participants: [], standards: [], rates: [], ce: [], ceFunds: [], settings: {}, notes: [], problems: [],
        },
        findings,
        projects: projects.filter((p) => p.file === grid.file),
        packs: { used: packs, suggested: suggest, fromSuggestion, reasons: [] },
      };
    },
    readSettings(raw: unknown): PaneSettings {
      if (raw === null || raw === undefined) return EMPTY_SETTINGS;
      const r = raw as Partial<PaneSettings>;
      if (!Array.isArray(r.packs)) throw new Error('审核设置 packs：应为列表');
      return { ...EMPTY_SETTINGS, ...r } as PaneSettings;
    },
    storeSettings: (s) => JSON.parse(JSON.stringify(s)),
  };
}
