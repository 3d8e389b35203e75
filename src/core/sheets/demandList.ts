/**
 * 需求表 in list layout (FORMS.md): one project per row under a header row — possibly two rows with
 * merged group cells (`团组情况` over `人数 | 天数`) — a 序号 column, and trailing 合计 / 备注 rows
 * that are not projects.
 */
import type { Cell } from '../grid';
import type { DemandField, Project } from '../model/records';
import { isSeqLabel, mayBeDemandOrSeqLabel, normaliseLabel } from '../values/labels';
import { readNumber } from '../values/number';
import { toHalfWidth } from '../values/text';
import { demandFieldOf } from './demandForm';
import { buildProject, emptyLocated, isOnlineTitle, type LocatedField, type ParsedProject, type ProjectDraft } from './demandValues';
import type { SheetView } from './view';

export interface ListColumn {
  col: number;
  /** Header text as shown (group / label for a two-row header). */
  label: string;
  field?: DemandField | 'noticePeriod' | 'seq';
  unit: string | null;
}

export interface ListHeader {
  /** First and last header rows (equal for a one-row header). */
  top: number;
  bottom: number;
  columns: ListColumn[];
  /** Distinct demand fields found in the header. */
  fields: number;
}

const HEADER_SCAN_ROWS = 60;

/**
 * The number of distinct demand fields among a row's label cells or a header's columns (序号 and columns of no
 * field not counted; a few dozen at most: a list scan, no Set).
 */
function distinctFields(items: readonly { field?: string }[]): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    const f = items[i].field;
    if (!f || f === 'seq') continue;
    let j = 0;
    while (j < i && items[j].field !== f) j++;
    if (j === i) n++;
  }
  return n;
}

/** The header row with the most demand labels (≥ `min`), with a second header row when there is one. */
export function findListHeader(v: SheetView, min = 3): ListHeader | null {
  const best = findListHeaderRow(v, min);
  return best < 0 ? null : listHeaderAt(v, best);
}

/**
 * findListHeader's search alone: the row with the most distinct demand fields (≥ `min`), or -1. Recognition
 * asks this of every sheet and listHeaderAt of the few that have one, each from its own (unoptimised) frame:
 * called from here, TurboFan inlined the header's making (isGroupRow, twice) into the search it compiles for
 * every sheet's loop over its rows, and compiled isGroupRow on its own as well.
 */
export function findListHeaderRow(v: SheetView, min = 3): number {
  let best = -1;
  let bestCount = 0;
  const rows = Math.min(v.rows, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const labels = v.demandLabels(r);
    if (labels.cells.length < min) continue; // fewer label cells than `min` fields
    const fields = distinctFields(labels.cells);
    const count = fields + (labels.seq ? 0.5 : 0);
    if (fields >= min && count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  return best;
}

/** The header around its best row (findListHeaderRow): a group row above or below it, and its columns. */
export function listHeaderAt(v: SheetView, best: number): ListHeader {
  let top = best;
  let bottom = best;
  if (isGroupRow(v, best, best + 1)) bottom = best + 1;
  else if (best > 0 && isGroupRow(v, best - 1, best)) top = best - 1;
  const columns = headerColumns(v, top, bottom);
  return { top, bottom, columns, fields: distinctFields(columns) };
}

/** Row `top` groups row `sub` when a header cell of `top` is merged down into `sub` or across columns whose `sub` cells are labels. */
function isGroupRow(v: SheetView, top: number, sub: number): boolean {
  if (sub >= v.rows) return false;
  let vertical = false;
  let grouped = false;
  const n = Math.max(v.rowLength(top), v.rowLength(sub));
  for (let c = 0; c < n; c++) {
    const m = v.merge(top, c);
    // each merged area once, at its first column (a title merged across 20 columns was read 20 × 20 times)
    if (!m || m.r0 !== top || m.c0 !== c) continue;
    if (m.r1 >= sub && v.text(top, c) !== '') vertical = true;
    if (!grouped && m.r1 === top && m.c1 > m.c0 && v.text(top, m.c0) !== '') {
      for (let k = m.c0; k <= m.c1 && !grouped; k++) {
        const t = v.text(sub, k);
        if (t !== '' && t.length <= 20) grouped = true;
      }
    }
  }
  if (!grouped) return false;
  // the sub row must hold labels, not data
  if (vertical) return true;
  // one label is enough: a row whose label scan found one has it (recognition scanned the header's rows already);
  // else each cell's text is asked, as that scan leaves out merge continuations and texts over 40 characters
  if (v.demandLabels(sub).cells.length > 0) return true;
  for (let c = 0; c < n; c++) if (demandFieldOf(v.text(sub, c))) return true;
  return false;
}

/** What a list header's text names: its unit in brackets and its field (序号 → 'seq'). */
interface HeaderLabel {
  readonly unit: string | null;
  readonly field: ListColumn['field'];
}

let headerLabels = new Map<string, HeaderLabel>();

/**
 * normaliseLabel's unit, isSeqLabel and demandFieldOf of a header text, remembered by the text: every
 * returned 需求表 repeats the same few dozen header texts, and each cost a key and four lookups.
 */
function headerLabelOf(own: string): HeaderLabel {
  let out = headerLabels.get(own);
  if (out === undefined) {
    const { unit } = normaliseLabel(own);
    const field = own === '' ? undefined : isSeqLabel(own) ? 'seq' : demandFieldOf(own);
    out = Object.freeze({ unit, field });
    if (headerLabels.size >= 20000) headerLabels = new Map();
    headerLabels.set(own, out);
  }
  return out;
}

function headerColumns(v: SheetView, top: number, bottom: number): ListColumn[] {
  const cols: ListColumn[] = [];
  const n = Math.max(v.rowLength(top), v.rowLength(bottom));
  const seen = new Set<string>();
  for (let c = 0; c < n; c++) {
    let label: string;
    let own: string;
    if (bottom > top && v.text(bottom, c) !== '' && !v.isContinuation(bottom, c)) {
      own = v.text(bottom, c);
      const m = v.merge(top, c);
      const group = m && m.c1 > m.c0 ? v.shownText(top, c) : v.text(top, c);
      label = group && group !== own ? `${group}/${own}` : own;
    } else {
      const a = v.anchor(top, c);
      own = v.text(a.row, a.col);
      label = a.col === c ? own : own ? `${own}(${c - a.col + 1})` : '';
      if (a.col !== c) own = '';
    }
    const { unit, field: named } = headerLabelOf(own);
    let field = named;
    // the first column of a field wins; `电话` right after `归口管理部门联系人` is the department's
    if (field === 'phone' && cols.length && cols[cols.length - 1].field === 'adminContact') field = 'adminPhone';
    if (field && seen.has(field)) field = undefined;
    if (field) seen.add(field);
    // (two literals, not a spread of `{ field }`: a spread in a literal is copied key by key at run time)
    cols.push(field ? { col: c, label, field, unit } : { col: c, label, unit });
  }
  return cols;
}

/** The value shown at (r, c) of a data row: a cell merged down from a row above fills down; merged across does not. */
function dataCell(v: SheetView, r: number, c: number, top: number) {
  const m = v.merge(r, c);
  if (m && (m.r0 !== r || m.c0 !== c)) {
    if (m.c0 === c && m.r0 > top) return v.field(r, c);
    return { ref: v.ref(r, c), text: '' };
  }
  return v.field(r, c);
}

/**
 * A 序号 cell's whole number (readNumber's value when it reads one), else undefined. A number cell is read in hand
 * (readNumber's answer for one: its value unless it is a date or an error); only a text goes through readNumber,
 * which parseDemandList's optimised code then need not inline when the lists' 序号 are numbers.
 */
export function seqOf(cell: Cell | undefined): number | undefined {
  if (cell && typeof cell.v === 'number' && !cell.err && !cell.date) return Number.isInteger(cell.v) ? cell.v : undefined;
  const n = readNumber(cell);
  return n.ok && Number.isInteger(n.value) ? n.value : undefined;
}

const isDemandLabel = (t: string) => demandFieldOf(t) !== undefined;

/** Reads every project row under the header. */
export function parseDemandList(v: SheetView, file: string, header: ListHeader): ParsedProject[] {
  const projects: ParsedProject[] = [];
  const hasFiledDate = header.columns.some((c) => c.field === 'filedDate');
  // 填报日期：… above the header applies to projects without their own column
  let sheetFiledDate: LocatedField | undefined;
  // 线上 in the title rows above the header (`2022年线上出国（境）培训需求表`): every project is online
  let modeFromTitle: ProjectDraft['modeFromTitle'];
  for (let r = 0; r < header.top; r++) {
    for (const { col, text } of v.rowTexts(r)) {
      if (!modeFromTitle && isOnlineTitle(text)) modeFromTitle = { mode: 'online', ref: v.ref(r, col), text };
      const t = toHalfWidth(text);
      const at = t.indexOf(':');
      if (at > 0 && demandFieldOf(t.slice(0, at)) === 'filedDate' && t.slice(at + 1).trim() !== '') {
        const value = t.slice(at + 1).trim();
        sheetFiledDate = { cell: { ...v.field(r, col), text: value }, readCell: { v: value } };
      }
    }
  }
  for (let r = header.bottom + 1; r < v.rows; r++) {
    const kind = v.scanRow(r, isDemandLabel, 20, 3, undefined, mayBeDemandOrSeqLabel);
    if (kind === 'footer') break;
    if (kind !== 'data') continue; // blank, 合计, a repeated header
    const located = emptyLocated();
    const order: DemandField[] = [];
    const slots: ProjectDraft['slots'] = {};
    const extra: Project['extra'] = [];
    let seq: number | undefined;
    let noticePeriod: LocatedField | undefined;
    let filled = 0;
    // (by index: a cold run's interpreter pays an iterator step per `for … of` element, and this runs per cell)
    for (let ci = 0; ci < header.columns.length; ci++) {
      const col = header.columns[ci];
      const fc = dataCell(v, r, col.col, header.bottom);
      if (!col.field) {
        if (fc.text !== '' && col.label !== '') extra.push(fc.cell ? { label: col.label, ref: fc.ref, text: fc.text, cell: fc.cell } : { label: col.label, ref: fc.ref, text: fc.text });
        continue;
      }
      if (col.field === 'seq') {
        const n = seqOf(fc.cell);
        if (n !== undefined) seq = n;
        continue;
      }
      if (fc.text === '') {
        if (col.field !== 'noticePeriod') slots[col.field] = fc.ref;
        continue;
      }
      filled++;
      if (col.field === 'noticePeriod') noticePeriod = { cell: fc, unit: col.unit };
      else {
        located[col.field] = { cell: fc, unit: col.unit }; // (a header names each field once: headerColumns)
        order.push(col.field);
      }
    }
    if (filled === 0) continue; // only a 序号, or only unmapped notes
    if (!located.filedDate && !hasFiledDate && sheetFiledDate) {
      located.filedDate = sheetFiledDate;
      order.push('filedDate');
    }
    // (the optional parts assigned, not spread in: a spread in a literal is copied key by key at run time)
    const draft: ProjectDraft = { layout: 'list', file, sheet: v.name, row: r, located, order, slots, extra };
    if (seq !== undefined) draft.seq = seq;
    if (noticePeriod) draft.noticePeriod = noticePeriod;
    if (modeFromTitle) draft.modeFromTitle = { mode: modeFromTitle.mode, ref: modeFromTitle.ref, text: modeFromTitle.text, noted: projects.length > 0 };
    projects.push(buildProject(draft));
  }
  return projects;
}
