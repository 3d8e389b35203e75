/**
 * 需求表 in form layout (FORMS.md; 001 附件2): labels anywhere in the sheet, the value in the next
 * non-empty cell to the right (or below, for long text), one project per sheet.
 */
import type { CellRef } from '../grid';
import type { DemandField } from '../model/records';
import { demandLabelField, normaliseLabel } from '../values/labels';
import { unitWord } from '../values/number';
import { compact, toHalfWidth } from '../values/text';
import { buildProject, emptyLocated, isOnlineTitle, parseMode, type LocatedField, type ParsedProject, type ProjectDraft } from './demandValues';
import { isFooterText, type SheetView } from './view';

export interface FormLabel {
  field: DemandField | 'noticePeriod';
  row: number;
  col: number;
  /** Last column of the label's (merged) cell. */
  lastCol: number;
  lastRow: number;
  /** For `label：value` in one cell: the value text. */
  inline?: string;
}

/** The demand field a label text names (with 公示期 as its own kind), or undefined. */
export function demandFieldOf(text: string): DemandField | 'noticePeriod' | undefined {
  return demandLabelField(text);
}

/** Every cell in the sheet whose whole text is a demand label (continuations of merged cells skipped). */
export function findFormLabels(v: SheetView, maxRows = v.rows): FormLabel[] {
  const out: FormLabel[] = [];
  const rows = Math.min(v.rows, maxRows);
  for (let r = 0; r < rows; r++) {
    const cells = v.demandLabels(r).cells;
    // (indexed: most rows have none, and an iterator per row was most of this scan's garbage)
    for (let i = 0; i < cells.length; i++) {
      const { col: c, field } = cells[i];
      const m = v.merge(r, c);
      out.push({ field, row: r, col: c, lastCol: m ? m.c1 : c, lastRow: m ? m.r1 : r });
    }
  }
  return out;
}

/** `label：value` cells (a label and its value in one cell), not counting cells already claimed. */
function findInlineLabels(v: SheetView, claimed: Set<string>): FormLabel[] {
  const out: FormLabel[] = [];
  for (let r = 0; r < v.rows; r++) {
    const n = v.rowLength(r);
    for (let c = 0; c < n; c++) {
      if (claimed.has(`${r},${c}`) || v.isContinuation(r, c)) continue;
      const t = toHalfWidth(v.text(r, c));
      const at = t.indexOf(':');
      if (at <= 0 || at > 20) continue;
      const field = demandFieldOf(t.slice(0, at));
      const value = t.slice(at + 1).trim();
      if (!field || value === '') continue;
      const m = v.merge(r, c);
      out.push({ field, row: r, col: c, lastCol: m ? m.c1 : c, lastRow: m ? m.r1 : r, inline: value });
    }
  }
  return out;
}

/** Text that sits in a form but is never a field's value: seals, date lines, notes, titles. */
function isNonValue(text: string): boolean {
  const s = compact(text);
  return /公章|盖章|^年月日$|^\(?签字\)?$/.test(s) || isFooterText(text) || /(需求表|计划表|申报表|汇总表|登记表)$/.test(s);
}

interface Found {
  label: FormLabel;
  value: LocatedField | null;
  slot: CellRef;
}

function locateValue(v: SheetView, label: FormLabel, isLabelAt: (r: number, c: number) => boolean): Found {
  const r = label.row;
  const width = Math.max(v.cols, label.lastCol + 2);
  let slot: CellRef | null = null;
  let unit: string | null = normaliseLabel(v.text(r, label.col)).unit;
  for (let c = label.lastCol + 1; c < width; c++) {
    if (v.isContinuation(r, c)) continue; // merged areas are read at their top-left cell
    if (isLabelAt(r, c)) break;
    if (!slot) slot = v.ref(r, c);
    const t = v.text(r, c);
    if (t === '') continue;
    const u = unitWord(t);
    if (u) {
      // `经费预算 | 万元` in a blank form: the unit placeholder is where the value belongs
      unit = unit ?? u;
      break;
    }
    if (isNonValue(t)) break;
    // a unit in the next cell: `经费预算 | 12 | 万元`
    const m = v.merge(r, c);
    const next = (m ? m.c1 : c) + 1;
    const nu = unitWord(v.text(r, next));
    return { label, value: { cell: v.field(r, c), unit: unit ?? nu }, slot: v.ref(r, c) };
  }
  // below, for long text, when nothing is to the right
  const below = label.lastRow + 1;
  if (below < v.rows && !isLabelAt(below, label.col) && !v.isContinuation(below, label.col)) {
    const t = v.text(below, label.col);
    if (t !== '' && !isNonValue(t) && !unitWord(t) && (slot === null || t.length >= 8)) {
      return { label, value: { cell: v.field(below, label.col), unit }, slot: v.ref(below, label.col) };
    }
  }
  return { label, value: null, slot: slot ?? v.ref(below, label.col) };
}

/** Reads the one project of a form-layout sheet. */
export function parseDemandForm(v: SheetView, file: string): (ParsedProject & { labels: FormLabel[] }) | null {
  const labels = findFormLabels(v);
  if (labels.length === 0) return null;
  const labelAt = new Set(labels.map((l) => `${l.row},${l.col}`));
  const isLabelAt = (r: number, c: number) => {
    const a = v.anchor(r, c);
    return labelAt.has(`${a.row},${a.col}`);
  };
  // the contact and phone beside 归口管理部门联系人 (or on the 归口管理部门 row) are the department's
  const firstInRow = new Map<number, FormLabel>();
  for (const l of labels) if (!firstInRow.has(l.row)) firstInRow.set(l.row, l);
  for (const l of labels) {
    const head = firstInRow.get(l.row);
    if (!head || head === l) continue;
    const adminRow = head.field === 'adminContact' || head.field === 'adminDept' || labels.some((o) => o.row === l.row && o.col < l.col && o.field === 'adminContact');
    if (adminRow && l.field === 'phone') l.field = 'adminPhone';
    if (adminRow && l.field === 'contact') l.field = 'adminContact';
  }

  const found = labels.map((l) => locateValue(v, l, isLabelAt));
  const claimed = new Set<string>(labelAt);
  for (const f of found) if (f.value) claimed.add(`${f.value.cell.ref.row},${f.value.cell.ref.col}`);
  for (const l of findInlineLabels(v, claimed)) {
    const cell = v.field(l.row, l.col);
    found.push({ label: l, value: { cell: { ...cell, text: l.inline as string }, unit: null, readCell: { v: l.inline as string } }, slot: cell.ref });
    claimed.add(`${l.row},${l.col}`);
  }

  const located = emptyLocated();
  const order: DemandField[] = [];
  const slots: ProjectDraft['slots'] = {};
  let noticePeriod: LocatedField | undefined;
  for (const f of found) {
    const field = f.label.field;
    if (field === 'noticePeriod') {
      if (!noticePeriod && f.value) noticePeriod = f.value;
      continue;
    }
    if (located[field]) continue;
    if (f.value) {
      located[field] = f.value;
      order.push(field);
      delete slots[field];
    } else if (!slots[field]) slots[field] = f.slot;
  }

  // 培训形式 from a title such as `2022年线上出国（境）培训需求表`: a cell above the first label, or a
  // 需求表/计划表 title near the top, that says 线上
  const firstRow = Math.min(...labels.map((l) => l.row));
  let modeFromTitle: ProjectDraft['modeFromTitle'];
  if (!located.mode || parseMode(located.mode.cell.text) === null) {
    for (let r = 0; r < Math.min(v.rows, Math.max(6, firstRow)) && !modeFromTitle; r++) {
      for (const { col, text } of v.rowTexts(r)) {
        if (claimed.has(`${r},${col}`)) continue;
        const s = compact(text);
        if (isOnlineTitle(text) && (r < firstRow || /(需求表|计划表|申报表|汇总表)$/.test(s))) {
          modeFromTitle = { mode: 'online', ref: v.ref(r, col), text };
          break;
        }
      }
    }
  }

  const draft: ProjectDraft = {
    layout: 'form',
    file,
    sheet: v.name,
    row: firstRow,
    located,
    order,
    ...(noticePeriod ? { noticePeriod } : {}),
    slots,
    extra: [],
    ...(modeFromTitle ? { modeFromTitle } : {}),
  };
  const { project, notes } = buildProject(draft);
  return { project, notes, labels };
}
