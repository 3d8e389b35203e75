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

/**
 * A schedule's days as runs of rows: day k is rows[starts[k]] up to rows[starts[k + 1]], with its date and
 * day number. One object for every schedule, filled again by each call of dayRuns: read it before the next.
 */
export interface DayRuns {
  readonly count: number;
  /** count + 1 entries, the last = the rows' length. */
  readonly starts: Int32Array;
  readonly dates: readonly (IsoDate | null)[];
  readonly dayNumbers: readonly (number | null)[];
}

class RunsScratch implements DayRuns {
  count = 0;
  readonly starts = new Int32Array(RUN_DAYS + 1);
  readonly dates: (IsoDate | null)[] = new Array<IsoDate | null>(RUN_DAYS).fill(null);
  readonly dayNumbers: (number | null)[] = new Array<number | null>(RUN_DAYS).fill(null);
}
const runs = new RunsScratch();

/**
 * The days groupDays gives, as runs (no object or list per day), when the schedule is the usual one — at most
 * RUN_DAYS days, none come back to; null otherwise (then group by groupDaysByLookup). A row without a readable
 * date or day number belongs to the day before it. The answer is shared: valid until the next call.
 */
export function dayRuns(rows: readonly ScheduleRow[]): DayRuns | null {
  const dates = runs.dates;
  const numbers = runs.dayNumbers;
  const starts = runs.starts;
  let n = 0;
  // the current day: its date, or (none) its day number, or (neither) a day of rows before any date
  let date: IsoDate | null = null;
  let dayNumber: number | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    // (the date as read: a parsed row's Reading is made only when asked — see dateReadOf)
    const read = dateReadOf(row);
    if (read && read.ok) {
      const d = read.value;
      if (n > 0 && date === d) continue;
      for (let k = 0; k < n; k++) if (dates[k] === d) return null; // (a day come back to)
      date = d;
      dayNumber = row.dayNumber;
    } else if (row.dayNumber !== null) {
      const num = row.dayNumber;
      if (n > 0 && date === null && dayNumber === num) continue;
      for (let k = 0; k < n; k++) if (dates[k] === null && numbers[k] === num) return null;
      date = null;
      dayNumber = num;
    } else if (n > 0) continue;
    else {
      date = null;
      dayNumber = null;
    }
    if (n === RUN_DAYS) return null;
    starts[n] = i;
    dates[n] = date;
    numbers[n] = dayNumber;
    n++;
  }
  starts[n] = rows.length;
  runs.count = n;
  return runs;
}

/**
 * Groups rows into days: a row without a readable date or day number belongs to the day before it.
 * The usual schedule (a few dozen days, each a run of rows: dayRuns) is cut into its runs, each day's rows one
 * slice of the schedule's at its length (a list grown row by row holds room for 17); a schedule that comes back
 * to an earlier day, or has more days, is grouped row by row.
 */
export function groupDays(rows: readonly ScheduleRow[]): ScheduleDay[] {
  const r = dayRuns(rows);
  if (r === null) return groupDaysByLookup(rows);
  const days: ScheduleDay[] = [];
  for (let k = 0; k < r.count; k++) days.push({ date: r.dates[k], dayNumber: r.dayNumbers[k], rows: rows.slice(r.starts[k], r.starts[k + 1]) });
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
  daySlotShares(rows, 0, rows.length);
  return rows.map((r) => shareOfSlot(r.slot));
}

// one day's share of a 上午 row, a 下午 row and any other row (晚上 aside): daySlotShares fills it, shareOfSlot reads it
// (one object, not one per day: countScheduleDays asks it of every day that is not the usual 上午 + 下午)
const slotShares = { am: HALF, pm: HALF, whole: ONE };

/** The shares of the day rows[start] up to rows[end], by slot, into slotShares (the one definition of a day's shares). */
function daySlotShares(rows: readonly ScheduleRow[], start: number, end: number): void {
  if (end - start === 1) {
    // a day of one row: 上午 or 下午 is half a day, 晚上 none, any other the whole day
    slotShares.am = HALF;
    slotShares.pm = HALF;
    slotShares.whole = ONE;
    return;
  }
  let am = 0;
  let pm = 0;
  let whole = 0;
  for (let i = start; i < end; i++) {
    const slot = rows[i].slot;
    if (slot === '上午') am++;
    else if (slot === '下午') pm++;
    else if (slot === null || slot === '全天') whole++;
  }
  const left = frac(2 - (am > 0 ? 1 : 0) - (pm > 0 ? 1 : 0), 2);
  // the usual day (one 上午 row, one 下午 row) takes the shared ½ instead of a new fraction per row
  slotShares.am = am <= 1 ? HALF : frac(1, 2 * am);
  slotShares.pm = pm <= 1 ? HALF : frac(1, 2 * pm);
  slotShares.whole = whole > 0 ? frac(left.n, left.d * whole) : ZERO;
}

/** A row's share of its day, by its slot, as daySlotShares last found them. */
function shareOfSlot(slot: ScheduleRow['slot']): Fraction {
  if (slot === '上午') return slotShares.am;
  if (slot === '下午') return slotShares.pm;
  if (slot === '晚上') return ZERO;
  return slotShares.whole;
}

/** One 上午 and one 下午 row, in either order. */
function isHalfDayPair(a: ScheduleRow['slot'], b: ScheduleRow['slot']): boolean {
  return (a === '上午' && b === '下午') || (a === '下午' && b === '上午');
}

function addShare(type: string, share: Fraction, study: FractionSum, topic: FractionSum): void {
  if (STUDY.has(type)) study.add(share);
  if (type === '专题培训') topic.add(share);
}

/** Adds one day's shares (what dayShares gives rows[start] up to rows[end]), by type, without a list of them. */
function addDayShares(rows: readonly ScheduleRow[], start: number, end: number, study: FractionSum, topic: FractionSum): void {
  if (end - start === 2 && isHalfDayPair(rows[start].slot, rows[start + 1].slot)) {
    // the usual day, 上午 + 下午: ½ each
    addShare(rows[start].type, HALF, study, topic);
    addShare(rows[start + 1].type, HALF, study, topic);
    return;
  }
  daySlotShares(rows, start, end);
  for (let i = start; i < end; i++) addShare(rows[i].type, shareOfSlot(rows[i].slot), study, topic);
}

export function countScheduleDays(schedule: Schedule): ScheduleDays {
  const hit = cache.get(schedule);
  if (hit) return hit;
  const rows = schedule.rows;
  const study = new FractionSum();
  const topic = new FractionSum();
  let minD = Infinity;
  let maxD = -Infinity;
  let numbers: Set<number> | undefined; // (made only for a schedule with day numbers)
  // the usual schedule's days as runs of its rows (no object or list per day); any other grouped row by row
  const r = dayRuns(rows);
  const byLookup = r === null ? groupDaysByLookup(rows) : null;
  const n = r !== null ? r.count : (byLookup as ScheduleDay[]).length;
  for (let k = 0; k < n; k++) {
    let dayRows = rows;
    let start = 0;
    let end: number;
    let date: IsoDate | null;
    if (r !== null) {
      start = r.starts[k];
      end = r.starts[k + 1];
      date = r.dates[k];
    } else {
      const day = (byLookup as ScheduleDay[])[k];
      dayRows = day.rows;
      end = dayRows.length;
      date = day.date;
    }
    addDayShares(dayRows, start, end, study, topic);
    if (date) {
      const d = dayIndex(date);
      if (!Number.isNaN(d)) {
        minD = Math.min(minD, d);
        maxD = Math.max(maxD, d);
      }
    }
    for (let i = start; i < end; i++) {
      const dayNumber = dayRows[i].dayNumber;
      if (dayNumber !== null) (numbers ??= new Set<number>()).add(dayNumber);
    }
  }
  let totalDays: number | null = null;
  if (Number.isFinite(minD)) totalDays = maxD - minD + 1;
  else if (numbers !== undefined) totalDays = numbers.size;
  const result = new CountedDays(
    totalDays,
    study.value(),
    topic.value(),
    rows,
    Number.isFinite(minD) ? fromDayIndex(minD) : null,
    Number.isFinite(maxD) ? fromDayIndex(maxD) : null,
  );
  cache.set(schedule, result);
  return result;
}

/**
 * A schedule's counts, kept for as long as the schedule (the rules and the tallies ask again). Its days are
 * grouped when read (no reader in the rules: the travel walk reads dayRuns); a day object and a list of rows
 * per day of every schedule were what the rules phase's young-generation collections copied (docs/BENCH.md,
 * rounds 13 and 17).
 */
class CountedDays implements ScheduleDays {
  constructor(
    readonly totalDays: number | null,
    readonly study: Fraction,
    readonly topic: Fraction,
    private readonly rows: readonly ScheduleRow[],
    readonly firstDate: IsoDate | null,
    readonly lastDate: IsoDate | null,
  ) {}

  get days(): ScheduleDay[] {
    return groupDays(this.rows);
  }
}
