/**
 * Deciding what each sheet is by its labels (not its name): demand table (form or list), schedule,
 * participant list, fee standards, exchange rates, CE register / funds (src/core/ce), the 审核设置
 * sheet (by name), or nothing the reader knows — with a Chinese reason either way.
 */
import { recogniseCeSheet, type CeSheetMatch } from '../ce/read';
import { DEMAND_FIELD_LABELS, type DemandField, type SheetKind, type SheetRecognition } from '../model/records';
import { findFormLabels, type FormLabel } from './demandForm';
import { findListHeader, findListHeaderRow, listHeaderAt, type ListHeader } from './demandList';
import { findParticipantHeader, type ParticipantHeader } from './participants';
import { findScheduleHeader, type ScheduleHeader } from './schedule';
import { isSettingsSheet } from './settings';
import { findRatesHeader, findStandardsHeader, type RatesHeader, type StandardsHeader } from './standards';
import type { SheetView } from './view';
import { SharedTexts } from '../values/text';

/** What was looked for, for messages about sheets and files nothing recognised. */
export const LOOKED_FOR =
  '需求表（培训班主题、组团单位、国家（地区）、人数、天数、经费预算等标签，表格式或带表头的列表）、' +
  '日程表（日期或天次，加内容、时段、类型或城市）、人员名单（姓名，加是否公务员、行前教育日期或工作单位）、' +
  '费用标准（国家（地区）、培训费）、汇率（币种、折合人民币）、继续教育学时登记表';

export const KIND_NAMES: Record<SheetKind, string> = {
  'demand-form': '需求表（表格式）',
  'demand-list': '需求表（列表式）',
  schedule: '日程表',
  participants: '人员名单',
  standards: '费用标准',
  rates: '汇率',
  'ce-register': '继续教育学时登记表',
  'ce-funds': '职工教育经费表',
  settings: '审核设置',
  ignored: '未识别',
};

/** What each kind needs, for the message when a reviewer's choice cannot be read. */
const KIND_NEEDS: Record<SheetKind, string> = {
  'demand-form': '需求表的字段标签（如培训班主题、组团单位、人数、天数）',
  'demand-list': '含需求表字段标签（如培训班主题、组团单位、人数、天数）的表头行',
  schedule: '含“日期”或“天次”一栏的表头行',
  participants: '含“姓名”一栏的表头行',
  standards: '含“国家（地区）”和“培训费”的表头行',
  rates: '含“币种”和“折合人民币”的表头行',
  'ce-register': '继续教育学时登记表的表头（姓名、学时或天数等）',
  'ce-funds': '职工教育经费表的表头（单位、工资总额、职工教育经费）',
  settings: '参数 | 值 两列',
  ignored: '',
};

/** The fields that only a demand table has (a schedule may share 培训内容 or 国家（地区）). */
const CORE: DemandField[] = ['theme', 'unit', 'people', 'days', 'budget', 'adminDept', 'targets', 'purpose'];

export type SheetPlan =
  | { kind: 'demand-form'; labels: FormLabel[] }
  | { kind: 'demand-list'; header: ListHeader }
  | { kind: 'schedule'; header: ScheduleHeader }
  | { kind: 'participants'; header: ParticipantHeader }
  | { kind: 'standards'; header: StandardsHeader }
  | { kind: 'rates'; header: RatesHeader }
  | { kind: 'ce-register' | 'ce-funds'; match: CeSheetMatch }
  | { kind: 'settings' }
  | { kind: 'ignored' };

export interface Recognised {
  recognition: SheetRecognition;
  plan: SheetPlan;
  /** Set when the reviewer named a kind that the sheet cannot be read as (→ C-UNREADABLE). */
  problem?: string;
}

/** The fields of labels or header columns, in order (`skipSeq`: without 序号). Pushed, not mapped (see parseWorkbook). */
function fieldsOf(items: readonly { field?: string }[], skipSeq = false): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const f = items[i].field;
    if (f && !(skipSeq && f === 'seq')) out.push(f);
  }
  return out;
}

/** The Chinese names of the distinct fields, in order of first appearance, joined by 、. */
function names(fields: readonly string[]): string {
  // (a few dozen labels at most: a list scan, no Set, no intermediate arrays)
  const seen: string[] = [];
  let out = '';
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (seen.includes(f)) continue;
    seen.push(f);
    out += (out === '' ? '' : '、') + (f === 'noticePeriod' ? '公示期' : DEMAND_FIELD_LABELS[f as DemandField] ?? f);
  }
  return out;
}

/**
 * What a sheet's form labels (findFormLabels of its top 120 rows) say of a form. The labels are found by the
 * caller: called from here, TurboFan compiled findFormLabels' scan of the rows a second time, inlined into this.
 */
function demandForm(labels: FormLabel[], min: number, list: ListHeader | null): { labels: FormLabel[]; outside: number; total: number; core: boolean } {
  if (labels.length === 0) return { labels, outside: 0, total: 0, core: false }; // most sheets
  // distinct fields in all rows and outside a list's header rows (a few dozen labels: lists, no Sets)
  const all: string[] = [];
  const outside: string[] = [];
  let core = false;
  for (let i = 0; i < labels.length; i++) {
    const { field, row } = labels[i];
    if (!all.includes(field)) {
      all.push(field);
      if (!core && CORE.includes(field as DemandField)) core = true;
    }
    if ((!list || (row !== list.top && row !== list.bottom)) && !outside.includes(field)) outside.push(field);
  }
  return { labels, outside: outside.length >= min ? outside.length : 0, total: all.length, core };
}

/** A recognition record (a function of the module: recogniseSheet runs for every sheet and made a closure for this each time). */
function rec(sheet: string, kind: SheetKind, reason: string, headerRow?: number): SheetRecognition {
  reason = REASONS.of(reason);
  return headerRow !== undefined ? { sheet, kind, reason, headerRow } : { sheet, kind, reason };
}

/**
 * Reasons as said before: sheets of one layout say the same (`日程表：第3行表头含 日期、时间…`), and a
 * reason made per sheet is a chain of young strings, a piece per label (5 MB on the units set).
 */
const REASONS = new SharedTexts(2000);

/** A list header with a column only a demand table has. */
function hasCoreColumn(list: ListHeader): boolean {
  for (let i = 0; i < list.columns.length; i++) {
    const f = list.columns[i].field;
    if (f && CORE.includes(f as DemandField)) return true;
  }
  return false;
}

/** Recognises one sheet; `forced` is the reviewer's correction. */
export function recogniseSheet(v: SheetView, forced?: SheetKind): Recognised {
  const sheet = v.name;
  if (forced) return recogniseForced(v, forced);

  if (isSettingsSheet(sheet)) return { recognition: rec(sheet, 'settings', '工作表名为“审核设置”：按“参数 | 值”读取'), plan: { kind: 'settings' } };

  // (findListHeader in its two steps: see findListHeaderRow)
  const listRow = findListHeaderRow(v);
  const list = listRow < 0 ? null : listHeaderAt(v, listRow);
  const form = demandForm(findFormLabels(v, 120), 3, list);
  if (form.outside >= 3 && form.total >= 4 && form.core) {
    const row = Math.min(...form.labels.map((l) => l.row));
    return {
      recognition: rec(sheet, 'demand-form', `需求表（表格式）：找到标签 ${names(fieldsOf(form.labels))}`, row),
      plan: { kind: 'demand-form', labels: form.labels },
    };
  }
  if (list && hasCoreColumn(list)) {
    const labels = fieldsOf(list.columns, true);
    const rows = list.top === list.bottom ? `第${list.top + 1}行` : `第${list.top + 1}–${list.bottom + 1}行`;
    return {
      recognition: rec(sheet, 'demand-list', `需求表（列表式）：${rows}表头含 ${names(labels)}`, list.bottom),
      plan: { kind: 'demand-list', header: list },
    };
  }
  const sched = findScheduleHeader(v);
  if (sched) {
    return { recognition: rec(sheet, 'schedule', `日程表：第${sched.row + 1}行表头含 ${sched.found.join('、')}`, sched.row), plan: { kind: 'schedule', header: sched } };
  }
  const ce = recogniseCeSheet(v.sheet);
  if (ce) return { recognition: rec(sheet, ce.kind, ce.reason, ce.headerRow), plan: { kind: ce.kind, match: ce } };
  const people = findParticipantHeader(v);
  if (people) {
    return {
      recognition: rec(sheet, 'participants', `人员名单：第${people.row + 1}行表头含 ${labelsOf(people.labels, people.columns)}`, people.row),
      plan: { kind: 'participants', header: people },
    };
  }
  const std = findStandardsHeader(v);
  if (std) {
    return { recognition: rec(sheet, 'standards', `费用标准：第${std.row + 1}行表头含 ${labelsOf(std.labels, std.columns)}`, std.row), plan: { kind: 'standards', header: std } };
  }
  const rates = findRatesHeader(v);
  if (rates) {
    return { recognition: rec(sheet, 'rates', `汇率：第${rates.row + 1}行表头含 ${labelsOf(rates.labels, rates.columns)}`, rates.row), plan: { kind: 'rates', header: rates } };
  }
  const partial = form.total > 0 ? `（只找到需求表标签 ${names(fieldsOf(form.labels))}，不足以确定表格）` : '';
  return { recognition: rec(sheet, 'ignored', `未识别${partial}：查找了${LOOKED_FOR}`), plan: { kind: 'ignored' } };
}

function labelsOf(labels: { col: number; text: string }[], columns: Record<string, number | undefined>): string {
  const cols = new Set(Object.values(columns).filter((c): c is number => c !== undefined));
  return labels
    .filter((l) => cols.has(l.col))
    .map((l) => l.text.replace(/\s+/g, ''))
    .join('、');
}

function recogniseForced(v: SheetView, kind: SheetKind): Recognised {
  const sheet = v.name;
  const by = '（审核人员指定）';
  const ok = (plan: SheetPlan, reason: string, headerRow?: number): Recognised => ({
    recognition: { sheet, kind, reason: `${KIND_NAMES[kind]}${by}：${reason}`, ...(headerRow !== undefined ? { headerRow } : {}) },
    plan,
  });
  const fail = (): Recognised => {
    const message = `工作表“${sheet}”被指定为${KIND_NAMES[kind]}，但无法按${KIND_NAMES[kind]}读取：没有找到${KIND_NEEDS[kind]}`;
    return { recognition: { sheet, kind: 'ignored', reason: message }, plan: { kind: 'ignored' }, problem: message };
  };
  switch (kind) {
    case 'ignored':
      return { recognition: { sheet, kind, reason: `审核人员指定不读取此表` }, plan: { kind: 'ignored' } };
    case 'settings':
      return ok({ kind: 'settings' }, '按“参数 | 值”读取');
    case 'demand-form': {
      const labels = findFormLabels(v);
      return labels.length > 0 ? ok({ kind: 'demand-form', labels }, `找到标签 ${names(fieldsOf(labels))}`, Math.min(...labels.map((l) => l.row))) : fail();
    }
    case 'demand-list': {
      const h = findListHeader(v, 2);
      return h ? ok({ kind: 'demand-list', header: h }, `第${h.bottom + 1}行为表头`, h.bottom) : fail();
    }
    case 'schedule': {
      const h = findScheduleHeader(v, 60, 0);
      return h ? ok({ kind: 'schedule', header: h }, `第${h.row + 1}行表头含 ${h.found.join('、')}`, h.row) : fail();
    }
    case 'participants': {
      const h = findParticipantHeader(v, 0);
      return h ? ok({ kind: 'participants', header: h }, `第${h.row + 1}行为表头`, h.row) : fail();
    }
    case 'standards': {
      const h = findStandardsHeader(v);
      return h ? ok({ kind: 'standards', header: h }, `第${h.row + 1}行为表头`, h.row) : fail();
    }
    case 'rates': {
      const h = findRatesHeader(v);
      return h ? ok({ kind: 'rates', header: h }, `第${h.row + 1}行为表头`, h.row) : fail();
    }
    case 'ce-register':
    case 'ce-funds': {
      const m = recogniseCeSheet(v.sheet);
      return m ? ok({ kind, match: { ...m, kind } }, m.reason, m.headerRow) : fail();
    }
  }
}
