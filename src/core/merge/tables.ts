/** The merge result as the three sheets of the summary workbook: 省级汇总, 单位汇总, 导入记录. */
import { COL, STATUS_COLUMN, STATUS_WITHDRAWN } from './columns';
import type { LogEntry, MergeResult, OutSheet, OutValue } from './types';
import { appendAll } from '../collections';

export const SHEET_SUMMARY = '省级汇总';
export const SHEET_UNITS = '单位汇总';
export const SHEET_LOG = '导入记录';

export const LOG_HEADER = ['导入时间', '类别', '来源文件', '工作表', '行', '项目', '字段', '原值', '新值', '说明'];

const WIDTH: Record<string, number> = {
  [COL.theme]: 30,
  [COL.unit]: 24,
  [COL.file]: 30,
  [COL.sha]: 20,
  [COL.importedAt]: 20,
  [COL.opinion]: 24,
  [COL.mergeChecks]: 30,
  [COL.rules]: 20,
  培训目的: 24,
  培训主要内容和必要性: 30,
  境外培训机构: 24,
};

export function summarySheet(result: MergeResult): OutSheet {
  const rows: OutValue[][] = [result.header.slice()];
  for (const r of result.rows) rows.push(result.header.map((h) => r[h] ?? null));
  return {
    name: SHEET_SUMMARY,
    rows,
    headerRows: [0],
    freeze: { rows: 1, cols: 0 },
    colWidths: result.header.map((h) => WIDTH[h] ?? Math.min(16, Math.max(8, h.length * 2 + 2))),
  };
}

export function logSheet(result: MergeResult): OutSheet {
  const rows: OutValue[][] = [LOG_HEADER.slice()];
  const prev = result.previousLog;
  // Earlier lines are kept as they were (their header row is not repeated).
  const start = prev.length && sameHeader(prev[0], LOG_HEADER) ? 1 : 0;
  for (let i = start; i < prev.length; i++) rows.push(prev[i]);
  for (const e of result.log) rows.push(logRow(e));
  return { name: SHEET_LOG, rows, headerRows: [0], freeze: { rows: 1, cols: 0 }, colWidths: [20, 8, 30, 12, 6, 36, 14, 16, 16, 50] };
}

function sameHeader(a: OutValue[], b: string[]): boolean {
  return b.every((h, i) => String(a[i] ?? '').trim() === h);
}

function logRow(e: LogEntry): OutValue[] {
  return [e.importedAt, e.kind, e.file, e.sheet, e.row, e.project, e.field, e.oldValue, e.newValue, e.note];
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

const TALLY_HEADER = ['项目数', '人数', '人天数', '经费预算（万元）', '有错误的项目数', '数据不全的项目数'];

/** Per unit, per 归口管理部门, province totals, by country and by 项目类别 (active rows only). */
export function unitSheet(result: MergeResult): OutSheet {
  const active = result.rows.filter((r) => String(r[STATUS_COLUMN] ?? '').trim() !== STATUS_WITHDRAWN);
  const withdrawn = result.rows.length - active.length;
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
  for (const r of active) {
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

  const rows: OutValue[][] = [];
  const headerRows: number[] = [];
  const block = (title: string, header: string[], body: OutValue[][]) => {
    if (rows.length) rows.push([]);
    rows.push([title]);
    headerRows.push(rows.length - 1);
    rows.push(header);
    headerRows.push(rows.length - 1);
    appendAll(rows, body);
  };
  block('全省合计', ['范围', '单位数', ...TALLY_HEADER, '已撤回项目数'], [['全省', total.units.size, ...tallyCells(total), withdrawn]]);
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
  block(
    '按国家（地区）（多国项目在每个国家各计一次，故各国之和可大于全省合计）',
    ['国家（地区）', '单位数', ...TALLY_HEADER],
    [...byCountry].map(([c, t]) => [c, t.units.size, ...tallyCells(t)]),
  );
  block(
    '按项目类别',
    ['项目类别', '单位数', ...TALLY_HEADER],
    [...byCategory].map(([c, t]) => [c, t.units.size, ...tallyCells(t)]),
  );
  return { name: SHEET_UNITS, rows, headerRows, colWidths: [28, 18, 8, 8, 10, 16, 14, 16, 12] };
}

function str(v: OutValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** The three sheets of the summary workbook. */
export function resultSheets(result: MergeResult): OutSheet[] {
  return [summarySheet(result), unitSheet(result), logSheet(result)];
}
