/**
 * Where the group is abroad, day by day, for 浙外专发〔2017〕14号 二(二) “培训地点应当相对集中，工作日不安排
 * 城市间移动” (ZJ-INTERCITY, ZJ-INTERCITY-ENDS, ZJ-CITIES; RULES.md "Cities abroad"):
 * - a city in China (`homeCities`, or a row whose 国家 is only 中国) is never a city abroad, so the
 *   flight from or to China is never a move;
 * - a place named only as a transit point (经…转机, 经停…, …（转机）) is not a city of the schedule:
 *   “乘机经阿姆斯特丹转机抵达卑尔根” is a day in 卑尔根;
 * - a move is a row naming two cities abroad, a city other than the one the group was in, or a 交通
 *   row whose content says 城市间交通 / 乘车前往 … (not to the airport or hotel).
 * Days are put in date order first (a schedule may list them out of order); 第N天 without dates are
 * dated from 出发日期.
 */
import type { CellRef } from '../../grid';
import type { IsoDate, Project, Schedule, ScheduleRow } from '../../model/records';
import type { RuleContext } from '../types';
import { isWorkingDayAbroad } from '../../calendar';
import { dayRuns, groupDaysByLookup, type ScheduleDay } from '../../tallies/days';
import { parseCityCellShared } from '../../values/countries';
import { ParsedScheduleRow } from '../../sheets/schedule';
import { addDays } from '../dates';
import { containsAny, ok } from '../util';
import type { Zj2017Params } from './params';

export interface Move {
  /** The row of the day where the move shows first. */
  row: ScheduleRow;
  from: string | null;
  to: string | null;
  /** `柏林→慕尼黑`, or the 交通 row's text. */
  text: string;
}

export interface TravelDay {
  date: IsoDate;
  /** first / last day of the schedule (a one-day schedule's day is `first`), else middle. */
  position: 'first' | 'middle' | 'last';
  /** Monday to Friday (days abroad follow the host institutions' week). */
  working: boolean;
  move: Move | null;
}

// characters that end a place name
const SEP = '\\s，,。；;、—–\\-→/（）()~～：:';
// (后 / 再 before one of them: `经停迪拜后飞往开普敦` names 迪拜 and 开普敦, not 迪拜后)
const ACTIONS = /[后再]*(?:乘机|乘坐|乘车|搭乘|飞往|飞抵|前往|转往|转赴|赶往|去往|赴|抵达|到达|经由|返回|离开|出发|航班|经)/g;
// everything up to the last of these words is not the transit place (`乘KL898航班经阿姆斯特丹` → 阿姆斯特丹)
const BEFORE_PLACE = /^.*(?:乘机|乘坐|乘车|搭乘|飞往|飞抵|前往|转往|转赴|赶往|去往|赴|抵达|到达|经由|航班|经|在|于|从|自)/;
// a flight number (`KL898`, `3U8888`, `乘CA931次航班`) is no place; a city cell naming one is a sentence
const FLIGHT_NUMBER = /(?:乘坐|搭乘|乘)?(?:[A-Za-z]{2}|[A-Za-z]\d|\d[A-Za-z])\s?\d{2,4}次?(?:航班)?/;
const FLIGHT = new RegExp(FLIGHT_NUMBER.source, 'g');
// a note in brackets (`（经停松兹瓦尔）`)
const NOTE = /[（(]([^（）()]*)[)）]/g;
const TRAILING_ACTIONS = /(?:抵达|飞抵|到达|前往|转往|转赴|赶往|去往|赴|飞往|后|再).*$/;

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Patterns {
  suffix: RegExp;
  prefix: RegExp;
  bracket: RegExp;
  word: RegExp;
}
const patternCache = new Map<string, Patterns | null>();

function patterns(words: readonly string[]): Patterns | null {
  const key = words.join('\u0000');
  let p = patternCache.get(key);
  if (p === undefined) {
    const w = words.filter((x) => x !== '').map(escape).join('|');
    p = w === ''
      ? null
      : {
          // 经阿姆斯特丹转机, 阿姆斯特丹（转机）, 迪拜转机
          suffix: new RegExp(`([^${SEP}]{1,20}?)\\s*[（(]?\\s*(?:${w})`, 'g'),
          // 经停迪拜
          prefix: new RegExp(`经停\\s*([^${SEP}]{1,20})`, 'g'),
          bracket: new RegExp(`[（(]\\s*(?:${w})\\s*[)）]`, 'g'),
          word: new RegExp(w, 'g'),
        };
    if (patternCache.size > 16) patternCache.clear();
    patternCache.set(key, p);
  }
  return p;
}

/** A transit point's name, compared as the schedule's places are (`新加坡市区` is 新加坡). */
function cleanName(s: string): string {
  return placeName(s.replace(BEFORE_PLACE, ''));
}

const NONE: ReadonlySet<string> = new Set();

/** Places a text names only as transit points. */
export function transitPoints(text: string, words: readonly string[]): ReadonlySet<string> {
  const p = patterns(words);
  if (!p || text === '' || !words.some((w) => w !== '' && text.includes(w))) return NONE;
  const out = new Set<string>();
  for (const m of text.matchAll(p.suffix)) {
    const n = cleanName(m[1]);
    if (n !== '') out.add(n);
  }
  for (const m of text.matchAll(p.prefix)) {
    const n = cleanName(m[1].replace(TRAILING_ACTIONS, ''));
    if (n !== '') out.add(n);
  }
  return out;
}

// every word of ACTIONS (`返回杭州` on the last day is the flight home, not a city abroad; `柏林—乘车到达慕尼黑`
// and `柏林—赴慕尼黑` name 柏林 and 慕尼黑)
const SENTENCE = /乘机|乘坐|乘车|搭乘|飞往|飞抵|前往|转往|转赴|赶往|去往|赴|抵达|到达|经由|返回|离开|出发|航班|经/;
const EMPTY: readonly string[] = Object.freeze([]);

/**
 * The cities abroad a row names, in order: no city in China, no transit point. Most rows name one
 * plain city: their (shared) list is returned as it is; the texts of the city and content cells are
 * read only for a row naming several places, a 交通 row, or a city cell that is a sentence.
 */
export function citiesAbroad(row: ScheduleRow, params: Zj2017Params): readonly string[] {
  const cities = row.cities;
  if (cities.length === 0) return EMPTY; // a blank city cell, or a country only
  if (row.countries.length > 0 && row.countries.every(isHome)) return EMPTY;
  // a row naming one place, not a 交通 row: the answer depends on the city cell's (shared) list only
  const simple = cities.length === 1 && row.type !== '交通';
  if (simple) {
    const memo = simpleMemo(params);
    const hit = memo.get(cities);
    if (hit) return hit;
    // (a sentence in the city cell is read with the content cell: not remembered by the city alone)
    if (!isSentence(cities[0], params)) {
      const answer = citiesAbroadOf(row, cities, params, cityTextOf(row));
      memo.set(cities, answer);
      return answer;
    }
  }
  // any other row (several places, 交通, a sentence) reads its texts: the answer depends on them and the list
  // (by each text in turn, not by one key joining them: no string made per row, and no split of one text fakes another)
  const cityText = cityTextOf(row);
  const contentText = contentTextOf(row);
  const byList = textMemo(params);
  let byCity = byList.get(cities);
  let byContent = byCity?.get(cityText);
  const hit = byContent?.get(contentText);
  if (hit) return hit;
  const answer = citiesAbroadOf(row, cities, params, cityText, contentText);
  // (texts that do not recur are not kept without bound)
  if (byCity === undefined) byList.set(cities, (byCity = new Map()));
  if (byContent === undefined) {
    if (byCity.size >= 1000) byCity.clear();
    byCity.set(cityText, (byContent = new Map()));
  } else if (byContent.size >= 1000) byContent.clear();
  byContent.set(contentText, answer);
  return answer;
}

const isHome = (c: string) => c === '中国';

// a parsed row makes a FieldCell on each read of `city` / `content`: its texts are enough here
const cityTextOf = (row: ScheduleRow) => (row instanceof ParsedScheduleRow ? row.cityText : row.city?.text ?? '');
const contentTextOf = (row: ScheduleRow) => (row instanceof ParsedScheduleRow ? row.contentText : row.content?.text ?? '');

/** A city cell that is a sentence or names a transit point (`乘机经阿姆斯特丹转机抵达卑尔根`). */
function isSentence(c: string, params: Zj2017Params): boolean {
  return SENTENCE.test(c) || FLIGHT_NUMBER.test(c) || containsAny(c, params.transitWords) !== undefined;
}

// answers for one-place rows, by the reader's shared list of the city cell (one per distinct text)
let memoFor: { params: Zj2017Params; map: Map<readonly string[], readonly string[]> } | null = null;
function simpleMemo(params: Zj2017Params): Map<readonly string[], readonly string[]> {
  if (!memoFor || memoFor.params !== params || memoFor.map.size > 5000) memoFor = { params, map: new Map() };
  return memoFor.map;
}

// answers for the other rows (several places, 交通, a sentence): by the list, then by the row's city text, then
// by its content — the same route (`柏林—慕尼黑`, `乘机前往慕尼黑`) recurs in schedule after schedule, and reading
// it is regex work
type TextMemo = Map<readonly string[], Map<string, Map<string, readonly string[]>>>;
let textMemoFor: { params: Zj2017Params; map: TextMemo } | null = null;
function textMemo(params: Zj2017Params): TextMemo {
  if (!textMemoFor || textMemoFor.params !== params || textMemoFor.map.size > 5000) textMemoFor = { params, map: new Map() };
  return textMemoFor.map;
}

function citiesAbroadOf(row: ScheduleRow, cities: readonly string[], params: Zj2017Params, cityText: string, contentText = contentTextOf(row)): readonly string[] {
  const sentence = cities.some((c) => isSentence(c, params));
  let list: readonly string[] = cities;
  let transit = NONE;
  if (sentence || cities.length >= 2 || row.type === '交通') {
    transit = transitPoints(cityText + '\n' + contentText, params.transitWords);
    if (sentence && cityText !== '') {
      // a sentence in the city cell: the words around the places are not places
      const p = patterns(params.transitWords);
      let clean = cityText;
      if (p) {
        // a note in brackets naming a transit point (`于默奥（经停松兹瓦尔）`) is part of the sentence, not a note
        clean = clean.replace(p.bracket, '—').replace(NOTE, (note, inner: string) => (params.transitWords.some((w) => w !== '' && inner.includes(w)) ? `—${inner}—` : note));
        clean = clean.replace(p.word, '—');
      }
      list = parseCityCellShared(clean.replace(FLIGHT, '—').replace(ACTIONS, '—')).cities.map((c) => placeIn(c, cityText));
    }
  }
  let plain = true; // every name as it stands: the list is returned as it is (no copy)
  for (const c of list) {
    if (placeName(c) !== c || !kept(c, transit, params.homeCities)) {
      plain = false;
      break;
    }
  }
  if (plain) return list;
  const out: string[] = [];
  for (const raw of list) {
    const c = placeName(raw);
    if (!out.includes(c) && kept(c, transit, params.homeCities)) out.push(c);
  }
  return out;
}

// a place named right after an action word or a route's dash is named whole (`前往于默奥`, `斯德哥尔摩—于默奥`)
const NAMED_AFTER = new RegExp(`(?:${SENTENCE.source}|[—–\\-→/~～])\\s*$`);

/** A name of a sentence without the 在 / 于 / 从 / 自 before it (`，在阿姆斯特丹转机`), unless it is named whole. */
function placeIn(c: string, text: string): string {
  const cut = c.replace(BEFORE_PLACE, '');
  if (cut === '') return c;
  const at = text.indexOf(c);
  return at >= 0 && NAMED_AFTER.test(text.slice(0, at)) ? c : cut;
}

/**
 * A place as the schedule names it, for comparing: no note in brackets (`柏林（含波茨坦）`), no 市, 市区,
 * 地区 or 及周边 (`慕尼黑及周边`).
 */
function placeName(c: string): string {
  let t = c.trim();
  if (/[（(]/.test(t)) t = t.replace(/\s*[（(][^）)]*[）)]\s*/g, '').trim() || t;
  return t.replace(/(?:及周边地区|及周边|周边地区|周边|市区|郊区|地区|市)$/, '') || t;
}

/** A city abroad of the schedule: not a transit point, not in China (`上海`, `上海浦东`). */
function kept(c: string, transit: ReadonlySet<string>, home: readonly string[]): boolean {
  if (transit.has(c)) return false;
  for (const h of home) if (h !== '' && c.startsWith(h)) return false;
  return true;
}

/** A 交通 row saying the group moves on to another city (not to the airport or the hotel). */
function movesByContent(row: ScheduleRow, params: Zj2017Params): string | null {
  if (row.type !== '交通') return null;
  const text = contentTextOf(row).trim(); // ('' without a content cell: no move word in it)
  if (!containsAny(text, params.moveWords) || containsAny(text, params.localPlaceWords)) return null;
  return text;
}

/** The schedule's days in date order, each with whether it is a working day abroad and its first move. */
export function travelDays(s: Schedule, depart: IsoDate | undefined, params: Zj2017Params): TravelDay[] {
  return walkDays(s, depart, params, true);
}

// Only the days with a move on a working day abroad are kept per schedule, for ZJ-INTERCITY and
// ZJ-INTERCITY-ENDS (both ask): a day object per day of every schedule, kept while the workbook lives,
// was what the rules phase's young-generation collections copied (docs/BENCH.md, round 13).
const cache = new WeakMap<Schedule, { depart: IsoDate | undefined; params: Zj2017Params; days: readonly TravelDay[] }>();
const NO_DAYS: readonly TravelDay[] = Object.freeze([]);

/** The days of travelDays that are working days abroad with a move, in the same order. */
export function workingMoveDays(s: Schedule, depart: IsoDate | undefined, params: Zj2017Params): readonly TravelDay[] {
  const hit = cache.get(s);
  if (hit && hit.depart === depart && hit.params === params) return hit.days;
  const found = walkDays(s, depart, params, false);
  const days = found.length === 0 ? NO_DAYS : found;
  cache.set(s, { depart, params, days });
  return days;
}

// walkDays' dated days (their dates, and their places in the day list), kept between walks: a walk never runs
// inside another, and two lists per schedule were what the travel rules allocated most (docs/BENCH.md, round 17)
const walkDates: IsoDate[] = [];
const walkDayAt: number[] = [];

/** travelDays's walk; with `all` false only the working days with a move are made (the others are not kept). */
function walkDays(s: Schedule, depart: IsoDate | undefined, params: Zj2017Params, all: boolean): TravelDay[] {
  const rows = s.rows;
  // the schedule's days (countScheduleDays' grouping): as runs of rows in the usual schedule, else as day objects
  const runs = dayRuns(rows);
  const grouped = runs === null ? groupDaysByLookup(rows) : null;
  const count = runs !== null ? runs.count : (grouped as ScheduleDay[]).length;
  // the dated days, sorted only when out of order
  const dates = walkDates;
  const dayAt = walkDayAt;
  let n = 0;
  let sorted = true;
  for (let k = 0; k < count; k++) {
    const dayDate = runs !== null ? runs.dates[k] : (grouped as ScheduleDay[])[k].date;
    const dayNumber = runs !== null ? runs.dayNumbers[k] : (grouped as ScheduleDay[])[k].dayNumber;
    const date = dayDate ?? (depart && dayNumber !== null ? addDays(depart, dayNumber - 1) : null);
    if (date === null) continue;
    if (n > 0 && date < dates[n - 1]) sorted = false;
    dates[n] = date;
    dayAt[n] = k;
    n++;
  }
  // (`runs` stays as filled: nothing below groups a schedule's days)
  let order: number[] | null = null; // (the dated days' indices in date order; none when they are in order already)
  if (!sorted) {
    order = [];
    for (let i = 0; i < n; i++) order.push(i);
    order.sort((a, b) => (dates[a] < dates[b] ? -1 : dates[a] > dates[b] ? 1 : 0)); // (stable: ties keep schedule order)
  }
  const days: TravelDay[] = [];
  const first = dates[order ? order[0] : 0];
  const last = dates[order ? order[n - 1] : n - 1];
  let city: string | null = null;
  for (let j = 0; j < n; j++) {
    const i = order ? order[j] : j;
    const date = dates[i];
    const k = dayAt[i];
    let dayRows: readonly ScheduleRow[] = rows;
    let start = 0;
    let end: number;
    if (runs !== null) {
      start = runs.starts[k];
      end = runs.starts[k + 1];
    } else {
      dayRows = (grouped as ScheduleDay[])[k].rows;
      end = dayRows.length;
    }
    let move: Move | null = null;
    for (let r = start; r < end; r++) {
      const row = dayRows[r];
      const named = citiesAbroad(row, params);
      if (move === null) {
        if (named.length >= 2) move = { row, from: named[0], to: named[1], text: named.join('→') };
        else if (named.length === 1 && city !== null && named[0] !== city) move = { row, from: city, to: named[0], text: `${city}→${named[0]}` };
        else {
          const said = movesByContent(row, params);
          if (said !== null) move = { row, from: city, to: null, text: said };
        }
      }
      if (named.length > 0) city = named[named.length - 1];
    }
    if (!all && move === null) continue;
    const working = isWorkingDayAbroad(date);
    if (!all && !working) continue;
    days.push({ date, position: date === first ? 'first' : date === last ? 'last' : 'middle', working, move });
  }
  return days;
}

/** The cell a move points at: its city cell, else its content, else its date. */
export function moveRef(m: Move) {
  return m.row.city?.ref ?? m.row.content?.ref ?? m.row.date?.ref;
}

/**
 * Every move on a working day abroad of every project's schedule, with the cell it points at: the middle
 * days (ZJ-INTERCITY) or, with `ends`, the first and last day (ZJ-INTERCITY-ENDS). A list, walked by index:
 * a generator over the projects and days made an iterator result per project and per day.
 */
export function workingDayMoves(ctx: RuleContext, params: Zj2017Params, ends: boolean) {
  const out: { p: Project; d: TravelDay; move: Move; ref: CellRef }[] = [];
  const projects = ctx.parsed.projects;
  for (let i = 0; i < projects.length; i++) {
    const p = projects[i];
    const s = ctx.scheduleFor(p);
    if (!s) continue;
    const days = workingMoveDays(s, ok(p.departDate), params);
    for (let k = 0; k < days.length; k++) {
      const d = days[k];
      if ((d.position !== 'middle') !== ends || !d.move) continue;
      const ref = moveRef(d.move);
      if (ref) out.push({ p, d, move: d.move, ref });
    }
  }
  return out;
}
