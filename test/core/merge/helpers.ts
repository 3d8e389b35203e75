/** Builders of merge inputs for tests: sources made directly, as prepareSource would make them. */
import { CANONICAL_COLUMNS, COL } from '../../../src/core/merge';
import type { MergeSource, OutSheet, OutValue, SourceProject, SourceRow } from '../../../src/core/merge';
import type { Cell, WorkbookGrid } from '../../../src/core/grid';
import { cellOf } from '../../../src/core/report/sheet';

/** The summary as a reviewer would reopen it: the sheets back as a grid (date-time cells as dates). */
export function reopen(sheets: OutSheet[], file = 'summary.xlsx'): WorkbookGrid {
  const cell = (c: Parameters<typeof cellOf>[0]): Cell | undefined => {
    const o = cellOf(c);
    if (!o || o.value === null || o.value === '') return undefined;
    return o.isDate && typeof o.value === 'number' ? { v: o.value, date: true } : { v: o.value };
  };
  return { file, sheets: sheets.map((s) => ({ name: s.name, cells: s.rows.map((r) => (r ?? []).map(cell)), merges: [] })) };
}

export const T0 = '2024-11-01T09:00:00+08:00';
export const T1 = '2024-11-08T09:00:00+08:00';

export interface P {
  unit: string;
  theme: string;
  id?: string;
  people?: OutValue;
  days?: OutValue;
  budget?: OutValue;
  country?: string;
  dept?: string;
  category?: string;
  extras?: Record<string, OutValue>;
  errors?: number;
  warnings?: number;
  rules?: string[];
}

export function project(file: string, row: number, p: P, importedAt = T0): SourceProject {
  const values: Record<string, OutValue> = {};
  for (const c of CANONICAL_COLUMNS) values[c] = null;
  values[COL.unit] = p.unit;
  values[COL.theme] = p.theme;
  values[COL.projectId] = p.id ?? null;
  values[COL.people] = p.people ?? 10;
  values[COL.days] = p.days ?? 15;
  values[COL.budget] = p.budget ?? 30;
  values[COL.countries] = p.country ?? '德国';
  values[COL.adminDept] = p.dept ?? '省科技厅';
  values[COL.category] = p.category ?? '专业技术类';
  return {
    key: p.id ?? `${file}#需求表#${row}`,
    file,
    sha256: `sha-${file}`,
    importedAt,
    sheet: '需求表',
    row,
    seq: row - 1,
    values,
    extras: Object.entries(p.extras ?? {}).map(([label, value]) => ({ label, value })),
    errors: p.errors ?? 0,
    warnings: p.warnings ?? 0,
    rules: p.rules ?? [],
    tallies: { totalDays: 15, studyDays: 12, topicDays: 5, studyShare: 0.8, topicShare: 1 / 3, feeCapWan: null, budgetWan: 30 },
    themeCell: `B${row}`,
  };
}

export function source(file: string, projects: P[], opts: { rejected?: string[]; importedAt?: string; skipped?: number } = {}): MergeSource {
  const at = opts.importedAt ?? T0;
  const ps = projects.map((p, i) => project(file, i + 2, p, at));
  const rejected: SourceRow[] = (opts.rejected ?? []).map((text, i) => ({ file, sheet: '需求表', row: projects.length + 2 + i, text, reason: '此行有内容，但未能读作项目' }));
  const labels = new Set<string>();
  for (const p of ps) for (const e of p.extras) labels.add(e.label);
  return {
    status: 'read',
    file,
    sha256: `sha-${file}`,
    importedAt: at,
    projects: ps,
    rejected,
    skipped: opts.skipped ?? 1,
    unmappedHeaders: [...labels].map((label) => ({ sheet: '需求表', label })),
    fileFindings: [],
  };
}

export function failed(file: string, reason = '文件是空的（0 字节）'): MergeSource {
  return { status: 'failed', file, importedAt: T0, reason };
}
