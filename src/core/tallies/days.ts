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
import { HALF, ONE, ZERO, add, frac, type Fraction } from '../values/fraction';
import { dayIndex, fromDayIndex } from '../rules/dates';

export const STUDY_TYPES = ['专题培训', '课堂学习', '对口考察'] as const;

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
  /** Each row's share of its day, by row (0-based sheet row). */
  shares: Map<ScheduleRow, Fraction>;
  /** The days in schedule order (rows of a day together). */
  days: ScheduleDay[];
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
}

const cache = new WeakMap<Schedule, ScheduleDays>();

/** Groups rows into days: a row without a readable date or day number belongs to the day before it. */
export function groupDays(rows: readonly ScheduleRow[]): ScheduleDay[] {
  const byKey = new Map<string, ScheduleDay>();
  const days: ScheduleDay[] = [];
  let current: ScheduleDay | null = null;
  for (const row of rows) {
    let key: string | null = null;
    let date: IsoDate | null = null;
    if (row.date && row.date.ok) {
      date = row.date.value;
      key = `D${date}`;
    } else if (row.dayNumber !== null && (!row.date || !row.date.ok)) {
      key = `N${row.dayNumber}`;
    }
    if (key === null) {
      if (!current) {
        current = { date: null, dayNumber: null, rows: [] };
        days.push(current);
        byKey.set('?', current);
      }
      current.rows.push(row);
      continue;
    }
    let day = byKey.get(key);
    if (!day) {
      day = { date, dayNumber: row.dayNumber, rows: [] };
      byKey.set(key, day);
      days.push(day);
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
  const am = rows.filter((r) => r.slot === '上午').length;
  const pm = rows.filter((r) => r.slot === '下午').length;
  const whole = rows.filter((r) => r.slot === null || r.slot === '全天').length;
  const left = frac(2 - (am > 0 ? 1 : 0) - (pm > 0 ? 1 : 0), 2);
  return rows.map((r) => {
    switch (r.slot) {
      case '上午':
        return frac(1, 2 * am);
      case '下午':
        return frac(1, 2 * pm);
      case '晚上':
        return ZERO;
      default:
        return whole > 0 ? frac(left.n, left.d * whole) : ZERO;
    }
  });
}

export function countScheduleDays(schedule: Schedule): ScheduleDays {
  const hit = cache.get(schedule);
  if (hit) return hit;
  const days = groupDays(schedule.rows);
  const shares = new Map<ScheduleRow, Fraction>();
  let study = ZERO;
  let topic = ZERO;
  let minD = Infinity;
  let maxD = -Infinity;
  const numbers = new Set<number>();
  for (const day of days) {
    const s = dayShares(day.rows);
    day.rows.forEach((row, i) => {
      shares.set(row, s[i]);
      if ((STUDY_TYPES as readonly string[]).includes(row.type)) study = add(study, s[i]);
      if (row.type === '专题培训') topic = add(topic, s[i]);
    });
    if (day.date) {
      const n = dayIndex(day.date);
      if (!Number.isNaN(n)) {
        minD = Math.min(minD, n);
        maxD = Math.max(maxD, n);
      }
    }
    for (const row of day.rows) if (row.dayNumber !== null) numbers.add(row.dayNumber);
  }
  let totalDays: number | null = null;
  if (Number.isFinite(minD)) totalDays = maxD - minD + 1;
  else if (numbers.size > 0) totalDays = numbers.size;
  const result: ScheduleDays = {
    totalDays,
    study,
    topic,
    shares,
    days,
    firstDate: Number.isFinite(minD) ? fromDayIndex(minD) : null,
    lastDate: Number.isFinite(maxD) ? fromDayIndex(maxD) : null,
  };
  cache.set(schedule, result);
  return result;
}
