/**
 * The grid: what every host hands the core. A workbook is sheets of cells as the
 * host read them (values, number formats, merged areas) — no file format, no Office.js.
 *
 * Rows and columns are 0-based here; A1 addresses are made only at the edges (findings, UI).
 */

/** A cell's value as stored: numbers (dates are serial numbers), text, booleans. */
export type CellValue = string | number | boolean | null;

export interface Cell {
  /** The stored value. For a date this is the Excel serial number (1900 system) and `date` is true. */
  v: CellValue;
  /** An Excel error value such as `#N/A` or `#VALUE!`; `v` is null then. */
  err?: string;
  /** The number format code when it is not General (e.g. `yyyy-mm-dd`, `0.00`). */
  fmt?: string;
  /** True when `v` is a date serial (the cell's number format is a date format). */
  date?: boolean;
}

/** A merged area, 0-based and inclusive; the value sits in the top-left cell. */
export interface MergeArea {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SheetGrid {
  name: string;
  /** cells[row][col]; rows and cells may be missing (undefined) where the sheet is empty. */
  cells: (Cell | undefined)[][];
  merges: MergeArea[];
  hidden?: boolean;
  /** What the reader could not read as written, at the cell where it starts (e.g. a CSV quote never closed); reviewed as C-UNREADABLE there. */
  problems?: { row: number; col: number; message: string }[];
}

export interface WorkbookGrid {
  /** The file name or path as the user gave it (used in findings), or the workbook's name in Excel. */
  file: string;
  sheets: SheetGrid[];
}

/** A reference to one cell of one sheet (0-based). */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export function cellAt(sheet: SheetGrid, row: number, col: number): Cell | undefined {
  const r = sheet.cells[row];
  return r ? r[col] : undefined;
}

/** Number of rows that may hold cells. */
export function rowCount(sheet: SheetGrid): number {
  return sheet.cells.length;
}

/** Number of columns that may hold cells (the widest row). */
export function colCount(sheet: SheetGrid): number {
  let n = 0;
  for (const r of sheet.cells) if (r && r.length > n) n = r.length;
  return n;
}

/** True when the cell holds nothing a reader would see (no value, no error, only blanks). */
export function isBlank(cell: Cell | undefined): boolean {
  if (!cell) return true;
  if (cell.err) return false;
  if (cell.v === null || cell.v === undefined) return true;
  return typeof cell.v === 'string' && cell.v.trim() === '';
}

/** The text a person sees for a value (numbers without formatting; dates as serials are left to values/dates). */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.err) return cell.err;
  if (cell.v === null || cell.v === undefined) return '';
  return String(cell.v);
}

/**
 * A new row of cells, or a sheet's list of rows, for a reader to fill (`row[col] = cell`), of the one
 * elements kind every reader hands the core: HOLEY. A `[]` filled from column A without a gap is PACKED
 * and one with a gap HOLEY, and V8 throws away the core's row readers optimised for one kind when the
 * other comes (docs/BENCH.md "Round 11, core cold"). `new Array(0)` is HOLEY from the start, also in
 * optimised code.
 */
export function newGridRow<T>(): T[] {
  return new Array<T>(0);
}

/** Builds a grid from plain rows of values (tests, CSV). Strings starting with '#' that are Excel errors stay text: use `err` for errors. */
export function sheetFromRows(name: string, rows: CellValue[][], merges: MergeArea[] = []): SheetGrid {
  // Made at their length and filled, not mapped: an optimised caller's inlined `map` makes HOLEY arrays where
  // the builtin makes PACKED ones, so the rows of one batch came in two elements kinds depending on when V8
  // had optimised this function, and every reader of rows optimised for the first kind was thrown away at
  // the second. Arrays made at their length are one kind (HOLEY) whatever is optimised, and no larger than
  // they need be (an array grown by push keeps spare capacity).
  const cells = new Array<(Cell | undefined)[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    if (!(r in rows)) continue; // (a missing row stays missing, as `map` left it)
    const src = rows[r];
    const row = new Array<Cell | undefined>(src.length);
    for (let c = 0; c < src.length; c++) {
      const v = src[c];
      row[c] = v === null || v === undefined || v === '' ? undefined : { v };
    }
    cells[r] = row;
  }
  return { name, cells, merges };
}
