/**
 * The 合并汇总 tab's work, without React: read each picked file, review it with the pane's engine and
 * packs, prepare it for the merge (src/core/merge), then merge with the earlier summary so the reviewer's
 * columns are kept. One step per file; cancelling between files loses nothing, since nothing is written
 * until the end. Also: the chart of budget and people by country (from 单位汇总) and the 需求表 export.
 */
import type { ReviewOptions } from '../core';
import type { WorkbookGrid } from '../core';
import {
  approvedRows,
  demandFormFileName,
  demandFormSheet,
  isSummaryGrid,
  mergeToTables,
  readExistingSummary,
  reasonOf,
  SHEET_UNITS,
  sourceOf,
  summaryRefused,
  type ExistingSummary,
  type LogEntry,
  type MergeResult,
  type MergeSource,
  type OutSheet,
  type SummaryRow,
} from '../core';
import { COL } from '../core';
import type { ChartSpec } from '../hosts/host';
import type { Engine } from '../app/engine';

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface MergeDeps {
  /** Bytes → grid (src/hosts/files/read, the browser-safe reader); throws with a Chinese `reason`. */
  read(bytes: Uint8Array, fileName: string): WorkbookGrid;
  sha256(bytes: Uint8Array): Promise<string>;
  /** ISO date-time of the import. */
  now(): string;
}

export interface MergeProgress {
  done: number;
  total: number;
  file: string;
}

export interface MergeRunOptions {
  engine: Engine;
  options: ReviewOptions;
  /** The earlier summary (from the open workbook in Excel); null for a first merge. */
  existing: ExistingSummary | null;
  deps: MergeDeps;
  /** Browser mode: a picked summary (省级汇总 + 导入记录) is the earlier summary, not a unit's return. */
  pickedSummaryIsExisting: boolean;
  onProgress?(p: MergeProgress): void;
  /** Set `cancelled` to stop before the next file. */
  signal?: { cancelled: boolean };
}

export type MergeOutcome =
  | { status: 'done'; result: MergeResult; sheets: OutSheet[]; sources: MergeSource[]; existingFrom: string | null }
  | { status: 'cancelled'; filesDone: number };

/** A summary this tool wrote: it must not be merged as if a unit had sent it. */
export { isSummaryGrid };

function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function mergePicked(files: PickedFile[], opts: MergeRunOptions): Promise<MergeOutcome> {
  const importedAt = opts.deps.now();
  const sources: MergeSource[] = [];
  let existing = opts.existing;
  let existingFrom: string | null = null;
  for (let i = 0; i < files.length; i++) {
    if (opts.signal?.cancelled) return { status: 'cancelled', filesDone: i };
    const f = files[i];
    opts.onProgress?.({ done: i, total: files.length, file: f.name });
    // Let the pane paint the progress bar and take a click on 取消.
    await nextTick();
    if (opts.signal?.cancelled) return { status: 'cancelled', filesDone: i };
    const sha256 = await opts.deps.sha256(f.bytes);
    const source = sourceOf(f.name, { sha256, importedAt }, {
      read: () => opts.deps.read(f.bytes, f.name),
      review: (grid) => opts.engine.review(grid, opts.options),
      summary: (grid) => {
        if (!opts.pickedSummaryIsExisting || existing) {
          return summaryRefused(opts.pickedSummaryIsExisting ? '已选了另一个汇总表作为已有汇总' : '合并结果写入当前打开的工作簿，已有汇总即其中的“省级汇总”');
        }
        try {
          existing = readExistingSummary(grid);
          existingFrom = f.name;
          return null;
        } catch (e) {
          return `汇总表无法读取：${reasonOf(e)}`;
        }
      },
    });
    if (source) sources.push(source);
  }
  if (opts.signal?.cancelled) return { status: 'cancelled', filesDone: files.length };
  opts.onProgress?.({ done: files.length, total: files.length, file: '' });
  const { result, sheets } = mergeToTables(sources, { existing, importedAt });
  return { status: 'done', result, sheets, sources, existingFrom };
}

/** The rows 导入记录 lists as rejected (拒收) or as files that could not be read (读取失败). */
export function rejectedEntries(result: MergeResult): LogEntry[] {
  return result.log.filter((e) => e.kind === '拒收');
}

export function failedEntries(result: MergeResult): LogEntry[] {
  return result.log.filter((e) => e.kind === '读取失败');
}

/** The chart of budget and people by country the core drew for 单位汇总, titled for the pane's language. Null when there is no country. */
export function countryChart(sheets: OutSheet[], title: string): ChartSpec | null {
  const units = sheets.find((s) => s.name === SHEET_UNITS);
  return units?.chart ? { ...units.chart, sheet: SHEET_UNITS, title } : null;
}

/** A sheet name Excel accepts (31 characters, none of : \ / ? * [ ]). */
function sheetName(text: string): string {
  return text.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
}

export interface DemandForms {
  rows: SummaryRow[];
  /** One 需求表 per approved project, as sheets named 需求表001 组团单位 (for Excel). */
  sheets: OutSheet[];
  /** The same, as file names 001_组团单位_培训班主题.xlsx (for downloads). */
  fileNames: string[];
}

/** The 001 附件2 需求表 of every approved, not withdrawn project of a summary. */
export function demandForms(summary: ExistingSummary): DemandForms {
  const rows = approvedRows(summary);
  const used = new Set<string>();
  const sheets = rows.map((r, i) => {
    const unit = String(r.values[COL.unit] ?? '').replace(/\s+/g, '');
    let name = sheetName(`需求表${String(i + 1).padStart(3, '0')} ${unit}`.trim());
    for (let k = 2; used.has(name.toLowerCase()); k++) name = sheetName(`需求表${String(i + 1).padStart(3, '0')}（${k}）`);
    used.add(name.toLowerCase());
    return demandFormSheet(r, name);
  });
  return { rows, sheets, fileNames: rows.map((r, i) => demandFormFileName(r, i)) };
}

/** The merged summary as an ExistingSummary (browser mode exports from what it just merged). */
export function resultAsSummary(result: MergeResult): ExistingSummary {
  return { header: result.header, extraColumns: [], reviewerColumns: [], rows: result.rows.map((values) => ({ values })), log: [] };
}
