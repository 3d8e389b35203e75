/**
 * From one reviewed workbook to what the merge needs (MergeSource): each project's values by
 * summary column, its extra columns, review counts and tallies, and the accounting of every row
 * of every demand list (project, not-a-project, or rejected with a reason).
 *
 * What "every project row" means (docs/MERGE.md): in a sheet the reader recognised as a demand
 * list, every non-blank row below its header. Each is either a project the reader made, a row
 * that is not a project by its own words (合计, 小计, 备注, 注：, 填表人 …, a repeated header, a
 * template row holding only its 序号) — counted as skipped — or rejected, listed with its reason.
 * A sheet recognised as a demand form that yields no project is one rejected row.
 */
import { a1, type WorkbookGrid } from '../grid';
import { demandFieldOf } from '../sheets/demandForm';
import { findListHeader, type ListHeader } from '../sheets/demandList';
import { isFooterText, isTotalText, SheetView } from '../sheets/view';
import { isSeqLabel } from '../values/labels';
import type { WorkbookReview } from '../model/review';
import type { Checkbox, DemandField, FieldCell, ParsedWorkbook, Project, Reading } from '../model/records';
import { CANONICAL_FIELDS, FIELD_COLUMN, RESERVED_COLUMNS, cleanLabel } from './columns';
import type { MergeSource, OutValue, SourceProject, SourceRow } from './types';
import { rowRecord } from './keys';
import { cellValue } from './cells';

export interface SourceMeta {
  sha256: string;
  /** ISO date-time of the import. */
  importedAt: string;
}

/** Everything the merge needs from one reviewed workbook (pure; runs in worker threads). */
export function prepareSource(grid: WorkbookGrid, review: WorkbookReview, meta: SourceMeta): MergeSource {
  return prepareOwned({ grid, review }, meta, { release: false });
}

/**
 * A grid and its review handed over whole to `prepareOwned`, which lets go of them as it goes:
 * the grid once its rows are accounted, the findings once counted, each parsed project once its
 * summary project is made. A 200 000-row list's parsed model (≈ 500 MB) and grid (≈ 130 MB) are
 * most of the reading child's peak; released so, they shrink while the sources grow.
 */
export interface Owned {
  grid?: WorkbookGrid;
  review?: WorkbookReview;
}

export interface OwnedOptions {
  /** Let go of the review's findings and parsed projects too (default true). */
  release?: boolean;
  /**
   * A full garbage collection, when the host can make one (a child started with --expose-gc):
   * called for a large file (more than COLLECT_PROJECTS projects) once the findings and the grid
   * are let go and then every COLLECT_PROJECTS projects, so that what was let go is given back
   * before the sources grow over it (V8 alone collects only near its heap cap).
   */
  collect?: () => void;
  /** Projects between two collections (default COLLECT_PROJECTS; tests make it small). */
  collectEvery?: number;
}

/** Projects between two of `OwnedOptions.collect`'s collections; a file with fewer is never collected. */
export const COLLECT_PROJECTS = 50_000;

/**
 * prepareSource on a grid and review nobody else holds (see Owned): empties `owned` and, with
 * `release` (the default), the review's findings and parsed projects.
 */
export function prepareOwned(owned: Owned, meta: SourceMeta, opts: OwnedOptions = {}): MergeSource {
  const release = opts.release ?? true;
  const review = owned.review!;
  owned.review = undefined;
  const parsed = review.parsed;
  const file = parsed.file || owned.grid!.file;
  const bySeverity: Counts = new Map();
  const fileFindings: Extract<MergeSource, { status: 'read' }>['fileFindings'] = [];
  for (const f of review.findings) {
    if (f.severity === 'info') continue;
    if (!f.projectKey) {
      fileFindings.push({ ruleId: f.ruleId, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message });
      continue;
    }
    let s = bySeverity.get(f.projectKey);
    if (!s) bySeverity.set(f.projectKey, (s = { errors: 0, warnings: 0, rules: [] }));
    if (f.severity === 'error') s.errors++;
    else s.warnings++;
    if (!s.rules.includes(f.ruleId)) s.rules.push(f.ruleId);
  }
  // The findings (≈ 200 MB with the project reports for a 200 000-row list) are counted: let go.
  if (release) review.findings = [];
  // Rows before projects: the grid is not needed after (the parsed projects keep the cells they read).
  const { rejected, skipped, unmappedHeaders } = accountOwned(owned, parsed);
  const every = opts.collectEvery ?? COLLECT_PROJECTS;
  const collect = release && parsed.projects.length > every ? opts.collect : undefined;
  collect?.();

  const parsedProjects: (Project | undefined)[] = parsed.projects;
  const projects: SourceProject[] = new Array(parsedProjects.length);
  for (let i = 0; i < parsedProjects.length; i++) {
    projects[i] = sourceProject(parsedProjects[i]!, i, review, bySeverity, file, meta);
    if (release) parsedProjects[i] = undefined;
    if (collect && i % every === every - 1) collect();
  }
  if (release) parsed.projects = [];

  const hasDemand = parsed.recognition.some((r) => r.kind === 'demand-list' || r.kind === 'demand-form') || projects.length > 0;
  return {
    status: 'read',
    file,
    sha256: meta.sha256,
    importedAt: meta.importedAt,
    projects,
    rejected,
    skipped,
    unmappedHeaders,
    fileFindings,
    note: hasDemand ? undefined : '未找到需求表（按“培训班主题”“组团单位”“人数”等表头查找），本文件没有项目',
    ...(review.packs ? { packs: review.packs } : {}),
  };
}

/** accountRows, then the grid let go of (its own frame, so that no register keeps the grid alive). */
function accountOwned(owned: Owned, parsed: ParsedWorkbook): RowAccount {
  const account = accountRows(owned.grid!, parsed);
  owned.grid = undefined;
  return account;
}

type Counts = Map<string, { errors: number; warnings: number; rules: string[] }>;

function sourceProject(p: Project, i: number, review: WorkbookReview, bySeverity: Counts, file: string, meta: SourceMeta): SourceProject {
  const report =
    review.projects[i] && review.projects[i].key === p.key && review.projects[i].sheet === p.source.sheet
      ? review.projects[i]
      : review.projects.find((r) => r.key === p.key && r.sheet === p.source.sheet);
  const s = bySeverity.get(p.key);
  const themeRef = p.fields.theme?.ref ?? p.slots.theme;
  return {
    key: p.key,
    file,
    sha256: meta.sha256,
    importedAt: meta.importedAt,
    sheet: p.source.sheet,
    row: p.source.row + 1,
    seq: p.seq ?? null,
    values: projectValues(p),
    extras: extraValues(p),
    errors: s?.errors ?? 0,
    warnings: s?.warnings ?? 0,
    rules: s ? [...s.rules].sort(ruleOrder) : [],
    tallies: report ? report.tallies : null,
    themeCell: themeRef ? a1(themeRef.row, themeRef.col) : '',
  };
}

function ruleOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------- values

function text(fc: FieldCell | undefined): OutValue {
  if (!fc) return null;
  const t = fc.text.trim();
  return t === '' ? null : t;
}

/** A reading's value when it was read; otherwise what the cell says (never a silent 0 or blank). */
function reading<T>(r: Reading<T> | undefined, fc: FieldCell | undefined, show: (v: T) => OutValue): OutValue {
  if (r && r.ok) return show(r.value);
  if (r && r.text.trim() !== '') return r.text.trim();
  return text(fc);
}

function tick(c: Checkbox | undefined, fc: FieldCell | undefined, yes: string, no: string): OutValue {
  if (!c) return text(fc);
  if (c.yes && !c.no) return yes;
  if (c.no && !c.yes) return no;
  const t = c.text.trim();
  return t === '' ? null : t;
}

const iso = (v: string): OutValue => v;
const num = (v: number): OutValue => v;

function projectValues(p: Project): Record<string, OutValue> {
  const out = rowRecord();
  const f = p.fields;
  // Sparse: blank fields are left out (a MergeSource crosses threads; most of 30 fields are blank).
  for (const field of CANONICAL_FIELDS) {
    const v = fieldValue(p, field, f[field]);
    if (v !== null) out[FIELD_COLUMN[field]] = v;
  }
  return out;
}

function fieldValue(p: Project, field: DemandField, fc: FieldCell | undefined): OutValue {
  switch (field) {
    case 'people':
      return reading(p.people, fc, num);
    case 'days':
      return reading(p.days, fc, num);
    case 'budget':
      return reading(p.budgetWan, fc, num);
    case 'civilServants':
      return reading(p.civilServants, fc, num);
    case 'countries':
      return reading(p.countries, fc, (v) => v.join('、'));
    case 'plannedTime':
      // Keep 2023年5月 / 第三季度 as written; a date cell becomes its ISO date.
      if (p.plannedTime && p.plannedTime.ok && (fc?.cell?.date || typeof fc?.cell?.v === 'number')) return p.plannedTime.value.from;
      return reading(p.plannedTime, fc, (v) => (v.from === v.to ? v.from : fc?.text.trim() || `${v.from}至${v.to}`));
    case 'filedDate':
      return reading(p.filedDate, fc, iso);
    case 'departDate':
      return reading(p.departDate, fc, iso);
    case 'returnDate':
      return reading(p.returnDate, fc, iso);
    case 'noticeStart':
      return reading(p.noticeStart, fc, iso);
    case 'noticeEnd':
      return reading(p.noticeEnd, fc, iso);
    case 'reportDate':
      return reading(p.reportDate, fc, iso);
    case 'hasSponsor':
      return tick(p.hasSponsor, fc, '有', '无');
    case 'isPartner':
      return tick(p.isPartner, fc, '是', '否');
    case 'sponsor':
      return text(fc) ?? (p.hasSponsor?.inlineSponsor ? p.hasSponsor.inlineSponsor : null);
    case 'inBudget':
      return reading(p.inBudget, fc, (v) => (v ? '是' : '否'));
    case 'category':
      return text(fc) ?? p.category ?? null;
    case 'mode':
      return text(fc) ?? (p.mode === 'online' ? '线上' : p.mode === 'offline' ? '线下' : null);
    default:
      return text(fc);
  }
}

/** The column a unit's unmapped header becomes: its cleaned text, renamed if it would take one of ours. */
export function extraColumnName(label: string): string {
  const clean = cleanLabel(label) || '（无表头）';
  return RESERVED_COLUMNS.has(clean) ? `${clean}（单位填报）` : clean;
}

function extraValues(p: Project): { label: string; value: OutValue }[] {
  const seen = new Set<string>();
  const out: { label: string; value: OutValue }[] = [];
  for (const e of p.extra) {
    let label = extraColumnName(e.label);
    // Two columns with the same header in one sheet: keep both.
    for (let k = 2; seen.has(label); k++) label = `${extraColumnName(e.label)}（${k}）`;
    seen.add(label);
    out.push({ label, value: cellValue(e.cell, e.text) });
  }
  return out;
}

// ---------------------------------------------------------------- row accounting
// The same words as the list reader (src/core/sheets): a 合计 cell anywhere in the row, a 备注 /
// 填表人 line (the reader stops there), a repeated header, a row with only its 序号.

function rowCells(v: SheetView, r: number): { col: number; text: string }[] {
  return v.rowTexts(r);
}

function rowText(cells: { text: string }[]): string {
  const t = cells.map((x) => x.text.replace(/\s+/g, ' ')).join(' | ');
  return t.length > 120 ? t.slice(0, 119) + '…' : t;
}

export interface RowAccount {
  rejected: SourceRow[];
  skipped: number;
  unmappedHeaders: { sheet: string; label: string }[];
}

/** Accounts for every non-blank row below each demand list's header (see the file comment). */
export function accountRows(grid: WorkbookGrid, parsed: ParsedWorkbook): RowAccount {
  const rejected: SourceRow[] = [];
  const unmappedHeaders: { sheet: string; label: string }[] = [];
  let skipped = 0;
  const file = parsed.file || grid.file;
  const projectRows = new Map<string, Set<number>>();
  for (const p of parsed.projects) {
    let s = projectRows.get(p.source.sheet);
    if (!s) projectRows.set(p.source.sheet, (s = new Set()));
    s.add(p.source.row);
  }
  for (const rec of parsed.recognition) {
    const sheet = grid.sheets.find((s) => s.name === rec.sheet);
    if (!sheet) continue;
    const rows = projectRows.get(rec.sheet) ?? new Set<number>();
    // a view (its merged areas indexed) only of a demand sheet: most recognised sheets are schedules
    if (rec.kind === 'demand-form') {
      if (rows.size === 0) {
        const r = rec.headerRow ?? 0;
        rejected.push({ file, sheet: rec.sheet, row: r + 1, text: rowText(rowCells(new SheetView(sheet), r)), reason: `表单式需求表未能读出项目（${rec.reason}）` });
      }
      continue;
    }
    if (rec.kind !== 'demand-list') continue;
    const v = new SheetView(sheet);
    let header: ListHeader | null | undefined;
    const getHeader = () => (header === undefined ? (header = findListHeader(v)) : header);
    const start = rec.headerRow ?? getHeader()?.bottom;
    if (start === undefined) continue;
    // Unmapped headers: the extra columns of this sheet's projects (one report per label).
    const seen = new Set<string>();
    for (const p of parsed.projects) {
      if (p.source.sheet !== rec.sheet) continue;
      for (const e of p.extra) {
        const label = extraColumnName(e.label);
        if (!seen.has(label)) {
          seen.add(label);
          unmappedHeaders.push({ sheet: rec.sheet, label });
        }
      }
    }
    let afterFooter = false;
    for (let r = start + 1; r < v.rows; r++) {
      if (rows.has(r)) continue;
      const cells = rowCells(v, r);
      if (cells.length === 0) continue;
      if (notAProject(cells)) {
        if (isFooterText(cells[0].text)) afterFooter = true;
        skipped++;
        continue;
      }
      let reason: string;
      if (afterFooter) reason = '此行在备注/签名行之后，未作为项目读取';
      else {
        const h = getHeader();
        const mapped = new Set((h?.columns ?? []).filter((c) => c.field && c.field !== 'seq').map((c) => c.col));
        const seqCols = new Set((h?.columns ?? []).filter((c) => c.field === 'seq').map((c) => c.col));
        if (h && cells.every((c) => seqCols.has(c.col))) {
          skipped++; // a template row holding only its 序号
          continue;
        }
        reason = h && !cells.some((c) => mapped.has(c.col))
          ? '此行只有未识别列的内容，没有任何标准字段（培训班主题、组团单位、人数等）的值，未作为项目读取'
          : '此行有内容，但未能读作项目';
      }
      rejected.push({ file, sheet: rec.sheet, row: r + 1, text: rowText(cells), reason });
    }
  }
  return { rejected, skipped, unmappedHeaders };
}

/** True for a row that is not a project by its own words: a 合计 cell, a 备注/签名 line, a repeated header. */
export function notAProject(cells: { text: string }[]): boolean {
  if (cells.some((c) => isTotalText(c.text))) return true;
  if (isFooterText(cells[0].text)) return true;
  return cells.every((c) => isSeqLabel(c.text) || demandFieldOf(c.text) !== undefined);
}
