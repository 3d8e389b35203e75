/**
 * Typed records the sheet readers (src/core/sheets) make from grids and the rules
 * (src/core/rules) check. Every value keeps the cell it came from, so that a finding
 * can point at it, and a value that could not be read says so instead of becoming 0.
 */
import type { Cell, CellRef } from '../grid';
import type { Fraction } from '../values/fraction';

/** ISO calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/** A field's cell as found: where the value is (or belongs, when blank) and its text. */
export interface FieldCell {
  ref: CellRef;
  cell?: Cell;
  /**
   * The cell's text as a person sees it, trimmed ('' when blank); date cells as ISO `YYYY-MM-DD`.
   * Where the value is only part of the cell it is that part: `填报日期：2022年11月3日` → the date text,
   * `机构名称：XX（是否境外培训合作机构…）` → `XX`, the inline 资助方 of a tick cell → its name.
   */
  text: string;
}

/**
 * A value read from a cell.
 * - ok: the value, and `note` when it was understood only after conversion (→ C-NORMALISED).
 * - blank: nothing there. unreadable: text that is not a value of this kind. error: an Excel error (#N/A).
 */
export type Reading<T> =
  | { ok: true; value: T; ref: CellRef; text: string; note?: string }
  | { ok: false; problem: 'blank' | 'unreadable' | 'error'; ref: CellRef; text: string };

/** Demand-table fields (FORMS.md 需求表), with the Chinese label shown to users. */
export const DEMAND_FIELD_LABELS = {
  projectId: '项目编号',
  adminDept: '归口管理部门',
  plannedTime: '预计办班时间',
  theme: '培训班主题',
  unit: '组团单位',
  contact: '联系人',
  phone: '电话',
  countries: '国家（地区）',
  people: '人数',
  days: '天数',
  budget: '经费预算',
  hasSponsor: '是否有境外资助',
  sponsor: '资助方',
  targets: '培训对象',
  institution: '境外培训机构',
  isPartner: '是否境外培训合作机构',
  purpose: '培训目的',
  content: '培训主要内容和必要性',
  mode: '培训形式',
  category: '项目类别',
  civilServants: '公务员人数',
  inBudget: '是否纳入因公出国（境）经费预算',
  filedDate: '填报日期',
  departDate: '出发日期',
  returnDate: '回国日期',
  noticeStart: '公示开始日期',
  noticeEnd: '公示结束日期',
  reportDate: '总结报送日期',
  adminContact: '归口管理部门联系人',
  adminPhone: '归口管理部门联系电话',
} as const;
export type DemandField = keyof typeof DEMAND_FIELD_LABELS;

export type ProjectMode = 'online' | 'offline';

/** Where a record came from. `row` is 0-based (the project's row in a list, the first label row of a form). */
export interface Source {
  file: string;
  sheet: string;
  row: number;
}

/** One project of a 需求表 (form layout: one per sheet; list layout: one per row). */
export interface Project {
  /** Stable key: 项目编号 when given, else `file#sheet#row` (1-based row). */
  key: string;
  source: Source;
  layout: 'form' | 'list';
  /** 序号 in a list, when there is one. */
  seq?: number;
  /** Every field found, by its cell. A missing field has no entry (the rule C-REQUIRED says where it belongs via `slots`). */
  fields: Partial<Record<DemandField, FieldCell>>;
  /** For fields that were not found: where the value belongs (form: right of its label; list: its column), if known. */
  slots: Partial<Record<DemandField, CellRef>>;
  /** List layout: columns whose header mapped to no field, kept by their header text (merge keeps them). */
  extra: { label: string; ref: CellRef; text: string; cell?: Cell }[];

  // Parsed values (absent when the field is absent).
  people?: Reading<number>;
  days?: Reading<number>;
  /** 经费预算 in 万元 (元 converted; note says so). */
  budgetWan?: Reading<number>;
  civilServants?: Reading<number>;
  /** Canonical country names (one country list with aliases). */
  countries?: Reading<string[]>;
  /** 预计办班时间 as a date range (a month or a quarter spans several days). */
  plannedTime?: Reading<{ from: IsoDate; to: IsoDate }>;
  filedDate?: Reading<IsoDate>;
  departDate?: Reading<IsoDate>;
  returnDate?: Reading<IsoDate>;
  noticeStart?: Reading<IsoDate>;
  noticeEnd?: Reading<IsoDate>;
  reportDate?: Reading<IsoDate>;
  /** 是否有境外资助 in the form layout: the ticks (C-CHECKBOX), or a 有/无 value in a list. */
  hasSponsor?: Checkbox;
  /** 是否境外培训合作机构 (ticks in a form, 是/否 in a list). */
  isPartner?: Checkbox;
  /** 是否纳入因公出国（境）经费预算: true/false, null when unreadable. */
  inBudget?: Reading<boolean>;
  mode?: ProjectMode;
  /** 项目类别 as written (党政类, 专业技术类, …). */
  category?: string;
}

/**
 * A yes/no question answered with ticks (有☑ 否☐) or a word (是/否).
 * `yes`/`no`: whether each option is ticked; a value typed as a word sets one of them.
 */
export interface Checkbox {
  ref: CellRef;
  text: string;
  yes: boolean;
  no: boolean;
  /** 资助方 text found inside the same cell (`（资助方____）`), underscores removed; '' when blank. */
  inlineSponsor?: string;
}

export type ActivityType = '专题培训' | '课堂学习' | '对口考察' | '交通' | '休整' | '其他';
export type DaySlot = '上午' | '下午' | '全天' | '晚上';

export interface ScheduleRow {
  /** 0-based sheet row. */
  row: number;
  /** The day's date (a blank under a merged or filled date belongs to the same day); null where the schedule has no dates. */
  date: Reading<IsoDate> | null;
  /** 第N天 / D3 / 3 where there are no dates (1-based). */
  dayNumber: number | null;
  weekday: FieldCell | null;
  slot: DaySlot | null;
  slotRef: CellRef | null;
  /** City cell as written and the cities it names (a move `柏林—慕尼黑` names two). */
  city: FieldCell | null;
  cities: string[];
  /** Canonical countries named by the row (国家 column or carried by the city). */
  countries: string[];
  countryRef: CellRef | null;
  content: FieldCell | null;
  type: ActivityType;
  /** True when there was no 类型 column/value and the type was inferred from the content (→ C-NORMALISED). */
  typeInferred: boolean;
  typeRef: CellRef | null;
  /** This row's share of its day: ½ for 上午/下午, 1 for 全天 or no 时段 (split among same-date rows), 0 for 晚上. */
  share: Fraction;
}

export interface Schedule {
  file: string;
  sheet: string;
  /** 0-based header row (the last row of a two-row header). */
  headerRow: number;
  /** The project this schedule belongs to (Project.key), once linked; null when it could not be linked. */
  projectKey: string | null;
  /** How it was linked: a project column, a number or theme in the sheet name, or the only project. */
  linkedBy: 'column' | 'sheet-name' | 'theme' | 'only-project' | null;
  /** Text that names the project (项目编号/主题 from the column, or the sheet name). */
  linkText: string;
  hasDates: boolean;
  /** 0-based column of the 天次 (第N天) values: the 天次 column, else the 日期 column where it holds them (a schedule's header has one or the other). */
  dayNumberCol: number;
  rows: ScheduleRow[];
}

export interface Participant {
  source: Source;
  projectKey: string | null;
  name: FieldCell;
  /** 是否公务员（含参公）: true/false, null when not stated. */
  civilServant: boolean | null;
  civilServantRef: CellRef | null;
  /** 行前教育日期; null when the column is absent. A blank cell is a Reading with problem 'blank'. */
  predeparture: Reading<IsoDate> | null;
  fields: Record<string, FieldCell>;
}

export interface FeeStandard {
  country: string;
  currency: string;
  /** 培训费（每人每天）, in the currency. */
  feePerDay: number;
  ref: CellRef;
  source?: string;
}

export interface ExchangeRate {
  currency: string;
  /** 折合人民币 for 1 unit of the currency. */
  cny: number;
  date?: IsoDate;
  ref: CellRef;
}

/** One row of a 继续教育学时 register. */
export interface CeRow {
  source: Source;
  name: FieldCell;
  idNumber?: FieldCell;
  staffNumber?: FieldCell;
  unit?: FieldCell;
  year: Reading<number> | null;
  subject: '专业科目' | '公需科目' | null;
  subjectRef: CellRef | null;
  form: FieldCell | null;
  hours: Reading<number> | null;
  days: Reading<number> | null;
  personCategory: FieldCell | null;
  fields: Record<string, FieldCell>;
}

/** A unit's payroll and education fund (CE-FUND-SHARE). */
export interface CeFundRow {
  source: Source;
  unit: FieldCell;
  payroll: Reading<number>;
  fund: Reading<number>;
  /** 技术素质要求高, as the sheet says. Not a floor: CE-FUND-SHARE holds every enterprise to 1.5% (RULES.md rev. 2; 2.5% is a permission). */
  highSkill: boolean;
}

export type SheetKind =
  | 'demand-form'
  | 'demand-list'
  | 'schedule'
  | 'participants'
  | 'standards'
  | 'rates'
  | 'ce-register'
  | 'ce-funds'
  | 'settings'
  | 'ignored';

/** What the reader decided a sheet is, and why (shown to the reviewer, who may correct it). */
export interface SheetRecognition {
  sheet: string;
  kind: SheetKind;
  /** Chinese: which labels were found, or what was looked for and not found. */
  reason: string;
  /** 0-based header/label row when there is one. */
  headerRow?: number;
}

/**
 * A conversion the reader made (→ C-NORMALISED info finding). ParsedWorkbook.notes is the complete
 * list (a Reading's own `note` repeats the one for its cell; make findings from the list only).
 */
export interface ReadNote {
  ref: CellRef;
  message: string;
  /**
   * The readers make their notes with this key present (undefined) and the workbook fills it in: a key
   * added later was an out-of-object property store per note (48 834 on the units set), a young store
   * that lived as long as its note. JSON leaves an undefined key out, as it did the missing one.
   */
  projectKey?: string;
}

/** A sheet or file that could not be read (→ C-UNREADABLE). */
export interface ReadProblem {
  sheet: string;
  cell: string;
  message: string;
}

/** Everything the core understood of one workbook. */
export interface ParsedWorkbook {
  file: string;
  recognition: SheetRecognition[];
  projects: Project[];
  schedules: Schedule[];
  participants: Participant[];
  standards: FeeStandard[];
  rates: ExchangeRate[];
  ce: CeRow[];
  ceFunds: CeFundRow[];
  /** Key/value pairs of a 审核设置 sheet (parameters the workbook overrides). */
  settings: Record<string, string>;
  /** Where each 审核设置 value is (key → A1 of its value cell), so a bad value is reported at its cell. */
  settingsCells?: Record<string, string>;
  notes: ReadNote[];
  problems: ReadProblem[];
}

/** A workbook with nothing read yet (the parser fills it; an unreadable file stays so, with its problem). */
export function emptyParsedWorkbook(file: string): ParsedWorkbook {
  return { file, recognition: [], projects: [], schedules: [], participants: [], standards: [], rates: [], ce: [], ceFunds: [], settings: {}, notes: [], problems: [] };
}

/** Tallies per project (the JSON contract of `peixun review --json`: null when not computable, never 0). */
export interface ProjectTallies {
  totalDays: number | null;
  studyDays: number | null;
  topicDays: number | null;
  studyShare: number | null;
  topicShare: number | null;
  feeCapWan: number | null;
  budgetWan: number | null;
  /** budget ÷ cap, when both are known. */
  budgetShareOfCap?: number | null;
}
