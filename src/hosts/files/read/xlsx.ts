/**
 * Our own .xlsx reader: the central directory, then only the parts a grid needs (package rels,
 * workbook, its rels, shared strings, styles, the worksheets), each decoded once and scanned by
 * the hand-written tokenizer in xml.ts. Cached formula results are read; a formula without one
 * (openpyxl's files) is blank. Dates in a 1904 workbook are moved to the 1900 system.
 */
import { newGridRow, type Cell, type MergeArea, type SheetGrid } from '../../../core';
import { FormatError, REASONS } from './errors';
import { Budget, LIMITS, overLimit } from './limits';
import { dateKind, formatCode, isBuiltinDateId } from './numfmt';
import { attrValues, decodePart, decodeText, decodeXml, isName, newTag, nextTag, rawText, skipElement, skipFlat, type Tag } from './xml';
import { PartCache, ZipPackage } from './zip';

/** Days between 1900-01-00 and 1904-01-01 in Excel's 1900 system. */
export const DAYS_1904 = 1462;

interface Rel {
  type: string;
  target: string;
}

interface Styles {
  /** Per cellXfs index: the number format code (undefined for General), whether it is a date, and whether it shows a day (not only a time). */
  fmt: (string | undefined)[];
  date: boolean[];
  day: boolean[];
}

/** Reads every worksheet of the package, in workbook order. */
export function readXlsxPackage(zip: ZipPackage): SheetGrid[] {
  const wbPath = findWorkbookPart(zip);
  const workbook = zip.parsed(wbPath, WORKBOOKS, (bytes) => {
    const s = decodePart(bytes);
    checkRoot(s);
    return readWorkbookXml(s);
  });
  if (!workbook) throw new FormatError('missing-part', REASONS.missingPart(wbPath));
  const { sheets, date1904 } = workbook;
  const rels = readRels(zip, relsPathFor(wbPath), dirOf(wbPath));

  let sst: string[] | undefined;
  let styles: Styles = { fmt: [], date: [], day: [] };
  for (const rel of rels.values()) {
    if (rel.type.endsWith('/sharedStrings') && zip.has(rel.target)) sst = readSharedStrings(part(zip, rel.target));
    else if (rel.type.endsWith('/styles') && zip.has(rel.target)) styles = zip.parsed(rel.target, STYLES, (bytes) => readStyles(decodePart(bytes)))!;
  }

  const out: SheetGrid[] = [];
  const budget = new Budget();
  for (const sh of sheets) {
    // an entry without a relationship id (Excel 4 macro sheets saved by old writers) has no part to read
    if (sh.rid === '') continue;
    const rel = rels.get(sh.rid);
    if (!rel) throw new FormatError('missing-part', REASONS.missingPart(`${sh.name}（${sh.rid}）`));
    // chart sheets, dialog and macro sheets hold no cells
    if (!rel.type.endsWith('/worksheet')) continue;
    const target = findPart(zip, rel.target);
    if (!target) throw new FormatError('missing-part', REASONS.missingPart(rel.target));
    const grid = readSheetXml(part(zip, target), sh.name, sst, styles, date1904, budget);
    if (sh.hidden) grid.hidden = true;
    out.push(grid);
  }
  return out;
}

function part(zip: ZipPackage, name: string): string {
  const bytes = zip.get(name);
  if (!bytes) throw new FormatError('missing-part', REASONS.missingPart(name));
  return decodePart(bytes);
}

/** The workbook part from the package relationships; a package without one is explained. */
function findWorkbookPart(zip: ZipPackage): string {
  let wb: string | undefined;
  if (zip.has('_rels/.rels')) {
    for (const rel of readRels(zip, '_rels/.rels', '').values()) {
      if (rel.type.endsWith('/officeDocument') && zip.has(rel.target)) wb = rel.target;
    }
  }
  if (!wb && zip.has('xl/workbook.xml')) wb = 'xl/workbook.xml';
  if (wb && !/\.bin$/i.test(wb)) return wb;
  if (wb || zip.has('xl/workbook.bin')) throw new FormatError('unsupported', REASONS.xlsb);
  if (zip.has('word/document.xml')) throw new FormatError('not-workbook', REASONS.word);
  if (zip.has('ppt/presentation.xml')) throw new FormatError('not-workbook', REASONS.powerpoint);
  if (zip.has('[Content_Types].xml')) throw new FormatError('missing-part', REASONS.missingWorkbook);
  throw new FormatError('not-workbook', REASONS.missingWorkbook);
}

/** The main part must be a workbook: a Word or PowerPoint package names its own main part the same way. */
function checkRoot(s: string): void {
  const tag = newTag();
  if (!nextTag(s, 0, tag) || tag.closing) throw new FormatError('corrupt', REASONS.corruptPart('workbook.xml'));
  if (isName(s, tag, 'workbook')) return;
  if (isName(s, tag, 'document')) throw new FormatError('not-workbook', REASONS.word);
  if (isName(s, tag, 'presentation')) throw new FormatError('not-workbook', REASONS.powerpoint);
  throw new FormatError('not-workbook', REASONS.missingWorkbook);
}

function findPart(zip: ZipPackage, target: string): string | undefined {
  if (zip.has(target)) return target;
  try {
    const decoded = decodeURIComponent(target);
    if (zip.has(decoded)) return decoded;
  } catch {
    /* not percent-encoded */
  }
  return undefined;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i + 1);
}

function relsPathFor(path: string): string {
  const i = path.lastIndexOf('/');
  return `${path.slice(0, i + 1)}_rels/${path.slice(i + 1)}.rels`;
}

/** Resolves a relationship target against the source part's folder (`/x` is from the package root). */
export function resolveTarget(baseDir: string, target: string): string {
  const raw = target.indexOf('\\') === -1 ? target : target.replace(/\\/g, '/');
  const full = raw.startsWith('/') ? raw.slice(1) : baseDir + raw;
  // nearly every target names a part under its folder: nothing to drop or climb
  return isPlainPath(full) ? full : resolvePath(full);
}

/** A package path with its empty and `.` segments dropped and each `..` climbing one folder. */
export function resolvePath(full: string): string {
  const parts: string[] = [];
  for (const p of full.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return parts.join('/');
}

/** True when no `/`-separated segment of `p` is empty, `.` or `..` (resolving leaves it as it is). */
function isPlainPath(p: string): boolean {
  const n = p.length;
  let segStart = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && p.charCodeAt(i) !== 47 /* / */) continue;
    const len = i - segStart;
    if (len === 0) return false;
    if (p.charCodeAt(segStart) === 46 /* . */ && (len === 1 || (len === 2 && p.charCodeAt(segStart + 1) === 46))) return false;
    segStart = i + 1;
  }
  return true;
}

const REL_ATTRS = ['Id', 'Type', 'Target', 'TargetMode'];
const SHEET_ATTRS = ['name', 'id', 'state'];
const DATE1904 = ['date1904'];
const NUMFMT_ATTRS = ['numFmtId', 'formatCode'];
const NUMFMT_ID = ['numFmtId'];
const REF = ['ref'];
/** What attrValues gives back (reused: one tag is read at a time). */
const values: (string | undefined)[] = [];

/**
 * What the parts most returned workbooks share byte for byte (one template, one writer) gave before:
 * read once per process (ZipPackage.parsed). The values are shared between workbooks: never changed.
 */
const RELS = new PartCache<ReadonlyMap<string, Rel>>();
const WORKBOOKS = new PartCache<{ sheets: readonly SheetEntry[]; date1904: boolean }>();
const STYLES = new PartCache<Styles>();

function readRels(zip: ZipPackage, path: string, baseDir: string): ReadonlyMap<string, Rel> {
  return zip.parsed(path, RELS, (bytes) => parseRels(decodePart(bytes), baseDir), baseDir) ?? new Map<string, Rel>();
}

function parseRels(s: string, baseDir: string): Map<string, Rel> {
  const out = new Map<string, Rel>();
  const tag = newTag();
  let pos = 0;
  while (nextTag(s, pos, tag)) {
    pos = tag.end;
    if (tag.closing || !isName(s, tag, 'Relationship')) continue;
    attrValues(s, tag, REL_ATTRS, values);
    const id = values[0];
    const target = values[2];
    if (!id || !target || values[3] === 'External') continue;
    out.set(id, { type: values[1] ?? '', target: resolveTarget(baseDir, target) });
  }
  return out;
}

interface SheetEntry {
  name: string;
  rid: string;
  hidden: boolean;
}

function readWorkbookXml(s: string): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const tag = newTag();
  let pos = 0;
  while (nextTag(s, pos, tag)) {
    pos = tag.end;
    if (tag.closing) continue;
    if (isName(s, tag, 'sheet')) {
      attrValues(s, tag, SHEET_ATTRS, values);
      const state = values[2];
      sheets.push({ name: values[0] ?? '', rid: values[1] ?? '', hidden: state === 'hidden' || state === 'veryHidden' });
    } else if (isName(s, tag, 'workbookPr')) {
      attrValues(s, tag, DATE1904, values);
      const v = values[0];
      date1904 = v === '1' || v === 'true';
    } else if (isName(s, tag, 'definedNames') || isName(s, tag, 'extLst')) {
      pos = skipElement(s, tag, newTag());
    }
  }
  return { sheets, date1904 };
}

/** A cell's text within LIMITS.textLength (counted after decoding, as the cell holds it). */
function checkText(t: string): string {
  if (t.length > LIMITS.textLength) throw overLimit('textLength');
  return t;
}

/** Shared strings: each `<si>` is the concatenation of its `<t>` runs, phonetic runs (`<rPh>`) left out. */
export function readSharedStrings(s: string): string[] {
  const out: string[] = [];
  const tag = newTag();
  const inner = newTag();
  let pos = 0;
  while (nextTag(s, pos, tag)) {
    pos = tag.end;
    // `sstItem`: the shared strings of Excel 2007's beta format
    if (tag.closing || !(isName(s, tag, 'si') || isName(s, tag, 'sstItem'))) continue;
    // fast path: <si><t>…</t></si>
    if (s.startsWith('<t>', pos)) {
      const lt = s.indexOf('<', pos + 3);
      if (lt !== -1 && s.startsWith('</t></si>', lt)) {
        out.push(checkText(decodeText(s.slice(pos + 3, lt))));
        pos = lt + 9;
        continue;
      }
    }
    const r = readRichText(s, tag, inner);
    out.push(r.text);
    pos = r.end;
  }
  return out;
}

/** Text of an `<si>` or `<is>` element: the `<t>` runs in order, without `<rPh>` readings. */
function readRichText(s: string, open: Tag, tag: Tag): { text: string; end: number } {
  if (open.selfClosing) return { text: '', end: open.end };
  let raw = '';
  let pos = open.end;
  const skip = newTag();
  while (nextTag(s, pos, tag)) {
    pos = tag.end;
    if (tag.closing) {
      if (tag.nameEnd - tag.localStart === open.nameEnd - open.localStart && s.startsWith(s.slice(open.localStart, open.nameEnd), tag.localStart)) break;
      continue;
    }
    if (isName(s, tag, 't')) {
      if (tag.selfClosing) continue;
      const t = rawText(s, pos);
      if (t.end === -1) break;
      raw += t.raw;
      pos = t.end;
    } else if (isName(s, tag, 'rPh')) {
      pos = skipElement(s, tag, skip);
    }
  }
  return { text: checkText(decodeText(raw)), end: pos };
}

/** Parts of styles.xml a grid does not need; none of them nests an element of its own name. */
const FLAT_STYLES = new Set(['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors']);
/** Worksheet elements outside sheetData skipped in one step (none nests itself). */
const FLAT_SHEET = new Set(['sheetViews', 'cols', 'sheetPr', 'conditionalFormatting', 'dataValidations', 'headerFooter', 'hyperlinks', 'rowBreaks', 'colBreaks']);

function readStyles(s: string): Styles {
  const custom = new Map<number, string>();
  const fmt: (string | undefined)[] = [];
  const date: boolean[] = [];
  const day: boolean[] = [];
  const tag = newTag();
  let pos = 0;
  let inCellXfs = false;
  while (nextTag(s, pos, tag)) {
    pos = tag.end;
    if (isName(s, tag, 'numFmt') && !tag.closing) {
      attrValues(s, tag, NUMFMT_ATTRS, values);
      const id = values[0];
      const code = values[1];
      if (id !== undefined && code !== undefined) custom.set(Number(id), code);
    } else if (isName(s, tag, 'cellXfs')) {
      inCellXfs = !tag.closing && !tag.selfClosing;
    } else if (!inCellXfs && !tag.closing && FLAT_STYLES.has(s.slice(tag.localStart, tag.nameEnd))) {
      pos = skipFlat(s, tag);
    } else if (inCellXfs && !tag.closing && isName(s, tag, 'xf')) {
      attrValues(s, tag, NUMFMT_ID, values);
      const id = Number(values[0] ?? 0);
      const code = formatCode(id, custom);
      const kind = code === undefined ? 'none' : dateKind(code);
      fmt.push(code);
      date.push(custom.has(id) ? kind !== 'none' : isBuiltinDateId(id));
      day.push(date[date.length - 1] && kind === 'day');
    }
  }
  return { fmt, date, day };
}

/** 1-based column number from the letters at `i` (A → 1); `end` receives where the digits begin. */
const refEnd = { at: 0 };
function colFromRef(s: string, i: number, stop: number): number {
  let col = 0;
  for (; i < stop; i++) {
    let c = s.charCodeAt(i);
    if (c >= 97) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  refEnd.at = i;
  return col;
}

function intAt(s: string, i: number, stop: number): number {
  let n = 0;
  let any = false;
  for (; i < stop; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
    any = true;
  }
  return any ? n : -1;
}

/** `A1:C3` (or `A1`, or whole columns `A:A` and rows `1:3`) to a 0-based area; null when it is not a range. */
export function parseRange(ref: string): MergeArea | null {
  const colon = ref.indexOf(':');
  const a = ref.slice(0, colon === -1 ? ref.length : colon).replace(/\$/g, '');
  const b = colon === -1 ? a : ref.slice(colon + 1).replace(/\$/g, '');
  let c0 = colFromRef(a, 0, a.length);
  let r0 = intAt(a, refEnd.at, a.length);
  let c1 = colFromRef(b, 0, b.length);
  let r1 = intAt(b, refEnd.at, b.length);
  if (colon !== -1 && c0 > 0 && c1 > 0 && r0 === -1 && r1 === -1) {
    // whole columns (Excel writes a merge down a column as `A:A`)
    r0 = 1;
    r1 = MAX_ROW + 1;
  } else if (colon !== -1 && c0 === 0 && c1 === 0 && r0 > 0 && r1 > 0) {
    c0 = 1;
    c1 = MAX_COL + 1;
  }
  if (c0 < 1 || r0 < 1 || c1 < 1 || r1 < 1) return null;
  return { r0: Math.min(r0, r1) - 1, c0: Math.min(c0, c1) - 1, r1: Math.max(r0, r1) - 1, c1: Math.max(c0, c1) - 1 };
}

/**
 * ISO date-time (`t="d"`) to an Excel serial in the 1900 system, read as written (no time zone).
 * A time alone (`10:10:10`, `T10:10`) is the fraction of a day, a duration (`PT0H11M0.000S`,
 * `P1DT2H`) its length in days, as Excel stores both.
 */
export function isoToSerial(iso: string): number | null {
  const text = iso.trim();
  const time = /^T?(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(text);
  if (time) return (+time[1] * 3600 + +time[2] * 60 + +(time[3] ?? 0)) / 86400;
  const dur = /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
  if (dur && text !== 'P' && !text.endsWith('T')) {
    const days = +(dur[2] ?? 0) + (+(dur[3] ?? 0) * 3600 + +(dur[4] ?? 0) * 60 + +(dur[5] ?? 0)) / 86400;
    return dur[1] ? -days : days;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text);
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), 0) + Math.round(+(m[6] ?? 0) * 1000);
  const serial = ms / 86400000 + 25569;
  // Excel's serials count the fictitious 1900-02-29
  return serial < 61 ? serial - 1 : serial;
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;
const C_LOWER = 99; // c
const R_LOWER = 114; // r
const S_LOWER = 115; // s
const T_LOWER = 116; // t

/** The attributes of the `<c>` being read (module state: one sheet is read at a time, synchronously). */
const cellAttr = { col: 0, row: -1, tStart: 0, tEnd: 0, style: 0, selfClosing: false };

/**
 * Reads `r`, `t` and `s` of a `<c>` start tag whose attributes begin at `j`; returns the index
 * just past its `>`, or -1 when the tag is malformed.
 */
function readCellAttrs(s: string, j: number): number {
  const a = cellAttr;
  a.col = 0;
  a.row = -1;
  a.tStart = a.tEnd = 0;
  a.style = 0;
  a.selfClosing = false;
  for (;;) {
    let ch = s.charCodeAt(j);
    while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = s.charCodeAt(++j);
    if (ch === 62 /* > */) return j + 1;
    if (ch === 47 /* / */) {
      a.selfClosing = true;
      const gt = s.indexOf('>', j);
      return gt === -1 ? -1 : gt + 1;
    }
    if (Number.isNaN(ch)) return -1;
    const ns = j;
    while ((ch = s.charCodeAt(j)) !== 61 /* = */ && ch > 32) j++;
    const nameLen = j - ns;
    while ((ch = s.charCodeAt(j)) !== 34 && ch !== 39) {
      if (Number.isNaN(ch)) return -1;
      j++;
    }
    const vs = j + 1;
    const ve = s.indexOf(ch === 34 ? '"' : "'", vs);
    if (ve === -1) return -1;
    if (nameLen === 1) {
      const an = s.charCodeAt(ns);
      if (an === R_LOWER) {
        a.col = colFromRef(s, vs, ve);
        a.row = intAt(s, refEnd.at, ve);
      } else if (an === T_LOWER) {
        a.tStart = vs;
        a.tEnd = ve;
      } else if (an === S_LOWER) {
        a.style = intAt(s, vs, ve);
      }
    }
    j = ve + 1;
  }
}

/** The cells and merged areas of one worksheet part. */
export function readSheetXml(s: string, name: string, sst: string[] | undefined, styles: Styles, date1904: boolean, budget = new Budget()): SheetGrid {
  const cells = newGridRow<(Cell | undefined)[]>();
  const merges: MergeArea[] = [];
  const tag = newTag();
  const sub = newTag();
  let pos = 0;
  let row = -1;
  let col = -1;
  let rowArr: (Cell | undefined)[] | undefined;
  let rowOf = -1;
  let inData = false;
  // cells counted here and handed to the budget in batches (one add per cell would cost on 4 M cells)
  let cellCount = 0;
  let cellRoom = budget.maxCells - budget.cells;

  for (;;) {
    // ---- a cell: <c r="B3" s="2" t="s"> (unprefixed, the common case, without the generic tokenizer) ----
    let cellEnd = -1;
    if (inData) {
      const lt = s.indexOf('<', pos);
      if (lt === -1) break;
      const c1 = s.charCodeAt(lt + 1);
      const c2 = s.charCodeAt(lt + 2);
      if (c1 === C_LOWER && (c2 === 32 || c2 === 62 || c2 === 47 || c2 === 9 || c2 === 10 || c2 === 13)) {
        cellEnd = readCellAttrs(s, lt + 2);
        if (cellEnd === -1) break;
      } else pos = lt;
    }
    if (cellEnd === -1) {
      if (!nextTag(s, pos, tag)) break;
      pos = tag.end;
      const len = tag.nameEnd - tag.localStart;
      if (tag.closing) {
        if (len === 9 && isName(s, tag, 'sheetData')) inData = false;
        continue;
      }
      if (inData && len === 1 && s.charCodeAt(tag.localStart) === C_LOWER) {
        // a prefixed cell (<x:c …>)
        cellEnd = readCellAttrs(s, tag.nameEnd);
        if (cellEnd === -1) break;
      } else {
        if (inData && len === 3 && isName(s, tag, 'row')) {
          const r = rowNumber(s, tag);
          row = r > 0 ? r - 1 : row + 1;
          col = -1;
        } else if (len === 9 && isName(s, tag, 'sheetData')) {
          inData = !tag.selfClosing;
        } else if (len === 9 && isName(s, tag, 'mergeCell')) {
          attrValues(s, tag, REF, values);
          const ref = values[0];
          const area = ref ? parseRange(ref) : null;
          if (area) {
            budget.addMerges(1);
            merges.push(area);
          }
        } else if (!inData && FLAT_SHEET.has(s.slice(tag.localStart, tag.nameEnd))) {
          pos = skipFlat(s, tag);
        } else if (!inData && isName(s, tag, 'extLst')) {
          pos = skipElement(s, tag, sub);
        }
        continue;
      }
    }

    pos = cellEnd;
    const a = cellAttr;
    if (a.col > 0) col = a.col - 1;
    else col++;
    if (a.row > 0) row = a.row - 1;
    if (a.selfClosing) continue;
    const tStart = a.tStart;
    const tEnd = a.tEnd;
    const style = a.style;

    // ---- children: <v>, <f>, <is> ----
    let vText: string | undefined;
    let inline: string | undefined;
    let done = false;
    // fast paths for what nearly every writer emits: <v>…</v></c> and <is><t>…</t></is></c>
    if (s.startsWith('<v>', pos)) {
      const lt = s.indexOf('<', pos + 3);
      if (lt !== -1 && s.startsWith('</v></c>', lt)) {
        vText = s.slice(pos + 3, lt);
        pos = lt + 8;
        done = true;
      }
    } else if (s.startsWith('<is><t>', pos)) {
      const lt = s.indexOf('<', pos + 7);
      if (lt !== -1 && s.startsWith('</t></is></c>', lt)) {
        inline = checkText(decodeText(s.slice(pos + 7, lt)));
        pos = lt + 13;
        done = true;
      }
    }
    while (!done && nextTag(s, pos, sub)) {
      pos = sub.end;
      const sl = sub.nameEnd - sub.localStart;
      const sc = s.charCodeAt(sub.localStart);
      if (sub.closing) {
        if (sl === 1 && sc === C_LOWER) break;
        continue;
      }
      if (sl === 1 && sc === 118 /* v */) {
        if (sub.selfClosing) continue;
        const t = rawText(s, pos);
        if (t.end === -1) break;
        vText = t.raw;
        pos = t.end;
      } else if (sl === 1 && sc === 102 /* f */) {
        if (sub.selfClosing) continue;
        pos = s.indexOf('<', pos);
      } else if (sl === 2 && s.startsWith('is', sub.localStart)) {
        const r = readRichText(s, sub, newTag());
        inline = r.text;
        pos = r.end;
      }
    }

    const cell = makeCell(s, tStart, tEnd, vText, inline, style, sst, styles, date1904);
    if (cell === undefined) continue;
    if (row < 0) row = 0;
    // past Excel's grid (XFD1048576): a damaged or hostile reference, not a place to store a cell
    if (row > MAX_ROW || col > MAX_COL) throw new FormatError('corrupt', REASONS.corruptPart(`${name}（单元格位置超出 Excel 的范围）`));
    if (++cellCount > cellRoom) {
      budget.addCells(cellCount);
      cellCount = 0;
      cellRoom = budget.maxCells - budget.cells;
    }
    if (rowOf !== row || !rowArr) {
      rowArr = cells[row] ?? (cells[row] = newGridRow());
      rowOf = row;
    }
    rowArr[col] = cell;
  }
  budget.addCells(cellCount);
  return { name, cells, merges };
}

/** The `r` attribute of a `<row>` (1-based), or -1. */
function rowNumber(s: string, tag: Tag): number {
  let j = tag.nameEnd;
  const aEnd = tag.end - 1;
  while (j < aEnd) {
    const eq = s.indexOf('=', j);
    if (eq === -1 || eq >= aEnd) return -1;
    let ns = j;
    while (ns < eq && s.charCodeAt(ns) <= 32) ns++;
    let ne = eq;
    while (ne > ns && s.charCodeAt(ne - 1) <= 32) ne--;
    let qi = eq + 1;
    while (qi < aEnd && s.charCodeAt(qi) <= 32) qi++;
    const vs = qi + 1;
    const ve = s.indexOf(s.charCodeAt(qi) === 39 ? "'" : '"', vs);
    if (ve === -1) return -1;
    if (ne - ns === 1 && s.charCodeAt(ns) === R_LOWER) return intAt(s, vs, ve);
    j = ve + 1;
  }
  return -1;
}

function makeCell(
  s: string,
  tStart: number,
  tEnd: number,
  vText: string | undefined,
  inline: string | undefined,
  style: number,
  sst: string[] | undefined,
  styles: Styles,
  date1904: boolean,
): Cell | undefined {
  const tl = tEnd - tStart;
  // t absent or "n": a number
  if (tl === 0 || (tl === 1 && s.charCodeAt(tStart) === 110)) {
    if (vText === undefined) return undefined;
    const t = vText.trim();
    if (t === '') return undefined;
    const n = Number(t);
    if (Number.isNaN(n)) return { v: decodeXml(vText) };
    return numberCell(n, style, styles, date1904);
  }
  const c = s.charCodeAt(tStart);
  if (tl === 1 && c === S_LOWER) {
    if (vText === undefined || vText.trim() === '') return undefined;
    const idx = Number(vText);
    const text = sst?.[idx];
    if (text === undefined) throw new FormatError('corrupt', REASONS.corruptPart(sst ? 'sharedStrings.xml' : '共享字符串表（sharedStrings.xml）'));
    return text === '' ? undefined : { v: text };
  }
  if (tl === 1 && c === 98 /* b */) {
    if (vText === undefined || vText.trim() === '') return undefined;
    const t = vText.trim();
    return { v: t === '1' || t === 'true' };
  }
  if (tl === 1 && c === 101 /* e */) {
    if (vText === undefined || vText.trim() === '') return undefined;
    return { v: null, err: decodeXml(vText.trim()) };
  }
  if (tl === 1 && c === 100 /* d */) {
    if (vText === undefined) return undefined;
    const serial = isoToSerial(decodeXml(vText));
    if (serial === null) return vText.trim() === '' ? undefined : { v: decodeXml(vText) };
    return { v: serial, date: true, fmt: styles.fmt[style] ?? isoFormat(decodeXml(vText).trim(), serial) };
  }
  // "str" (a formula's text) and "inlineStr"
  const text = inline ?? (vText === undefined ? undefined : checkText(decodeText(vText)));
  if (text === undefined || text === '') return undefined;
  return { v: text };
}

/** The format a `t="d"` cell without a style of its own shows: a duration, a time, a date or both. */
function isoFormat(text: string, serial: number): string {
  if (/^-?P/.test(text)) return '[h]:mm:ss';
  if (/^T?\d{1,2}:/.test(text)) return 'hh:mm:ss';
  return serial % 1 === 0 ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
}

function numberCell(n: number, style: number, styles: Styles, date1904: boolean): Cell {
  const fmt = styles.fmt[style];
  if (fmt === undefined) return { v: n };
  // a time or duration (h:mm, [h]:mm:ss) is the same number in both date systems: only days move
  if (styles.date[style]) return { v: date1904 && n >= 1 && styles.day[style] ? n + DAYS_1904 : n, fmt, date: true };
  return { v: n, fmt };
}
