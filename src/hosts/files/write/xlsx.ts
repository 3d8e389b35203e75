/**
 * A small, fast .xlsx writer of our own (browser-safe: strings in, zip out through write/zip.ts —
 * fflate in the browser, zlib in Node once write/node.ts is loaded).
 *
 * Safety: every string is written as a string (shared string, or inline string in patched
 * packages), never as a formula — text from untrusted files that starts with `=`, `+`, `-`, `@`
 * stays text. No `<f>` element is ever written. Illegal XML characters are stripped, and a
 * literal `_xHHHH_` is protected so that readers do not decode it.
 */
import { a1, parseA1, quoteSheet } from '../../../core/lean';
import { printOf, rowAt, rowCount, type ListValidation, type OutBook, type OutCell, type OutSheet, type OutValue, type PrintSetup } from '../../../core/lean';
import { chartXml, drawingXml, CT_CHART, CT_DRAWING, REL_CHART, REL_DRAWING } from './chart';
import { escapeXml, stripIllegalXml, tElement, utf8 } from './xml';
import { collected, joinBytes, PartWriter, PIECE_CHARS, ZipWriter, type ByteSink, type DeflatedPart } from './zip';
import { MAX_CELL_TEXT, MAX_COLS, MAX_ROWS, NOTE_AUTHOR, NS_MAIN, NS_PKG_REL, NS_REL, REL_COMMENTS, REL_VML, REL_WORKSHEET, CT_COMMENTS, CT_VML, CT_WORKSHEET, XML_DECL, ZIP_LEVEL } from './ooxml';
import { NewStyles, type StyleRegistry } from './styles';
import { commentsXml, vmlBlocks, vmlXml } from './notesXml';

// What the other writers take from here (the vocabulary, styles and notes live in their own modules).
export * from './ooxml';
export { StyleBuilder, argb, fontXml, fillXml, THIN_BORDER_XML, alignmentXml, type StyleRegistry } from './styles';
export { commentTextXml, commentsXml, VML_SHAPETYPE, vmlShape, vmlXml, vmlBlocks } from './notesXml';

export type { CellStyle as StyleSpec, OutCell, OutLink, OutValue } from '../../../core';

export type { ListValidation, OutBook, OutNote, OutSheet } from '../../../core';


// ---------------------------------------------------------------------------------------------
// Sheet names

const RESERVED_SHEET_NAMES = new Set(['history']);

/**
 * A valid, unique sheet name: at most 31 characters, none of `[]:*?/\`, not starting or ending
 * with `'`, not blank, not `History`, unique ignoring case among `taken` (lower-cased names; the
 * result is added to it).
 */
export function safeSheetName(name: string, taken: Set<string>): string {
  let base = stripIllegalXml(String(name ?? ''))
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/[\r\n\t]/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  if (!base) base = 'Sheet';
  if (RESERVED_SHEET_NAMES.has(base.toLowerCase())) base += '_';
  base = cut(base, 31);
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = `(${n})`;
    candidate = cut(base, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let t = s.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(t)) t = t.slice(0, -1);
  return t;
}

/** Sanitises a list of sheet names (in order), returning the names the file will carry. */
export function safeSheetNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((n) => safeSheetName(n, taken));
}

// ---------------------------------------------------------------------------------------------
// Dates

/** Excel serial (1900 system) of an ISO date or date-time text; null when it is not one. */
export function isoToSerial(text: string): number | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  const t = Date.UTC(y, mo - 1, d, m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  const serial = t / 86400000 + 25569;
  // Before 1900-03-01 Excel counts the fictitious 1900-02-29.
  return serial < 61 ? serial - 1 : serial;
}

// ---------------------------------------------------------------------------------------------
// Strings

/** How cell strings are stored: a shared string table (new workbooks) or inline (patched packages). */
export interface StringSink {
  /** The cell's XML for this text after its reference and style: its `t` attribute, the start tag's end and its inner XML. */
  cell(text: string): string;
}

class SharedStrings implements StringSink {
  private index = new Map<string, number>();
  private list: string[] = [];
  private total = 0;
  cell(text: string): string {
    this.total++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.push(text) - 1;
      this.index.set(text, i);
    }
    return ` t="s"><v>${i}</v>`;
  }
  /**
   * The part's UTF-8 bytes, encoded a piece at a time: a 200 000-row summary's table is ≈ 30 MB of
   * XML, which as one string (two bytes a character for Chinese), with its pieces, cost ≈ 170 MB at
   * the writer's peak. The same bytes as utf8 of the whole text (pieces end between elements).
   */
  toBytes(): Uint8Array {
    const pieces: Uint8Array[] = [];
    let texts: string[] = [XML_DECL, `<sst xmlns="${NS_MAIN}" count="${this.total}" uniqueCount="${this.list.length}">`];
    let chars = 0;
    const flush = () => {
      pieces.push(utf8(texts.join('')));
      texts = [];
      chars = 0;
    };
    for (const s of this.list) {
      const t = tElement(s);
      texts.push('<si>', t, '</si>');
      chars += t.length + 9;
      if (chars >= PIECE_CHARS) flush();
    }
    texts.push('</sst>');
    flush();
    return joinBytes(pieces);
  }
}

export const inlineStrings: StringSink = {
  cell(text: string) {
    return ` t="inlineStr"><is>${tElement(text)}</is>`;
  },
};

// ---------------------------------------------------------------------------------------------
// Worksheets

export interface RenderContext {
  styles: StyleRegistry;
  strings: StringSink;
  /** Relationship id of the sheet's legacy drawing (comments), when it has notes. */
  legacyDrawingRid?: string;
  /** Maps sheet names used in link locations to the names the file carries. */
  renameSheet?: (name: string) => string;
  /** Resolves a validation's explicit items that are too long to write inline into a range reference. */
  listSource?: (items: string[]) => string;
  /** True for the sheet that is shown on opening. */
  selected?: boolean;
  /** Relationship id of the sheet's drawing (its chart). */
  drawingRid?: string;
}

/** Cell text: control characters stripped, at most Excel's 32 767 characters. */
function cellString(s: string): string {
  const clean = stripIllegalXml(s);
  return clean.length > MAX_CELL_TEXT ? cut(clean, MAX_CELL_TEXT) : clean;
}

function cellXml(ref: string, cell: OutCell, ctx: RenderContext): string {
  let value: OutValue = cell.value;
  let isDate = Boolean(cell.isDate);
  if (isDate && typeof value === 'string') {
    const serial = isoToSerial(value);
    if (serial === null) isDate = false;
    else value = serial;
  }
  if (isDate && typeof value !== 'number') isDate = false;
  const s = ctx.styles.xf(cell.style, isDate);
  const sAttr = s ? ` s="${s}"` : '';
  if (cell.error) return `<c r="${ref}"${sAttr} t="e"><v>${escapeXml(cell.error)}</v></c>`;
  return valueXml(ref, value, sAttr, ctx);
}

/** A cell's XML from its value and its style attribute (`''` for none): nothing for a blank cell without a style. */
function valueXml(ref: string, value: OutValue | undefined, sAttr: string, ctx: RenderContext): string {
  if (value === null || value === undefined || value === '') return sAttr ? `<c r="${ref}"${sAttr}/>` : '';
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return `<c r="${ref}"${sAttr}><v>${value}</v></c>`;
    value = String(value);
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${sAttr} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${sAttr}${ctx.strings.cell(cellString(String(value)))}</c>`;
}

/** `'Sheet'!A1` → the location with the sheet renamed as the file carries it. */
function renameLocation(location: string, rename?: (n: string) => string): string {
  if (!rename) return location;
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(location);
  if (!m) return location;
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return `${quoteSheet(rename(name))}!${m[3]}`;
}

/** A list's formula when it can be written in the validation itself (a source, or items fitting inline); null when its items go to the list sheet. */
function inlineList(v: ListValidation): string | null {
  if (v.source) return v.source.replace(/^=/, '');
  const items = (v.items ?? []).map((i) => stripIllegalXml(i));
  const inline = `"${items.join(',')}"`;
  return inline.length <= 255 && !items.some((i) => i.includes(',') || i.includes('"')) ? inline : null;
}

function listFormula(v: ListValidation, ctx: RenderContext): string {
  const inline = inlineList(v);
  if (inline !== null) return inline;
  if (!ctx.listSource) throw new Error('下拉列表过长，无法写入');
  return ctx.listSource((v.items ?? []).map((i) => stripIllegalXml(i)));
}

/** The worksheet XML of one sheet. */
export function renderSheet(sheet: OutSheet, ctx: RenderContext): string {
  const out: string[] = [];
  writeSheetXml(sheet, ctx, (s) => out.push(s));
  return out.join('');
}

/** The worksheet XML of one sheet, in pieces (a row at a time) to `write`. */
export function writeSheetXml(sheet: OutSheet, ctx: RenderContext, write: (xml: string) => void): void {
  const count = rowCount(sheet);
  if (count > MAX_ROWS) throw new Error(`工作表“${sheet.name}”有 ${count} 行，超过 Excel 的上限 ${MAX_ROWS} 行`);
  const print = printOf(sheet);
  const out = {
    push(...xml: string[]) {
      for (const x of xml) write(x);
    },
  };
  out.push(XML_DECL, `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`, '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  // rows made one at a time (a sheet's `more` rows are never all held): once for the extent, once to
  // write — but `more` rows of a stated width only once (the 省级汇总 of a merge: its rows all have the header's width)
  const headers = new Set(sheet.headerRows ?? []);
  const width = sheet.more?.width;
  const measured = width === undefined ? count : sheet.rows.length;
  let maxRow = 0;
  let maxCol = 0;
  const extend = (r: number, length: number) => {
    if (length > MAX_COLS) throw new Error(`工作表“${sheet.name}”第 ${r + 1} 行有 ${length} 列，超过 Excel 的上限 ${MAX_COLS} 列`);
    maxRow = r + 1;
    if (length > maxCol) maxCol = length;
  };
  for (let r = 0; r < measured; r++) {
    const row = rowAt(sheet, r, headers);
    if (row && row.length) extend(r, row.length);
  }
  if (width && count > measured) {
    extend(measured, width);
    maxRow = count;
  }
  out.push(`<dimension ref="${maxRow && maxCol ? `A1:${a1(maxRow - 1, maxCol - 1)}` : 'A1'}"/>`);

  // Views: selection and frozen panes.
  const fr = sheet.freeze?.rows ?? 0;
  const fc = sheet.freeze?.cols ?? 0;
  out.push(`<sheetViews><sheetView${ctx.selected ? ' tabSelected="1"' : ''} workbookViewId="0">`);
  if (fr > 0 || fc > 0) {
    const pane = fr > 0 && fc > 0 ? 'bottomRight' : fr > 0 ? 'bottomLeft' : 'topRight';
    out.push(
      `<pane${fc > 0 ? ` xSplit="${fc}"` : ''}${fr > 0 ? ` ySplit="${fr}"` : ''} topLeftCell="${a1(fr, fc)}" activePane="${pane}" state="frozen"/>`,
      `<selection pane="${pane}" activeCell="${a1(fr, fc)}" sqref="${a1(fr, fc)}"/>`,
    );
  }
  out.push('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="14.25"/>');

  const widths = sheet.colWidths ?? [];
  const colStyles = sheet.colStyles ?? [];
  const nCols = Math.max(widths.length, colStyles.length);
  const colXml: string[] = [];
  for (let i = 0; i < nCols; i++) {
    const w = widths[i];
    const st = colStyles[i];
    if (w === undefined && !st) continue;
    const xf = st ? ctx.styles.xf(st, false) : 0;
    colXml.push(`<col min="${i + 1}" max="${i + 1}" width="${w ?? 9}"${xf ? ` style="${xf}"` : ''}${w !== undefined ? ' customWidth="1"' : ''}/>`);
  }
  if (colXml.length) out.push('<cols>', ...colXml, '</cols>');

  out.push('<sheetData>');
  const heights = sheet.rowHeights ?? [];
  const nRows = Math.max(count, heights.length);
  for (let r = 0; r < nRows; r++) {
    const row = r < count ? rowAt(sheet, r, headers) : undefined;
    const h = heights[r];
    let cells = '';
    if (row) {
      if (r >= measured && row.length !== width) throw new Error(`工作表“${sheet.name}”第 ${r + 1} 行有 ${row.length} 列，不是所述的 ${width} 列`);
      const rowNo = String(r + 1);
      const xml: string[] = [];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        // a bare value has no style: a blank one writes nothing (half the cells of a merge's 省级汇总)
        if (v === null || v === undefined || v === '') continue;
        xml.push(typeof v === 'object' ? cellXml(colRef(c) + rowNo, v, ctx) : valueXml(colRef(c) + rowNo, v, '', ctx));
      }
      // joined, not added up: `+=` makes a tree of a hundred-odd small strings a row, which waits
      // for the part's next piece (PIECE_CHARS) and is copied by every scavenge meanwhile
      cells = xml.join('');
    }
    if (!cells && h === undefined) continue;
    const hAttr = h !== undefined ? ` ht="${h}" customHeight="1"` : '';
    out.push(cells ? `<row r="${r + 1}"${hAttr}>${cells}</row>` : `<row r="${r + 1}"${hAttr}/>`);
  }
  out.push('</sheetData>');

  if (sheet.autoFilter) out.push(`<autoFilter ref="${escapeXml(sheet.autoFilter)}"/>`);
  if (sheet.merges && sheet.merges.length) {
    out.push(`<mergeCells count="${sheet.merges.length}">`);
    for (const m of sheet.merges) out.push(`<mergeCell ref="${a1(m.r0, m.c0)}:${a1(m.r1, m.c1)}"/>`);
    out.push('</mergeCells>');
  }
  if (sheet.validations && sheet.validations.length) {
    out.push(`<dataValidations count="${sheet.validations.length}">`);
    for (const v of sheet.validations) {
      // Excel refuses input messages over 255 characters.
      const prompt = v.prompt ? ` showInputMessage="1" prompt="${escapeXml(cut(stripIllegalXml(v.prompt), 255))}"` : '';
      out.push(
        `<dataValidation type="list" allowBlank="${v.allowBlank === false ? 0 : 1}" showErrorMessage="1"${prompt} sqref="${escapeXml(v.range)}">`,
        `<formula1>${escapeXml(listFormula(v, ctx))}</formula1></dataValidation>`,
      );
    }
    out.push('</dataValidations>');
  }
  if (sheet.links && sheet.links.length) {
    out.push('<hyperlinks>');
    for (const l of sheet.links) {
      const tip = l.tooltip ? ` tooltip="${escapeXml(l.tooltip)}"` : '';
      out.push(`<hyperlink ref="${escapeXml(l.cell)}" location="${escapeXml(renameLocation(l.location, ctx.renameSheet))}"${tip}/>`);
    }
    out.push('</hyperlinks>');
  }
  out.push(printXml(print));
  if (ctx.drawingRid) out.push(`<drawing r:id="${ctx.drawingRid}"/>`);
  if (ctx.legacyDrawingRid) out.push(`<legacyDrawing r:id="${ctx.legacyDrawingRid}"/>`);
  out.push('</worksheet>');
}

/** Print options, margins and page setup: A4, one page wide (and one tall for forms), orientation. */
export function printXml(p: PrintSetup): string {
  return (
    (p.centered ? '<printOptions horizontalCentered="1"/>' : '') +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${p.orientation}" fitToWidth="${p.fitWidth}" fitToHeight="${p.fitHeight}"/>` +
    (p.breaksBefore?.length
      ? `<rowBreaks count="${p.breaksBefore.length}" manualBreakCount="${p.breaksBefore.length}">${p.breaksBefore.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`
      : '')
  );
}

/** The `_xlnm.Print_Titles` value for repeated header rows: `'Sheet'!$1:$1`. */
export function printTitlesRef(sheetName: string, rows: [number, number]): string {
  return `${quoteSheet(sheetName)}!$${rows[0] + 1}:$${rows[1] + 1}`;
}

const COL_CACHE: string[] = [];
function colRef(c: number): string {
  let s = COL_CACHE[c];
  if (s === undefined) {
    s = a1(0, c).replace(/\d+$/, '');
    COL_CACHE[c] = s;
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// The workbook

const LIST_SHEET = '列表';

/** Writes a workbook to .xlsx bytes. */
export function writeXlsx(book: OutBook): Uint8Array {
  return collected((sink) => writeXlsxTo(book, sink));
}

/**
 * Writes a workbook as .xlsx into `sink`, front to back: each part goes out as soon as it is
 * finished (a large worksheet, deflated as it is rendered, leaves memory once written), in the
 * same order and bytes as writeXlsx. [Content_Types].xml comes first, as Office writes it, so the
 * parts it lists are planned from the book before any is rendered.
 */
export function writeXlsxTo(book: OutBook, sink: ByteSink): void {
  if (!book.sheets.length) throw new Error('工作簿至少要有一个工作表');
  const styles = new NewStyles();
  const strings = new SharedStrings();
  const taken = new Set<string>();
  const names = book.sheets.map((s) => safeSheetName(s.name, taken));
  const renames = new Map<string, string>();
  book.sheets.forEach((s, i) => renames.set(s.name, names[i]));
  const renameSheet = (n: string) => renames.get(n) ?? n;

  // Long drop-down lists go into a hidden sheet, one column per list.
  const listColumns: string[][] = [];
  let listSheetName: string | null = null;
  const listSource = (items: string[]): string => {
    if (listSheetName === null) listSheetName = safeSheetName(LIST_SHEET, taken);
    const col = listColumns.push(items) - 1;
    const letters = colRef(col);
    return `${quoteSheet(listSheetName)}!$${letters}$1:$${letters}$${Math.max(1, items.length)}`;
  };

  let active = book.activeSheet ?? book.sheets.findIndex((s) => !s.hidden);
  if (active < 0 || active >= book.sheets.length || book.sheets[active].hidden) active = book.sheets.findIndex((s) => !s.hidden);
  if (active < 0) throw new Error('工作簿至少要有一个可见的工作表');

  // The plan: each sheet's notes and chart, and whether a list sheet follows (what [Content_Types].xml lists).
  const notesOf = book.sheets.map((sheet) => (sheet.notes ?? []).filter((n) => parseA1(n.cell)));
  const hasChart = book.sheets.map((sheet) => Boolean(sheet.chart?.source && sheet.chart.categories.length));
  const hasListSheet = book.sheets.some((sheet) => sheet.validations?.some((v) => inlineList(v) === null));
  const overrides: string[] = [];
  let hasVml = false;
  let plannedNotes = 0;
  let plannedCharts = 0;
  book.sheets.forEach((_, i) => {
    if (notesOf[i].length) {
      hasVml = true;
      overrides.push(`<Override PartName="/xl/comments${++plannedNotes}.xml" ContentType="${CT_COMMENTS}"/>`);
    }
    if (hasChart[i]) {
      const n = ++plannedCharts;
      overrides.push(
        `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="${CT_DRAWING}"/>`,
        `<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CT_CHART}"/>`,
      );
    }
    overrides.push(`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT_WORKSHEET}"/>`);
  });
  if (hasListSheet) overrides.push(`<Override PartName="/xl/worksheets/sheet${book.sheets.length + 1}.xml" ContentType="${CT_WORKSHEET}"/>`);
  const ct =
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    (hasVml ? `<Default Extension="vml" ContentType="${CT_VML}"/>` : '') +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    overrides.join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '</Types>';

  const zip = new ZipWriter(sink, ZIP_LEVEL);
  zip.add('[Content_Types].xml', utf8(ct));
  const sheetEntries: string[] = [];
  const wbRels: string[] = [];
  const definedNames: string[] = [];
  let vmlBlock = 1;
  let commentsN = 0;

  const addSheet = (name: string, xml: Uint8Array | DeflatedPart, hidden: boolean, rels?: string) => {
    const n = sheetEntries.length + 1;
    sheetEntries.push(`<sheet name="${escapeXml(name)}" sheetId="${n}"${hidden ? ' state="hidden"' : ''} r:id="rId${n}"/>`);
    wbRels.push(`<Relationship Id="rId${n}" Type="${REL_WORKSHEET}" Target="worksheets/sheet${n}.xml"/>`);
    zip.add(`xl/worksheets/sheet${n}.xml`, xml);
    if (rels) zip.add(`xl/worksheets/_rels/sheet${n}.xml.rels`, utf8(rels));
  };

  let chartsN = 0;
  book.sheets.forEach((sheet, i) => {
    const notes = notesOf[i];
    const rels: string[] = [];
    const ctx: RenderContext = { styles, strings, renameSheet, listSource, selected: i === active };
    if (notes.length) {
      commentsN++;
      const authors: string[] = [];
      const authorId = (a: string) => {
        const k = authors.indexOf(a);
        return k >= 0 ? k : authors.push(a) - 1;
      };
      const items = notes.map((n) => ({ cell: parseRef(n.cell), text: cellString(n.text), authorId: authorId(n.author ?? NOTE_AUTHOR) }));
      zip.add(`xl/comments${commentsN}.xml`, utf8(commentsXml(items, authors)));
      zip.add(`xl/drawings/vmlDrawing${commentsN}.vml`, utf8(vmlXml(items, vmlBlock)));
      vmlBlock += vmlBlocks(items.length);
      rels.push(
        `<Relationship Id="rId1" Type="${REL_VML}" Target="../drawings/vmlDrawing${commentsN}.vml"/>`,
        `<Relationship Id="rId2" Type="${REL_COMMENTS}" Target="../comments${commentsN}.xml"/>`,
      );
      ctx.legacyDrawingRid = 'rId1';
    }
    if (hasChart[i]) {
      const n = ++chartsN;
      zip.add(`xl/drawings/drawing${n}.xml`, utf8(drawingXml(rowCount(sheet) + 1, sheet.chart!.name)));
      zip.add(
        `xl/drawings/_rels/drawing${n}.xml.rels`,
        utf8(XML_DECL + `<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${REL_CHART}" Target="../charts/chart${n}.xml"/></Relationships>`),
      );
      zip.add(`xl/charts/chart${n}.xml`, utf8(chartXml(sheet.chart!, names[i])));
      rels.push(`<Relationship Id="rId3" Type="${REL_DRAWING}" Target="../drawings/drawing${n}.xml"/>`);
      ctx.drawingRid = 'rId3';
    }
    const titles = printOf(sheet).titleRows;
    if (titles) definedNames.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(printTitlesRef(names[i], titles))}</definedName>`);
    const part = new PartWriter(ZIP_LEVEL);
    writeSheetXml(sheet, ctx, (x) => part.write(x));
    const xml = part.finish();
    if (sheet.autoFilter) {
      const [from, to] = sheet.autoFilter.split(':');
      const abs = (r: string) => r.replace(/^([A-Z]+)(\d+)$/i, '$$$1$$$2');
      definedNames.push(
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${quoteSheet(names[i])}!${abs(from)}${to ? ':' + abs(to) : ''}`)}</definedName>`,
      );
    }
    addSheet(names[i], xml, Boolean(sheet.hidden), rels.length ? XML_DECL + `<Relationships xmlns="${NS_PKG_REL}">${rels.join('')}</Relationships>` : undefined);
  });

  if (listSheetName !== null) {
    const rows: OutValue[][] = [];
    listColumns.forEach((items, c) => items.forEach((v, r) => ((rows[r] ??= [])[c] = v)));
    addSheet(listSheetName, utf8(renderSheet({ name: listSheetName, rows }, { styles, strings })), true);
  }
  // the plan and the rendering agree on the list sheet (one rule: inlineList), so this cannot happen
  if ((listSheetName !== null) !== hasListSheet) throw new Error('内部错误：下拉列表工作表与计划不符');

  const nSheets = sheetEntries.length;
  zip.add(
    'xl/workbook.xml',
    utf8(
      XML_DECL +
        `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
        `<workbookPr/><bookViews><workbookView activeTab="${active}"/></bookViews>` +
        `<sheets>${sheetEntries.join('')}</sheets>` +
        (definedNames.length ? `<definedNames>${definedNames.join('')}</definedNames>` : '') +
        '<calcPr calcId="191029"/></workbook>',
    ),
  );
  wbRels.push(
    `<Relationship Id="rId${nSheets + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId${nSheets + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>`,
  );
  zip.add('xl/_rels/workbook.xml.rels', utf8(XML_DECL + `<Relationships xmlns="${NS_PKG_REL}">${wbRels.join('')}</Relationships>`));
  zip.add('xl/styles.xml', utf8(styles.toXml()));
  zip.add('xl/sharedStrings.xml', strings.toBytes());
  zip.add(
    '_rels/.rels',
    utf8(XML_DECL + `<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
  );
  zip.finish();
}

/** `$B$3` / `b3` / `B3:C4` → `B3` (the first cell, upper case). */
export function parseRef(ref: string): string {
  const first = ref.split(':')[0];
  const p = parseA1(first);
  if (!p) throw new Error(`不是单元格地址：“${ref}”`);
  return a1(p.row, p.col);
}
