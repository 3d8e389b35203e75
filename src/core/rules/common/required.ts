/**
 * C-REQUIRED — 001 附件2《2022年线上出国（境）培训需求表》: the form's fields 培训班主题, 组团单位,
 * 国家（地区）, 人数, 天数, 经费预算, 境外培训机构, 培训对象, 培训目的, 培训主要内容和必要性, 联系人, 电话
 * must be filled in. The finding sits where the value belongs.
 */
import type { CellRef } from '../../grid';
import { DEMAND_FIELD_LABELS, type DemandField, type FieldCell, type Project } from '../../model/records';
import type { Rule } from '../types';
import { DEMAND_FORM, cite } from '../clauses';
import { fieldRef } from '../util';
import type { CommonParams } from './params';

export const REQUIRED_FIELDS: DemandField[] = [
  'theme',
  'unit',
  'countries',
  'people',
  'days',
  'budget',
  'institution',
  'targets',
  'purpose',
  'content',
  'contact',
  'phone',
];

/** Each required field's place in REQUIRED_FIELDS. */
const REQUIRED_AT = new Map<string, number>(REQUIRED_FIELDS.map((f, i) => [f, i]));

/** A project's values of the required fields, in REQUIRED_FIELDS' order, into `out` (undefined where none). */
function requiredOf<T>(values: Partial<Record<DemandField, T>>, out: (T | undefined)[]): void {
  out.fill(undefined);
  for (const k in values) {
    const i = REQUIRED_AT.get(k);
    if (i !== undefined) out[i] = values[k as DemandField];
  }
}

const NO_LABELS: readonly string[] = [];

// a project's required cells and slots, in REQUIRED_FIELDS' order: one pair of lists for every run (a run never
// starts inside another)
const CELLS: (FieldCell | undefined)[] = new Array<FieldCell | undefined>(REQUIRED_FIELDS.length).fill(undefined);
const SLOTS: (CellRef | undefined)[] = new Array<CellRef | undefined>(REQUIRED_FIELDS.length).fill(undefined);

const FORM_WORDS = /[☐□☑■√✓✔_＿]|机构名称|是否境外培训合作机构/;

/** What is left of a cell once the form's own printed words (机构名称：, ticks, underscores) are removed. */
export function filledText(text: string): string {
  return text
    .replace(/[（(]\s*是否境外培训合作机构[^）)]*[）)]?/g, '')
    .replace(/机构名称\s*[:：]?/g, '')
    .replace(/[☐□☑■√✓✔_＿\s\u3000]/g, '');
}

/**
 * “a”“b”… of one label or a list, joined in a loop: `[].concat`, `map` and `join` made arrays whose elements
 * kind depends on whether the caller already runs optimised (docs/BENCH.md, round 11), and this rule was
 * thrown away and compiled again three times in every cold run for it (round 14).
 */
function quoted(labels: string | readonly string[]): string {
  if (typeof labels === 'string') return `“${labels}”`;
  let out = '';
  for (let i = 0; i < labels.length; i++) out += `“${labels[i]}”`;
  return out;
}

/** Blank fields at one cell (one, or several with no cell of their own that fall back to the theme cell). */
export const message = (labels: string | readonly string[], clause: string) => cite(`必填项${quoted(labels)}未填写`, clause);

/** A list without the column(s): once per sheet, naming every missing column. */
export const columnMessage = (labels: string | readonly string[], count: number, clause: string) => {
  const many = typeof labels !== 'string' && labels.length > 1;
  return cite(`表中没有必填项${quoted(labels)}${many ? '各列' : '一列'}，${count} 个项目均未填写`, clause);
};

interface Place {
  ref: CellRef;
  projectKey: string;
  blank: string[];
  columns?: { labels: string[]; count: number };
}

/**
 * The findings' places, one per cell and project key, in the order first placed. A key text joining sheet, row,
 * column and key, made and hashed per blank field, was most of what this rule allocated (docs/BENCH.md, round 15):
 * the few places of a workbook are looked through; past SCAN_LIMIT of them they are kept by project key too.
 */
class Places {
  readonly entries: Place[] = [];
  private byKey: Map<string, Place[]> | undefined;
  /** The place of this cell and key, with `label` named blank there (when given). */
  at(ref: CellRef, projectKey: string, label: string | null): Place {
    const byKey = this.byKey;
    const own = byKey === undefined ? this.entries : byKey.get(projectKey);
    if (own !== undefined) {
      for (let i = 0; i < own.length; i++) {
        const e = own[i];
        const r = e.ref;
        if (r.row === ref.row && r.col === ref.col && r.sheet === ref.sheet && e.projectKey === projectKey) {
          if (label !== null) e.blank.push(label);
          return e;
        }
      }
    }
    // (a list of the one label made at its length: most places name one field, and a list grown from empty holds room for 17)
    const e: Place = { ref, projectKey, blank: label !== null ? [label] : [] };
    this.entries.push(e);
    if (byKey !== undefined) keep(byKey, e);
    else if (this.entries.length > SCAN_LIMIT) {
      const made = new Map<string, Place[]>();
      for (const x of this.entries) keep(made, x);
      this.byKey = made;
    }
    return e;
  }
}

/** How many places are looked through before they are kept by project key (a list of many projects with blanks). */
export const SCAN_LIMIT = 16;

function keep(byKey: Map<string, Place[]>, e: Place): void {
  const own = byKey.get(e.projectKey);
  if (own === undefined) byKey.set(e.projectKey, [e]);
  else own.push(e);
}

export const required: Rule<CommonParams> = {
  id: 'C-REQUIRED',
  pack: 'common',
  severity: 'error',
  clause: DEMAND_FORM,
  description: '需求表必填项为空',
  check(ctx, _params, emit) {
    // A list without the column at all: one finding per sheet, not one per row — a plan list of 200
    // projects should not bury the reviewer under 200 identical findings. Fields that fall back to the
    // same cell (no column, no slot: the theme cell) are named in one finding there: one per cell.
    let places: Places | undefined; // (made at the first blank field: most workbooks have none)
    let missingColumns: Map<string, { first: Project; count: number; fields: DemandField[] }> | undefined;
    // a project's required cells (and a list's slots for the cells it lacks), found in one pass over its own:
    // every list's column order gives them a shape of their own, and reads by name, field after field, missed
    // V8's caches (most of this rule's time)
    const cells = CELLS;
    const slots = SLOTS;
    // the last list's key (a list's projects come one after another: its key text made and hashed once)
    let lastFile: string | null = null;
    let lastSheet: string | null = null;
    let lastKey = '';
    for (const p of ctx.parsed.projects) {
      requiredOf(p.fields, cells);
      const list = p.layout === 'list';
      let slotsRead = false;
      let sheet: string | null = null; // (its list's key, made once a column is missing)
      for (let i = 0; i < REQUIRED_FIELDS.length; i++) {
        const f = REQUIRED_FIELDS[i];
        const cell = cells[i];
        if (list && !cell) {
          if (!slotsRead) {
            requiredOf(p.slots, slots);
            slotsRead = true;
          }
          if (!slots[i]) {
            if (sheet === null) {
              if (p.source.file !== lastFile || p.source.sheet !== lastSheet) {
                lastFile = p.source.file;
                lastSheet = p.source.sheet;
                lastKey = `${lastFile}\u0000${lastSheet}`;
              }
              sheet = lastKey;
            }
            missingColumns ??= new Map();
            const seen = missingColumns.get(sheet);
            if (!seen) missingColumns.set(sheet, { first: p, count: 1, fields: [f] });
            else if (seen.first === p) seen.fields.push(f);
            else if (f === seen.fields[0]) seen.count++;
            continue;
          }
        }
        const text = cell?.text ?? '';
        if (text.trim() !== '' && !FORM_WORDS.test(text)) continue;
        if (filledText(text) !== '') continue;
        (places ??= new Places()).at(fieldRef(p, f), p.key, DEMAND_FIELD_LABELS[f]);
      }
    }
    if (missingColumns !== undefined) {
      for (const { first, count, fields } of missingColumns.values()) {
        const labels: string[] = [];
        for (let i = 0; i < fields.length; i++) labels.push(DEMAND_FIELD_LABELS[fields[i]]);
        (places ??= new Places()).at(fieldRef(first, fields[0]), first.key, null).columns = { labels, count };
      }
    }
    cells.fill(undefined); // (no cell of the last project kept past the run)
    slots.fill(undefined);
    if (places === undefined) return;
    // (strings joined in loops, not arrays spread, mapped and joined: see quoted)
    for (const e of places.entries) {
      const blank = e.blank.length > 0 ? message(e.blank, '') : '';
      const columns = e.columns ? columnMessage(e.columns.labels, e.columns.count, '') : '';
      let fields = '';
      let count = 0;
      for (let i = 0; i < e.blank.length; i++) fields += (count++ === 0 ? '' : '、') + e.blank[i];
      const labels = e.columns?.labels ?? NO_LABELS;
      for (let i = 0; i < labels.length; i++) fields += (count++ === 0 ? '' : '、') + labels[i];
      emit(e.ref, cite(blank !== '' && columns !== '' ? `${blank}；${columns}` : blank + columns, this.clause), {
        projectKey: e.projectKey,
        data: e.columns ? { fields, count, projects: e.columns.count } : { fields, count },
      });
    }
  },
};
