/**
 * Tallying a continuing-education register: each person's hours per year, exactly (hours may be halves).
 *
 * - A person is keyed by 身份证号 (normalised: half-width, no spaces, upper-case X), else 工号, else 姓名 + 单位.
 *   A name seen with two different 身份证号 (or two different 工号) is reported as a conflict, never merged.
 * - A row counts its 学时 as given, else 天数 × 6 (国人部发〔2007〕96号 第10条: 12天或72学时).
 * - Outbound training (形式 出国（境）培训) counts the approved days abroad × 6 where 天数 is given
 *   (浙外专发〔2017〕14号 三(四) "每天可认定登记6个学时，天数以…批准的在外停留时间为准").
 * - Basis `ce2007`: 公需科目 count up to maxPublicShare × the required total (第6条 "一般不超过…总学时的三分之一");
 *   the excess is shown but not counted. Basis `cas`: 003 sets no such cap; every hour recorded counts,
 *   and a 所局级领导人员 needs minLeaderHours instead of minHours.
 */
import { a1, type CellRef } from '../grid';
import type { CeRow, Reading } from '../model/records';
import { add, compare, frac, mul, parseFraction, toNumber, ZERO, type Fraction } from '../values/fraction';
import { normaliseIdNumber, normaliseName, normaliseStaffNumber, toHalfWidth } from './text';

export type CeBasis = 'ce2007' | 'cas';

export interface TallyOptions {
  basis: CeBasis;
  /** Required hours a year (ce2007: 72; cas: 100). */
  minHours: Fraction;
  /** cas: required hours of a 所局级领导人员 (110). */
  minLeaderHours?: Fraction;
  /**
   * Where 公需科目 hours are capped (ce2007 with `capPublicHours`): the share of the required hours they
   * may fill (1/3 of 72 = 24). Absent: every public hour recorded counts (004 第6条 does not say the
   * excess is not recognised).
   */
  maxPublicShare?: Fraction;
  /** Hours a day of training (6). */
  hoursPerDay: Fraction;
  /** Hours a day abroad (6). */
  hoursPerDayAbroad: Fraction;
  /** Only this year; otherwise every year present (rows whose year cannot be read form a group with year null). */
  year?: number;
}

/** A cell whose value the tally needed and could not read (→ CE-VALUE). */
export interface ValueIssue {
  row: CeRow;
  ref: CellRef;
  /** Chinese: what is wrong. */
  message: string;
}

/** One person's hours in one year, exact. */
export interface PersonYearExact {
  key: string;
  name: string;
  unit: string;
  idNumber?: string;
  staffNumber?: string;
  /** 人员类别 as written (first non-blank). */
  category: string;
  leader: boolean;
  year: number | null;
  basis: CeBasis;
  professional: Fraction;
  publicRecorded: Fraction;
  /** Public hours that count: = publicRecorded unless `publicCapped`. */
  publicCounted: Fraction;
  /** Public hours were capped (TallyOptions.maxPublicShare given). */
  publicCapped: boolean;
  abroad: Fraction;
  /** Every hour recorded (public excess included). */
  recorded: Fraction;
  /** Hours that count toward the requirement. */
  total: Fraction;
  required: Fraction;
  shortfall: Fraction;
  /** The person's rows of this year, in register order; rows[0] is where findings point. */
  rows: CeRow[];
  /** Rows whose hours could not be read (not counted; never taken as 0). */
  unreadableRows: CeRow[];
}

export interface IdConflict {
  kind: 'idNumber' | 'staffNumber';
  /** The ID as keyed (normalised). */
  id: string;
  /** Each distinct name written with this ID, with the first row it appears on (`ref`: its name cell). */
  names: { name: string; row: CeRow; ref: CellRef }[];
}

export interface TallyResult {
  persons: PersonYearExact[];
  conflicts: IdConflict[];
  valueIssues: ValueIssue[];
}

const ABROAD_FORM = /出国|出境|境外|赴港澳|国\(境\)外/;

/** 形式 says outbound training (出国（境）培训, 出境培训, 境外培训…). */
export function isAbroadForm(text: string | undefined): boolean {
  return !!text && ABROAD_FORM.test(toHalfWidth(text).replace(/\s+/g, ''));
}

const LEADER = /所局级/;

export function isLeaderCategory(text: string | undefined): boolean {
  return !!text && LEADER.test(text);
}

/** A reading's value as an exact fraction (decimals to 1e-6), or null. */
export function exact(r: Reading<number> | null | undefined): Fraction | null {
  if (!r || !r.ok) return null;
  return parseFraction(r.value);
}

/** The person's key: 身份证号, else 工号, else 姓名 + 单位. */
export function personKey(row: CeRow): string {
  if (row.idNumber?.text) return `id:${normaliseIdNumber(row.idNumber.text)}`;
  if (row.staffNumber?.text) return `staff:${normaliseStaffNumber(row.staffNumber.text)}`;
  return `name:${normaliseName(row.name.text)}|${normaliseName(row.unit?.text ?? '')}`;
}

/** What one row counts: its bucket and hours, or why it cannot be counted. */
export interface RowHours {
  bucket: 'professional' | 'public' | 'abroad';
  /** Hours counted (abroad: approved days × hoursPerDayAbroad where 天数 is given). */
  hours: Fraction | null;
  /** The 学时 as recorded, when readable. */
  recordedHours: Fraction | null;
  days: Fraction | null;
  issue?: { ref: CellRef; message: string };
}

function problemText(r: Reading<number>, label: string): string {
  if (r.ok) return '';
  if (r.problem === 'error') return `${label}为错误值 ${r.text}`;
  if (r.problem === 'blank') return `${label}为空`;
  return `${label}「${r.text}」不是数字`;
}

export function rowHours(row: CeRow, opts: Pick<TallyOptions, 'hoursPerDay' | 'hoursPerDayAbroad'>): RowHours {
  const abroad = isAbroadForm(row.form?.text);
  const bucket: RowHours['bucket'] = abroad ? 'abroad' : row.subject === '公需科目' ? 'public' : 'professional';
  const recordedHours = exact(row.hours);
  const days = exact(row.days);
  const negative = (f: Fraction | null, r: Reading<number> | null, label: string) =>
    f && f.n < 0 && r ? { ref: r.ref, message: `${label}「${r.text}」为负数` } : undefined;
  const neg = negative(recordedHours, row.hours, '学时') ?? negative(days, row.days, '天数');
  if (neg) return { bucket, hours: null, recordedHours, days, issue: neg };
  if (abroad && days) return { bucket, hours: mul(days, opts.hoursPerDayAbroad), recordedHours, days };
  if (recordedHours) return { bucket, hours: recordedHours, recordedHours, days };
  if (days) return { bucket, hours: mul(days, opts.hoursPerDay), recordedHours, days };
  // Neither 学时 nor 天数 could be read: say which cell, never count 0.
  const bad = [row.hours, row.days].find((r) => r && !r.ok && r.problem !== 'blank') ?? row.hours ?? row.days;
  if (bad) {
    const label = bad === row.hours ? '学时' : '天数';
    return { bucket, hours: null, recordedHours, days, issue: { ref: bad.ref, message: problemText(bad, label) } };
  }
  return { bucket, hours: null, recordedHours, days, issue: { ref: row.name.ref, message: '没有学时或天数' } };
}

function min(a: Fraction, b: Fraction): Fraction {
  return compare(a, b) <= 0 ? a : b;
}

function sub(a: Fraction, b: Fraction): Fraction {
  return add(a, frac(-b.n, b.d));
}

function firstText(rows: CeRow[], pick: (r: CeRow) => string | undefined): string {
  for (const r of rows) {
    const t = pick(r)?.trim();
    if (t) return t;
  }
  return '';
}

/** Tallies register rows (one or many files, in order) per person and year. */
export function tallyRows(rows: readonly CeRow[], opts: TallyOptions): TallyResult {
  const valueIssues: ValueIssue[] = [];
  // person key + year → the rows' indices, in order of first appearance
  const groups = new Map<string, { key: string; year: number | null; rows: number[] }>();
  const computed: RowHours[] = new Array(rows.length);

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let year: number | null = null;
    if (row.year) {
      if (row.year.ok) year = row.year.value;
      else if (opts.year === undefined)
        valueIssues.push({ row, ref: row.year.ref, message: problemText(row.year, '年度') + '，无法归入年度' });
    }
    if (opts.year !== undefined && year !== opts.year) continue;
    const rh = rowHours(row, opts);
    computed[i] = rh;
    if (rh.issue) valueIssues.push({ row, ref: rh.issue.ref, message: rh.issue.message });
    const key = personKey(row);
    const gk = year === null ? key : `${key}\u0000${year}`;
    const g = groups.get(gk);
    if (g) g.rows.push(i);
    else groups.set(gk, { key, year, rows: [i] });
  }

  const persons: PersonYearExact[] = [];
  for (const { key, year, rows: indices } of groups.values()) {
    const list = indices.map((i) => rows[i]);
    let professional = ZERO;
    let publicRecorded = ZERO;
    let abroad = ZERO;
    const unreadableRows: CeRow[] = [];
    for (const i of indices) {
      const rh = computed[i];
      if (!rh.hours) {
        unreadableRows.push(rows[i]);
        continue;
      }
      if (rh.bucket === 'abroad') abroad = add(abroad, rh.hours);
      else if (rh.bucket === 'public') publicRecorded = add(publicRecorded, rh.hours);
      else professional = add(professional, rh.hours);
    }
    const category = firstText(list, (r) => r.personCategory?.text);
    const leader = list.some((r) => isLeaderCategory(r.personCategory?.text));
    const required = opts.basis === 'cas' && leader && opts.minLeaderHours ? opts.minLeaderHours : opts.minHours;
    const publicCounted = opts.maxPublicShare ? min(publicRecorded, mul(opts.maxPublicShare, required)) : publicRecorded;
    const recorded = add(add(professional, abroad), publicRecorded);
    const total = add(add(professional, abroad), publicCounted);
    const shortfall = compare(total, required) >= 0 ? ZERO : sub(required, total);
    const idText = firstText(list, (r) => r.idNumber?.text);
    const staffText = firstText(list, (r) => r.staffNumber?.text);
    persons.push({
      key,
      name: firstText(list, (r) => r.name.text),
      unit: firstText(list, (r) => r.unit?.text),
      idNumber: idText ? normaliseIdNumber(idText) : undefined,
      staffNumber: staffText ? normaliseStaffNumber(staffText) : undefined,
      category,
      leader,
      year,
      basis: opts.basis,
      professional,
      publicRecorded,
      publicCounted,
      publicCapped: opts.maxPublicShare !== undefined,
      abroad,
      recorded,
      total,
      required,
      shortfall,
      rows: list,
      unreadableRows,
    });
  }
  return { persons, conflicts: findIdConflicts(rows, opts.year), valueIssues };
}

/**
 * One 身份证号 (or one 工号) written with two or more different names (RULES.md CE-ID-CONFLICT): a typo
 * in the name or the ID, for the reviewer to check. The rows are one person to the tally (keyed by the ID).
 * Two rows with the same name and different IDs are two people (namesakes are common) and never a conflict.
 */
export function findIdConflicts(rows: readonly CeRow[], year?: number): IdConflict[] {
  type Names = Map<string, { name: string; row: CeRow; ref: CellRef }>;
  const byId = { idNumber: new Map<string, Names>(), staffNumber: new Map<string, Names>() };
  for (const row of rows) {
    if (year !== undefined && !(row.year?.ok && row.year.value === year)) continue;
    const name = normaliseName(row.name.text.trim());
    if (!name) continue;
    for (const kind of ['idNumber', 'staffNumber'] as const) {
      const cell = row[kind];
      if (!cell?.text.trim()) continue;
      const id = kind === 'idNumber' ? normaliseIdNumber(cell.text) : normaliseStaffNumber(cell.text);
      let names = byId[kind].get(id);
      if (!names) byId[kind].set(id, (names = new Map()));
      if (!names.has(name)) names.set(name, { name: row.name.text.trim(), row, ref: row.name.ref });
    }
  }
  const out: IdConflict[] = [];
  for (const kind of ['idNumber', 'staffNumber'] as const) {
    for (const [id, names] of byId[kind]) if (names.size > 1) out.push({ kind, id, names: [...names.values()] });
  }
  return out;
}

/** A person-year with plain numbers (reports, JSON, the task pane). */
export interface PersonYear {
  key: string;
  name: string;
  unit: string;
  idNumber?: string;
  staffNumber?: string;
  category: string;
  leader: boolean;
  /** null: the rows' 年度 could not be read. */
  year: number | null;
  /** Which requirement the figures follow: `ce2007` (72) or `cas` (100 / 110 for leaders). */
  basis: CeBasis;
  professional: number;
  publicRecorded: number;
  /** Public hours that count: the same as publicRecorded unless `publicCapped`. */
  publicCounted: number;
  /** The public hours were capped (ce2007 with `capPublicHours`), so publicCounted is a separate figure. */
  publicCapped: boolean;
  abroad: number;
  recorded: number;
  total: number;
  required: number;
  shortfall: number;
  /** Rows whose hours could not be read (not counted). */
  unreadableRows: number;
  /** Where the person's first row is (findings point here), and all their rows. */
  first: { file: string; sheet: string; cell: string };
  rows: { file: string; sheet: string; row: number }[];
}

/** Plain numbers for reports; `first` is the name cell of the person's first row of that year. */
export function toPersonYear(p: PersonYearExact): PersonYear {
  const first = p.rows[0];
  return {
    key: p.key,
    name: p.name,
    unit: p.unit,
    idNumber: p.idNumber,
    staffNumber: p.staffNumber,
    category: p.category,
    leader: p.leader,
    year: p.year,
    basis: p.basis,
    professional: toNumber(p.professional),
    publicRecorded: toNumber(p.publicRecorded),
    publicCounted: toNumber(p.publicCounted),
    publicCapped: p.publicCapped,
    abroad: toNumber(p.abroad),
    recorded: toNumber(p.recorded),
    total: toNumber(p.total),
    required: toNumber(p.required),
    shortfall: toNumber(p.shortfall),
    unreadableRows: p.unreadableRows.length,
    first: { file: first.source.file, sheet: first.source.sheet, cell: a1(first.name.ref.row, first.name.ref.col) },
    rows: p.rows.map((r) => r.source),
  };
}

// Several rules of a pack tally the same rows with the same options: tally once per rows array and options.
const cache = new WeakMap<readonly CeRow[], Map<string, TallyResult>>();

/** tallyRows, kept per rows array and options (the rules of a pack and the CE tally share one result). */
export function cachedTally(rows: readonly CeRow[], opts: TallyOptions): TallyResult {
  let byOpts = cache.get(rows);
  if (!byOpts) cache.set(rows, (byOpts = new Map()));
  const key = JSON.stringify(opts);
  let result = byOpts.get(key);
  if (!result) byOpts.set(key, (result = tallyRows(rows, opts)));
  return result;
}
