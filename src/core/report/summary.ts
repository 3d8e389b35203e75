/**
 * The merge result as the three sheets of the summary workbook: 省级汇总, 单位汇总 (with its chart of
 * budget and people by country), 导入记录. Shares are percentages and import times Beijing date-times
 * by number format; a 跨文件重复 row is listed but counted once in 单位汇总.
 */
import { COL, isDuplicateRow, STATUS_COLUMN, STATUS_WITHDRAWN } from '../merge/columns';
import type { LogEntry, MergeResult } from '../merge/types';
import { dateTimeCell } from './time';
import { styledRows, wrappedRowHeights, type ChartSpec, type OutCell, type OutRow, type OutSheet, type OutValue } from './sheet';

export const SHEET_SUMMARY = '省级汇总';
export const SHEET_UNITS = '单位汇总';
export const SHEET_LOG = '导入记录';

export const LOG_HEADER = ['导入时间', '类别', '来源文件', '工作表', '行', '项目', '字段', '原值', '新值', '说明'];

/** Column widths by header (a Map: headers are units' text, never looked up on a prototype). */
const WIDTH = new Map<string, number>([
  [COL.theme, 30],
  [COL.unit, 24],
  [COL.file, 30],
  [COL.sha, 20],
  [COL.importedAt, 20],
  [COL.opinion, 24],
  [COL.mergeChecks, 30],
  [COL.rules, 20],
  ['培训目的', 24],
  ['培训主要内容和必要性', 30],
  ['境外培训机构', 24],
]);

/** Columns holding a fraction shown as a percentage. */
const PERCENT_COLUMNS = new Set<string>([COL.studyShare, COL.topicShare, COL.budgetShare]);
const PERCENT = { numFmt: '0.0%' };
/** Columns in 万元 (two decimals). */
const WAN_COLUMNS = new Set<string>([COL.budget, COL.feeCap]);
const WAN = { numFmt: '0.00' };

/** How a 省级汇总 column shows its values (summaryCell): asked once a column, not once a cell. */
const PLAIN = 0;
const DATE_TIME = 1;
const PERCENT_CELL = 2;
const WAN_CELL = 3;

function columnKind(column: string): number {
  if (column === COL.importedAt) return DATE_TIME;
  if (PERCENT_COLUMNS.has(column)) return PERCENT_CELL;
  if (WAN_COLUMNS.has(column)) return WAN_CELL;
  return PLAIN;
}

/** A 省级汇总 value as its column (of columnKind `kind`) shows it. */
function summaryCell(kind: number, v: OutValue | undefined): OutCell | OutValue {
  if (kind === PLAIN) return v ?? null;
  if (kind === DATE_TIME) return dateTimeCell(v);
  if (typeof v === 'number') return { value: v, style: kind === PERCENT_CELL ? PERCENT : WAN };
  return v ?? null;
}

/**
 * `streamed`: the project rows are made from the merge's rows as the sheet is written (`more`),
 * not copied into it — for the file writer (a 200 000-project summary: ≈ 100 MB less).
 */
export function summarySheet(result: MergeResult, streamed = false): OutSheet {
  const header = result.header;
  const kinds = header.map(columnKind);
  const row = (r: Record<string, OutValue>): OutRow => {
    const out: OutRow = [];
    for (let c = 0; c < header.length; c++) out.push(summaryCell(kinds[c], r[header[c]]));
    return out;
  };
  const rows: OutRow[] = [header.slice()];
  if (!streamed) for (const r of result.rows) rows.push(row(r));
  const colWidths = result.header.map((h) => WIDTH.get(h) ?? Math.min(16, Math.max(8, h.length * 2 + 2)));
  return {
    name: SHEET_SUMMARY,
    rows,
    ...(streamed ? { more: { count: result.rows.length, row: (i: number) => row(result.rows[i]), width: header.length } } : {}),
    headerRows: [0],
    freeze: { rows: 1, cols: 0 },
    colWidths,
    rowHeights: wrappedRowHeights(styledRows({ name: '', rows: rows.slice(0, 1), headerRows: [0] }), colWidths),
  };
}

/** `streamed`: this merge's lines are made as the sheet is written (`more`), as in summarySheet. */
export function logSheet(result: MergeResult, streamed = false): OutSheet {
  const rows: OutRow[] = [LOG_HEADER.slice()];
  const prev = result.previousLog;
  // Earlier lines are kept as they were (their header row is not repeated).
  const start = prev.length && sameHeader(prev[0], LOG_HEADER) ? 1 : 0;
  for (let i = start; i < prev.length; i++) rows.push([dateTimeCell(prev[i][0]), ...prev[i].slice(1)]);
  if (!streamed) for (const e of result.log) rows.push(logRow(e));
  return {
    name: SHEET_LOG,
    rows,
    ...(streamed ? { more: { count: result.log.length, row: (i: number) => logRow(result.log[i]), width: LOG_HEADER.length } } : {}),
    headerRows: [0],
    freeze: { rows: 1, cols: 0 },
    colWidths: [20, 8, 30, 12, 6, 36, 14, 16, 16, 50],
  };
}

function sameHeader(a: OutValue[], b: string[]): boolean {
  return b.every((h, i) => String(a[i] ?? '').trim() === h);
}

function logRow(e: LogEntry): OutRow {
  return [dateTimeCell(e.importedAt), e.kind, e.file, e.sheet, e.row, e.project, e.field, e.oldValue, e.newValue, e.note];
}

// ---------------------------------------------------------------- 单位汇总

interface Tally {
  projects: number;
  people: number;
  personDays: number;
  budget: number;
  withErrors: number;
  /** Projects whose 人数, 天数 or 经费预算 is not a number (not counted as 0, counted here). */
  incomplete: number;
  units: Set<string>;
}

function newTally(): Tally {
  return { projects: 0, people: 0, personDays: 0, budget: 0, withErrors: 0, incomplete: 0, units: new Set() };
}

function num(v: OutValue | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function add(t: Tally, r: Record<string, OutValue>) {
  const people = num(r[COL.people]);
  const days = num(r[COL.days]);
  const budget = num(r[COL.budget]);
  t.projects++;
  if (people !== null) t.people += people;
  if (people !== null && days !== null) t.personDays += people * days;
  if (budget !== null) t.budget += budget;
  if (people === null || days === null || budget === null) t.incomplete++;
  if ((num(r[COL.errors]) ?? 0) > 0) t.withErrors++;
  t.units.add(String(r[COL.unit] ?? ''));
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

function tallyCells(t: Tally): OutValue[] {
  return [t.projects, t.people, t.personDays, round4(t.budget), t.withErrors, t.incomplete];
}

const BUDGET_HEADER = '经费预算（万元）';
const PEOPLE_HEADER = '人数';
const TALLY_HEADER = ['项目数', PEOPLE_HEADER, '人天数', BUDGET_HEADER, '有错误的项目数', '数据不全的项目数'];
const TITLE = { bold: true, size: 12, valign: 'center' as const };

/** Title of the by-country block and of the chart drawn from it. */
export const COUNTRY_BLOCK = '按国家（地区）';
export const COUNTRY_CHART_TITLE = '按国家（地区）经费预算与人数';
export const DUPLICATES_NOT_COUNTED = '跨文件重复（未计入）';

/**
 * Per unit, per 归口管理部门, province totals, by country and by 项目类别 (有效 rows only; a 跨文件重复 row
 * is not counted again), and a chart of budget and people by country.
 */
export function unitSheet(result: MergeResult): OutSheet {
  const active = result.rows.filter((r) => String(r[STATUS_COLUMN] ?? '').trim() !== STATUS_WITHDRAWN);
  const withdrawn = result.rows.length - active.length;
  const counted = active.filter((r) => !isDuplicateRow(r));
  const duplicates = active.length - counted.length;
  const byUnit = new Map<string, { dept: string; t: Tally }>();
  const byDept = new Map<string, Tally>();
  const byCountry = new Map<string, Tally>();
  const byCategory = new Map<string, Tally>();
  const total = newTally();
  const get = <K>(m: Map<K, Tally>, k: K) => {
    let t = m.get(k);
    if (!t) m.set(k, (t = newTally()));
    return t;
  };
  for (const r of counted) {
    const unit = str(r[COL.unit]) || '（未填组团单位）';
    const dept = str(r[COL.adminDept]) || '（未填归口管理部门）';
    let u = byUnit.get(unit);
    if (!u) byUnit.set(unit, (u = { dept, t: newTally() }));
    add(u.t, r);
    add(get(byDept, dept), r);
    add(total, r);
    const countries = str(r[COL.countries])
      .split(/[、，,；;/\s]+/)
      .filter(Boolean);
    for (const c of countries.length ? countries : ['（未填国家）']) add(get(byCountry, c), r);
    add(get(byCategory, str(r[COL.category]) || '（未填项目类别）'), r);
  }

  const rows: OutRow[] = [];
  const headerRows: number[] = [];
  const merges: OutSheet['merges'] = [];
  const heights: (number | undefined)[] = [];
  /** Adds a block (title row merged over its header's width so it is never cut); returns its first body row. */
  const block = (title: string, header: string[], body: OutValue[][]): number => {
    if (rows.length) rows.push([]);
    rows.push([{ value: title, style: TITLE }]);
    merges.push({ r0: rows.length - 1, c0: 0, r1: rows.length - 1, c1: header.length - 1 });
    heights[rows.length - 1] = 20;
    rows.push(header);
    headerRows.push(rows.length - 1);
    const first = rows.length;
    for (const b of body) rows.push(b.map((v, c) => (typeof v === 'number' && header[c] === BUDGET_HEADER ? { value: v, style: WAN } : v)));
    return first;
  };
  block(
    '全省合计',
    ['范围', '单位数', ...TALLY_HEADER, '已撤回项目数', DUPLICATES_NOT_COUNTED],
    [['全省', total.units.size, ...tallyCells(total), withdrawn, duplicates]],
  );
  block(
    '按组团单位',
    ['组团单位', '归口管理部门', ...TALLY_HEADER],
    [...byUnit].map(([unit, { dept, t }]) => [unit, dept, ...tallyCells(t)]),
  );
  block(
    '按归口管理部门',
    ['归口管理部门', '单位数', ...TALLY_HEADER],
    [...byDept].map(([d, t]) => [d, t.units.size, ...tallyCells(t)]),
  );
  const countryHeader = ['国家（地区）', '单位数', ...TALLY_HEADER];
  const countries = [...byCountry];
  const countryRow0 = block(
    `${COUNTRY_BLOCK}（多国项目在每个国家各计一次，故各国之和可大于全省合计）`,
    countryHeader,
    countries.map(([c, t]) => [c, t.units.size, ...tallyCells(t)]),
  );
  block(
    '按项目类别',
    ['项目类别', '单位数', ...TALLY_HEADER],
    [...byCategory].map(([c, t]) => [c, t.units.size, ...tallyCells(t)]),
  );
  const budgetCol = countryHeader.indexOf(BUDGET_HEADER);
  const peopleCol = countryHeader.indexOf(PEOPLE_HEADER);
  const chart: ChartSpec | undefined = countries.length
    ? {
        title: COUNTRY_CHART_TITLE,
        categoryLabel: countryHeader[0],
        categories: countries.map(([c]) => c),
        series: [
          { name: BUDGET_HEADER, values: countries.map(([, t]) => round4(t.budget)) },
          { name: PEOPLE_HEADER, values: countries.map(([, t]) => t.people) },
        ],
        source: { r0: countryRow0, r1: countryRow0 + countries.length - 1, categoryCol: 0, seriesCols: [budgetCol, peopleCol] },
      }
    : undefined;
  const colWidths = [28, 18, 8, 8, 10, 16, 14, 16, 12, 16];
  // Headers wrap within their column: their rows get the height of their lines.
  wrappedRowHeights(styledRows({ name: '', rows, headerRows }), colWidths).forEach((h, r) => h !== undefined && (heights[r] = Math.max(h, heights[r] ?? 0)));
  return {
    name: SHEET_UNITS,
    rows,
    headerRows,
    merges,
    rowHeights: heights,
    colWidths,
    // The chart goes below the tables (file writer), on a page of its own.
    print: { orientation: 'landscape', fitWidth: 1, fitHeight: 0, ...(chart ? { breaksBefore: [rows.length + 1] } : {}) },
    ...(chart ? { chart } : {}),
  };
}

function str(v: OutValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** The three sheets of the summary workbook (`streamed`: 省级汇总's and 导入记录's rows made as written, see summarySheet). */
export function resultSheets(result: MergeResult, streamed = false): OutSheet[] {
  return [summarySheet(result, streamed), unitSheet(result), logSheet(result, streamed)];
}
