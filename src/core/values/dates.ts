/**
 * Dates as units write them (FORMS.md "Values"): Excel serials (1900 system), `2023-05-08`,
 * `2023/5/8`, `2023.5.8`, `2023年5月8日`, `5月8日`, `6/14`, `6月14日（周三）` (year from the caller); periods for 预计办班时间
 * (a month, a quarter, a half-year, a year, a range) and ranges for 公示期. Output is ISO `YYYY-MM-DD`.
 */
import type { Cell } from '../grid';
import type { IsoDate } from '../model/records';
import { chineseNumber, removeSpaces, toHalfWidth } from './text';
import { quote, rawOf, type ValueResult } from './result';

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

const DAY_MS = 86400000;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function isoOf(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  if (d > daysInMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // by table (isoOf checks every date it makes: a Date per call was a visible cost on text dates);
  // anything unusual (month out of range, two-digit years, which Date.UTC reads as 19xx) as before
  if (Number.isInteger(m) && m >= 1 && m <= 12 && Number.isInteger(y) && y >= 100) {
    if (m !== 2) return MONTH_DAYS[m - 1];
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function utc(iso: IsoDate): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function fromUtc(ms: number): IsoDate {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The date `n` days after `iso` (n may be negative). */
export function addDays(iso: IsoDate, n: number): IsoDate {
  return fromUtc(utc(iso) + n * DAY_MS);
}

/** Days from `a` to `b` (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((utc(b) - utc(a)) / DAY_MS);
}

/** The same day of the next month(s), clamped to the month's end (ZJ-REPORT-LATE: "one month after return"). */
export function addMonths(iso: IsoDate, n: number): IsoDate {
  let y = Number(iso.slice(0, 4));
  let m = Number(iso.slice(5, 7)) + n;
  y += Math.floor((m - 1) / 12);
  m = ((((m - 1) % 12) + 12) % 12) + 1;
  const d = Math.min(Number(iso.slice(8, 10)), daysInMonth(y, m));
  return isoOf(y, m, d) as IsoDate;
}

// ------------------------------------------------------------------ Excel serials

/**
 * Excel serial (1900 system) → ISO. Serial 60 is Excel's phantom 1900-02-29 (Lotus bug): null.
 * Time of day (the fraction) is dropped.
 */
export function serialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const n = Math.floor(serial);
  if (n < 1 || n === 60 || n > 2958465) return null;
  const hit = SERIAL_ISO.get(n);
  if (hit !== undefined) return hit;
  const base = n < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const iso = fromUtc(base + n * DAY_MS);
  if (SERIAL_ISO.size >= 100000) SERIAL_ISO.clear();
  SERIAL_ISO.set(n, iso);
  return iso;
}

/** Serial → ISO, remembered: a schedule shows the same few hundred dates over and over. */
const SERIAL_ISO = new Map<number, IsoDate>();

/** ISO → Excel serial (1900 system, counting the phantom 1900-02-29). */
export function isoToSerial(iso: IsoDate): number {
  const days = Math.round((utc(iso) - Date.UTC(1899, 11, 30)) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

// ------------------------------------------------------------------ weekdays

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(iso: IsoDate): number {
  const d = new Date(utc(iso)).getUTCDay();
  return d === 0 ? 7 : d;
}

export const WEEKDAY_NAMES = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

/** True for Monday to Friday (RULES.md: working days; no holiday calendar yet). */
export function isWorkday(iso: IsoDate): boolean {
  return weekdayOf(iso) <= 5;
}

const WEEKDAY_EN = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** `星期一`, `周一`, `礼拜一`, `星期天`, `周7`, `Mon`, `Monday` → 1…7; null otherwise. */
export function parseWeekday(text: string): number | null {
  // a schedule repeats the same seven words on every row
  const hit = WEEKDAY_CACHE.get(text);
  if (hit !== undefined) return hit;
  const n = parseWeekdayText(text);
  if (WEEKDAY_CACHE.size >= 1000) WEEKDAY_CACHE.clear();
  WEEKDAY_CACHE.set(text, n);
  return n;
}

const WEEKDAY_CACHE = new Map<string, number | null>();

function parseWeekdayText(text: string): number | null {
  const s = removeSpaces(toHalfWidth(text)).replace(/^[(]|[)]$/g, '');
  const m = /^(星期|周|礼拜)([一二三四五六日天七1-7])$/.exec(s);
  if (m) {
    const k = '一二三四五六'.indexOf(m[2]);
    if (k >= 0) return k + 1;
    if (m[2] === '日' || m[2] === '天' || m[2] === '七') return 7;
    return Number(m[2]);
  }
  const e = s.toLowerCase();
  for (let i = 0; i < 7; i++) {
    if (e === WEEKDAY_EN[i] || (e.length >= 3 && e.startsWith(WEEKDAY_EN[i]) && /^[a-z]+\.?$/.test(e) && isEnglishDay(e, i))) return i + 1;
  }
  return null;
}

function isEnglishDay(e: string, i: number): boolean {
  const full = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'][i];
  const w = e.replace(/\.$/, '');
  return full.startsWith(w) || w === full;
}

// ------------------------------------------------------------------ text dates

interface PartialDate {
  y?: number;
  m: number;
  d: number;
}

const WEEKDAY_TAIL = /[(]?(星期|周|礼拜)[一二三四五六日天1-7][)]?$/;

/** Parses one date of text (already half-width, no spaces); year may be missing. */
function parseDay(s: string): PartialDate | null {
  s = s.replace(WEEKDAY_TAIL, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(日|号)?(T?\d{1,2}:\d{2}(:\d{2})?)?$/.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})(日|号)?$/.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  m = /^(\d{1,2})月(\d{1,2})(日|号)?$/.exec(s);
  if (m) return { m: Number(m[1]), d: Number(m[2]) };
  // 6/14, 6.14, 6-14 (month first, as units write them in a schedule)
  m = /^(\d{1,2})[-/.](\d{1,2})(日|号)?$/.exec(s);
  if (m) return { m: Number(m[1]), d: Number(m[2]) };
  return null;
}

function dateNote(text: string, iso: IsoDate): string {
  return `${quote(text)}读作 ${iso}`;
}

export interface DateOptions {
  /** The year for dates written without one (`5月8日`): the project's year. */
  year?: number;
}

/**
 * Parses a date written as text. `2023-05-08` needs no note; every other form carries one
 * (→ C-NORMALISED). A date without a year needs `opts.year`.
 */
export function parseDateText(text: string, opts: DateOptions = {}): ValueResult<IsoDate> {
  const shown = text.trim();
  if (shown === '') return { ok: false, problem: 'blank', text: '' };
  const s = removeSpaces(toHalfWidth(shown));
  const p = parseDay(s);
  if (!p) return { ok: false, problem: 'unreadable', text: shown };
  const y = p.y ?? opts.year;
  if (y === undefined) return { ok: false, problem: 'unreadable', text: shown };
  const iso = isoOf(y, p.m, p.d);
  if (!iso) return { ok: false, problem: 'unreadable', text: shown };
  if (/^\d{4}-\d{2}-\d{2}$/.test(shown)) return { ok: true, value: iso, text: shown };
  const note = p.y === undefined ? `${quote(shown)}按年份 ${y} 读作 ${iso}` : dateNote(shown, iso);
  return { ok: true, value: iso, text: shown, note };
}

/** A serial that plausibly is a date (1950–2100) when a cell lost its date format. */
function plausibleSerial(n: number): boolean {
  return Number.isInteger(n) && n >= 18264 && n <= 73051;
}

/** The text a person sees for a cell: dates as ISO, numbers plain. */
export function displayText(cell: Cell | undefined): string {
  // rawOf's answer without its object (every date cell's text comes through here)
  if (!cell) return '';
  if (cell.err) return cell.err;
  const v = cell.v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (cell.date && typeof v === 'number') return serialToIso(v) ?? String(v);
  return String(v);
}

/** Reads a cell as a date: a date cell, a serial that lost its format (noted), or text. */
export function readDate(cell: Cell | undefined, opts: DateOptions = {}): ValueResult<IsoDate> {
  // rawOf's cases, without its object (every date cell of a schedule is read here)
  if (!cell) return { ok: false, problem: 'blank', text: '' };
  if (cell.err) return { ok: false, problem: 'error', text: cell.err };
  const v = cell.v;
  if (v === null || v === undefined) return { ok: false, problem: 'blank', text: '' };
  if (typeof v === 'number') {
    if (cell.date) {
      const hit = DATE_CELLS.get(v);
      if (hit !== undefined) return hit;
    }
    const iso = serialToIso(v);
    if (cell.date) return iso ? dateCellResult(v, iso) : { ok: false, problem: 'unreadable', text: String(v) };
    const text = String(v);
    if (iso && plausibleSerial(v)) return { ok: true, value: iso, text, note: `${quote(text)}按 Excel 日期序号读作 ${iso}` };
    const eight = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
    if (eight) {
      const d = isoOf(Number(eight[1]), Number(eight[2]), Number(eight[3]));
      if (d) return { ok: true, value: d, text, note: dateNote(text, d) };
    }
    return { ok: false, problem: 'unreadable', text };
  }
  if (typeof v === 'boolean') return { ok: false, problem: 'unreadable', text: String(v) };
  const text = v.trim();
  if (text === '') return { ok: false, problem: 'blank', text: '' };
  return opts.year === undefined ? remembered(dateTexts, text, parseDateText) : parseDateText(text, opts);
}

/**
 * The result of a date cell, remembered by its serial and shared (frozen), as the text dates' are: a schedule
 * keeps its rows' results (ParsedScheduleRow.date), and 10 000 schedules show a few hundred dates.
 */
const DATE_CELLS = new Map<number, ValueResult<IsoDate>>();

function dateCellResult(serial: number, iso: IsoDate): ValueResult<IsoDate> {
  const r: ValueResult<IsoDate> = Object.freeze({ ok: true, value: iso, text: iso });
  if (DATE_CELLS.size >= 20000) DATE_CELLS.clear();
  DATE_CELLS.set(serial, r);
  return r;
}

// ------------------------------------------------------------------ periods and ranges

const QUARTER_RE = /^(\d{4})年?(?:第)?([一二三四1-4])季度?$|^(\d{4})年?[Qq]([1-4])$/;

/** A period without separators: a day, a month, a quarter, a half-year or a year. */
function parsePeriodPart(s: string, ctx: { y?: number; m?: number }): DateRange | null {
  const day = parseDay(s);
  if (day) {
    const iso = isoOf(day.y ?? ctx.y ?? NaN, day.m, day.d);
    return iso ? { from: iso, to: iso } : null;
  }
  // a day number alone, after a first date: `2023.5.8-12`, `5月8日至12日`
  let m = /^(\d{1,2})(日|号)?$/.exec(s);
  if (m && ctx.y !== undefined && ctx.m !== undefined) {
    const iso = isoOf(ctx.y, ctx.m, Number(m[1]));
    return iso ? { from: iso, to: iso } : null;
  }
  // `5.12` after a first date
  m = /^(\d{1,2})\.(\d{1,2})$/.exec(s);
  if (m && ctx.y !== undefined) {
    const iso = isoOf(ctx.y, Number(m[1]), Number(m[2]));
    return iso ? { from: iso, to: iso } : null;
  }
  m = /^(\d{4})(?:年|[-/.])(\d{1,2})月?(份)?(上旬|中旬|下旬|初|中|底|末)?$/.exec(s) ?? /^(\d{1,2})月(份)?(上旬|中旬|下旬|初|中|底|末)?$/.exec(s);
  if (m) {
    const full = m.length === 5;
    const y = full ? Number(m[1]) : ctx.y;
    const mo = Number(full ? m[2] : m[1]);
    if (y === undefined) return null;
    const from = isoOf(y, mo, 1);
    if (!from) return null;
    return { from, to: isoOf(y, mo, daysInMonth(y, mo)) as IsoDate };
  }
  m = QUARTER_RE.exec(s);
  if (m) {
    const y = Number(m[1] ?? m[3]);
    const qs = m[2] ?? m[4];
    const q = chineseNumber(qs) as number;
    const from = isoOf(y, q * 3 - 2, 1);
    if (!from) return null;
    return { from, to: isoOf(y, q * 3, daysInMonth(y, q * 3)) as IsoDate };
  }
  m = /^(\d{4})年?(上半年|下半年)$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    if (!isoOf(y, 1, 1)) return null;
    return m[2] === '上半年' ? { from: `${y}-01-01`, to: `${y}-06-30` } : { from: `${y}-07-01`, to: `${y}-12-31` };
  }
  m = /^(\d{4})年度?$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    if (!isoOf(y, 1, 1)) return null;
    return { from: `${y}-01-01`, to: `${y}-12-31` };
  }
  return null;
}

const RANGE_SEPARATORS = ['至', '到', '~', '—', '–', '-', '－', '～'];

function yearMonthOf(r: DateRange): { y: number; m: number } {
  return { y: Number(r.from.slice(0, 4)), m: Number(r.from.slice(5, 7)) };
}

/**
 * A period of time: one date, a month (`2023年5月`, `2023.05`), a quarter (`2023年第三季度`,
 * `2023年三季度`, `2023年Q3`), a half-year, a year, or a range (`2023.5.8-5.12`,
 * `2023年5月8日至5月12日`, `2023年5-6月`). `opts.year` supplies a missing year.
 */
export function parsePeriodText(text: string, opts: DateOptions = {}): ValueResult<DateRange> {
  const shown = text.trim();
  if (shown === '') return { ok: false, problem: 'blank', text: '' };
  const s = removeSpaces(toHalfWidth(shown)).replace(/[(]?(暂定|待定|左右|前后)[)]?$/, '');
  const bad: ValueResult<DateRange> = { ok: false, problem: 'unreadable', text: shown };
  const single = parsePeriodPart(s, { y: opts.year });
  if (single) return periodResult(shown, single);
  for (let i = 0; i < RANGE_SEPARATORS.length; i++) {
    const sep = RANGE_SEPARATORS[i]; // (by index: no iterator step per separator in a cold run's interpreter)
    let at = s.indexOf(sep);
    while (at > 0) {
      const left = s.slice(0, at);
      const right = s.slice(at + sep.length);
      const a = parsePeriodPart(left, { y: opts.year });
      if (a && right) {
        const b = parsePeriodPart(right, yearMonthOf(a));
        if (b && b.to >= a.from) return periodResult(shown, { from: a.from, to: b.to });
      }
      // `2023年5-6月`: a month number before the separator
      const ym = /^(\d{4})年(\d{1,2})$/.exec(left);
      if (ym && /^\d{1,2}月$/.test(right)) {
        const y = Number(ym[1]);
        const a2 = parsePeriodPart(`${y}年${ym[2]}月`, {});
        const b2 = parsePeriodPart(`${y}年${right}`, {});
        if (a2 && b2 && b2.to >= a2.from) return periodResult(shown, { from: a2.from, to: b2.to });
      }
      at = s.indexOf(sep, at + 1);
    }
  }
  return bad;
}

function periodResult(shown: string, r: DateRange): ValueResult<DateRange> {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(shown);
  if (iso) return { ok: true, value: r, text: shown };
  const what = r.from === r.to ? r.from : `${r.from} 至 ${r.to}`;
  return { ok: true, value: r, text: shown, note: `${quote(shown)}读作 ${what}` };
}

/**
 * Reads a cell as a period. A date cell whose format shows no day (`yyyy年m月`) is that month;
 * any other date cell is that day.
 */
export function readPeriod(cell: Cell | undefined, opts: DateOptions = {}): ValueResult<DateRange> {
  const raw = rawOf(cell);
  if (raw.kind === 'blank') return { ok: false, problem: 'blank', text: '' };
  if (raw.kind === 'error') return { ok: false, problem: 'error', text: raw.text };
  if (typeof raw.v === 'number') {
    const d = readDate(cell, opts);
    if (!d.ok) return d;
    const fmt = cell?.fmt ?? '';
    if (cell?.date && fmt && !/d/i.test(fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, ''))) {
      const y = Number(d.value.slice(0, 4));
      const m = Number(d.value.slice(5, 7));
      const text = `${y}年${m}月`;
      return { ok: true, value: { from: isoOf(y, m, 1) as IsoDate, to: isoOf(y, m, daysInMonth(y, m)) as IsoDate }, text };
    }
    return { ok: true, value: { from: d.value, to: d.value }, text: d.text, ...(d.note ? { note: d.note } : {}) };
  }
  if (typeof raw.v === 'boolean') return { ok: false, problem: 'unreadable', text: raw.text };
  return opts.year === undefined ? remembered(periodTexts, raw.text, parsePeriodText) : parsePeriodText(raw.text, opts);
}

/**
 * Date and period texts read without a given year, remembered by their text: a plan repeats the same
 * few hundred (`2023年5月8日` on both rows of a day, `2023年5月` in many projects). The results are
 * shared: a reader copies a result into its Reading (the result itself is frozen), and the {from, to}
 * of a period is never changed by the readers or rules.
 */
const dateTexts = new Map<string, ValueResult<IsoDate>>();
const periodTexts = new Map<string, ValueResult<DateRange>>();

function remembered<T>(cache: Map<string, ValueResult<T>>, text: string, parse: (text: string) => ValueResult<T>): ValueResult<T> {
  let r = cache.get(text);
  if (r === undefined) {
    r = parse(text);
    Object.freeze(r);
    if (cache.size >= 20000) cache.clear();
    cache.set(text, r);
  }
  return r;
}

/** The year a text mentions (`2023年…`), for titles; null when none or several. */
export function yearIn(text: string): number | null {
  const ys = toHalfWidth(text).match(/(19|20)\d{2}(?=年|[-./]|$)/g);
  if (!ys) return null;
  // one distinct year (every schedule's title is asked: no Set and spread for the usual one match)
  for (let i = 1; i < ys.length; i++) if (ys[i] !== ys[0]) return null;
  return Number(ys[0]);
}
