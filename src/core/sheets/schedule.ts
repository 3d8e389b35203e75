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
import { mayBeScheduleLabel, textLabels, type ScheduleField } from '../values/labels';
import { atRef, noteMessage, quote, type ValueResult } from '../values/result';
import { isRegexSpaceCode } from '../values/text';
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
    const labels = v.scheduleLabels(r); // (found in the pass over the row that finds its demand labels)
    if (labels.length === 0) continue;
    const columns: Partial<Record<ScheduleField, number>> = {};
    const found: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      const { col: c, text: t } = labels[i];
      let f = labels[i].field;
      // `时间` beside `日期` is the time of day
      if (f === 'date' && columns.date !== undefined) f = 'slot';
      if (columns[f] !== undefined) continue;
      columns[f] = c;
      found.push(withoutSpaces(t));
    }
    if (columns.date === undefined && columns.dayNumber === undefined) continue;
    let others = 0;
    for (let i = 0; i < STRUCTURE.length; i++) if (columns[STRUCTURE[i]] !== undefined) others++;
    if (others < minOther) continue;
    const score = found.length;
    if (score > bestScore) {
      best = { row: r, columns, found };
      bestScore = score;
    }
  }
  return best;
}

/** `text.replace(/\s+/g, '')`, without the regular expression for a label that has no space (nearly all). */
function withoutSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) if (isRegexSpaceCode(text.charCodeAt(i))) return text.replace(/\s+/g, '');
  return text;
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

/** Per project group: its rows' days (for the shares; the slots are the rows' own) and the day carried down from the row above. */
interface GroupState {
  group: ScheduleGroup;
  dayKeys: DayKey[];
  carry: Carry | null;
  /** Where the last date read without a year took its year from (`schedule` once a row had a full date). */
  yearFrom?: 'schedule' | 'title' | 'project';
}

interface Carry {
  /** the day's date as read (null: none) and the row of its cell */
  date: ValueResult<IsoDate> | null;
  dateRow: number;
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
    if (t.length === 0) continue;
    let text = t[0].text;
    for (let i = 1; i < t.length; i++) text += ' ' + t[i].text; // (as t.map(x => x.text).join(' '), without the mapped array)
    return { text, ref: v.ref(r, t[0].col) };
  }
  return null;
}

const NO_CITY = Object.freeze({ cities: Object.freeze([]) as readonly string[], countries: Object.freeze([]) as readonly string[], move: false });

/**
 * A text that names a schedule field, for scanRow's test of a repeated header: its candidates are trimmed
 * texts of at most 12 characters, within textLabels' 20, whose answer is remembered per distinct text (a data
 * row of 上午, 星期一 and 日本·东京 was asked afresh, row after row, through normaliseLabel).
 */
const isScheduleLabel = (t: string) => textLabels(t).schedule !== undefined;

/** Reads the rows under the header, grouped by the project column when there is one. */
export function parseScheduleRows(v: SheetView, header: ScheduleHeader, opts: ScheduleParseOptions = {}): { groups: ScheduleGroup[]; notes: ReadNote[] } {
  const reader = new RowsReader(v, header, opts);
  // one pass over each row's cells: the texts scanRow makes to classify the row are the ones read
  const texts: string[] = [];
  for (let r = header.row + 1; r < v.rows; r++) {
    const kind = v.scanRow(r, isScheduleLabel, 12, 3, texts, mayBeScheduleLabel);
    if (kind === 'footer') break;
    if (kind !== 'data') continue; // blank, 合计, a repeated header
    reader.read(r, texts);
  }
  return reader.finish();
}

/**
 * The project column, read down the sheet: a blank project cell under a filled one belongs to the same
 * project. (One per pass over the rows: the reader's, and the one looking for years.)
 */
class ProjectColumn {
  private lastText = '';
  private lastRow = -1;
  /** The current row's project text (null: no project column) and the row that holds it. */
  text: string | null = null;
  row = -1;

  constructor(
    private readonly v: SheetView,
    private readonly col: number | undefined,
    private readonly headerRow: number,
  ) {}

  /** `texts`: row r's cell texts when the caller has them (scanRow's). */
  read(r: number, texts?: readonly string[]): void {
    if (this.col === undefined) return;
    const pr = valueRow(this.v, r, this.col, this.headerRow);
    this.row = pr < 0 ? r : pr;
    this.text = pr < 0 ? '' : texts && pr === r ? (this.col < texts.length ? texts[this.col] : '') : this.v.text(pr, this.col);
    if (this.text === '' && this.lastRow >= 0) {
      this.text = this.lastText;
      this.row = this.lastRow;
    }
    if (this.text !== '') {
      this.lastText = this.text;
      this.lastRow = this.row;
    }
  }
}

/** Where the year of a date written without one came from (the C-NORMALISED note says so). */
const YEAR_FROM = {
  schedule: '日程中的其他日期',
  title: '日程表标题',
  project: '项目的出发日期或计划年度',
} as const;

/**
 * Reads a schedule's rows one by one, in named steps (project, day, 时段, place, activity), into
 * groups by project. The fields below `row` are the row being read: each step fills its own.
 */
class RowsReader {
  private readonly cols: ScheduleHeader['columns'];
  private readonly hr: number;
  private readonly name: string;
  private readonly notes: ReadNote[] = [];
  private readonly groups = new Map<string, GroupState>();
  private readonly project: ProjectColumn;
  private readonly at: RowSheet;
  /** The first date with a year of each group (by project text), found when a date without one needs it. */
  private anchors: Map<string, IsoDate> | null = null;

  // the row being read
  private r = 0;
  /** Its cells' texts (scanRow's): texts[c] is v.text(r, c). */
  private texts: readonly string[] = [];
  private state!: GroupState;
  /** The row's group key (its project text); null before the first row. */
  private gkey: string | null = null;
  /** The row's date as read (shared: see ParsedScheduleRow.date) and the row of its cell. */
  private date: ValueResult<IsoDate> | null = null;
  private dateRow = -1;
  private dayNumber: number | null = null;
  private dayKey: DayKey | null = null;
  private wkRow = -1;
  private wkText = '';
  private wkCell: Cell | undefined;
  private slot: ScheduleRow['slot'] = null;
  private slotRow = -1;
  private cityRow = -1;
  private cityText = '';
  private cityCell: Cell | undefined;
  private parsedCity: { readonly cities: readonly string[]; readonly countries: readonly string[] } = NO_CITY;
  private countries: readonly string[] = NO_CITY.countries;
  private countryRow = -1;
  private countryCol = -1;
  private contentRow = -1;
  private contentText = '';
  private contentCell: Cell | undefined;
  private typeRow = -1;
  private type: ActivityType = '其他';
  private typeInferred = false;

  constructor(
    private readonly v: SheetView,
    header: ScheduleHeader,
    private readonly opts: ScheduleParseOptions,
  ) {
    this.cols = header.columns;
    this.hr = header.row;
    this.name = v.name;
    this.project = new ProjectColumn(v, this.cols.projectId ?? this.cols.theme, this.hr);
    this.at = {
      name: this.name,
      weekday: this.cols.weekday ?? -1,
      slot: this.cols.slot ?? -1,
      city: this.cols.city ?? -1,
      content: this.cols.content ?? -1,
      type: this.cols.type ?? -1,
      country: this.cols.country ?? -1,
      date: this.cols.date ?? -1,
      lastDate: null,
      lastDateRow: -1,
      lastReading: null,
      wide: null,
    };
  }

  read(r: number, texts: readonly string[]): void {
    this.r = r;
    this.texts = texts;
    this.readProject();
    this.readDay();
    this.readSlot();
    this.readPlace();
    this.readActivity();
    this.pushRow();
  }

  /** The text of (row, c): the row being read from its texts, a row above (a merged area's top) from the sheet. */
  private text(row: number, c: number): string {
    if (row !== this.r) return this.v.text(row, c);
    return c < this.texts.length ? this.texts[c] : '';
  }

  finish(): { groups: ScheduleGroup[]; notes: ReadNote[] } {
    const out: ScheduleGroup[] = [];
    for (const st of this.groups.values()) {
      assignShares(st.group.rows, st.dayKeys);
      if (st.group.rows.length > 0) out.push(st.group);
    }
    return { groups: out, notes: this.notes };
  }

  /** The project of the row (by the project column) and its group. */
  private readProject(): void {
    const pc = this.project;
    pc.read(this.r, this.texts);
    const gkey = pc.text ?? '';
    // the rows of a project follow one another: its group is asked of the map only when the project changes
    if (gkey === this.gkey) return;
    this.gkey = gkey;
    let state = this.groups.get(gkey);
    if (!state) {
      const projectRef = pc.text !== null && pc.text !== '' ? this.v.ref(pc.row, this.cols.projectId ?? (this.cols.theme as number)) : null;
      state = { group: { projectText: pc.text, projectRef, rows: [] }, dayKeys: [], carry: null };
      this.groups.set(gkey, state);
    }
    this.state = state;
  }

  /** The day: its date (a blank or merged date under a filled one is the same day) or its day number, and the 星期. */
  private readDay(): void {
    const { v, cols, hr, r } = this;
    const prev = this.state.carry;
    this.date = null;
    this.dateRow = -1;
    this.dayNumber = null;
    this.dayKey = null; // null: `row:${r}`, made only when it is the answer
    this.wkRow = -1; // -1: no 星期 column
    this.wkText = '';
    this.wkCell = undefined;
    if (cols.weekday !== undefined) {
      const w = valueRow(v, r, cols.weekday, hr);
      this.wkRow = w < 0 ? r : w;
      if (w >= 0) {
        if (w !== r && prev && prev.weekdayRow === w && prev.weekdayText !== '') {
          // a merged 星期 the row above read already (its text is that cell's: only a read sets a text)
          this.wkCell = prev.weekdayCell;
          this.wkText = prev.weekdayText;
        } else {
          this.wkCell = v.cell(w, cols.weekday);
          this.wkText = this.text(w, cols.weekday);
        }
      }
    }
    if (cols.date !== undefined) {
      const dc = cols.date;
      const dv = valueRow(v, r, dc, hr);
      const dRow = dv < 0 ? r : dv;
      // the carried day's own cell (a merged date's rows below its top) is that day whatever it shows:
      // its text is not made again
      const carried = prev !== null && prev.date !== null && prev.dateRow === dRow;
      const dText = dv < 0 || carried ? '' : this.text(dv, dc);
      if (dText !== '') {
        const dCell = v.cell(dv, dc);
        const asDay = typeof dCell?.v === 'string' ? parseDayNumber(dText) : null;
        if (asDay !== null) {
          this.dayNumber = asDay;
          this.dayKey = asDay;
        } else {
          const res = this.readDateCell(dCell, prev?.lastIso ?? null);
          // the result as read (shared by every cell of that text or serial), its ref made when asked
          this.date = res;
          this.dateRow = dRow;
          if (res.ok && res.note) this.notes.push({ ref: v.ref(dRow, dc), message: noteMessage('日期', res.note), projectKey: undefined });
          this.dayKey = res.ok ? res.value : `ref:${dRow},${dc}`;
        }
      } else if (prev) {
        // a blank (or merged) date under a filled one: the same day
        this.date = prev.date;
        this.dateRow = prev.dateRow;
        this.dayNumber = prev.dayNumber;
        this.dayKey = prev.key;
        if (this.wkText === '') this.inheritWeekday(prev);
      } else {
        this.date = BLANK_DATE;
        this.dateRow = dRow;
        this.dayKey = `blank:${r}`;
      }
    } else if (prev && prev.dayNumber !== null) {
      // no date column: a blank day number under a filled one is the same day
      this.date = prev.date;
      this.dateRow = prev.dateRow;
      this.dayNumber = prev.dayNumber;
      this.dayKey = prev.key;
      if (this.wkText === '') this.inheritWeekday(prev);
    }
    if (cols.dayNumber !== undefined) {
      const nv = valueRow(v, r, cols.dayNumber, hr);
      const nText = nv < 0 ? '' : this.text(nv, cols.dayNumber);
      if (nText !== '') {
        const n = parseDayNumber(nText);
        if (n !== null) {
          this.dayNumber = n;
          if (!this.date || !this.date.ok) this.dayKey = n;
        }
      }
    }
    if (this.dayKey === null) this.dayKey = `row:${r}`;
    if (this.wkRow >= 0 && this.wkText === '' && prev && prev.key === this.dayKey) this.inheritWeekday(prev);
    // (carried from here, not as a step of read: one call fewer for read's optimised code to inline or not)
    this.carryDay();
  }

  private inheritWeekday(prev: Carry): void {
    this.wkRow = prev.weekdayRow;
    this.wkCell = prev.weekdayCell;
    this.wkText = prev.weekdayText;
  }

  /**
   * A date cell. A date written without a year (`6/14`, `6月14日（周三）`) takes it from the schedule's
   * other dates (the nearest: the row above, else the group's first date with a year), else the
   * title's year, else the project's (出发日期, else the plan year); across a new year the nearest
   * year wins (12/30, 12/31, 2024-01-01, 1/2). The note says where the year came from.
   */
  private readDateCell(cell: Cell | undefined, above: IsoDate | null): ValueResult<IsoDate> {
    const res = readDate(cell);
    if (res.ok) this.state.yearFrom = 'schedule';
    if (res.ok || res.problem !== 'unreadable' || typeof cell?.v !== 'string') return res;
    const near = above ?? this.anchorOf(this.gkey as string);
    const year = near ? Number(near.slice(0, 4)) : this.opts.titleYear ?? this.opts.yearFor?.(this.project.text);
    if (year === undefined) return res;
    let best = readDate(cell, { year });
    if (!best.ok || !near) return withYearSource(best, near ? 'schedule' : this.opts.titleYear !== undefined ? 'title' : 'project', above !== null ? this.state.yearFrom : undefined, this.state);
    for (const y of [year - 1, year + 1]) {
      const other = readDate(cell, { year: y });
      if (other.ok && Math.abs(daysBetween(near, other.value)) < Math.abs(daysBetween(near, best.value))) best = other;
    }
    return withYearSource(best, 'schedule', above !== null ? this.state.yearFrom : undefined, this.state);
  }

  /** The first date with a year of a group, looked for once per sheet (only when a date lacks its year). */
  private anchorOf(gkey: string): IsoDate | null {
    if (!this.anchors) {
      this.anchors = new Map();
      const { v, cols, hr } = this;
      const dc = cols.date as number;
      const pc = new ProjectColumn(v, cols.projectId ?? cols.theme, hr);
      for (let r = hr + 1; r < v.rows; r++) {
        const kind = v.scanRow(r, isScheduleLabel, 12, 3, undefined, mayBeScheduleLabel);
        if (kind === 'footer') break;
        if (kind !== 'data') continue;
        pc.read(r);
        const key = pc.text ?? '';
        if (this.anchors.has(key)) continue;
        const dv = valueRow(v, r, dc, hr);
        if (dv < 0) continue;
        const res = readDate(v.cell(dv, dc));
        if (res.ok) this.anchors.set(key, res.value);
      }
    }
    return this.anchors.get(gkey) ?? null;
  }

  /** Remembers this row's day for the rows below (the carry is reused in place, not copied). */
  private carryDay(): void {
    const prev = this.state.carry;
    const date = this.date;
    const lastIso = date && date.ok ? date.value : prev?.lastIso ?? null;
    const key = this.dayKey as DayKey;
    if (prev) {
      prev.date = date;
      prev.dateRow = this.dateRow;
      prev.dayNumber = this.dayNumber;
      prev.weekdayRow = this.wkRow;
      prev.weekdayCell = this.wkCell;
      prev.weekdayText = this.wkText;
      prev.key = key;
      prev.lastIso = lastIso;
    } else {
      this.state.carry = { date, dateRow: this.dateRow, dayNumber: this.dayNumber, weekdayRow: this.wkRow, weekdayCell: this.wkCell, weekdayText: this.wkText, key, lastIso };
    }
  }

  /** 时段. */
  private readSlot(): void {
    const { v, cols, hr, r } = this;
    this.slot = null;
    this.slotRow = -1;
    if (cols.slot === undefined) return;
    const sv = valueRow(v, r, cols.slot, hr);
    this.slotRow = sv < 0 ? r : sv;
    const slotText = sv < 0 ? '' : this.text(sv, cols.slot);
    if (slotText === '') return;
    if (slotText === '上午' || slotText === '下午' || slotText === '全天' || slotText === '晚上') {
      // the four words as written (parseSlot's first answer, without its object per row)
      this.slot = slotText;
      return;
    }
    const s = parseSlot(slotText);
    if (s) {
      this.slot = s.slot;
      if (s.converted) this.notes.push({ ref: v.ref(this.slotRow, cols.slot), message: `时段：${quote(slotText)}读作${s.slot}`, projectKey: undefined });
    } else {
      this.notes.push({ ref: v.ref(this.slotRow, cols.slot), message: `时段：${quote(slotText)}无法识别，按未填时段计算`, projectKey: undefined });
    }
  }

  /** 城市 and 国家: the city cell's shared, frozen lists unless a 国家 cell adds to them. */
  private readPlace(): void {
    const { v, cols, hr, r } = this;
    this.cityRow = -1;
    this.cityText = '';
    this.cityCell = undefined;
    if (cols.city !== undefined) {
      const cv = valueRow(v, r, cols.city, hr);
      if (cv >= 0) {
        this.cityText = this.text(cv, cols.city);
        if (this.cityText !== '') {
          this.cityRow = cv;
          this.cityCell = v.cell(cv, cols.city);
        }
      }
    }
    const parsedCity = this.cityText !== '' ? parseCityCellShared(this.cityText) : NO_CITY;
    this.parsedCity = parsedCity;
    this.countries = parsedCity.countries;
    this.countryRow = -1;
    this.countryCol = -1;
    if (cols.country !== undefined) {
      const kv = valueRow(v, r, cols.country, hr);
      const countryText = kv < 0 ? '' : this.text(kv, cols.country);
      if (countryText !== '') {
        const own: string[] = [];
        for (const c of splitCountries(countryText).countries) if (!own.includes(c)) own.push(c);
        for (const c of parsedCity.countries) if (!own.includes(c)) own.push(c);
        this.countries = own;
        this.countryRow = kv;
        this.countryCol = cols.country;
      }
    }
    if (this.countryRow < 0 && parsedCity.countries.length > 0 && this.cityRow >= 0) {
      this.countryRow = this.cityRow;
      this.countryCol = cols.city as number;
    }
  }

  /** 内容 and 类型: the type from the 类型 column, else inferred from the content (and noted). */
  private readActivity(): void {
    const { v, cols, hr, r } = this;
    this.contentRow = -1; // the content cell's row even when blank (a note may point at it)
    this.contentText = '';
    this.contentCell = undefined;
    if (cols.content !== undefined) {
      const cv = valueRow(v, r, cols.content, hr);
      this.contentRow = cv < 0 ? r : cv;
      if (cv >= 0) {
        this.contentText = this.text(cv, cols.content);
        if (this.contentText !== '') this.contentCell = v.cell(cv, cols.content);
      }
    }
    this.typeRow = -1;
    let typeText = '';
    if (cols.type !== undefined) {
      const tv = valueRow(v, r, cols.type, hr);
      this.typeRow = tv < 0 ? r : tv;
      if (tv >= 0) typeText = this.text(tv, cols.type);
    }
    const mapped = typeText !== '' ? mapActivityType(typeText) : null;
    this.typeInferred = !mapped;
    if (mapped) {
      this.type = mapped;
      return;
    }
    const contentText = this.contentText;
    const basis = typeText !== '' ? typeText + ' ' + contentText : contentText;
    this.type = inferActivityType(basis);
    const typeRow = this.typeRow;
    const where = typeRow >= 0 ? v.ref(typeRow, cols.type as number) : this.contentRow >= 0 ? v.ref(this.contentRow, cols.content as number) : v.ref(r, 0);
    const why = typeText !== '' ? `类型${quote(typeText)}不是规定的类型，` : typeRow >= 0 ? '类型未填，' : '没有类型一栏，';
    this.notes.push({ ref: where, message: `日程第${r + 1}行${why}按内容${quote(contentText)}推断为${this.type}`, projectKey: undefined });
  }

  private pushRow(): void {
    const state = this.state;
    const r = this.r;
    const date = this.date;
    const cellRows = packCellRows(
      this.at,
      r,
      this.wkText !== '' ? this.wkRow : -1,
      this.slotRow,
      this.cityRow,
      this.contentText !== '' ? this.contentRow : -1,
      this.typeRow,
      this.countryRow,
      this.countryRow >= 0 && this.countryCol !== this.at.country,
    );
    // A literal with the class's prototype, not `new`: V8 tracks a literal's allocation site and, seeing
    // that nearly every row survives the review, allocates rows in the old generation at once instead of
    // copying 150 000 of them in every scavenge (`new` has no such site). Same fields, same order.
    const row: ParsedRowFields = {
      __proto__: ParsedScheduleRow.prototype,
      at: this.at,
      row: r,
      dateRead: date,
      dateRow: this.dateRow,
      dayNumber: this.dayNumber,
      slot: this.slot,
      cities: this.parsedCity.cities as string[], // shared and frozen: never changed by the rules
      countries: this.countries as string[],
      type: this.type,
      typeInferred: this.typeInferred,
      cellRows,
      weekdayCell: this.wkCell,
      weekdayText: this.wkText,
      cityCell: this.cityCell,
      cityText: this.cityText,
      contentCell: this.contentCell,
      contentText: this.contentText,
      share: ZERO,
    };
    state.group.rows.push(row as unknown as ParsedScheduleRow);
    state.dayKeys.push(this.dayKey as DayKey);
  }
}

/** A blank date cell with no date above it (its ref is the row's own cell: see ParsedScheduleRow.date). */
const BLANK_DATE: ValueResult<IsoDate> = Object.freeze({ ok: false, problem: 'blank', text: '' });

/** A date read with a year it did not show: its note says where the year came from (and the group remembers it). */
function withYearSource(res: ValueResult<IsoDate>, from: keyof typeof YEAR_FROM, inherited: keyof typeof YEAR_FROM | undefined, state: GroupState): ValueResult<IsoDate> {
  if (!res.ok) return res;
  // a date nearest the row above takes its year from where that row's came
  const source = inherited ?? from;
  state.yearFrom = source;
  return res.note ? { ...res, note: `${res.note}（年份取自${YEAR_FROM[source]}）` } : res;
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

/**
 * A row's share of its day: 上午/下午 ½, 全天 1, 晚上 0; rows without 时段 share what the slotted
 * rows leave of the day (all of it when none is slotted) equally.
 */
function assignShares(rows: ScheduleRow[], dayKeys: DayKey[]): void {
  // Most schedules list a day's rows together: each run of one key is a day, shared out through one
  // reused list. Only a schedule that comes back to an earlier day gathers its days in a Map.
  if (daysContiguous(dayKeys)) {
    // a day's rows are the run i … j-1 (no list per day: emptying one with `length = 0` is a runtime call)
    for (let i = 0; i < rows.length; ) {
      let j = i + 1;
      while (j < rows.length && sameKey(dayKeys[j], dayKeys[i])) j++;
      shareDay(rows, null, i, j);
      i = j;
    }
    return;
  }
  const byDay = new Map<DayKey, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const list = byDay.get(dayKeys[i]);
    if (list) list.push(i);
    else byDay.set(dayKeys[i], [i]);
  }
  for (const list of byDay.values()) shareDay(rows, list, 0, list.length);
}

/** Keys as a Map compares them (SameValueZero: NaN is NaN). */
const sameKey = (a: DayKey, b: DayKey): boolean => a === b || (a !== a && b !== b);

/** True when no day's rows are interrupted by another day's (each key forms one run). */
function daysContiguous(dayKeys: DayKey[]): boolean {
  if (keysRise(dayKeys)) return true;
  const started = new Set<DayKey>();
  for (let i = 0; i < dayKeys.length; i++) {
    if (i > 0 && sameKey(dayKeys[i], dayKeys[i - 1])) continue;
    if (started.has(dayKeys[i])) return false;
    started.add(dayKeys[i]);
  }
  return true;
}

/**
 * True when each run's key is greater than the run's before it, all of one type (ISO dates, or day
 * numbers): then no key can come back, and no Set of the days is needed (the usual schedule, day after day).
 */
function keysRise(dayKeys: DayKey[]): boolean {
  if (dayKeys.length === 0) return true;
  const kind = typeof dayKeys[0];
  for (let i = 1; i < dayKeys.length; i++) {
    const a = dayKeys[i - 1];
    const b = dayKeys[i];
    if (a === b) continue;
    if (typeof b !== kind || !(b > a)) return false;
  }
  return true;
}

/**
 * Shares of one day's rows: slotted rows their slot's share, the others what is left, equally. The day's
 * rows are `list[from…to-1]`, or the rows from…to-1 themselves when `list` is null (a run of rows).
 */
function shareDay(rows: ScheduleRow[], list: readonly number[] | null, from: number, to: number): void {
  let free = 0;
  for (let k = from; k < to; k++) {
    const i = list === null ? k : list[k];
    const share = slotShare(rows[i].slot);
    if (share) rows[i].share = share;
    else free++;
  }
  if (free === 0) return; // the usual day: nothing left to share out, no sum to make
  let slotted: Fraction = ZERO;
  for (let k = from; k < to; k++) {
    const share = slotShare(rows[list === null ? k : list[k]].slot);
    if (share) slotted = add(slotted, share);
  }
  const left = slotted.n >= slotted.d ? ZERO : add(ONE, frac(-slotted.n, slotted.d));
  const each = frac(left.n, left.d * free);
  for (let k = from; k < to; k++) {
    const i = list === null ? k : list[k];
    if (!slotShare(rows[i].slot)) rows[i].share = each;
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
 * row numbers and texts of its cells; see ParsedScheduleRow), and the last date Reading a row made.
 */
interface RowSheet {
  name: string;
  weekday: number;
  slot: number;
  city: number;
  content: number;
  type: number;
  country: number;
  date: number;
  /** The last `date` a row was asked for (its result and cell row) and the Reading made for it. */
  lastDate: ValueResult<IsoDate> | null;
  lastDateRow: number;
  lastReading: Reading<IsoDate> | null;
  /** The cell rows of the rows that could not pack them (by row), made at the first such row. */
  wide: Map<number, Int32Array> | null;
}

/** The places of a row's cells in its `cellRows` (4 bits each). */
const WEEKDAY = 0;
const SLOT = 1;
const CITY = 2;
const CONTENT = 3;
const TYPE = 4;
const COUNTRY = 5;
/** `cellRows` flags: the countries come from the 城市 cell (not a 国家 cell); the rows are in the sheet's `wide` map. */
const COUNTRY_FROM_CITY = 1 << 28;
const WIDE = 1 << 29;
/** The most rows a cell may be above its row and still be packed (code 1 + 14 = 15, the largest in 4 bits). */
const MAX_UP = 14;

/** A cell row's 4-bit code: 0 none (-1), 1 + how far above the row it is; -1 when it does not fit. */
function upCode(row: number, cellRow: number): number {
  if (cellRow < 0) return 0;
  const up = row - cellRow;
  return up >= 0 && up <= MAX_UP ? up + 1 : -1;
}

/**
 * The rows of a row's cells (-1: none) in one small integer: each is the row itself or a merged area's
 * top a few rows above, so 4 bits each say which. A row with a cell further up (a city merged over 20
 * rows) keeps its rows in the sheet's `wide` map instead. (Six row fields and a column were 56 bytes of
 * every one of 150 000 rows that survive into the records.) The date's row is a field of its own: a
 * date is carried down to the rows below it however many (a blank 日期 column: all of them).
 */
export function packCellRows(at: RowSheet, row: number, weekday: number, slot: number, city: number, content: number, type: number, country: number, countryFromCity: boolean): number {
  const w = upCode(row, weekday);
  const s = upCode(row, slot);
  const ci = upCode(row, city);
  const co = upCode(row, content);
  const t = upCode(row, type);
  const k = upCode(row, country);
  const flags = countryFromCity ? COUNTRY_FROM_CITY : 0;
  if ((w | s | ci | co | t | k) < 0) {
    at.wide ??= new Map();
    at.wide.set(row, Int32Array.of(weekday, slot, city, content, type, country));
    return flags | WIDE;
  }
  return flags | w | (s << 4) | (ci << 8) | (co << 12) | (t << 16) | (k << 20);
}

/**
 * A schedule row as the reader makes it: one object per row. The cells a rule may point at (日期, 星期,
 * 时段, 城市, 国家, 内容, 类型) are kept as row numbers (packed: `cellRows`), cells and texts, and their
 * Reading / FieldCell / CellRef objects are made only when a rule reads them (ScheduleRow's fields, as getters).
 * Why: a plain row held about a dozen objects (field cells and refs) — 1.8 million for 150 000 rows —
 * and these survive into the records, so every scavenge copied them; findings need the refs of a few.
 * The date keeps the result its cell was read as, shared by every cell of that text or serial (the value
 * readers remember them), not a Reading and ref per date cell.
 * `toJSON` gives the plain row (field for field, in the same order). A structured clone would not
 * (getters are not copied): parsed records stay in their thread; the merge sends plain values.
 */
export class ParsedScheduleRow implements ScheduleRow {
  share: Fraction = ZERO;
  constructor(
    private readonly at: RowSheet,
    readonly row: number,
    /** The date as read (a shared, frozen result; null: no date) and its cell's row (see dateReadOf). */
    readonly dateRead: ValueResult<IsoDate> | null,
    readonly dateRow: number,
    readonly dayNumber: number | null,
    readonly slot: DaySlot | null,
    readonly cities: string[],
    readonly countries: string[],
    readonly type: ActivityType,
    readonly typeInferred: boolean,
    /** The rows of the row's cells (packCellRows). */
    private readonly cellRows: number,
    private readonly weekdayCell: Cell | undefined,
    /** The 星期 text ('' when none): what `weekday.text` says, without making the FieldCell. */
    readonly weekdayText: string,
    private readonly cityCell: Cell | undefined,
    /** The 城市 text ('' when none): what `city.text` says, without making the FieldCell. */
    readonly cityText: string,
    private readonly contentCell: Cell | undefined,
    /** The 内容 text ('' when none): what `content.text` says, without making the FieldCell. */
    readonly contentText: string,
  ) {}

  /** The row of the cell at `place` (WEEKDAY … COUNTRY); -1 when there is none. */
  private cellRow(place: number): number {
    const p = this.cellRows;
    if ((p & WIDE) !== 0) return (this.at.wide as Map<number, Int32Array>).get(this.row)![place];
    const code = (p >>> (place * 4)) & 15;
    return code === 0 ? -1 : this.row - code + 1;
  }

  /**
   * The day's date as a Reading of its cell. Rules ask each row for it several times, row after row, and
   * the rows of one day share its cell: the sheet keeps the last one made, so those asks get one object.
   */
  get date(): Reading<IsoDate> | null {
    const read = this.dateRead;
    if (read === null) return null;
    const at = this.at;
    const row = this.dateRow;
    if (at.lastDate === read && at.lastDateRow === row) return at.lastReading;
    const reading = atRef(read, { sheet: at.name, row, col: at.date });
    at.lastDate = read;
    at.lastDateRow = row;
    at.lastReading = reading;
    return reading;
  }
  get weekday(): FieldCell | null {
    const row = this.cellRow(WEEKDAY);
    return row < 0 ? null : fieldCell(this.at.name, row, this.at.weekday, this.weekdayCell, this.weekdayText);
  }
  get city(): FieldCell | null {
    const row = this.cellRow(CITY);
    return row < 0 ? null : fieldCell(this.at.name, row, this.at.city, this.cityCell, this.cityText);
  }
  get content(): FieldCell | null {
    const row = this.cellRow(CONTENT);
    return row < 0 ? null : fieldCell(this.at.name, row, this.at.content, this.contentCell, this.contentText);
  }
  get slotRef(): CellRef | null {
    const row = this.cellRow(SLOT);
    return row < 0 ? null : { sheet: this.at.name, row, col: this.at.slot };
  }
  get typeRef(): CellRef | null {
    const row = this.cellRow(TYPE);
    return row < 0 ? null : { sheet: this.at.name, row, col: this.at.type };
  }
  get countryRef(): CellRef | null {
    const row = this.cellRow(COUNTRY);
    return row < 0 ? null : { sheet: this.at.name, row, col: this.countryCol() };
  }

  /** The 国家 cell's column, or the 城市 cell's when the countries come from the city. */
  private countryCol(): number {
    return (this.cellRows & COUNTRY_FROM_CITY) !== 0 ? this.at.city : this.at.country;
  }

  /** The rightmost column of the cells this row points at (its refs' largest col, -1 with none), without making them. */
  maxCol(): number {
    const at = this.at;
    let max = this.dateRead !== null ? at.date : -1;
    if (this.cellRow(WEEKDAY) >= 0 && at.weekday > max) max = at.weekday;
    if (this.cellRow(SLOT) >= 0 && at.slot > max) max = at.slot;
    if (this.cellRow(CITY) >= 0 && at.city > max) max = at.city;
    if (this.cellRow(COUNTRY) >= 0 && this.countryCol() > max) max = this.countryCol();
    if (this.cellRow(CONTENT) >= 0 && at.content > max) max = at.content;
    if (this.cellRow(TYPE) >= 0 && at.type > max) max = at.type;
    return max;
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

/** A row's date as read: what `ok`, `value`, `problem` and `text` of its `date` say, without its ref. */
export type DateRead = ValueResult<IsoDate> | Reading<IsoDate> | null;

/**
 * A row's date as read without making its Reading: a parsed row's kept result (shared by the cells of one
 * text or serial), another row's `date`. Its `ok`, `value`, `problem` and `text` are the Reading's; a rule
 * that reports the date asks `row.date` for the ref then.
 */
export function dateReadOf(row: ScheduleRow): DateRead {
  return row instanceof ParsedScheduleRow ? row.dateRead : row.date;
}

/** The row of a row's date cell (-1 with no date): with the result, which cell the date was read from. */
export function dateCellRowOf(row: ScheduleRow): number {
  if (row instanceof ParsedScheduleRow) return row.dateRead === null ? -1 : row.dateRow;
  return row.date ? row.date.ref.row : -1;
}

/** A ParsedScheduleRow's own fields, as RowsReader makes them (see pushRow). */
interface ParsedRowFields {
  __proto__: ParsedScheduleRow;
  at: RowSheet;
  row: number;
  dateRead: ValueResult<IsoDate> | null;
  dateRow: number;
  dayNumber: number | null;
  slot: DaySlot | null;
  cities: string[];
  countries: string[];
  type: ActivityType;
  typeInferred: boolean;
  cellRows: number;
  weekdayCell: Cell | undefined;
  weekdayText: string;
  cityCell: Cell | undefined;
  cityText: string;
  contentCell: Cell | undefined;
  contentText: string;
  share: Fraction;
}

/** A FieldCell as SheetView.field makes it (`cell` left out when there is none). */
function fieldCell(sheet: string, row: number, col: number, cell: Cell | undefined, text: string): FieldCell {
  const ref = { sheet, row, col };
  return cell ? { ref, cell, text } : { ref, text };
}
