/** Builders of records for rule tests: a complete, valid project in list layout, schedules day by day. */
import { parseA1, type CellRef } from '../../../src/core/grid';
import type { PackId, ReviewOptions } from '../../../src/core/model/review';
import type { Finding } from '../../../src/core/model/findings';
import type {
  ActivityType,
  Checkbox,
  DaySlot,
  DemandField,
  ExchangeRate,
  FeeStandard,
  FieldCell,
  IsoDate,
  ParsedWorkbook,
  Participant,
  Project,
  Reading,
  Schedule,
  ScheduleRow,
} from '../../../src/core/model/records';
import { ONE, frac } from '../../../src/core/values/fraction';
import { runPacks } from '../../../src/core/rules/runner';
import { addDays } from '../../../src/core/rules/dates';

export const DEMAND = '需求表';
export const SCHEDULE = '日程表';
export const PEOPLE = '人员名单';

export function ref(sheet: string, cell: string): CellRef {
  const p = parseA1(cell)!;
  return { sheet, row: p.row, col: p.col };
}

export function fieldCell(sheet: string, cell: string, text: string): FieldCell {
  return { ref: ref(sheet, cell), text, cell: text === '' ? undefined : { v: text } };
}

/** A reading: a value → ok; '' → blank; { error } → Excel error; { bad } → unreadable text. */
export type ValueSpec<T> = T | '' | { error: string } | { bad: string } | { note: string; value: T; text: string };

export function reading<T>(sheet: string, cell: string, v: ValueSpec<T>, text?: string): Reading<T> {
  const r = ref(sheet, cell);
  if (v === '') return { ok: false, problem: 'blank', ref: r, text: '' };
  if (v && typeof v === 'object' && 'error' in v) return { ok: false, problem: 'error', ref: r, text: v.error };
  if (v && typeof v === 'object' && 'bad' in v) return { ok: false, problem: 'unreadable', ref: r, text: v.bad };
  if (v && typeof v === 'object' && 'note' in v) return { ok: true, value: v.value, ref: r, text: v.text, note: v.note };
  return { ok: true, value: v as T, ref: r, text: text ?? (Array.isArray(v) ? v.join('、') : String(v)) };
}

/** Column of each field in the list layout the builder uses. */
export const COLUMNS: Record<DemandField, string> = {
  theme: 'A', unit: 'B', countries: 'C', people: 'D', days: 'E', budget: 'F', institution: 'G', targets: 'H',
  purpose: 'I', content: 'J', contact: 'K', phone: 'L', category: 'M', mode: 'N', civilServants: 'O',
  filedDate: 'P', departDate: 'Q', returnDate: 'R', noticeStart: 'S', noticeEnd: 'T', reportDate: 'U',
  hasSponsor: 'V', sponsor: 'W', isPartner: 'X', inBudget: 'Y', plannedTime: 'Z', projectId: 'AA',
  adminDept: 'AB', adminContact: 'AC', adminPhone: 'AD',
};

export interface ProjectSpec {
  key?: string;
  /** 0-based row in the list (default 1). */
  row?: number;
  sheet?: string;
  layout?: 'form' | 'list';
  /** Text fields; null removes the field (no column), '' leaves it blank. */
  text?: Partial<Record<DemandField, string | null>>;
  people?: ValueSpec<number> | null;
  days?: ValueSpec<number> | null;
  budgetWan?: ValueSpec<number> | null;
  civilServants?: ValueSpec<number> | null;
  countries?: string[] | null;
  plannedTime?: { from: IsoDate; to: IsoDate } | null;
  filedDate?: ValueSpec<IsoDate> | null;
  departDate?: ValueSpec<IsoDate> | null;
  returnDate?: ValueSpec<IsoDate> | null;
  noticeStart?: ValueSpec<IsoDate> | null;
  noticeEnd?: ValueSpec<IsoDate> | null;
  reportDate?: ValueSpec<IsoDate> | null;
  hasSponsor?: Partial<Checkbox> | null;
  isPartner?: Partial<Checkbox> | null;
  inBudget?: ValueSpec<boolean> | null;
  mode?: 'online' | 'offline';
  category?: string;
}

const DEFAULT_TEXT: Partial<Record<DemandField, string>> = {
  theme: '智能制造关键技术专题培训班',
  unit: '浙江省科学技术厅',
  institution: '德国弗劳恩霍夫协会',
  targets: '全省智能制造领域专业技术人员',
  purpose: '学习智能制造先进技术',
  content: '工业4.0、数字化工厂等专题课程',
  contact: '张三',
  phone: '0571-87054069',
};

export function project(spec: ProjectSpec = {}): Project {
  const sheet = spec.sheet ?? DEMAND;
  const row = spec.row ?? 1;
  const at = (f: DemandField) => `${COLUMNS[f]}${row + 1}`;
  const fields: Partial<Record<DemandField, FieldCell>> = {};
  const slots: Partial<Record<DemandField, CellRef>> = {};
  const texts: Partial<Record<DemandField, string | null>> = { ...DEFAULT_TEXT, ...spec.text };
  for (const [f, t] of Object.entries(texts) as [DemandField, string | null | undefined][]) {
    if (t === null || t === undefined) continue;
    fields[f] = fieldCell(sheet, at(f), t);
  }
  const p: Project = {
    key: spec.key ?? `test.xlsx#${sheet}#${row + 1}`,
    source: { file: 'test.xlsx', sheet, row },
    layout: spec.layout ?? 'list',
    fields,
    slots,
    extra: [],
    mode: spec.mode,
    category: spec.category,
  };
  const num = (f: DemandField, v: ValueSpec<number> | null | undefined, dflt: number | null): Reading<number> | undefined => {
    const val = v === undefined ? dflt : v;
    if (val === null) return undefined;
    const r = reading<number>(sheet, at(f), val);
    fields[f] ??= fieldCell(sheet, at(f), r.text);
    return r;
  };
  const date = (f: DemandField, v: ValueSpec<IsoDate> | null | undefined): Reading<IsoDate> | undefined => {
    if (v === undefined || v === null) return undefined;
    const r = reading<IsoDate>(sheet, at(f), v);
    fields[f] ??= fieldCell(sheet, at(f), r.text);
    return r;
  };
  p.people = num('people', spec.people, 10);
  p.days = num('days', spec.days, 15);
  p.budgetWan = num('budget', spec.budgetWan, 30);
  p.civilServants = num('civilServants', spec.civilServants, null);
  const countries = spec.countries === undefined ? ['德国'] : spec.countries;
  if (countries !== null) {
    p.countries = reading<string[]>(sheet, at('countries'), countries.length ? countries : '');
    fields.countries ??= fieldCell(sheet, at('countries'), countries.join('、'));
  }
  if (spec.plannedTime) p.plannedTime = reading(sheet, at('plannedTime'), spec.plannedTime, `${spec.plannedTime.from}`);
  p.filedDate = date('filedDate', spec.filedDate);
  p.departDate = date('departDate', spec.departDate);
  p.returnDate = date('returnDate', spec.returnDate);
  p.noticeStart = date('noticeStart', spec.noticeStart);
  p.noticeEnd = date('noticeEnd', spec.noticeEnd);
  p.reportDate = date('reportDate', spec.reportDate);
  if (spec.hasSponsor) p.hasSponsor = { ref: ref(sheet, at('hasSponsor')), text: '有☐ 否☑', yes: false, no: true, ...spec.hasSponsor };
  if (spec.isPartner) p.isPartner = { ref: ref(sheet, at('isPartner')), text: '是☑ 否☐', yes: true, no: false, ...spec.isPartner };
  if (spec.inBudget !== undefined && spec.inBudget !== null) p.inBudget = reading<boolean>(sheet, at('inBudget'), spec.inBudget);
  return p;
}

export interface RowSpec {
  date?: IsoDate | ValueSpec<IsoDate>;
  day?: number;
  weekday?: string;
  slot?: DaySlot;
  /** `柏林` or a move `柏林—慕尼黑` (two cities). */
  city?: string;
  country?: string;
  content?: string;
  type?: ActivityType;
  inferred?: boolean;
}

/** A schedule on sheet 日程表 (header row 0-based `headerRow`, rows below it; columns 日期 A (its 第N天 too, as the reader's `dayNumberCol`), 星期 B, 时段 C, 城市 D, 国家 E, 内容 F, 类型 G). */
export function schedule(projectKey: string | null, specs: RowSpec[], opts: { sheet?: string; headerRow?: number } = {}): Schedule {
  const sheet = opts.sheet ?? SCHEDULE;
  const headerRow = opts.headerRow ?? 0;
  const rows: ScheduleRow[] = specs.map((s, i) => {
    const row = headerRow + 1 + i;
    const cell = (c: string) => `${c}${row + 1}`;
    const cities = s.city ? s.city.split(/[—–-]/).map((c) => c.trim()).filter(Boolean) : [];
    return {
      row,
      date: s.date === undefined ? null : reading<IsoDate>(sheet, cell('A'), s.date as ValueSpec<IsoDate>),
      dayNumber: s.day ?? null,
      weekday: s.weekday ? fieldCell(sheet, cell('B'), s.weekday) : null,
      slot: s.slot ?? null,
      slotRef: s.slot ? ref(sheet, cell('C')) : null,
      city: s.city !== undefined ? fieldCell(sheet, cell('D'), s.city) : null,
      cities,
      countries: s.country ? [s.country] : cities.length ? ['德国'] : [],
      countryRef: s.country ? ref(sheet, cell('E')) : null,
      content: fieldCell(sheet, cell('F'), s.content ?? (s.type ?? '其他')),
      type: s.type ?? '其他',
      typeInferred: s.inferred ?? false,
      typeRef: ref(sheet, cell('G')),
      share: s.slot === '上午' || s.slot === '下午' ? frac(1, 2) : s.slot === '晚上' ? frac(0) : ONE,
    };
  });
  const hasDates = specs.some((s) => s.date !== undefined);
  return { file: 'test.xlsx', sheet, headerRow, projectKey, linkedBy: projectKey ? 'column' : null, linkText: projectKey ?? '', hasDates, dayNumberCol: 0, rows };
}

/** One full-day row per calendar day from `from`, typed by `typeOf(i)` (i = 0-based day), in `city`. */
export function dailySchedule(projectKey: string, from: IsoDate, n: number, typeOf: (i: number) => ActivityType | RowSpec[], city = '柏林'): Schedule {
  const specs: RowSpec[] = [];
  for (let i = 0; i < n; i++) {
    const t = typeOf(i);
    const date = addDays(from, i);
    if (Array.isArray(t)) for (const s of t) specs.push({ date, city, ...s });
    else specs.push({ date, city, type: t });
  }
  return schedule(projectKey, specs);
}

export function participant(projectKey: string, row: number, name: string, opts: { civilServant?: boolean | null; predeparture?: ValueSpec<IsoDate> | null } = {}): Participant {
  return {
    source: { file: 'test.xlsx', sheet: PEOPLE, row },
    projectKey,
    name: fieldCell(PEOPLE, `A${row + 1}`, name),
    civilServant: opts.civilServant ?? null,
    civilServantRef: opts.civilServant === undefined || opts.civilServant === null ? null : ref(PEOPLE, `B${row + 1}`),
    predeparture: opts.predeparture === undefined || opts.predeparture === null ? null : reading<IsoDate>(PEOPLE, `C${row + 1}`, opts.predeparture),
    fields: {},
  };
}

export function workbook(parts: Partial<ParsedWorkbook> = {}): ParsedWorkbook {
  return {
    file: 'test.xlsx',
    recognition: [
      { sheet: DEMAND, kind: 'demand-list', reason: '' },
      { sheet: SCHEDULE, kind: 'schedule', reason: '' },
      { sheet: PEOPLE, kind: 'participants', reason: '' },
    ],
    projects: [],
    schedules: [],
    participants: [],
    standards: [],
    rates: [],
    ce: [],
    ceFunds: [],
    settings: {},
    notes: [],
    problems: [],
    ...parts,
  };
}

export function rate(currency: string, cny: number): ExchangeRate {
  return { currency, cny, ref: ref('汇率', 'B2') };
}

export function standard(country: string, currency: string, feePerDay: number): FeeStandard {
  return { country, currency, feePerDay, ref: ref('费用标准', 'C2') };
}

export const ALL_PACKS: PackId[] = ['zj2017', 'sc2020', 'most2022-online'];

/** Runs common + the given packs (default all three) and keeps the findings of one rule. */
export function findings(parsed: ParsedWorkbook, ruleId: string, options: Partial<ReviewOptions> = {}): Finding[] {
  return runPacks(parsed, { packs: ALL_PACKS, asOf: '2024-06-01', ...options }).filter((f) => f.ruleId === ruleId);
}

/** Cells of the findings, for compact assertions. */
export function cells(fs: Finding[]): string[] {
  return fs.map((f) => `${f.sheet}!${f.cell}`);
}
