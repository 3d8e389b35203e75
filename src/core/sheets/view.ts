/** A read-only view of a sheet for the readers: merged areas, display text, label lookup. */
import { colCount, MergeIndex, rowCount, type Cell, type CellRef, type MergeArea, type SheetGrid } from '../grid';
import type { DemandField, FieldCell } from '../model/records';
import { displayText } from '../values/dates';
import { HEAD_SKIP as HEAD_SKIP_MARK, labelHeadKinds, labelHeadTable, normaliseLabel, textLabels, type ScheduleField } from '../values/labels';
import { isRegexSpaceCode, isSpaceCode, removeSpaces, toHalfWidth } from '../values/text';

export class SheetView {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  /**
   * Merged area covering a cell (grid/merges.ts: cost in proportion to the used range, not to the
   * area a merge claims). Not a Map keyed `row × columns + col`: past row 65 536 such keys are no
   * longer small integers and every lookup allocates and hashes a heap number.
   */
  private readonly merges: MergeIndex | undefined;
  /**
   * demandLabels and scheduleLabels per row, computed once in one pass over the row's cells
   * (recognition and the demand readers scan the same top rows); most rows share NO_ROW_LABELS.
   */
  private readonly labelRows: (RowLabels | undefined)[] = [];

  constructor(readonly sheet: SheetGrid) {
    this.name = sheet.name;
    this.rows = rowCount(sheet);
    this.cols = colCount(sheet);
    if (sheet.merges.length > 0) {
      const index = new MergeIndex(sheet.merges, this.rows, this.cols);
      if (index.size > 0) this.merges = index;
    }
  }

  ref(row: number, col: number): CellRef {
    return { sheet: this.name, row, col };
  }

  cell(row: number, col: number): Cell | undefined {
    // (as grid's cellAt, read here: a call through the grid's re-exports costs a getter per cell in the CommonJS build)
    const r = this.sheet.cells[row];
    return r ? r[col] : undefined;
  }

  merge(row: number, col: number): MergeArea | undefined {
    return this.merges === undefined ? undefined : this.merges.at(row, col);
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
    const m = this.merge(row, col);
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

  /**
   * The demand labels of a row: each cell (not a merge continuation) whose text of 1–40 characters
   * names a demand field (or 公示期), and whether one such cell is a 序号 label.
   */
  demandLabels(row: number): RowDemandLabels {
    return (this.labelRows[row] ?? this.scanLabels(row)).demand;
  }

  /**
   * The schedule labels of a row: each cell (not a merge continuation) whose text of 1–20 characters
   * names a schedule field (matchLabel of SCHEDULE_INDEX), in column order, with that text.
   */
  scheduleLabels(row: number): readonly ScheduleLabelCell[] {
    return (this.labelRows[row] ?? this.scanLabels(row)).schedule;
  }

  /**
   * demandLabels and scheduleLabels of a row in one pass over its cells: recognition asks every sheet's
   * top rows for both (a demand table first, then a schedule), and the pass over the cells — not the
   * few labels — is what costs.
   */
  private scanLabels(row: number): RowLabels {
    let cells: { col: number; field: DemandField | 'noticePeriod' }[] | undefined;
    let sched: ScheduleLabelCell[] | undefined;
    let seq = false;
    const cellsOfRow = this.sheet.cells[row];
    const n = cellsOfRow ? cellsOfRow.length : 0;
    for (let c = 0; c < n; c++) {
      // a label is text: numbers, dates, booleans and errors never are
      const cell = (cellsOfRow as (Cell | undefined)[])[c];
      // (`!cell`, not `=== undefined`: a grid that came through JSON — the pane's worker — has nulls for holes)
      const v = !cell ? undefined : cell.v;
      if (typeof v !== 'string' || (cell as Cell).err) continue;
      // most cells are passed over by their first code unit, read here (labelHeadKinds only for a text that starts
      // with a space or a mark: a call per cell is what a cold run, interpreting this loop, paid most)
      const head = v.length === 0 ? 0 : HEAD_LOOK[v.charCodeAt(0)];
      if (head === 0 || (head === HEAD_SKIP && labelHeadKinds(v) === 0)) continue;
      // (the cell's text is the string's own trim, as `text` gives it; and no merge to ask of a sheet without
      // any: two calls fewer per cell that passes the first look — 上午, 星期一, 日本·东京 … row after row)
      if (this.merges !== undefined && this.isContinuation(row, c)) continue;
      const t = v.trim();
      if (t === '') continue;
      const labels = textLabels(t); // (the text's labels, remembered: the same texts recur row after row)
      if (labels.seq) seq = true;
      if (labels.demand) (cells ??= []).push({ col: c, field: labels.demand });
      if (labels.schedule) (sched ??= []).push({ col: c, field: labels.schedule, text: t });
    }
    const demand = cells === undefined && !seq ? NO_LABELS : { cells: cells ?? [], seq };
    const out = demand === NO_LABELS && sched === undefined ? NO_ROW_LABELS : { demand, schedule: sched ?? NO_SCHEDULE_LABELS };
    this.labelRows[row] = out;
    return out;
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

  /**
   * What a table reader makes of a row under its header, without building the row's texts:
   * `blank` (nothing shown), `footer` (its first text is a 备注/注/填表人 line), `total` (a 合计 cell),
   * `header` (a repeated header: at least `minLabels` texts of at most `maxLabelLength` characters
   * that `isLabel` accepts), else `data`. Same order of checks as the readers had over rowTexts.
   *
   * `texts`, when given, receives the text of every cell of a `data` row (`texts[c]`, '' for none; the
   * array's length is the row's), so that the reader does not make them again. `mayBeLabel`, when
   * given, must accept every text `isLabel` accepts (a cheap first look, e.g. by the first character):
   * `isLabel` is then asked only when enough texts pass it to make a header.
   */
  scanRow(row: number, isLabel?: (text: string) => boolean, maxLabelLength = 0, minLabels = 3, texts?: string[], mayBeLabel?: (text: string) => boolean): RowKind {
    const r = this.sheet.cells[row];
    if (!r) return 'blank';
    let first = true;
    // the texts that may be labels, asked at the end (the count decides only once the row is read)
    let maybe = 0;
    for (let c = 0; c < r.length; c++) {
      if (!r[c]) {
        if (texts) texts[c] = '';
        continue;
      }
      const t = this.text(row, c);
      if (texts) texts[c] = t;
      if (t === '') continue;
      if (first) {
        if (isFooterText(t)) return 'footer';
        first = false;
      }
      if (isTotalText(t)) return 'total';
      if (isLabel && t.length <= maxLabelLength && (!mayBeLabel || mayBeLabel(t))) LABEL_CANDIDATES[maybe++] = t;
    }
    // every cell was written above; only a row shorter than the last one read leaves entries to cut
    // (not `length = 0` first: shrinking an array is a runtime call, one per schedule row)
    if (texts && texts.length !== r.length) texts.length = r.length;
    if (first) return 'blank';
    if (!isLabel || maybe < minLabels) return 'data';
    let labels = 0;
    for (let i = 0; i < maybe && labels < minLabels; i++) if ((isLabel as (text: string) => boolean)(LABEL_CANDIDATES[i])) labels++;
    return labels >= minLabels ? 'header' : 'data';
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

export interface RowDemandLabels {
  cells: { col: number; field: DemandField | 'noticePeriod' }[];
  seq: boolean;
}

/** A cell of a row whose text names a schedule field (SheetView.scheduleLabels). */
export interface ScheduleLabelCell {
  col: number;
  field: ScheduleField;
  /** The cell's trimmed text. */
  text: string;
}

const NO_SCHEDULE_LABELS: readonly ScheduleLabelCell[] = Object.freeze([]);

const NO_LABELS: RowDemandLabels = Object.freeze({ cells: Object.freeze([]) as unknown as RowDemandLabels['cells'], seq: false });

/** A row's labels of both kinds (SheetView.scanLabels). */
interface RowLabels {
  demand: RowDemandLabels;
  schedule: readonly ScheduleLabelCell[];
}

const NO_ROW_LABELS: RowLabels = Object.freeze({ demand: NO_LABELS, schedule: NO_SCHEDULE_LABELS });

/** labelHeadKinds' table by first code unit and its skip mark, held here: a module's import is a getter call in the CommonJS build. */
const HEAD_LOOK = labelHeadTable();
const HEAD_SKIP = HEAD_SKIP_MARK;

/** scanRow's texts that may be labels (reused: one row at a time, and scanRow calls nothing that scans). */
const LABEL_CANDIDATES: string[] = [];

export type RowKind = 'blank' | 'footer' | 'total' | 'header' | 'data';

const TOTAL_WORDS = new Set(['合计', '小计', '总计', '共计', '总合计', '累计', '合计数']);

/**
 * The first characters of TOTAL_WORDS: 合 小 总 共 累 (none is changed by toHalfWidth), compared as
 * numbers: a Set's `has` was a call per text of every row (view.test.ts checks every code unit as a head).
 */
const isTotalHead = (c: number): boolean => c === 0x5408 || c === 0x5c0f || c === 0x603b || c === 0x5171 || c === 0x7d2f;

/** `合计`, `合  计`, `小计：` … (a totals cell). */
export function isTotalText(text: string): boolean {
  if (text.length > 12) return false;
  // a first look by the first character that is not a space (table readers ask this of every text of every
  // row): only a text that starts like a total word is searched for 计 and compacted. A space is at most
  // U+0020, or from U+00A0 to U+3000, or U+FEFF: a CJK character or a digit skips the call.
  let i = 0;
  let c = text.charCodeAt(0); // NaN for '' (and past the end): neither a space nor a head
  while ((c <= 0x20 || (c >= 0xa0 && (c <= 0x3000 || c === 0xfeff))) && isSpaceCode(c)) c = text.charCodeAt(++i);
  if (!isTotalHead(c) || text.indexOf('计') < 0) return false;
  return TOTAL_WORDS.has(removeSpaces(toHalfWidth(text)).replace(/[:]$/, ''));
}

/** The first characters a footer line may start with (after spaces). */
const FOOTER_HEADS = new Set(Array.from('备注说填制审负单经联', (c) => c.charCodeAt(0)));

/**
 * The first code unit of a text after what `\s` matches (-1 for none): a table reader asks isFooterText of
 * the first text of every row, and a loop over char codes costs less than a regular expression per row.
 */
function footerHead(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isRegexSpaceCode(c)) continue;
    return c;
  }
  return -1;
}

const FOOTER_RE = /^(备注|注|说明|填表说明|填表人|填报人|制表人|制表|审核人|负责人|单位负责人|经办人|联系人|联系电话)[:：]?/;

/** A note or signature line under a table: 备注：…, 注：…, 说明, 填表人：… */
export function isFooterText(text: string): boolean {
  if (!FOOTER_HEADS.has(footerHead(text))) return false;
  const s = removeSpaces(toHalfWidth(text));
  if (!FOOTER_RE.test(s)) return false;
  const m = FOOTER_RE.exec(s) as RegExpExecArray;
  // 注 alone must be followed by a colon or a number (注：… / 注1.…) to be a footnote
  if (m[1] === '注') return /^注[:：\d]/.test(s);
  // 联系人 / 联系电话 only as `联系人：X` lines
  if (m[1] === '联系人' || m[1] === '联系电话') return /[:：]/.test(s.slice(0, m[1].length + 1)) && s.length > m[1].length + 1;
  return true;
}
