/**
 * The merge's data: what one returned file contributes (MergeSource, compact enough to pass
 * between worker threads), what an earlier summary holds (ExistingSummary), and what a merge
 * produces (MergeResult → the 省级汇总 / 单位汇总 / 导入记录 tables).
 */
import type { PackUse } from '../suggest';
import type { Finding } from '../model/findings';
import type { ProjectTallies } from '../model/records';

import type { OutValue } from '../report/sheet';

/** Values and sheets to write are the report model's (src/core/report/sheet.ts). */
export type { OutValue, OutSheet } from '../report/sheet';

/** One project read from a returned file, ready to merge. */
export interface SourceProject {
  /** Project.key from the reader (项目编号 or file#sheet#row). */
  key: string;
  file: string;
  sha256: string;
  /** ISO date-time of the import. */
  importedAt: string;
  sheet: string;
  /** 1-based sheet row (as Excel shows it). */
  row: number;
  /** 序号 in a list, when there is one. */
  seq: number | null;
  /** Canonical field values by summary column name (CANONICAL_COLUMNS); a blank field has no entry. */
  values: Record<string, OutValue>;
  /** Columns the unit sent that map to no field, by their header text (cleaned), in the sheet's order. */
  extras: { label: string; value: OutValue }[];
  errors: number;
  warnings: number;
  /** Rule IDs of the findings about this project (errors and warnings first, each once). */
  rules: string[];
  tallies: ProjectTallies | null;
  /** A1 address of the theme cell (C-DUPLICATE points at it). */
  themeCell: string;
}

/** A non-blank source row below a demand list's header that did not become a project. */
export interface SourceRow {
  file: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** The row's text, cells joined with ' | ' (shortened). */
  text: string;
  reason: string;
}

/** What one file contributed: read (with its projects and row accounting) or failed (with the reason). */
export type MergeSource =
  | {
      status: 'read';
      file: string;
      sha256: string;
      importedAt: string;
      projects: SourceProject[];
      /** Rows that look like projects but could not be read as one (→ 导入记录 拒收). */
      rejected: SourceRow[];
      /** 合计 / 小计 / 备注 / 填表人 … rows: not projects, only counted. */
      skipped: number;
      /** Headers that map to no field (kept as columns, reported once per file). */
      unmappedHeaders: { sheet: string; label: string }[];
      /** Findings not about any project (e.g. C-UNREADABLE of a sheet). */
      fileFindings: { ruleId: string; severity: string; sheet: string; cell: string; message: string }[];
      /** Chinese note when the file held no demand table at all. */
      note?: string;
      /** The packs the file was reviewed with, and why (WorkbookReview.packs). */
      packs?: PackUse;
    }
  | { status: 'failed'; file: string; sha256?: string; importedAt: string; reason: string };

/** A file that could not be read: the merge reports it and goes on. */
export function failedSource(file: string, reason: string, meta: { sha256?: string; importedAt: string }): MergeSource {
  return { status: 'failed', file, sha256: meta.sha256, importedAt: meta.importedAt, reason };
}

/**
 * A row keyed by column header. Headers are units' text (`__proto__`, `constructor` …), so rows are
 * null-prototype objects: a header is never looked up on Object.prototype and never sets a prototype.
 * Built in one go from its entries (a copy of `from`, or rowFrom) rather than key by key: V8 keeps
 * such an object's properties fast (shared layout), while `Object.create(null)` filled one key at a
 * time is a hash table — 200 000 summary rows of 48 columns took ≈ 630 MB that way, ≈ 110 MB so.
 * Add no key to a row after it is built (that copies its properties): set every column it will have.
 */
export function newRow(from?: Readonly<Record<string, OutValue>>): Record<string, OutValue> {
  if (!from) return rowFrom([]);
  // spread defines each key as an own property (`__proto__` too), in order, and the copy shares the
  // layout of `from` when that is fast (a new project's row: 2× faster than from its entries)
  const row = { ...from };
  Object.setPrototypeOf(row, null);
  return row;
}

/**
 * A row of these entries, in their order; a later entry of the same key replaces the value, as
 * assigning would (pass a Map to build a row up key by key). `Object.fromEntries` defines each key as
 * an own property (`__proto__` included: it never sets the prototype), then the prototype goes.
 */
export function rowFrom(entries: Iterable<readonly [string, OutValue]>): Record<string, OutValue> {
  const row = Object.fromEntries(entries) as Record<string, OutValue>;
  Object.setPrototypeOf(row, null);
  return row;
}

/** One row of an earlier 省级汇总, read back: every column by its header. */
export interface SummaryRow {
  values: Record<string, OutValue>;
}

/** An earlier summary read back (for `--into` re-merges). */
export interface ExistingSummary {
  /** The 省级汇总 header in its order. */
  header: string[];
  /** Unit-sent columns of the earlier summary (between the canonical fields and the review columns). */
  extraColumns: string[];
  /** Columns the reviewer added or typed in (审核意见, 是否同意, 排序, and any other). */
  reviewerColumns: string[];
  rows: SummaryRow[];
  /** Earlier 导入记录 rows, kept as they were (header first). */
  log: OutValue[][];
}

export type LogKind = '文件' | '读取失败' | '新增' | '变更' | '撤回' | '恢复' | '拒收' | '跨文件重复' | '编号重复' | '表头' | '提示';

/** One line of 导入记录. */
export interface LogEntry {
  kind: LogKind;
  importedAt: string;
  file: string;
  sheet: string;
  /** 1-based source row, or null. */
  row: number | null;
  /** 组团单位 · 培训班主题 (or the row's text for a rejected row). */
  project: string;
  field: string;
  oldValue: OutValue;
  newValue: OutValue;
  note: string;
}

export interface MergeCounts {
  filesRead: number;
  filesFailed: number;
  /** Project rows found in this batch's files: projects read + rows rejected. */
  projectsIn: number;
  /** Projects of this batch placed in 省级汇总 (added + changed + unchanged, restored included). */
  projectsMerged: number;
  rejected: number;
  added: number;
  changed: number;
  withdrawn: number;
  unchanged: number;
  /** Rows kept from the earlier summary whose unit sent nothing in this batch. */
  kept: number;
  /** C-DUPLICATE pairs across files. */
  duplicates: number;
  /** C-DUPLICATE-NUMBER: rows whose 项目编号 another unit's row already has. */
  duplicateNumbers: number;
}

export interface MergeResult {
  /** The 省级汇总 header (canonical, extras, review, tallies, provenance, status, reviewer). */
  header: string[];
  rows: Record<string, OutValue>[];
  log: LogEntry[];
  /** Earlier 导入记录 rows (kept). */
  previousLog: OutValue[][];
  counts: MergeCounts;
  /** C-DUPLICATE findings (warning) made by the merge. */
  findings: Finding[];
}
