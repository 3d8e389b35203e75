/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so that no time zone shifts a day. */
import type { IsoDate } from '../model/records';

// Pure integer calendar arithmetic (days from civil, H. Hinnant), memoised: a review meets the same dates
// over and over, and Date objects are slow in bulk.
const indexCache = new Map<string, number>();
const isoCache = new Map<number, string>();

function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since 1970-01-01 (an integer), or NaN when the text is not an ISO date. */
export function dayIndex(iso: IsoDate): number {
  const hit = indexCache.get(iso);
  if (hit !== undefined) return hit;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const n = m ? daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3])) : NaN;
  if (indexCache.size < 100_000) indexCache.set(iso, n);
  return n;
}

export function fromDayIndex(n: number): IsoDate {
  const hit = isoCache.get(n);
  if (hit !== undefined) return hit;
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (isoCache.size < 100_000) isoCache.set(n, iso);
  return iso;
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  return fromDayIndex(dayIndex(iso) + n);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(iso: IsoDate): number {
  return weekdayOf(dayIndex(iso));
}

/** weekday of the date with this dayIndex (NaN for NaN). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** Monday to Friday, minus the given holidays (ISO dates). */
export function isWorkday(iso: IsoDate, holidays: readonly string[] = []): boolean {
  const w = weekday(iso);
  return w >= 1 && w <= 5 && !holidays.includes(iso);
}

/** Working days from `from` to `to`, both inclusive (0 when `to` is before `from`). */
export function workdaysBetween(from: IsoDate, to: IsoDate, holidays: readonly string[] = []): number {
  const a = dayIndex(from);
  const b = dayIndex(to);
  let n = 0;
  for (let d = a; d <= b; d++) if (isWorkday(fromDayIndex(d), holidays)) n++;
  return n;
}

/** The same day `months` months later, clamped to the month's end (1-31 + 1 month → 2-28 or 2-29). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total % 12;
  const last = daysFromCivil(nm === 11 ? ny + 1 : ny, nm === 11 ? 1 : nm + 2, 1) - daysFromCivil(ny, nm + 1, 1);
  return `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** `2023年5月8日` as people write it in messages. */
export function formatDate(iso: IsoDate): string {
  let text = formatCache.get(iso);
  if (text === undefined) {
    const [y, m, d] = iso.split('-').map(Number);
    text = `${y}年${m}月${d}日`;
    if (formatCache.size < 100_000) formatCache.set(iso, text);
  }
  return text;
}

// messages name the same few hundred dates over and over
const formatCache = new Map<string, string>();

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}
