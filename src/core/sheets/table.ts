/** A header row found by labels, for the simple tables (participants, standards, rates). */
import type { FieldCell } from '../model/records';
import { matchLabel, type LabelIndex } from '../values/labels';
import type { SheetView } from './view';

export interface TableHeader<F extends string> {
  row: number;
  columns: Partial<Record<F, number>>;
  /** Every non-blank header cell: its column and text (unmapped ones too). */
  labels: { col: number; text: string }[];
}

/**
 * The first row (of the first `maxRows`) holding every `required` field and at least `minAny` of
 * `any`; the one with the most fields wins.
 */
export function findTableHeader<F extends string>(v: SheetView, index: LabelIndex<F>, required: F[], any: F[], minAny: number, maxRows = 40): TableHeader<F> | null {
  let best: TableHeader<F> | null = null;
  let bestCount = 0;
  for (let r = 0; r < Math.min(v.rows, maxRows); r++) {
    const columns: Partial<Record<F, number>> = {};
    const labels: { col: number; text: string }[] = [];
    let count = 0;
    const n = v.rowLength(r);
    for (let c = 0; c < n; c++) {
      if (v.isContinuation(r, c)) continue;
      const t = v.text(r, c);
      if (t === '') continue;
      labels.push({ col: c, text: t });
      if (t.length > 30) continue;
      const f = matchLabel(index, t);
      if (f && columns[f] === undefined) {
        columns[f] = c;
        count++;
      }
    }
    if (!required.every((f) => columns[f] !== undefined)) continue;
    if (any.filter((f) => columns[f] !== undefined).length < minAny) continue;
    if (count > bestCount) {
      best = { row: r, columns, labels };
      bestCount = count;
    }
  }
  return best;
}

/** Data rows under a header: blank and 合计 rows skipped, stopping at a 备注/注 line. */
export function* dataRows(v: SheetView, headerRow: number): Generator<number> {
  for (let r = headerRow + 1; r < v.rows; r++) {
    const kind = v.scanRow(r);
    if (kind === 'footer') return;
    if (kind === 'data') yield r;
  }
}

/** A cell of a data row through merges (merged down fills down; merged across stays blank). */
export function rowCell(v: SheetView, r: number, c: number | undefined, headerRow: number): FieldCell | null {
  if (c === undefined) return null;
  const m = v.merge(r, c);
  if (m && (m.r0 !== r || m.c0 !== c)) {
    if (m.c0 === c && m.r0 > headerRow) return v.field(r, c);
    return { ref: v.ref(r, c), text: '' };
  }
  return v.field(r, c);
}
