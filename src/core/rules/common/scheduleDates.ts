/**
 * C-SCHEDULE-DATES (warning) — a day-by-day schedule runs one day after another: dates (or 第N天)
 * that repeat after another day, go backwards or skip a day, a 星期 that disagrees with its date,
 * or a date that cannot be read, are pointed out. Once per wrong date or 星期: a 下午 row that
 * inherits its date (and 星期) from the 上午 row is the same day, so a cell is reported once.
 * Order is judged against the last date that was in order: after a stray date (5-11, 5-12, 5-11,
 * 5-13) the wrong one is reported, not the correct date that follows it.
 */
import type { IsoDate, Reading, ScheduleRow } from '../../model/records';
import type { Rule } from '../types';
import { WEEKDAY_NAMES, dayIndex, formatDate, weekdayOf } from '../dates';
import type { CommonParams } from './params';
import { ParsedScheduleRow, dateCellRowOf, dateReadOf, type DateRead } from '../../sheets/schedule';

/** The ref of a row's date cell, for a finding (a row with a date). */
function dateRef(row: ScheduleRow) {
  return (row.date as Reading<IsoDate>).ref;
}

const WEEKDAY_CHARS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const WEEKDAY_EN = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** A 星期 at the end of a date text: `6月14日（周三）`, `2023-06-14 星期三`. */
const WEEKDAY_IN_DATE = /((?:星期|周|礼拜)[日天一二三四五六])\s*[)）]?$/;

/** A quick look before the pattern: most date texts are `2023-05-08`. */
function mayEndWithWeekday(text: string): boolean {
  return text.length >= 3 && (text.includes('周') || text.includes('星期') || text.includes('礼拜'));
}

/** 星期三 / 周三 / 礼拜三 / 三 / Wed / 3 / 周3 → 3 (7, 星期7 and 周7 are Sunday); null when not a weekday. */
export function parseWeekday(text: string): number | null {
  // a schedule repeats the same few 星期 texts on every row: remembered
  const hit = weekdayCache.get(text);
  if (hit !== undefined) return hit;
  const w = parseWeekdayText(text);
  if (weekdayCache.size > 1000) weekdayCache.clear();
  weekdayCache.set(text, w);
  return w;
}

const weekdayCache = new Map<string, number | null>();

function parseWeekdayText(text: string): number | null {
  const t = text.replace(/\s/g, '');
  const m = /^(?:星期|周|礼拜)?([日天一二三四五六])$/.exec(t);
  if (m) return WEEKDAY_CHARS[m[1]];
  const en = WEEKDAY_EN.indexOf(t.slice(0, 3).toLowerCase());
  if (en >= 0 && /^[a-z]+\.?$/i.test(t)) return en;
  const digit = /^(?:星期|周|礼拜)?([1-7])$/.exec(t);
  if (digit) return Number(digit[1]) % 7;
  return null;
}

export const messages = {
  repeat: (d: string) => `日期${d}在日程中重复出现`,
  backwards: (d: string, prev: string) => `日期${d}早于前一天${prev}`,
  skip: (d: string, prev: string) => `日期${d}与前一天${prev}之间跳过了日期`,
  weekday: (text: string, d: string, right: string) => `星期“${text}”与日期${d}不符（应为${right}）`,
  unreadable: (text: string) => `日期“${text}”无法识别`,
  dayRepeat: (n: number) => `第${n}天在日程中重复出现`,
  dayOrder: (n: number, prev: number) => `第${n}天排在第${prev}天之后，顺序不连续`,
};

/** The readable dates of a schedule's rows before row `end`: the dates met so far. */
export function datesBefore(rows: readonly ScheduleRow[], end: number): Set<string> {
  const dates = new Set<string>();
  for (let i = 0; i < end; i++) {
    const date = dateReadOf(rows[i]);
    if (date && date.ok) dates.add(date.value);
  }
  return dates;
}

/** Cells reported once each; the set made at the first (most schedules report nothing). */
class Reported {
  private cells: Set<string> | undefined;
  once(ref: { row: number; col: number }): boolean {
    const k = `${ref.row},${ref.col}`;
    if (this.cells === undefined) this.cells = new Set();
    else if (this.cells.has(k)) return false;
    this.cells.add(k);
    return true;
  }
}

export const scheduleDates: Rule<CommonParams> = {
  id: 'C-SCHEDULE-DATES',
  pack: 'common',
  severity: 'warning',
  clause: '',
  description: '日程日期重复、倒序或跳日，或星期与日期不符',
  check(ctx, _params, emit) {
    for (const s of ctx.parsed.schedules) {
      const projectKey = s.projectKey ?? undefined;
      const rows = s.rows;
      let prev: string | null = null;
      // prev's weekday, from its day number: the rows of one day (most rows) share it, not a date lookup each
      let prevWeekday = NaN;
      // the last date (day number) that was in order: a repeated or backward one is not a new base
      let base: string | null = null;
      let baseDay = NaN; // (its day number)
      let prevNum: number | null = null;
      let baseNum: number | null = null;
      // The dates met so far, made only when a date is not past all of them (`latest`, their last day;
      // NaN once one has none): a schedule in order never needs it — three Sets per schedule were 8 MB
      // of a 200 MB rules pass on 10 000 projects (docs/BENCH.md, round 12).
      let seen: Set<string> | undefined;
      let latest = -Infinity;
      let seenNums: Set<number> | undefined;
      // the last date cell whose 星期 tail was looked at (its result and cell row)
      let lastRead: DateRead = null;
      let lastCellRow = -1;
      // cells already reported (an inherited date or 星期 is the cell of the row above)
      const reported = new Reported();
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        // the date as read and its cell's row, without the Reading (and ref) that `row.date` makes: a finding
        // makes it (a Reading per date cell was 12 MB of a rules pass on 10 000 projects — docs/BENCH.md, round 14)
        const read = dateReadOf(row);
        if (read && !read.ok && read.problem !== 'blank') {
          const date = row.date as Reading<IsoDate>;
          if (reported.once(date.ref)) emit(date.ref, messages.unreadable(date.text), { projectKey, data: { text: date.text } });
          continue;
        }
        if (read && read.ok) {
          const d = read.value;
          if (d !== prev) {
            const day = dayIndex(d);
            prevWeekday = weekdayOf(day);
            // (a day past every one met cannot be one of them: the same date is the same day)
            if (seen === undefined && !(day > latest)) seen = datesBefore(rows, i);
            latest = Math.max(latest, day);
            if (seen !== undefined && seen.has(d)) {
              const at = dateRef(row);
              if (reported.once(at)) emit(at, messages.repeat(formatDate(d)), { projectKey, data: { date: d } });
            } else if (base !== null && day < baseDay) {
              const at = dateRef(row);
              if (reported.once(at)) emit(at, messages.backwards(formatDate(d), formatDate(base)), { projectKey, data: { date: d, previous: base } });
            } else {
              if (base !== null && day !== baseDay + 1) {
                const at = dateRef(row);
                if (reported.once(at)) emit(at, messages.skip(formatDate(d), formatDate(base)), { projectKey, data: { date: d, previous: base } });
              }
              base = d;
              baseDay = day;
            }
            seen?.add(d);
            prev = d;
          }
          // a 星期 written in the date cell itself (`6月14日（周三）`); once per cell, not per inheriting row
          const cellRow = dateCellRowOf(row);
          const tail = (read !== lastRead || cellRow !== lastCellRow) && mayEndWithWeekday(read.text) ? WEEKDAY_IN_DATE.exec(read.text.trim()) : null;
          lastRead = read;
          lastCellRow = cellRow;
          if (tail) {
            const w = parseWeekday(tail[1]);
            if (w !== null && w !== prevWeekday) {
              const at = dateRef(row);
              if (reported.once(at)) emit(at, messages.weekday(tail[1], formatDate(d), WEEKDAY_NAMES[prevWeekday]), { projectKey, data: { date: d, weekday: tail[1], expected: WEEKDAY_NAMES[prevWeekday] } });
            }
          }
          // a parsed row makes its 星期 FieldCell on each read: its text is enough until a 星期 is wrong
          const wkText = row instanceof ParsedScheduleRow ? row.weekdayText : row.weekday?.text ?? '';
          if (wkText.trim() !== '') {
            const w = parseWeekday(wkText);
            const wk = w !== null && w !== prevWeekday ? row.weekday : null;
            if (wk && reported.once(wk.ref)) {
              emit(wk.ref, messages.weekday(wk.text.trim(), formatDate(d), WEEKDAY_NAMES[prevWeekday]), { projectKey, data: { date: d, weekday: wk.text.trim(), expected: WEEKDAY_NAMES[prevWeekday] } });
            }
          }
        } else if (!s.hasDates && row.dayNumber !== null) {
          const n = row.dayNumber;
          if (n !== prevNum) {
            // the 第N天 cell itself (a new day number starts on its own row, merged or not)
            const ref = { sheet: s.sheet, row: row.row, col: s.dayNumberCol };
            seenNums ??= new Set();
            if (seenNums.has(n)) emit(ref, messages.dayRepeat(n), { projectKey, data: { day: n } });
            else if (baseNum !== null && n !== baseNum + 1) emit(ref, messages.dayOrder(n, baseNum), { projectKey, data: { day: n, previous: baseNum } });
            if (!seenNums.has(n) && (baseNum === null || n > baseNum)) baseNum = n;
            seenNums.add(n);
            prevNum = n;
          }
        }
      }
    }
  },
};
