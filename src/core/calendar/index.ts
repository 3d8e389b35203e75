/**
 * Working days (RULES.md "Where a finding points"): in China they follow the State Council's annual
 * holiday notice (法定节假日 are not working days, 调休 weekend days are), for the years the calendar
 * has; a date in any other year falls back to Monday–Friday and the answer says so. Abroad the host
 * institutions work their own week: Monday–Friday.
 *
 * A reviewer adds a year (or corrects one) without a new release, in the settings file's `params` or
 * the workbook's 审核设置 sheet, with keys
 *   calendar.<年>.holidays  放假日期 (dates or ranges `2027-02-05~2027-02-11`, separated by 、 or ,)
 *   calendar.<年>.workdays  调休上班日期
 *   calendar.<年>.source    the notice (文号), shown in messages
 * A year named there counts as in the calendar; its dates override the shipped ones.
 */
import { z } from 'zod';
import type { IsoDate } from '../model/records';
import { addDays, dayIndex, fromDayIndex, weekday } from '../rules/dates';
import { HOLIDAY_NOTICES, type HolidayNotice } from './data';

export { HOLIDAY_NOTICES, type HolidayNotice, type HolidayLine } from './data';

export interface Calendar {
  /** Years the calendar covers, with the notice each comes from. */
  readonly years: ReadonlyMap<number, string>;
  /** Dates the notices name: true = 调休上班 (working), false = 放假. */
  readonly days: ReadonlyMap<IsoDate, boolean>;
}

/** What `isWorkingDayInChina` says, and on what basis. */
export interface WorkingDayAnswer {
  working: boolean;
  /** `calendar`: from the year's notice; `weekdays`: the year is not in the calendar, Monday–Friday used. */
  basis: 'calendar' | 'weekdays';
  /** The notice, when the basis is the calendar. */
  source?: string;
}

/** A year added or corrected in the settings. */
export interface CalendarYear {
  year: number;
  source: string;
  holidays: IsoDate[];
  workdays: IsoDate[];
}

function isWeekday(date: IsoDate): boolean {
  const w = weekday(date);
  return w >= 1 && w <= 5;
}

function yearOfDate(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Every date from `from` to `to`, inclusive. */
function datesIn(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = dayIndex(from); d <= dayIndex(to); d++) out.push(fromDayIndex(d));
  return out;
}

/** A calendar from the notices, then the settings' years (later ones win date by date). */
export function buildCalendar(notices: readonly HolidayNotice[], extra: readonly CalendarYear[] = []): Calendar {
  const years = new Map<number, string>();
  const days = new Map<IsoDate, boolean>();
  for (const n of notices) {
    years.set(n.year, n.source);
    for (const [, from, to, ...work] of n.holidays) {
      for (const d of datesIn(from, to)) days.set(d, false);
      for (const d of work) days.set(d, true);
    }
  }
  for (const y of extra) {
    years.set(y.year, y.source);
    for (const d of y.holidays) days.set(d, false);
    for (const d of y.workdays) days.set(d, true);
  }
  return { years, days };
}

/** The calendar as shipped (2017 to 2026). */
export const SHIPPED_CALENDAR: Calendar = buildCalendar(HOLIDAY_NOTICES);

/** Whether a date is a working day in China, and whether the calendar or Monday–Friday said so. */
export function isWorkingDayInChina(date: IsoDate, calendar: Calendar = SHIPPED_CALENDAR): WorkingDayAnswer {
  const source = calendar.years.get(yearOfDate(date));
  if (source === undefined) return { working: isWeekday(date), basis: 'weekdays' };
  const named = calendar.days.get(date);
  return { working: named ?? isWeekday(date), basis: 'calendar', source };
}

/** A working day abroad: Monday to Friday (the host institutions work their own week). */
export function isWorkingDayAbroad(date: IsoDate): boolean {
  return isWeekday(date);
}

export interface WorkingDayCount {
  count: number;
  /** Years of the span the calendar lacks (counted Monday–Friday), for the message. */
  weekdaysOnly: number[];
  /** The notices used. */
  sources: string[];
}

/**
 * Working days in China from `from` to `to`, both inclusive (0 when `to` is before `from`).
 * `extraHolidays` are further days off (the pack parameter `zj2017.holidays`).
 */
export function workingDaysInChina(from: IsoDate, to: IsoDate, calendar: Calendar = SHIPPED_CALENDAR, extraHolidays: readonly IsoDate[] = []): WorkingDayCount {
  let count = 0;
  const weekdaysOnly: number[] = [];
  const sources: string[] = [];
  for (let d = from; dayIndex(d) <= dayIndex(to); d = addDays(d, 1)) {
    const a = isWorkingDayInChina(d, calendar);
    if (a.basis === 'weekdays') {
      if (!weekdaysOnly.includes(yearOfDate(d))) weekdaysOnly.push(yearOfDate(d));
    } else if (a.source && !sources.includes(a.source)) sources.push(a.source);
    if (a.working && !extraHolidays.includes(d)) count++;
  }
  return { count, weekdaysOnly, sources };
}

// ---------------------------------------------------------------------------------------------
// Years from the settings

const KEY = /^calendar\.(\d{4})\.(holidays|workdays|source)$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function realDate(s: string): boolean {
  return ISO.test(s) && fromDayIndex(dayIndex(s)) === s;
}

/** `2027-02-05~2027-02-11` (or 至, –, —): the dates of a range; a single date; null when unreadable. */
function readDateOrRange(text: string): IsoDate[] | null {
  const t = text.trim();
  const m = /^(\d{4}-\d{2}-\d{2})\s*(?:~|～|至|到|–|—|\.\.)\s*(\d{4}-\d{2}-\d{2})$/.exec(t);
  if (m) return realDate(m[1]) && realDate(m[2]) && m[1] <= m[2] ? datesIn(m[1], m[2]) : null;
  return realDate(t) ? [t] : null;
}

/** A settings value (text from the sheet, or a list from the settings file) as dates, with the bad items. */
function readDates(value: unknown): { dates: IsoDate[]; bad: string[] } {
  const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[,，、;；\n]+/) : [String(value)];
  const dates: IsoDate[] = [];
  const bad: string[] = [];
  for (const item of items) {
    if (item.trim() === '') continue;
    const ds = readDateOrRange(item);
    if (ds) dates.push(...ds);
    else bad.push(item.trim());
  }
  return { dates, bad };
}

/** True for a settings key about the calendar (`calendar.…`). */
export function isCalendarKey(key: string): boolean {
  return key.trim().startsWith('calendar.');
}

/** One key and value of the settings about the calendar: the error in Chinese, or null when it is fine. */
export function calendarSettingError(key: string, value: unknown): string | null {
  const m = KEY.exec(key.trim());
  if (!m) return `未知的日历设置 ${key.trim()}（应为 calendar.<年>.holidays、calendar.<年>.workdays 或 calendar.<年>.source）`;
  if (m[2] === 'source') return typeof value === 'string' || typeof value === 'number' ? null : `日历设置 ${key.trim()} 应为文字（通知文号）`;
  const { bad } = readDates(value);
  return bad.length > 0 ? `日历设置 ${key.trim()} 的“${bad.join('、')}”不是日期（应为 YYYY-MM-DD 或 YYYY-MM-DD~YYYY-MM-DD）` : null;
}

/**
 * The years the settings add, from each layer in turn (the settings object, then the workbook's
 * 审核设置 sheet); bad entries are left out (they are reported where the settings are read).
 */
export function calendarYears(...layers: (Readonly<Record<string, unknown>> | null | undefined)[]): CalendarYear[] {
  const byYear = new Map<number, CalendarYear>();
  for (const layer of layers) {
    if (!layer) continue;
    for (const [rawKey, value] of Object.entries(layer)) {
      const m = KEY.exec(rawKey.trim());
      if (!m || calendarSettingError(rawKey, value) !== null) continue;
      const year = Number(m[1]);
      let y = byYear.get(year);
      if (!y) byYear.set(year, (y = { year, source: `审核设置中的${year}年节假日`, holidays: [], workdays: [] }));
      if (m[2] === 'source') y.source = String(value).trim();
      else y[m[2] as 'holidays' | 'workdays'].push(...readDates(value).dates);
    }
  }
  return [...byYear.values()];
}

const calendarCache = new Map<string, Calendar>();

function hasCalendarKeys(layer: Readonly<Record<string, unknown>> | null | undefined): boolean {
  if (!layer) return false;
  for (const k of Object.keys(layer)) if (isCalendarKey(k)) return true;
  return false;
}

/** The calendar a review uses: the shipped one plus the years of the settings object and the workbook's sheet. */
export function calendarFor(params?: Readonly<Record<string, unknown>> | null, sheet?: Readonly<Record<string, unknown>> | null): Calendar {
  if (!hasCalendarKeys(params) && !hasCalendarKeys(sheet)) return SHIPPED_CALENDAR;
  const extra = calendarYears(params, sheet);
  const key = JSON.stringify(extra);
  let c = calendarCache.get(key);
  if (!c) {
    if (calendarCache.size > 32) calendarCache.clear();
    c = buildCalendar(HOLIDAY_NOTICES, extra);
    calendarCache.set(key, c);
  }
  return c;
}

/** The settings file's `params` may carry calendar keys: each must be well formed (zod refinement). */
export const calendarParamsCheck = (params: Record<string, unknown>, ctx: z.RefinementCtx): void => {
  for (const [k, v] of Object.entries(params)) {
    if (!isCalendarKey(k)) continue;
    const err = calendarSettingError(k, v);
    if (err) ctx.addIssue({ code: 'custom', message: err, path: [k] });
  }
};
