/**
 * 日程表 (FORMS.md): a header found by its labels, one row per activity (上午/下午 rows), dates as
 * Excel dates or text, or 第N天; a blank or merged date under a filled one belongs to the same day.
 */
import type { Cell, CellRef } from '../grid';
import type { ActivityType, DaySlot, FieldCell, IsoDate, Reading, ReadNote, ScheduleRow } from '../model/records';
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
  /** the 星期 cell: its row (-1: no column), cell and text */
  weekdayRow: number;
  weekdayCell: Cell | undefined;
  weekdayText: string;
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

const NO_CITY = Object.freeze({ cities: Object.freeze([]) as readonly string[], countries: Object.freeze([]) as readonly string[], move: false });

const isScheduleLabel = (t: string) => matchLabel(SCHEDULE_INDEX, t) !== undefined;

/** Reads the rows under the header, grouped by the project column when there is one. */
export function parseScheduleRows(v: SheetView, header: ScheduleHeader, opts: ScheduleParseOptions = {}): { groups: ScheduleGroup[]; notes: ReadNote[] } {
  const cols = header.columns;
  const hr = header.row;
  const name = v.name;
  const notes: ReadNote[] = [];
  const groups = new Map<string, GroupState>();
  const projectCol = cols.projectId ?? cols.theme;
  const at: RowSheet = {
    name,
    weekday: cols.weekday ?? -1,
    slot: cols.slot ?? -1,
    city: cols.city ?? -1,
    content: cols.content ?? -1,
    type: cols.type ?? -1,
  };
  // the last non-blank project cell (a blank one below it belongs to the same project)
  let lastProjectText = '';
  let lastProjectRow = -1;
  let ownYear: number | undefined = opts.titleYear;

  // Each column's cell is read as its row (valueRow), text and cell, without a FieldCell: refs are
  // made only where a note or a record keeps them (see ParsedScheduleRow).
  for (let r = hr + 1; r < v.rows; r++) {
    const kind = v.scanRow(r, isScheduleLabel, 12);
    if (kind === 'footer') break;
    if (kind !== 'data') continue; // blank, 合计, a repeated header

    let projectText: string | null = null;
    let projectRow = -1;
    if (projectCol !== undefined) {
      const pr = valueRow(v, r, projectCol, hr);
      projectRow = pr < 0 ? r : pr;
      projectText = pr < 0 ? '' : v.text(pr, projectCol);
      if (projectText === '' && lastProjectRow >= 0) {
        projectText = lastProjectText;
        projectRow = lastProjectRow;
      }
      if (projectText !== '') {
        lastProjectText = projectText;
        lastProjectRow = projectRow;
      }
    }
    const gkey = projectText ?? '';
    let state = groups.get(gkey);
    if (!state) {
      const projectRef = projectText !== null && projectText !== '' ? v.ref(projectRow, projectCol as number) : null;
      const g: ScheduleGroup = { projectText, projectRef, rows: [] };
      state = { group: g, dayKeys: [], slots: [], carry: null };
      groups.set(gkey, state);
    }
    const group = state.group;
    const prev = state.carry;

    // the day: its date (filled down) or its day number
    let date: Reading<IsoDate> | null = null;
    let dayNumber: number | null = null;
    let dayKey: DayKey | null = null; // null: `row:${r}`, made only when it is the answer
    let wkRow = -1; // -1: no 星期 column
    let wkText = '';
    let wkCell: Cell | undefined;
    if (cols.weekday !== undefined) {
      const w = valueRow(v, r, cols.weekday, hr);
      wkRow = w < 0 ? r : w;
      if (w >= 0) {
        wkCell = v.cell(w, cols.weekday);
        wkText = v.text(w, cols.weekday);
      }
    }
    if (cols.date !== undefined) {
      const dc = cols.date;
      const dv = valueRow(v, r, dc, hr);
      const dRow = dv < 0 ? r : dv;
      const dText = dv < 0 ? '' : v.text(dv, dc);
      if (dText !== '' && !(prev && prev.date && sameCell(prev.date.ref, name, dRow, dc))) {
        const dCell = v.cell(dv, dc);
        const asDay = typeof dCell?.v === 'string' ? parseDayNumber(dText) : null;
        if (asDay !== null) {
          dayNumber = asDay;
          dayKey = asDay;
        } else {
          const year = opts.yearFor?.(projectText) ?? ownYear;
          let res = readDate(dCell, year !== undefined ? { year } : {});
          if (res.ok && /^\d{1,2}月/.test(compact(res.text)) && prev?.lastIso && year !== undefined) {
            // 12月30日 … 1月2日: a date without a year that falls far before the previous one is next year's
            if (daysBetween(prev.lastIso, res.value) < -180) res = readDate(dCell, { year: year + 1 });
          }
          if (res.ok && ownYear === undefined) ownYear = Number(res.value.slice(0, 4));
          const dRef = v.ref(dRow, dc);
          date = atRef(res, dRef);
          if (res.ok && res.note) notes.push({ ref: dRef, message: `日期：${res.note}` });
          dayKey = res.ok ? res.value : `ref:${dRow},${dc}`;
        }
      } else if (prev) {
        // a blank (or merged) date under a filled one: the same day
        date = prev.date;
        dayNumber = prev.dayNumber;
        dayKey = prev.key;
        if (wkText === '') [wkRow, wkCell, wkText] = [prev.weekdayRow, prev.weekdayCell, prev.weekdayText];
      } else {
        date = { ok: false, problem: 'blank', ref: v.ref(dRow, dc), text: '' };
        dayKey = `blank:${r}`;
      }
    } else if (prev && prev.dayNumber !== null) {
      // no date column: a blank day number under a filled one is the same day
      date = prev.date;
      dayNumber = prev.dayNumber;
      dayKey = prev.key;
      if (wkText === '') [wkRow, wkCell, wkText] = [prev.weekdayRow, prev.weekdayCell, prev.weekdayText];
    }
    if (cols.dayNumber !== undefined) {
      const nv = valueRow(v, r, cols.dayNumber, hr);
      const nText = nv < 0 ? '' : v.text(nv, cols.dayNumber);
      if (nText !== '') {
        const n = parseDayNumber(nText);
        if (n !== null) {
          dayNumber = n;
          if (!date || !date.ok) dayKey = n;
        }
      }
    }
    if (dayKey === null) dayKey = `row:${r}`;
    if (wkRow >= 0 && wkText === '' && prev && prev.key === dayKey) [wkRow, wkCell, wkText] = [prev.weekdayRow, prev.weekdayCell, prev.weekdayText];
    // the row above is not read again once this row is known: its carry is reused in place
    const lastIso = date && date.ok ? date.value : prev?.lastIso ?? null;
    if (prev) {
      prev.date = date;
      prev.dayNumber = dayNumber;
      prev.weekdayRow = wkRow;
      prev.weekdayCell = wkCell;
      prev.weekdayText = wkText;
      prev.key = dayKey;
      prev.lastIso = lastIso;
    } else state.carry = { date, dayNumber, weekdayRow: wkRow, weekdayCell: wkCell, weekdayText: wkText, key: dayKey, lastIso };

    // 时段
    let slot: ScheduleRow['slot'] = null;
    let slotRow = -1;
    if (cols.slot !== undefined) {
      const sv = valueRow(v, r, cols.slot, hr);
      slotRow = sv < 0 ? r : sv;
      const slotText = sv < 0 ? '' : v.text(sv, cols.slot);
      if (slotText !== '') {
        const s = parseSlot(slotText);
        if (s) {
          slot = s.slot;
          if (s.converted) notes.push({ ref: v.ref(slotRow, cols.slot), message: `时段：${quote(slotText)}读作${s.slot}` });
        } else {
          notes.push({ ref: v.ref(slotRow, cols.slot), message: `时段：${quote(slotText)}无法识别，按未填时段计算` });
        }
      }
    }

    // 城市 and 国家
    let cityRow = -1;
    let cityText = '';
    let cityCell: Cell | undefined;
    if (cols.city !== undefined) {
      const cv = valueRow(v, r, cols.city, hr);
      if (cv >= 0) {
        cityText = v.text(cv, cols.city);
        if (cityText !== '') {
          cityRow = cv;
          cityCell = v.cell(cv, cols.city);
        }
      }
    }
    // a row's cities and countries are the city cell's shared, frozen lists unless a 国家 cell adds to them
    const parsedCity = cityText !== '' ? parseCityCellShared(cityText) : NO_CITY;
    let countries = parsedCity.countries;
    let countryRow = -1;
    let countryCol = -1;
    if (cols.country !== undefined) {
      const kv = valueRow(v, r, cols.country, hr);
      const countryText = kv < 0 ? '' : v.text(kv, cols.country);
      if (countryText !== '') {
        const own: string[] = [];
        for (const c of splitCountries(countryText).countries) if (!own.includes(c)) own.push(c);
        for (const c of parsedCity.countries) if (!own.includes(c)) own.push(c);
        countries = own;
        countryRow = kv;
        countryCol = cols.country;
      }
    }
    if (countryRow < 0 && parsedCity.countries.length > 0 && cityRow >= 0) {
      countryRow = cityRow;
      countryCol = cols.city as number;
    }

    // 内容 and 类型
    let contentRow = -1; // the content cell's row even when blank (a note may point at it)
    let contentText = '';
    let contentCell: Cell | undefined;
    if (cols.content !== undefined) {
      const cv = valueRow(v, r, cols.content, hr);
      contentRow = cv < 0 ? r : cv;
      if (cv >= 0) {
        contentText = v.text(cv, cols.content);
        if (contentText !== '') contentCell = v.cell(cv, cols.content);
      }
    }
    let typeRow = -1;
    let typeText = '';
    if (cols.type !== undefined) {
      const tv = valueRow(v, r, cols.type, hr);
      typeRow = tv < 0 ? r : tv;
      if (tv >= 0) typeText = v.text(tv, cols.type);
    }
    let type: ActivityType;
    let typeInferred = false;
    const mapped = typeText !== '' ? mapActivityType(typeText) : null;
    if (mapped) {
      type = mapped;
    } else {
      const basis = typeText !== '' ? typeText + ' ' + contentText : contentText;
      type = inferActivityType(basis);
      typeInferred = true;
      const where = typeRow >= 0 ? v.ref(typeRow, cols.type as number) : contentRow >= 0 ? v.ref(contentRow, cols.content as number) : v.ref(r, 0);
      const why = typeText !== '' ? `类型${quote(typeText)}不是规定的类型，` : typeRow >= 0 ? '类型未填，' : '没有类型一栏，';
      notes.push({ ref: where, message: `日程第${r + 1}行${why}按内容${quote(contentText)}推断为${type}` });
    }

    group.rows.push(
      new ParsedScheduleRow(
        at,
        r,
        date,
        dayNumber,
        slot,
        parsedCity.cities as string[], // shared and frozen: never changed by the rules
        countries as string[],
        type,
        typeInferred,
        wkText !== '' ? wkRow : -1,
        wkCell,
        wkText,
        cityRow,
        cityCell,
        cityText,
        contentText !== '' ? contentRow : -1,
        contentCell,
        contentText,
        slotRow,
        typeRow,
        countryRow,
        countryCol,
      ),
    );
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

/**
 * The row whose cell shows the value at (r, c) of a schedule column: the cell itself, or the top of
 * a merged area that starts in this column below the header; -1 when the cell shows nothing of its own
 * (inside a merge that starts elsewhere). (As cellAtCol, without making the FieldCell.)
 */
function valueRow(v: SheetView, r: number, c: number, headerRow: number): number {
  const m = v.merge(r, c);
  if (m && (m.r0 !== r || m.c0 !== c)) return m.c0 === c && m.r0 > headerRow ? m.r0 : -1;
  return r;
}

function sameCell(a: CellRef | undefined | null, sheet: string, row: number, col: number): boolean {
  return !!a && a.row === row && a.col === col && a.sheet === sheet;
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

/**
 * The columns a schedule sheet's rows are read from, shared by all its rows (a row keeps only the
 * row numbers and texts of its cells; see ParsedScheduleRow).
 */
interface RowSheet {
  name: string;
  weekday: number;
  slot: number;
  city: number;
  content: number;
  type: number;
}

/**
 * A schedule row as the reader makes it: one object per row. The cells a rule may point at (星期,
 * 时段, 城市, 国家, 内容, 类型) are kept as row numbers, cells and texts, and their FieldCell / CellRef
 * objects are made only when a rule reads them (ScheduleRow's fields, as getters).
 * Why: a plain row held about a dozen objects (field cells and refs) — 1.8 million for 150 000 rows —
 * and these survive into the records, so every scavenge copied them; findings need the refs of a few.
 * `toJSON` gives the plain row (field for field, in the same order). A structured clone would not
 * (getters are not copied): parsed records stay in their thread; the merge sends plain values.
 */
export class ParsedScheduleRow implements ScheduleRow {
  share: Fraction = ZERO;
  constructor(
    private readonly at: RowSheet,
    readonly row: number,
    readonly date: Reading<IsoDate> | null,
    readonly dayNumber: number | null,
    readonly slot: DaySlot | null,
    readonly cities: string[],
    readonly countries: string[],
    readonly type: ActivityType,
    readonly typeInferred: boolean,
    // -1: no such cell (null); the row that holds the value otherwise (a merged area's top row)
    private readonly weekdayRow: number,
    private readonly weekdayCell: Cell | undefined,
    private readonly weekdayText: string,
    private readonly cityRow: number,
    private readonly cityCell: Cell | undefined,
    private readonly cityText: string,
    private readonly contentRow: number,
    private readonly contentCell: Cell | undefined,
    private readonly contentText: string,
    private readonly slotRow: number,
    private readonly typeRow: number,
    /** 国家 cell's row, or the 城市 cell's when the countries come from the city (countryCol says which) */
    private readonly countryRow: number,
    private readonly countryCol: number,
  ) {}

  get weekday(): FieldCell | null {
    return this.weekdayRow < 0 ? null : fieldCell(this.at.name, this.weekdayRow, this.at.weekday, this.weekdayCell, this.weekdayText);
  }
  get city(): FieldCell | null {
    return this.cityRow < 0 ? null : fieldCell(this.at.name, this.cityRow, this.at.city, this.cityCell, this.cityText);
  }
  get content(): FieldCell | null {
    return this.contentRow < 0 ? null : fieldCell(this.at.name, this.contentRow, this.at.content, this.contentCell, this.contentText);
  }
  get slotRef(): CellRef | null {
    return this.slotRow < 0 ? null : { sheet: this.at.name, row: this.slotRow, col: this.at.slot };
  }
  get typeRef(): CellRef | null {
    return this.typeRow < 0 ? null : { sheet: this.at.name, row: this.typeRow, col: this.at.type };
  }
  get countryRef(): CellRef | null {
    return this.countryRow < 0 ? null : { sheet: this.at.name, row: this.countryRow, col: this.countryCol };
  }

  /** The plain ScheduleRow (JSON, and anything that wants a copy). */
  toJSON(): ScheduleRow {
    return {
      row: this.row,
      date: this.date,
      dayNumber: this.dayNumber,
      weekday: this.weekday,
      slot: this.slot,
      slotRef: this.slotRef,
      city: this.city,
      cities: this.cities,
      countries: this.countries,
      countryRef: this.countryRef,
      content: this.content,
      type: this.type,
      typeInferred: this.typeInferred,
      typeRef: this.typeRef,
      share: this.share,
    };
  }
}

/** A FieldCell as SheetView.field makes it (`cell` left out when there is none). */
function fieldCell(sheet: string, row: number, col: number, cell: Cell | undefined, text: string): FieldCell {
  const ref = { sheet, row, col };
  return cell ? { ref, cell, text } : { ref, text };
}
