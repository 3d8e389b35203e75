/**
 * Counting schedule days (RULES.md "Counting schedule days"), exactly:
 * - 在外总日程 = calendar days from the first to the last date, inclusive; where there are no dates,
 *   the number of distinct 第N天.
 * - A row's share of its day: 上午 / 下午 = ½, 晚上 = 0, 全天 or no 时段 = 1. Several rows of one day
 *   without 时段 split the day equally; rows that share one half-day (two 上午 rows) split that half,
 *   and 全天 / untimed rows of a day that also has 上午 or 下午 rows share what is left, so that a day
 *   never counts for more than one day.
 * - study days = 专题培训 + 课堂学习 + 对口考察; topic days = 专题培训.
 */
import type { IsoDate, Schedule, ScheduleRow } from '../model/records';
import { FractionSum, HALF, ONE, ZERO, frac, type Fraction } from '../values/fraction';
import { dayIndex, fromDayIndex } from '../rules/dates';
import { dateReadOf } from '../sheets/schedule';

export const STUDY_TYPES = ['专题培训', '课堂学习', '对口考察'] as const;
const STUDY = new Set<string>(STUDY_TYPES);

export interface ScheduleDay {
  /** The day's date when the schedule has one for it. */
  date: IsoDate | null;
  dayNumber: number | null;
  rows: ScheduleRow[];
}

export interface ScheduleDays {
  /** 在外总日程; null when neither dates nor day numbers can be read. */
  totalDays: number | null;
  study: Fraction;
  topic: Fraction;
  /** The days in schedule order (rows of a day together). */
  days: ScheduleDay[];
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
}

const cache = new WeakMap<Schedule, ScheduleDays>();

/** A schedule of at most this many days, none of them coming back, is grouped by runs of rows (see groupDays). */
const RUN_DAYS = 32;
// each day's first row, for groupDays's runs (one buffer for every schedule: no array per schedule)
const runStarts = new Int32Array(RUN_DAYS);
// a day's rows until its run is cut (never added to)
const NO_ROWS: ScheduleRow[] = [];

/**
 * Groups rows into days: a row without a readable date or day number belongs to the day before it.
 * The usual schedule (a few dozen days, each a run of rows) is cut into its runs, each day's rows one
 * slice of the schedule's at its length (a list grown row by row holds room for 17); a schedule that comes back
 * to an earlier day, or has more days, is grouped row by row.
 */
export function groupDays(rows: readonly ScheduleRow[]): ScheduleDay[] {
  const days: ScheduleDay[] = [];
  let current: ScheduleDay | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let day: ScheduleDay | null = null;
    // (the date as read: a parsed row's Reading is made only when asked — see dateReadOf)
    const read = dateReadOf(row);
    if (read && read.ok) {
      const date = read.value;
      if (current !== null && current.date === date) continue;
      for (const d of days) if (d.date === date) return groupDaysByLookup(rows); // (a day come back to)
      day = { date, dayNumber: row.dayNumber, rows: NO_ROWS };
    } else if (row.dayNumber !== null) {
      const n = row.dayNumber;
      if (current !== null && current.date === null && current.dayNumber === n) continue;
      for (const d of days) if (d.date === null && d.dayNumber === n) return groupDaysByLookup(rows);
      day = { date: null, dayNumber: n, rows: NO_ROWS };
    } else if (current !== null) continue;
    else day = { date: null, dayNumber: null, rows: NO_ROWS };
    if (days.length === RUN_DAYS) return groupDaysByLookup(rows);
    runStarts[days.length] = i;
    days.push(day);
    current = day;
  }
  for (let k = 0; k < days.length; k++) days[k].rows = rows.slice(runStarts[k], k + 1 < days.length ? runStarts[k + 1] : rows.length);
  return days;
}

/** groupDays, row by row: days found again by their date or day number (the plain way; what the runs must give, tests). */
export function groupDaysByLookup(rows: readonly ScheduleRow[]): ScheduleDay[] {
  // days by date and by day number, kept apart (not one map of `D<date>` / `N<n>` keys: no string per row)
  const byDate = new Map<IsoDate, ScheduleDay>();
  const byNumber = new Map<number, ScheduleDay>();
  const days: ScheduleDay[] = [];
  let current: ScheduleDay | null = null;
  for (const row of rows) {
    let day: ScheduleDay | undefined;
    if (row.date && row.date.ok) {
      const date = row.date.value;
      // (the row above's day, the usual case, without a lookup: a day with a date is byDate's day of it)
      day = current !== null && current.date === date ? current : byDate.get(date);
      if (!day) {
        day = { date, dayNumber: row.dayNumber, rows: [] };
        byDate.set(date, day);
        days.push(day);
      }
    } else if (row.dayNumber !== null) {
      day = current !== null && current.date === null && current.dayNumber === row.dayNumber ? current : byNumber.get(row.dayNumber);
      if (!day) {
        day = { date: null, dayNumber: row.dayNumber, rows: [] };
        byNumber.set(row.dayNumber, day);
        days.push(day);
      }
    } else {
      if (!current) {
        current = { date: null, dayNumber: null, rows: [] };
        days.push(current);
      }
      current.rows.push(row);
      continue;
    }
    day.rows.push(row);
    current = day;
  }
  return days;
}

/** Shares of one day's rows (see the module comment). */
export function dayShares(rows: readonly ScheduleRow[]): Fraction[] {
  if (rows.length === 1) {
    const s = rows[0].slot;
    return [s === '上午' || s === '下午' ? HALF : s === '晚上' ? ZERO : ONE];
  }
  let am = 0;
  let pm = 0;
  let whole = 0;
  for (const r of rows) {
    if (r.slot === '上午') am++;
    else if (r.slot === '下午') pm++;
    else if (r.slot === null || r.slot === '全天') whole++;
  }
  const left = frac(2 - (am > 0 ? 1 : 0) - (pm > 0 ? 1 : 0), 2);
  // the usual day (one 上午 row, one 下午 row) takes the shared ½ instead of a new fraction per row
  const amShare = am <= 1 ? HALF : frac(1, 2 * am);
  const pmShare = pm <= 1 ? HALF : frac(1, 2 * pm);
  const wholeShare = whole > 0 ? frac(left.n, left.d * whole) : ZERO;
  return rows.map((r) => {
    switch (r.slot) {
      case '上午':
        return amShare;
      case '下午':
        return pmShare;
      case '晚上':
        return ZERO;
      default:
        return wholeShare;
    }
  });
}

/** One 上午 and one 下午 row, in either order. */
function isHalfDayPair(a: ScheduleRow['slot'], b: ScheduleRow['slot']): boolean {
  return (a === '上午' && b === '下午') || (a === '下午' && b === '上午');
}

function addShare(type: string, share: Fraction, study: FractionSum, topic: FractionSum): void {
  if (STUDY.has(type)) study.add(share);
  if (type === '专题培训') topic.add(share);
}

export function countScheduleDays(schedule: Schedule): ScheduleDays {
  const hit = cache.get(schedule);
  if (hit) return hit;
  const days = groupDays(schedule.rows);
  const study = new FractionSum();
  const topic = new FractionSum();
  let minD = Infinity;
  let maxD = -Infinity;
  let numbers: Set<number> | undefined; // (made only for a schedule with day numbers)
  for (const day of days) {
    const rows = day.rows;
    if (rows.length === 2 && isHalfDayPair(rows[0].slot, rows[1].slot)) {
      // the usual day, 上午 + 下午: ½ each (what dayShares gives), without a list of shares per day
      for (let i = 0; i < 2; i++) addShare(rows[i].type, HALF, study, topic);
    } else {
      const s = dayShares(rows);
      for (let i = 0; i < rows.length; i++) addShare(rows[i].type, s[i], study, topic);
    }
    if (day.date) {
      const n = dayIndex(day.date);
      if (!Number.isNaN(n)) {
        minD = Math.min(minD, n);
        maxD = Math.max(maxD, n);
      }
    }
    for (const row of rows) if (row.dayNumber !== null) (numbers ??= new Set<number>()).add(row.dayNumber);
  }
  let totalDays: number | null = null;
  if (Number.isFinite(minD)) totalDays = maxD - minD + 1;
  else if (numbers !== undefined) totalDays = numbers.size;
  const result = new CountedDays(
    totalDays,
    study.value(),
    topic.value(),
    days,
    schedule.rows,
    Number.isFinite(minD) ? fromDayIndex(minD) : null,
    Number.isFinite(maxD) ? fromDayIndex(maxD) : null,
  );
  cache.set(schedule, result);
  return result;
}

/**
 * A schedule's counts, kept for as long as the schedule (the rules and the tallies ask again), and its days,
 * kept only until they are first read: the travel rules read them once per schedule, the counts are what
 * stays asked for, and a day object and a list of rows per day of every schedule were what the rules phase's
 * young-generation collections copied (docs/BENCH.md, round 13). Read again, the days are grouped again.
 */
class CountedDays implements ScheduleDays {
  constructor(
    readonly totalDays: number | null,
    readonly study: Fraction,
    readonly topic: Fraction,
    private kept: ScheduleDay[] | undefined,
    private readonly rows: readonly ScheduleRow[],
    readonly firstDate: IsoDate | null,
    readonly lastDate: IsoDate | null,
  ) {}

  get days(): ScheduleDay[] {
    const days = this.kept ?? groupDays(this.rows);
    this.kept = undefined;
    return days;
  }
}
