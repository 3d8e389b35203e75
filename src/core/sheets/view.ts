/** A read-only view of a sheet for the readers: merged areas, display text, label lookup. */
import { cellAt, colCount, rowCount, type Cell, type CellRef, type MergeArea, type SheetGrid } from '../grid';
import type { FieldCell } from '../model/records';
import { displayText } from '../values/dates';
import { normaliseLabel } from '../values/labels';
import { removeSpaces, toHalfWidth } from '../values/text';

export class SheetView {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  /** Merged area covering a cell, keyed `row * COLS + col`. */
  private readonly mergeOf = new Map<number, MergeArea>();
  private static readonly COLS = 1 << 14;

  constructor(readonly sheet: SheetGrid) {
    this.name = sheet.name;
    this.rows = rowCount(sheet);
    this.cols = colCount(sheet);
    for (const m of sheet.merges) {
      if (m.r1 < m.r0 || m.c1 < m.c0) continue;
      // very large merges (whole rows/columns) are clipped to the used area
      const r1 = Math.min(m.r1, Math.max(m.r0, this.rows - 1));
      const c1 = Math.min(m.c1, Math.max(m.c0, this.cols - 1));
      for (let r = m.r0; r <= r1; r++) for (let c = m.c0; c <= c1; c++) this.mergeOf.set(r * SheetView.COLS + c, m);
    }
  }

  ref(row: number, col: number): CellRef {
    return { sheet: this.name, row, col };
  }

  cell(row: number, col: number): Cell | undefined {
    return cellAt(this.sheet, row, col);
  }

  merge(row: number, col: number): MergeArea | undefined {
    return this.mergeOf.size > 0 ? this.mergeOf.get(row * SheetView.COLS + col) : undefined;
  }

  /** True for a cell inside a merged area other than its top-left cell. */
  isContinuation(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return !!m && (m.r0 !== row || m.c0 !== col);
  }

  /** The cell that holds the value shown at (row, col): the merge's top-left, else itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.r0, col: m.c0 } : { row, col };
  }

  /** The text a person sees at (row, col) itself (a continuation cell shows nothing). */
  text(row: number, col: number): string {
    const r = this.sheet.cells[row];
    const cell = r ? r[col] : undefined;
    if (!cell) return '';
    const v = cell.v;
    // the common cases without allocation; dates and errors through displayText
    if (typeof v === 'string' && !cell.err) return v.trim();
    if (typeof v === 'number' && !cell.date && !cell.err) return String(v);
    return displayText(cell).trim();
  }

  /** The text shown at (row, col), looking through merged areas. */
  shownText(row: number, col: number): string {
    const a = this.anchor(row, col);
    return this.text(a.row, a.col);
  }

  /** A FieldCell for (row, col) through merges (ref = the cell that holds the value). */
  field(row: number, col: number): FieldCell {
    const m = this.mergeOf.size > 0 ? this.merge(row, col) : undefined;
    if (m) {
      row = m.r0;
      col = m.c0;
    }
    const r = this.sheet.cells[row];
    const cell = r ? r[col] : undefined;
    const ref = { sheet: this.name, row, col };
    return cell ? { ref, cell, text: this.text(row, col) } : { ref, text: '' };
  }

  /** The label key of the cell's own text (normaliseLabel). */
  labelKey(row: number, col: number): string {
    const t = this.text(row, col);
    return t === '' ? '' : normaliseLabel(t).key;
  }

  /** Number of columns in a row that may hold cells. */
  rowLength(row: number): number {
    return this.sheet.cells[row]?.length ?? 0;
  }

  isBlankRow(row: number): boolean {
    const r = this.sheet.cells[row];
    if (!r) return true;
    for (let c = 0; c < r.length; c++) if (this.text(row, c) !== '') return false;
    return true;
  }

  /** Texts of the non-blank cells of a row, in order. */
  rowTexts(row: number): { col: number; text: string }[] {
    const out: { col: number; text: string }[] = [];
    const n = this.rowLength(row);
    for (let c = 0; c < n; c++) {
      const t = this.text(row, c);
      if (t !== '') out.push({ col: c, text: t });
    }
    return out;
  }
}

const TOTAL_WORDS = new Set(['合计', '小计', '总计', '共计', '总合计', '累计', '合计数']);

/** `合计`, `合  计`, `小计：` … (a totals cell). */
export function isTotalText(text: string): boolean {
  if (text.length > 12 || !/[计]/.test(text)) return false;
  const s = removeSpaces(toHalfWidth(text)).replace(/[:]$/, '');
  return TOTAL_WORDS.has(s);
}

const FOOTER_RE = /^(备注|注|说明|填表说明|填表人|填报人|制表人|制表|审核人|负责人|单位负责人|经办人|联系人|联系电话)[:：]?/;

/** A note or signature line under a table: 备注：…, 注：…, 说明, 填表人：… */
export function isFooterText(text: string): boolean {
  if (!/^[\s　]*[备注说填制审负单经联]/.test(text)) return false;
  const s = removeSpaces(toHalfWidth(text));
  if (!FOOTER_RE.test(s)) return false;
  const m = FOOTER_RE.exec(s) as RegExpExecArray;
  // 注 alone must be followed by a colon or a number (注：… / 注1.…) to be a footnote
  if (m[1] === '注') return /^注[:：\d]/.test(s);
  // 联系人 / 联系电话 only as `联系人：X` lines
  if (m[1] === '联系人' || m[1] === '联系电话') return /[:：]/.test(s.slice(0, m[1].length + 1)) && s.length > m[1].length + 1;
  return true;
}
