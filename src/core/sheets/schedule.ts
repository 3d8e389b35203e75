/**
 * 日程表 (FORMS.md): a header found by its labels, one row per activity (上午/下午 rows), dates as
 * Excel dates or text, or 第N天; a blank or merged date under a filled one belongs to the same day.
 */
import type { CellRef } from '../grid';
import type { ActivityType, FieldCell, IsoDate, Reading, ReadNote, ScheduleRow } from '../model/records';
import { add, frac, HALF, ONE, ZERO, type Fraction } from '../values/fraction';
import { inferActivityType, mapActivityType, parseDayNumber, parseSlot } from '../values/activity';
import { daysBetween, readDate, yearIn } from '../values/dates';
import { parseCityCellShared, splitCountries } from '../values/countries';
import { matchLabel, mayBeLabel, SCHEDULE_INDEX, type ScheduleField } from '../values/labels';
import { atRef, quote } from '../values/result';
import { compact } from '../values/text';
import type { SheetView } from './view';

export interface ScheduleHeader {
  row: number;
  columns: Partial<Record<ScheduleField, number>>;
  /** Chinese labels found, for the recognition reason. */
  found: string[];
}

const STRUCTURE: ScheduleField[] = ['content', 'slot', 'type', 'city'];

/** The header row: 日期/时间 or 天次/第几天, with at least one of 内容/时段/类型/城市. */
export function findScheduleHeader(v: SheetView, maxRows = 40, minOther = 1): ScheduleHeader | null {
  let best: ScheduleHeader | null = null;
  let bestScore = 0;
  for (let r = 0; r < Math.min(v.rows, maxRows); r++) {
    let columns: Partial<Record<ScheduleField, number>> | null = null;
    let found: string[] = [];
    const cells = v.sheet.cells[r];
    const n = cells ? cells.length : 0;
    for (let c = 0; c < n; c++) {
      const cell = cells[c];
      if (!cell || typeof cell.v !== 'string' || cell.err) continue; // labels are text
      if (!mayBeLabel(SCHEDULE_INDEX, cell.v)) continue; // most cells, by their first character
      if (v.isContinuation(r, c)) continue;
      const t = v.text(r, c);
      if (t === '' || t.length > 20) continue;
      let f = matchLabel(SCHEDULE_INDEX, t);
      if (!f) continue;
      if (!columns) {
        columns = {};
        found = [];
      }
      // `时间` beside `日期` is the time of day
      if (f === 'date' && columns.date !== undefined) f = 'slot';
      if (columns[f] !== undefined) continue;
      columns[f] = c;
      found.push(t.replace(/\s+/g, ''));
    }
    if (!columns || (columns.date === undefined && columns.dayNumber === undefined)) continue;
    const others = STRUCTURE.filter((f) => columns[f] !== undefined).length;
    if (others < minOther) continue;
    const score = found.length;
    if (score > bestScore) {
      best = { row: r, columns, found };
      bestScore = score;
    }
  }
  return best;
}

export interface ScheduleGroup {
  /** Text of the project column for these rows (null when the sheet has no project column). */
  projectText: string | null;
  projectRef: CellRef | null;
  rows: ScheduleRow[];
}

export interface ScheduleParseOptions {
  /** The year for dates without one, by the rows' project text (null: the sheet's own project). */
  yearFor?: (projectText: string | null) => number | undefined;
  /** A year from the sheet's title, used when the project gives none. */
  titleYear?: number;
}

/**
 * A row's day, for sharing the day among its rows: the date itself (ISO), the day number (a number),
 * or a text naming one cell or row (`ref:…`, `blank:…`, `row:…`) for a day that is only that row.
 * (Dates and numbers are used as they are, not as `date:…` / `day:…` texts: no string per row.)
 */
type DayKey = string | number;

/** Per project group: its rows' days and slots (for the shares) and the day carried down from the row above. */
interface GroupState {
  group: ScheduleGroup;
  dayKeys: DayKey[];
  slots: ScheduleRow['slot'][];
  carry: Carry | null;
}

interface Carry {
  date: Reading<IsoDate> | null;
  dayNumber: number | null;
  weekday: FieldCell | null;
  key: DayKey;
  lastIso: IsoDate | null;
}

/** The title rows above the header (for linking by theme and for a year). */
export function titleAbove(v: SheetView, headerRow: number): { text: string; ref: CellRef } | null {
  for (let r = 0; r < headerRow; r++) {
    const t = v.rowTexts(r);
    if (t.length > 0) return { text: t.map((x) => x.text).join(' '), ref: v.ref(r, t[0].col) };
  }
  return null;
}

function cellAtCol(v: SheetView, r: number, c: number | undefined, headerRow: number): FieldCell | null {
  if (c === undefined) return null;
  const m = v.merge(r, c);
  if (m && (m.r0 !== r || m.c0 !== c)) {
    if (m.c0 === c && m.r0 > headerRow) return v.field(r, c);
    return { ref: v.ref(r, c), text: '' };
  }
  return v.field(r, c);
}

const NO_CITY = Object.freeze({ cities: Object.freeze([]) as readonly string[], countries: Object.freeze([]) as readonly string[], move: false });

const isScheduleLabel = (t: string) => matchLabel(SCHEDULE_INDEX, t) !== undefined;

/** Reads the rows under the header, grouped by the project column when there is one. */
export function parseScheduleRows(v: SheetView, header: ScheduleHeader, opts: ScheduleParseOptions = {}): { groups: ScheduleGroup[]; notes: ReadNote[] } {
  const cols = header.columns;
  const notes: ReadNote[] = [];
  const groups = new Map<string, GroupState>();
  const projectCol = cols.projectId ?? cols.theme;
  let lastProject: FieldCell | null = null;
  let ownYear: number | undefined = opts.titleYear;

  for (let r = header.row + 1; r < v.rows; r++) {
    const kind = v.scanRow(r, isScheduleLabel, 12);
    if (kind === 'footer') break;
    if (kind !== 'data') continue; // blank, 合计, a repeated header

    let projectCell = cellAtCol(v, r, projectCol, header.row);
    if (projectCell && projectCell.text === '' && lastProject) projectCell = lastProject;
    if (projectCell && projectCell.text !== '') lastProject = projectCell;
    const projectText = projectCol === undefined ? null : projectCell?.text ?? '';
    const gkey = projectText ?? '';
    let state = groups.get(gkey);
    if (!state) {
      const g: ScheduleGroup = { projectText, projectRef: projectCell && projectCell.text !== '' ? projectCell.ref : null, rows: [] };
      state = { group: g, dayKeys: [], slots: [], carry: null };
      groups.set(gkey, state);
    }
    const group = state.group;
    const prev = state.carry;

    // the day: its date (filled down) or its day number
    let date: Reading<IsoDate> | null = null;
    let dayNumber: number | null = null;
    let dayKey: DayKey | null = null; // null: `row:${r}`, made only when it is the answer
    let weekday = cellAtCol(v, r, cols.weekday, header.row);
    const dateCell = cellAtCol(v, r, cols.date, header.row);
    const dayCell = cellAtCol(v, r, cols.dayNumber, header.row);
    if (dateCell && dateCell.text !== '' && !(prev && prev.date && sameRef(prev.date.ref, dateCell.ref))) {
      const asDay = typeof dateCell.cell?.v === 'string' ? parseDayNumber(dateCell.text) : null;
      if (asDay !== null) {
        dayNumber = asDay;
        dayKey = asDay;
      } else {
        const year = opts.yearFor?.(projectText) ?? ownYear;
        let res = readDate(dateCell.cell, year !== undefined ? { year } : {});
        if (res.ok && /^\d{1,2}月/.test(compact(res.text)) && prev?.lastIso && year !== undefined) {
          // 12月30日 … 1月2日: a date without a year that falls far before the previous one is next year's
          if (daysBetween(prev.lastIso, res.value) < -180) res = readDate(dateCell.cell, { year: year + 1 });
        }
        if (res.ok && ownYear === undefined) ownYear = Number(res.value.slice(0, 4));
        date = atRef(res, dateCell.ref);
        if (res.ok && res.note) notes.push({ ref: dateCell.ref, message: `日期：${res.note}` });
        dayKey = res.ok ? res.value : `ref:${dateCell.ref.row},${dateCell.ref.col}`;
      }
    } else if (prev && (cols.date !== undefined || prev.dayNumber !== null)) {
      // a blank (or merged) date under a filled one: the same day
      date = prev.date;
      dayNumber = prev.dayNumber;
      dayKey = prev.key;
      if (!weekday || weekday.text === '') weekday = prev.weekday;
    } else if (dateCell) {
      date = { ok: false, problem: 'blank', ref: dateCell.ref, text: '' };
      dayKey = `blank:${r}`;
    }
    if (dayCell && dayCell.text !== '') {
      const n = parseDayNumber(dayCell.text);
      if (n !== null) {
        dayNumber = n;
        if (!date || !date.ok) dayKey = n;
      }
    }
    if (dayKey === null) dayKey = `row:${r}`;
    if (weekday && weekday.text === '' && prev && prev.key === dayKey) weekday = prev.weekday;
    // the row above is not read again once this row is known: its carry is reused in place
    const lastIso = date && date.ok ? date.value : prev?.lastIso ?? null;
    if (prev) {
      prev.date = date;
      prev.dayNumber = dayNumber;
      prev.weekday = weekday;
      prev.key = dayKey;
      prev.lastIso = lastIso;
    } else state.carry = { date, dayNumber, weekday, key: dayKey, lastIso };

    // 时段
    const slotCell = cellAtCol(v, r, cols.slot, header.row);
    let slot: ScheduleRow['slot'] = null;
    if (slotCell && slotCell.text !== '') {
      const s = parseSlot(slotCell.text);
      if (s) {
        slot = s.slot;
        if (s.converted) notes.push({ ref: slotCell.ref, message: `时段：${quote(slotCell.text)}读作${s.slot}` });
      } else {
        notes.push({ ref: slotCell.ref, message: `时段：${quote(slotCell.text)}无法识别，按未填时段计算` });
      }
    }

    // 城市 and 国家
    const city = cellAtCol(v, r, cols.city, header.row);
    // a row's cities and countries are the city cell's shared, frozen lists unless a 国家 cell adds to them
    const parsedCity = city && city.text !== '' ? parseCityCellShared(city.text) : NO_CITY;
    const countryCell = cellAtCol(v, r, cols.country, header.row);
    let countries = parsedCity.countries;
    let countryRef: CellRef | null = null;
    if (countryCell && countryCell.text !== '') {
      const own: string[] = [];
      for (const c of splitCountries(countryCell.text).countries) if (!own.includes(c)) own.push(c);
      for (const c of parsedCity.countries) if (!own.includes(c)) own.push(c);
      countries = own;
      countryRef = countryCell.ref;
    }
    if (!countryRef && parsedCity.countries.length > 0 && city) countryRef = city.ref;

    // 内容 and 类型
    const content = cellAtCol(v, r, cols.content, header.row);
    const typeCell = cellAtCol(v, r, cols.type, header.row);
    let type: ActivityType;
    let typeInferred = false;
    const mapped = typeCell && typeCell.text !== '' ? mapActivityType(typeCell.text) : null;
    if (mapped) {
      type = mapped;
    } else {
      const basis = typeCell && typeCell.text !== '' ? typeCell.text + ' ' + (content?.text ?? '') : content?.text ?? '';
      type = inferActivityType(basis);
      typeInferred = true;
      const where = typeCell ? typeCell.ref : content ? content.ref : v.ref(r, 0);
      const why = typeCell && typeCell.text !== '' ? `类型${quote(typeCell.text)}不是规定的类型，` : typeCell ? '类型未填，' : '没有类型一栏，';
      notes.push({ ref: where, message: `日程第${r + 1}行${why}按内容${quote(content?.text ?? '')}推断为${type}` });
    }

    group.rows.push({
      row: r,
      date,
      dayNumber,
      weekday: weekday && weekday.text !== '' ? weekday : null,
      slot,
      slotRef: slotCell ? slotCell.ref : null,
      city: city && city.text !== '' ? city : null,
      cities: parsedCity.cities as string[], // shared and frozen: never changed by the rules
      countries: countries as string[],
      countryRef,
      content: content && content.text !== '' ? content : null,
      type,
      typeInferred,
      typeRef: typeCell ? typeCell.ref : null,
      share: ZERO,
    });
    state.dayKeys.push(dayKey);
    state.slots.push(slot);
  }

  const out: ScheduleGroup[] = [];
  for (const st of groups.values()) {
    assignShares(st.group.rows, st.dayKeys, st.slots);
    if (st.group.rows.length > 0) out.push(st.group);
  }
  return { groups: out, notes };
}

function sameRef(a: CellRef | undefined | null, b: CellRef): boolean {
  return !!a && a.row === b.row && a.col === b.col && a.sheet === b.sheet;
}

/**
 * A row's share of its day: 上午/下午 ½, 全天 1, 晚上 0; rows without 时段 share what the slotted
 * rows leave of the day (all of it when none is slotted) equally.
 */
function assignShares(rows: ScheduleRow[], dayKeys: DayKey[], slots: ScheduleRow['slot'][]): void {
  // rows of each day, by index; most days are two rows in a row, so a day's list is found by its key once
  const byDay = new Map<DayKey, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const list = byDay.get(dayKeys[i]);
    if (list) list.push(i);
    else byDay.set(dayKeys[i], [i]);
  }
  for (const list of byDay.values()) {
    let slotted: Fraction = ZERO;
    let free = 0;
    for (const i of list) {
      const share = slotShare(slots[i]);
      if (share) {
        rows[i].share = share;
        slotted = add(slotted, share);
      } else free++;
    }
    if (free === 0) continue;
    const left = slotted.n >= slotted.d ? ZERO : add(ONE, frac(-slotted.n, slotted.d));
    const each = frac(left.n, left.d * free);
    for (const i of list) if (!slotShare(slots[i])) rows[i].share = each;
  }
}

/** The share of a slotted row (the shared ½ and 1: shares are never changed once made). */
function slotShare(slot: ScheduleRow['slot']): Fraction | null {
  if (slot === '上午' || slot === '下午') return HALF;
  if (slot === '全天') return ONE;
  if (slot === '晚上') return ZERO;
  return null;
}

/** The year a schedule's title mentions (`2023年…日程安排`). */
export function titleYear(v: SheetView, headerRow: number): number | undefined {
  const t = titleAbove(v, headerRow);
  return t ? yearIn(t.text) ?? undefined : undefined;
}
