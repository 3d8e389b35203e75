/**
 * Turning a project's located field cells into parsed values — shared by the form and list readers.
 * Every conversion becomes a ReadNote (→ C-NORMALISED); unreadable values stay Readings with ok:false.
 */
import type { Cell, CellRef } from '../grid';
import { DEMAND_FIELD_LABELS, type Checkbox, type DemandField, type FieldCell, type Project, type Reading, type ReadNote } from '../model/records';
import { readDate, readPeriod, type DateRange } from '../values/dates';
import { readNumber, type NumberUnit } from '../values/number';
import { splitCountries } from '../values/countries';
import { parseInstitutionCell, parseTicks, parseYesNoWord } from '../values/ticks';
import { atRef, noteMessage, quote, type ValueResult } from '../values/result';
import { compact } from '../values/text';

/** A located field: its cell, and the unit its label or a neighbouring cell gives. */
export interface LocatedField {
  cell: FieldCell;
  unit?: string | null;
  /** The value to read when it is only part of the cell (`填报日期：2022年11月3日` → the date text). */
  readCell?: Cell;
}

function valueCell(lf: LocatedField): Cell | undefined {
  return lf.readCell ?? lf.cell.cell;
}

/** A draft's fields: every DemandField present, undefined when not found. */
export type Located = Record<DemandField, LocatedField | undefined>;

/**
 * An empty Located, every field present: one hidden class for every project, so that a field read by
 * a variable name (buildProject's loops) stays a fast lookup. An object of only the fields found took a
 * shape per column order and set of blank cells (175 in 2 000 generated projects), and those reads went
 * through V8's runtime. (The type makes the compiler check that no field is missing here.)
 */
export function emptyLocated(): Located {
  return {
    projectId: undefined,
    adminDept: undefined,
    plannedTime: undefined,
    theme: undefined,
    unit: undefined,
    contact: undefined,
    phone: undefined,
    countries: undefined,
    people: undefined,
    days: undefined,
    budget: undefined,
    hasSponsor: undefined,
    sponsor: undefined,
    targets: undefined,
    institution: undefined,
    isPartner: undefined,
    purpose: undefined,
    content: undefined,
    mode: undefined,
    category: undefined,
    civilServants: undefined,
    inBudget: undefined,
    filedDate: undefined,
    departDate: undefined,
    returnDate: undefined,
    noticeStart: undefined,
    noticeEnd: undefined,
    reportDate: undefined,
    adminContact: undefined,
    adminPhone: undefined,
  };
}

export interface ProjectDraft {
  layout: 'form' | 'list';
  file: string;
  sheet: string;
  row: number;
  seq?: number;
  /** Every field, undefined when not found (emptyLocated). */
  located: Located;
  /** The fields found, in the order found (Project.fields keeps that order). */
  order: DemandField[];
  /** 公示期 as one range cell (split into noticeStart / noticeEnd when those are absent). */
  noticePeriod?: LocatedField;
  slots: Partial<Record<DemandField, CellRef>>;
  extra: Project['extra'];
  /** 培训形式 inferred from a title (`…线上出国（境）培训需求表`) when there is no 培训形式 field. */
  modeFromTitle?: { mode: 'online' | 'offline'; ref: CellRef; text: string; /** the note was already given (a list's title serves every row) */ noted?: boolean };
}

const NUMBER_FIELDS: Partial<Record<DemandField, NumberUnit>> = { people: '人', days: '天', budget: '万元', civilServants: '人' };
// made once, not per project; two lists read by index, not `[field, unit]` pairs destructured: a cold run's
// interpreter destructures an array through the iterator protocol (an iterator and a result per element)
const NUMBER_FIELD_NAMES = Object.keys(NUMBER_FIELDS) as DemandField[];
const NUMBER_FIELD_UNITS = NUMBER_FIELD_NAMES.map((f) => NUMBER_FIELDS[f] as NumberUnit);
const DATE_FIELDS = ['filedDate', 'departDate', 'returnDate', 'noticeStart', 'noticeEnd', 'reportDate'] as const;

function label(field: DemandField): string {
  return DEMAND_FIELD_LABELS[field];
}

/** Mode words: 线上/网络/视频 → online; 线下/实地/出国 → offline; both or neither → null (not stated). */
export function parseMode(text: string): 'online' | 'offline' | null {
  const s = compact(text);
  if (/^(线上|网络|视频|在线|线上培训|线上出国\(境\)培训|远程)$/.test(s)) return 'online';
  if (/^(线下|实地|出国|出国\(境\)|线下培训|赴境外|境外)$/.test(s)) return 'offline';
  const online = s.includes('线上');
  const offline = s.includes('线下');
  if (online !== offline) return online ? 'online' : 'offline';
  if (online) return null; // 线上+线下: not one mode
  const remote = /网络|视频|在线|远程|云端/.test(s);
  const abroad = /实地|出国|出境|赴|境外|现场/.test(s);
  if (remote !== abroad) return remote ? 'online' : 'offline';
  return null;
}

/** `线上` in a title or theme (RULES.md "Training mode": the 001 附件2 form is titled 2022年线上出国（境）培训需求表). */
export const ONLINE_WORD = '线上';

/**
 * A title that says the sheet is about online training (`2022年线上出国（境）培训需求表`): 线上 in a short
 * line that is not an instruction or a note (`备注：线上项目请注明…` says nothing about this sheet's projects).
 */
export function isOnlineTitle(text: string): boolean {
  const s = compact(text);
  return s.includes(ONLINE_WORD) && s.length <= 40 && !/请|注明|说明|备注|注[:：]|如为|如有|若|填表|线下/.test(s);
}

function checkboxOf(fc: FieldCell): { box: Checkbox; understood: boolean } {
  const t = parseTicks(fc.text);
  const box: Checkbox = { ref: fc.ref, text: fc.text, yes: t.yes, no: t.no };
  if (t.inlineSponsor !== undefined) box.inlineSponsor = t.inlineSponsor;
  return { box, understood: t.understood };
}

/**
 * Builds the Project and the notes of every conversion. Its key is '' until the workbook assigns keys,
 * once it has seen every project (the key is made first so that it stays the first property, as in
 * the records and their JSON, without copying each project to put it there).
 */
export interface ParsedProject {
  project: Project;
  /** Conversions made while reading this project (projectKey is filled in once keys are assigned). */
  notes: ReadNote[];
}

/** A reading at its cell, and the note of its conversion (a function of the module, not a closure made per project). */
function noted<T>(notes: ReadNote[], field: string, r: ValueResult<T>, ref: CellRef): Reading<T> {
  if (r.ok && r.note) notes.push({ ref, message: noteMessage(field, r.note), projectKey: undefined });
  return atRef(r, ref);
}

export function buildProject(d: ProjectDraft): ParsedProject {
  const notes: ReadNote[] = [];
  const fields: Project['fields'] = {};
  for (let i = 0; i < d.order.length; i++) {
    const f = d.order[i];
    fields[f] = (d.located[f] as LocatedField).cell;
  }
  const project: Project = {
    key: '',
    source: { file: d.file, sheet: d.sheet, row: d.row },
    layout: d.layout,
    fields,
    slots: d.slots, // (each draft's own, made for this project: not copied)
    extra: d.extra,
  };
  if (d.seq !== undefined) project.seq = d.seq;

  for (let i = 0; i < NUMBER_FIELD_NAMES.length; i++) {
    const f = NUMBER_FIELD_NAMES[i];
    const lf = d.located[f];
    if (!lf) continue;
    const r = noted(notes, label(f), readNumber(valueCell(lf), { unit: NUMBER_FIELD_UNITS[i], headerUnit: lf.unit ?? undefined }), lf.cell.ref);
    if (f === 'people') project.people = r;
    else if (f === 'days') project.days = r;
    else if (f === 'budget') project.budgetWan = r;
    else if (f === 'civilServants') project.civilServants = r;
  }

  const countries = d.located.countries;
  if (countries) project.countries = readCountries(countries.cell, notes);

  const planned = d.located.plannedTime;
  if (planned) project.plannedTime = noted(notes, label('plannedTime'), readPeriod(valueCell(planned)), planned.cell.ref);
  for (let i = 0; i < DATE_FIELDS.length; i++) {
    const f = DATE_FIELDS[i];
    const lf = d.located[f];
    if (!lf) continue;
    const r = noted(notes, label(f), readDate(valueCell(lf)), lf.cell.ref);
    // (named stores, not project[f]: a store keyed by a variable goes through the runtime on objects of many shapes)
    if (f === 'filedDate') project.filedDate = r;
    else if (f === 'departDate') project.departDate = r;
    else if (f === 'returnDate') project.returnDate = r;
    else if (f === 'noticeStart') project.noticeStart = r;
    else if (f === 'noticeEnd') project.noticeEnd = r;
    else project.reportDate = r;
  }
  if (d.noticePeriod && (!d.located.noticeStart || !d.located.noticeEnd)) {
    const lf = d.noticePeriod;
    const r = readPeriod(valueCell(lf));
    if (r.ok) {
      if (r.note) notes.push({ ref: lf.cell.ref, message: noteMessage('公示期', r.note), projectKey: undefined });
      if (!d.located.noticeStart) project.noticeStart = { ok: true, value: r.value.from, ref: lf.cell.ref, text: r.text };
      if (!d.located.noticeEnd) project.noticeEnd = { ok: true, value: r.value.to, ref: lf.cell.ref, text: r.text };
      if (!fields.noticeStart) fields.noticeStart = lf.cell;
      if (!fields.noticeEnd) fields.noticeEnd = lf.cell;
    } else {
      const bad = atRef(r, lf.cell.ref) as Reading<string>;
      if (!d.located.noticeStart) project.noticeStart = bad;
      if (!d.located.noticeEnd) project.noticeEnd = bad;
    }
  }

  // 是否有境外资助 (ticks in a form, 有/无 in a list) and 资助方
  const sponsorQ = d.located.hasSponsor;
  if (sponsorQ && sponsorQ.cell.text !== '') {
    const { box } = checkboxOf(sponsorQ.cell);
    project.hasSponsor = box;
    if (!d.located.sponsor && box.inlineSponsor) fields.sponsor = { ref: sponsorQ.cell.ref, ...(sponsorQ.cell.cell ? { cell: sponsorQ.cell.cell } : {}), text: box.inlineSponsor };
  }

  // 境外培训机构: `机构名称：XX（是否境外培训合作机构是☐否☑）` holds the name and the partner ticks
  const inst = d.located.institution;
  if (inst && /机构名称|合作机构/.test(inst.cell.text)) {
    const { name, partner } = parseInstitutionCell(inst.cell.text);
    fields.institution = { ...inst.cell, text: name };
    if (name === '') {
      delete fields.institution;
      project.slots.institution = inst.cell.ref;
    }
    if (partner && !d.located.isPartner) {
      const box: Checkbox = { ref: inst.cell.ref, text: inst.cell.text, yes: partner.yes, no: partner.no };
      project.isPartner = box;
    }
  }
  const partnerQ = d.located.isPartner;
  if (partnerQ && partnerQ.cell.text !== '') project.isPartner = checkboxOf(partnerQ.cell).box;

  const inBudget = d.located.inBudget;
  if (inBudget) {
    const t = parseTicks(inBudget.cell.text);
    const word = parseYesNoWord(inBudget.cell.text);
    const cell = inBudget.cell;
    if (cell.text === '') project.inBudget = { ok: false, problem: 'blank', ref: cell.ref, text: '' };
    else if (cell.cell?.err) project.inBudget = { ok: false, problem: 'error', ref: cell.ref, text: cell.text };
    else if (word !== null) project.inBudget = { ok: true, value: word, ref: cell.ref, text: cell.text };
    else if (t.understood && t.yes !== t.no) project.inBudget = { ok: true, value: t.yes, ref: cell.ref, text: cell.text };
    else project.inBudget = { ok: false, problem: 'unreadable', ref: cell.ref, text: cell.text };
  }

  // Training mode (RULES.md "Training mode"): 培训形式, else 线上 in the title row or the theme, else
  // offline by assumption — left undefined, so that C-MODE-MISSING can tell an assumed mode from a stated one.
  const mode = d.located.mode;
  const stated = mode ? parseMode(mode.cell.text) : null;
  if (stated) project.mode = stated;
  else {
    const why = mode ? `“培训形式”${quote(mode.cell.text)}未写明线上或线下` : '没有“培训形式”一栏';
    const theme = d.located.theme?.cell;
    if (d.modeFromTitle) {
      project.mode = d.modeFromTitle.mode;
      if (!d.modeFromTitle.noted) notes.push({ ref: d.modeFromTitle.ref, message: `${why}，按标题${quote(d.modeFromTitle.text)}读作${d.modeFromTitle.mode === 'online' ? '线上' : '线下'}培训`, projectKey: undefined });
    } else if (theme && theme.text.includes(ONLINE_WORD)) {
      project.mode = 'online';
      notes.push({ ref: theme.ref, message: `${why}，按培训班主题${quote(theme.text)}读作线上培训`, projectKey: undefined });
    }
  }
  const category = d.located.category;
  if (category && category.cell.text !== '') project.category = category.cell.text;
  return { project, notes };
}

function readCountries(fc: FieldCell, notes: ReadNote[]): Reading<string[]> {
  const cell = fc.cell;
  if (cell?.err) return { ok: false, problem: 'error', ref: fc.ref, text: fc.text };
  if (fc.text === '') return { ok: false, problem: 'blank', ref: fc.ref, text: '' };
  if (typeof cell?.v === 'number' || typeof cell?.v === 'boolean') return { ok: false, problem: 'unreadable', ref: fc.ref, text: fc.text };
  const { countries, unknown } = splitCountries(fc.text);
  if (countries.length === 0) return { ok: false, problem: 'unreadable', ref: fc.ref, text: fc.text };
  const canonical = countries.filter((c) => !unknown.includes(c));
  const shown = countries.join('、');
  if (unknown.length > 0) {
    notes.push({ ref: fc.ref, message: `国家（地区）：${unknown.map(quote).join('、')}不在国家（地区）列表中，按原文保留`, projectKey: undefined });
  } else if (canonical.join('、') !== compact(fc.text).replace(/[,，/;；]/g, '、')) {
    notes.push({ ref: fc.ref, message: `国家（地区）：${quote(fc.text)}读作 ${shown}`, projectKey: undefined });
  }
  return { ok: true, value: countries, ref: fc.ref, text: fc.text };
}

export type { DateRange };
