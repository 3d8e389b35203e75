/**
 * The report model: a sheet as every host writes it — values with their styles and number formats,
 * merged areas, widths, frozen header rows, links to cells, print setup and a chart. The core builds
 * these (src/core/report/*); the file writer, Office.js and browser mode only render them.
 */

/** A value written into an output cell. Strings are always written as text, never as formulas. */
export type OutValue = string | number | boolean | null;

/** Cell style. Colours are `RRGGBB` (with or without `#`). */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (default 11). */
  size?: number;
  /** Fill (background) colour. */
  fill?: string;
  /** Font colour. */
  color?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'center' | 'bottom';
  /** Number format code, e.g. `yyyy-mm-dd`, `0.0%`, `0.00`, `@`. */
  numFmt?: string;
  /** Thin border on all four sides. */
  border?: boolean;
}

export interface OutCell {
  value: OutValue;
  style?: CellStyle;
  /**
   * A date: `value` is an Excel serial (1900 system) or an ISO date text `YYYY-MM-DD`
   * (converted to a serial). Gets `yyyy-mm-dd` unless the style names another number format.
   */
  isDate?: boolean;
  /** An Excel error value such as `#N/A` (written as an error cell; `value` is ignored). */
  error?: string;
}

/** A link from a cell to a place in the same workbook. */
export interface OutLink {
  /** The cell that holds the link (A1). */
  cell: string;
  /** Internal target, e.g. `'日程表'!B3`. */
  location: string;
  tooltip?: string;
}

/** How a sheet prints: A4, fit to one page wide, header rows repeated on every page. */
export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Pages wide (always 1) and tall (0 = as many as needed; 1 = one page, for forms). */
  fitWidth: number;
  fitHeight: number;
  /** 0-based first and last row repeated at the top of every printed page. */
  titleRows?: [number, number];
  /** Centred on the page (forms). */
  centered?: boolean;
  /** 0-based rows that start a new printed page (e.g. the chart below a table). */
  breaksBefore?: number[];
}

/**
 * A native chart of a category column and up to two numeric series (the second on a secondary axis
 * as a line, since budget in 万元 and people differ in scale). `source` names the sheet cells the
 * chart reads; hosts that cannot point at them write `categories`/`series` as a small table.
 */
export interface ChartSpec {
  /** The chart object's name (what Excel lists in the selection pane); default CHART_NAME. */
  name?: string;
  title: string;
  /** Header of the category column (e.g. 国家（地区）). */
  categoryLabel: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  /** 0-based rows r0..r1 of this sheet holding the data: the category column and one column per series. */
  source?: { r0: number; r1: number; categoryCol: number; seriesCols: number[] };
}

/** The name a chart gets when its spec names none. */
export const CHART_NAME = '按国家（地区）经费与人数';

export type OutRow = (OutCell | OutValue | undefined)[];

/** A drop-down list (data validation) on a range. */
export interface ListValidation {
  /** A1 range the drop-down applies to, e.g. `G2:G1000` (several ranges separated by spaces). */
  range: string;
  /** Explicit items (written inline when short, else into a hidden 列表 sheet). */
  items?: string[];
  /** Or a range reference holding the items, e.g. `'费用标准'!$A$2:$A$200`. */
  source?: string;
  /** Allow blank cells (default true). */
  allowBlank?: boolean;
  /** Chinese prompt shown when the cell is selected. */
  prompt?: string;
}

/** A note on a cell (instructions in a template, a finding in a marked copy). */
export interface OutNote {
  cell: string;
  text: string;
  author?: string;
}

/** Rows made one at a time when read, so that a large table is not copied into a second model. */
export interface RowSource {
  count: number;
  row(i: number): OutRow;
  /** Cells in every row, when all have the same number (a writer then needs no row twice to know the sheet's extent). */
  width?: number;
}

export interface OutSheet {
  name: string;
  /** rows[r][c], 0-based; missing cells are blank. A bare value is shorthand for `{ value }`. */
  rows: OutRow[];
  /**
   * More rows after `rows`, made as they are read (the 省级汇总 of a large merge, for the file writer,
   * which streams them: `rowCount`/`rowAt`). Hosts that need every row at once get them from
   * styledRows.
   */
  more?: RowSource;
  /** 0-based rows drawn as headers (bold, filled, bordered) where their cells carry no style of their own. */
  headerRows?: number[];
  /** Merged areas, 0-based inclusive. */
  merges?: { r0: number; c0: number; r1: number; c1: number }[];
  /** Column widths in characters, by 0-based column (undefined = default). */
  colWidths?: (number | undefined)[];
  /** Default style of whole columns (e.g. a date format for a date column), by 0-based column. */
  colStyles?: (CellStyle | undefined)[];
  /** Row heights in points, by 0-based row (undefined = default). */
  rowHeights?: (number | undefined)[];
  /** Frozen panes: rows at the top and columns at the left. */
  freeze?: { rows?: number; cols?: number };
  links?: OutLink[];
  /** A1 range of the autofilter, e.g. `A1:H20`. */
  autoFilter?: string;
  /** Print setup; absent: `defaultPrint(sheet)`. */
  print?: PrintSetup;
  chart?: ChartSpec;
  hidden?: boolean;
  validations?: ListValidation[];
  notes?: OutNote[];
}

export interface OutBook {
  sheets: OutSheet[];
  /** 0-based index of the sheet shown on opening (default: the first visible one). */
  activeSheet?: number;
}

/** The style header rows get (bold on grey-blue, bordered, wrapped, centred). */
export const HEADER_STYLE: CellStyle = { bold: true, fill: 'D9E1F2', border: true, wrap: true, align: 'center', valign: 'center' };

/** A cell as `{ value, … }` whatever shorthand it was written in. */
export function cellOf(c: OutCell | OutValue | undefined): OutCell | undefined {
  if (c === undefined) return undefined;
  if (c === null || typeof c !== 'object') return { value: c };
  return c;
}

/** Header rows drawn with HEADER_STYLE (cells without a style of their own): what every host shows. */
export function styledRows(s: OutSheet): OutRow[] {
  const all = s.more ? Array.from({ length: rowCount(s) }, (_, r) => rowOf(s, r)) : s.rows;
  const headers = new Set(s.headerRows ?? []);
  if (headers.size === 0) return all;
  return all.map((r, i) => (headers.has(i) ? headerRow(r) : r));
}

function headerRow(r: OutRow): OutRow {
  return r && r.map((c) => (c === undefined ? c : c !== null && typeof c === 'object' ? (c.style ? c : { ...c, style: HEADER_STYLE }) : { value: c, style: HEADER_STYLE }));
}

/** Rows of a sheet, `more` included. */
export function rowCount(s: OutSheet): number {
  return s.rows.length + (s.more?.count ?? 0);
}

function rowOf(s: OutSheet, r: number): OutRow {
  return r < s.rows.length ? s.rows[r] : s.more!.row(r - s.rows.length);
}

/**
 * Row `r` (0-based) as styledRows gives it, made on demand: a writer that goes through the rows in
 * order holds one at a time. `headers`: new Set(sheet.headerRows).
 */
export function rowAt(s: OutSheet, r: number, headers: ReadonlySet<number>): OutRow {
  const row = rowOf(s, r);
  return headers.has(r) ? headerRow(row) : row;
}

/** Wider than an A4 page in portrait (characters at 11 pt, margins taken off). */
const PORTRAIT_CHARS = 95;

/**
 * The print setup of a sheet that names none: landscape when its columns are wider than a portrait
 * page, one page wide, the frozen header rows (else the first header row block) repeated.
 */
export function defaultPrint(s: OutSheet): PrintSetup {
  const width = (s.colWidths ?? []).reduce<number>((n, w) => n + (w ?? 9), 0);
  const frozen = s.freeze?.rows ?? 0;
  const first = s.headerRows?.length ? Math.min(...s.headerRows) : -1;
  const titleRows: [number, number] | undefined = frozen > 0 ? [0, frozen - 1] : first === 0 ? [0, 0] : undefined;
  return { orientation: width > PORTRAIT_CHARS ? 'landscape' : 'portrait', fitWidth: 1, fitHeight: 0, ...(titleRows ? { titleRows } : {}) };
}

/** The sheet's print setup (its own, else the default). */
export function printOf(s: OutSheet): PrintSetup {
  return s.print ?? defaultPrint(s);
}

/** Width of text in column units: a CJK (full-width) character takes two, others one. */
export function textUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.codePointAt(0)! > 0xff ? 2 : 1;
  return n;
}

/** Points per line of 11 pt text. */
const LINE_PT = 15;

/**
 * Row heights for wrapped text: readers that do not re-measure rows on opening (LibreOffice, print
 * previews) would draw a wrapped cell over the next row. A row gets the height of its tallest wrapped
 * cell (lines estimated from the column's width), capped at Excel's 409 pt; one-line rows keep the default.
 */
export function wrappedRowHeights(rows: OutRow[], colWidths: readonly (number | undefined)[]): (number | undefined)[] {
  return rows.map((row) => {
    let lines = 1;
    row?.forEach((c, col) => {
      const cell = cellOf(c);
      if (!cell?.style?.wrap || cell.value === null || cell.value === '') return;
      const per = Math.max(1, (colWidths[col] ?? 9) - 1);
      const n = String(cell.value)
        .split('\n')
        .reduce((k, part) => k + Math.max(1, Math.ceil(textUnits(part) / per)), 0);
      if (n > lines) lines = n;
    });
    return lines > 1 ? Math.min(409, lines * LINE_PT + 3) : undefined;
  });
}

/** The widest row. */
export function widthOf(s: OutSheet): number {
  return s.rows.reduce((n, r) => Math.max(n, r ? r.length : 0), 0);
}
