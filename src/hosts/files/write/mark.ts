/**
 * The marked copy of a reviewed workbook: the ORIGINAL .xlsx package patched, never rebuilt.
 *
 * - Each cell with an error/warning finding gets a fill (error light red, warning amber) through
 *   a new cellXfs entry cloned from the cell's own, with only the fill and font colour replaced, so
 *   number formats, borders and fonts stay. A missing cell is created (empty, styled).
 * - Each marked cell gets one note with a line `[ruleId] message` per finding; existing comments
 *   are kept (merged into the sheet's comments part).
 * - A sheet 审核结果 (replaced when present) lists all findings with links to their cells.
 * - Values are never changed; every other part keeps its bytes, except that no part keeps a
 *   `<!DOCTYPE>` and no text over Excel's 32 767 characters (sanitize.ts: Excel refuses both).
 *
 * `gridToXlsx` rebuilds .xls/.csv inputs (values, date formats, merges) as .xlsx to mark them.
 */
import { unzipSync } from 'fflate';
import { a1, parseA1, type WorkbookGrid } from '../../../core/grid';
import type { Finding, Severity } from '../../../core/model/findings';
import { ContentTypes, Package, Rels, relativeTarget, resolveTarget, topLevelChildren, withPrefix, type XmlChild } from './opc';
import { MARK_COLORS } from '../../../core/report/colors';
import { RESULT_SHEET, resultsSheet } from '../../../core/report/results';
import { printOf } from '../../../core/report/sheet';
import {
  CT_COMMENTS,
  CT_VML,
  CT_WORKSHEET,
  NOTE_AUTHOR,
  MAX_COLS,
  MAX_ROWS,
  StyleBuilder,
  ZIP_LEVEL,
  VML_SHAPETYPE,
  argb,
  commentTextXml,
  commentsXml,
  inlineStrings,
  printTitlesRef,
  renderSheet,
  safeSheetName,
  vmlBlocks,
  vmlShape,
  vmlXml,
  writeXlsx,
  type OutCell,
  type OutSheet,
} from './xlsx';
import { attr, escapeXml, removeAttr, setAttr, unescapeXml } from './xml';
import { rezip } from './zip';
import { sanitizeParts } from './sanitize';

export interface MarkOptions {
  /** Also mark info findings (light blue) and give them notes. Default false: info only in 审核结果. */
  includeInfo?: boolean;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const REL_STYLES = '/styles';
const REL_WORKSHEET_SUFFIX = '/worksheet';
const REL_COMMENTS_SUFFIX = '/comments';

interface CellMark {
  row: number;
  col: number;
  severity: Severity | null;
  lines: string[];
}

interface SheetInfo {
  name: string;
  part: string;
  index: number;
  /** The `<sheet …/>` element in workbook.xml. */
  tag: string;
}

/** Marks a copy of an .xlsx workbook (bytes in, new bytes out; the input array is not changed). */
export function markWorkbookCopy(original: Uint8Array, findings: Finding[], opts: MarkOptions = {}): Uint8Array {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(original);
  } catch (e) {
    throw new Error(`不是有效的 .xlsx 文件（无法解压：${(e as Error).message}）`);
  }
  // no DOCTYPE and no over-long text may be carried over (sanitize.ts); those parts count as changed
  const pkg = new Package(sanitizeParts(entries).entries);
  const types = new ContentTypes(pkg);
  const book = new WorkbookPart(pkg);
  const styles = PatchStyles.open(pkg, book, types);

  // Cells to mark, by sheet part.
  const marks = new Map<SheetInfo, Map<string, CellMark>>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const marked = f.severity === 'error' || f.severity === 'warning' || (opts.includeInfo && f.severity === 'info');
    if (!marked) continue;
    const sheet = book.sheetNamed(f.sheet);
    if (!sheet || sheet.name === RESULT_SHEET || !book.isWorksheet(sheet)) continue;
    const p = parseA1(f.cell.split(':')[0]);
    if (!p || p.row >= MAX_ROWS || p.col >= MAX_COLS) continue;
    let byCell = marks.get(sheet);
    if (!byCell) marks.set(sheet, (byCell = new Map()));
    const key = `${p.row},${p.col}`;
    let m = byCell.get(key);
    if (!m) byCell.set(key, (m = { row: p.row, col: p.col, severity: null, lines: [] }));
    if (!m.severity || RANK[f.severity] > RANK[m.severity]) m.severity = f.severity;
    const line = `[${f.ruleId}] ${f.message}`;
    if (!m.lines.includes(line)) m.lines.push(line);
  }

  let vmlBlock = maxVmlBlock(pkg) + 1;
  for (const [sheet, byCell] of marks) {
    vmlBlock = markSheet(pkg, types, styles, sheet, [...byCell.values()], vmlBlock, book.relBase);
  }

  // 审核结果
  const resultSheet = resultsSheet(findings, (name) => {
    const s = book.sheetNamed(name);
    return s && s.name !== RESULT_SHEET ? s.name : null;
  });
  book.putResults(resultSheet, styles, types);

  styles.save();
  book.save();
  types.save();

  // Untouched entries are copied as stored (same compressed bytes); changed and new ones deflated.
  return rezip(original, pkg.order, pkg.parts, (name) => pkg.parts.get(name) === entries[name], ZIP_LEVEL);
}

/** Rebuilds a grid (from .xls or .csv) as an .xlsx: values, date and number formats, merges, hidden sheets. */
export function gridToXlsx(grid: WorkbookGrid): Uint8Array {
  const sheets = grid.sheets.length ? grid.sheets : [{ name: 'Sheet1', cells: [], merges: [] }];
  const anyVisible = sheets.some((s) => !s.hidden);
  return writeXlsx({
    sheets: sheets.map((s, i): OutSheet => ({
      name: s.name,
      // A workbook needs one visible sheet.
      hidden: anyVisible ? s.hidden : i > 0,
      merges: s.merges,
      rows: s.cells.map((row) =>
        row
          ? row.map((c): OutCell | undefined => {
              if (!c) return undefined;
              if (c.err) return { value: null, error: c.err };
              const numFmt = c.fmt && c.fmt !== 'General' ? c.fmt : undefined;
              return { value: c.v, isDate: Boolean(c.date), style: numFmt ? { numFmt } : undefined };
            })
          : [],
      ),
    })),
  });
}

// ---------------------------------------------------------------------------------------------
// workbook.xml

class WorkbookPart {
  readonly part: string;
  private text: string;
  private rels: Rels;
  readonly sheets: SheetInfo[] = [];
  private relPrefix: string;
  private relDeclared = false;
  private changed = false;
  /** Relationship type base of this package (transitional or strict). */
  readonly relBase: string;
  readonly nsMain: string;

  constructor(private pkg: Package) {
    const root = Rels.of(pkg, '');
    const office = root.list.find((r) => /\/officeDocument$/.test(r.type) && !r.external);
    if (!office) throw new Error('不是有效的 .xlsx 文件：找不到工作簿部件');
    this.part = resolveTarget('', office.target);
    this.relBase = office.type.replace(/\/officeDocument$/, '');
    const t = pkg.text(this.part);
    if (t === undefined) throw new Error(`不是有效的 .xlsx 文件：缺少 ${this.part}`);
    this.text = t;
    this.rels = Rels.of(pkg, this.part);
    const rootTag = /<(?:[\w.-]+:)?workbook\b[^>]*>/.exec(t)?.[0] ?? '';
    const nsDecl = /\sxmlns:([\w.-]+)\s*=\s*"([^"]*\/relationships)"/.exec(rootTag);
    this.relPrefix = nsDecl ? nsDecl[1] : 'r';
    this.relDeclared = Boolean(nsDecl);
    const prefix = /<([\w.-]+:)?workbook\b/.exec(t)?.[1] ?? '';
    this.nsMain = (prefix ? attr(rootTag, `xmlns:${prefix.slice(0, -1)}`) : attr(rootTag, 'xmlns')) ?? 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const re = /<(?:[\w.-]+:)?sheet\b[^>]*>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      const id = attr(m[0], `${this.relPrefix}:id`);
      const rel = id ? this.rels.byId(id) : undefined;
      this.sheets.push({
        name: attr(m[0], 'name') ?? '',
        part: rel ? resolveTarget(this.part, rel.target) : '',
        index: this.sheets.length,
        tag: m[0],
      });
    }
    this.sheetTypes = new Map(this.sheets.map((s) => [s, this.relOf(s)?.type ?? '']));
  }

  private sheetTypes: Map<SheetInfo, string>;

  private relOf(s: SheetInfo) {
    const id = attr(s.tag, `${this.relPrefix}:id`);
    return id ? this.rels.byId(id) : undefined;
  }

  isWorksheet(s: SheetInfo): boolean {
    return (this.sheetTypes.get(s) ?? '').endsWith(REL_WORKSHEET_SUFFIX) && this.pkg.has(s.part);
  }

  /** The sheet a finding names: exactly, else ignoring case, else by its sanitised name (grids rebuilt by gridToXlsx). */
  sheetNamed(name: string): SheetInfo | undefined {
    const exact = this.sheets.find((s) => s.name === name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    const ci = this.sheets.find((s) => s.name.toLowerCase() === lower);
    if (ci) return ci;
    const safe = safeSheetName(name, new Set()).toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === safe);
  }

  stylesPart(): string | null {
    const r = this.rels.byType(REL_STYLES)[0];
    return r ? resolveTarget(this.part, r.target) : null;
  }

  addStylesPart(): string {
    const part = resolveTarget(this.part, 'styles.xml');
    this.rels.add(`${this.relBase}/styles`, relativeTarget(this.part, part));
    return part;
  }

  /** Writes the 审核结果 sheet: replaces the part of an existing one, else adds a new sheet at the end. */
  putResults(sheet: OutSheet, styles: PatchStyles, types: ContentTypes): void {
    const existing = this.sheets.find((s) => s.name === RESULT_SHEET && this.isWorksheet(s));
    let part: string;
    let index: number;
    if (existing) {
      part = existing.part;
      index = existing.index;
      // Our own earlier sheet: its relationships (if any) are dropped with it.
      this.pkg.delete(relsPathOfPart(part));
      if (/\sstate\s*=/.test(existing.tag)) this.replaceInText(existing.tag, removeAttr(existing.tag, 'state'));
    } else {
      const clash = this.sheets.find((s) => s.name === RESULT_SHEET);
      if (clash) throw new Error(`工作簿中已有名为“${RESULT_SHEET}”的非工作表（图表页），无法写入审核结果`);
      part = this.pkg.unusedName(`${dirOf(this.firstSheetPart())}/sheet`, '.xml');
      const id = this.rels.add(`${this.relBase}/worksheet`, relativeTarget(this.part, part));
      const maxId = this.sheets.reduce((n, s) => Math.max(n, Number(attr(s.tag, 'sheetId')) || 0), 0);
      const prefix = /<([\w.-]+:)?sheets\b/.exec(this.text)?.[1] ?? '';
      // openpyxl declares the relationships namespace on each <sheet>, not on the root: do the same when the root lacks it.
      const decl = this.relDeclared ? '' : ` xmlns:${this.relPrefix}="${this.relBase}"`;
      const tag = `<${prefix}sheet name="${escapeXml(RESULT_SHEET)}" sheetId="${maxId + 1}"${decl} ${this.relPrefix}:id="${id}"/>`;
      const close = new RegExp(`</${prefix.replace('.', '\\.')}sheets>`);
      if (close.test(this.text)) this.text = this.text.replace(close, (e) => tag + e);
      else this.text = this.text.replace(/<((?:[\w.-]+:)?sheets)\b([^>]*)\/>/, (_m, n: string, a: string) => `<${n}${a}>${tag}</${n}>`);
      index = this.sheets.length;
      this.sheets.push({ name: RESULT_SHEET, part, index, tag });
      this.changed = true;
      types.override(part, CT_WORKSHEET);
    }
    const xml = renderSheet(sheet, { styles, strings: inlineStrings, selected: true }).replace(
      /<worksheet xmlns="[^"]*"/,
      `<worksheet xmlns="${this.nsMain}"`,
    );
    this.pkg.setText(part, xml);
    this.setDefinedName('_xlnm._FilterDatabase', index, `'${RESULT_SHEET}'!${sheet.autoFilter!.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`, true);
    const titles = printOf(sheet).titleRows;
    if (titles) this.setDefinedName('_xlnm.Print_Titles', index, printTitlesRef(RESULT_SHEET, titles), false);
    this.showSheet(index, part);
  }

  /** The workbook opens on sheet `index`: it becomes the active tab and the only selected one. */
  private showSheet(index: number, part: string): void {
    const { prefix, children } = topLevelChildren(this.text);
    const views = children.find((c) => c.name === 'bookViews');
    if (views) {
      const inner = this.text.slice(views.start, views.end);
      const patched = inner.replace(/<([\w.-]+:)?workbookView\b[^>]*?(\/?)>/, (tag) => setAttr(tag, 'activeTab', String(index)));
      this.text = this.text.slice(0, views.start) + patched + this.text.slice(views.end);
    } else {
      // bookViews follows fileVersion, fileSharing, workbookPr and workbookProtection.
      const before = children.filter((c) => ['fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection'].includes(c.name));
      const at = before.length ? before[before.length - 1].end : children.length ? children[0].start : 0;
      this.text = this.text.slice(0, at) + `<${prefix}bookViews><${prefix}workbookView activeTab="${index}"/></${prefix}bookViews>` + this.text.slice(at);
    }
    this.changed = true;
    // Another selected tab would open grouped with 审核结果 (edits would go to both).
    for (const s of this.sheets) {
      if (s.part === part || !this.isWorksheet(s)) continue;
      const xml = this.pkg.text(s.part);
      if (xml && /\btabSelected\s*=\s*["'](1|true)["']/.test(xml)) this.pkg.setText(s.part, xml.replace(/\btabSelected\s*=\s*["'](1|true)["']/, 'tabSelected="0"'));
    }
  }

  private firstSheetPart(): string {
    const s = this.sheets.find((x) => this.isWorksheet(x));
    return s ? s.part : `${dirOf(this.part) ? dirOf(this.part) + '/' : ''}worksheets/sheet1.xml`;
  }

  private replaceInText(oldTag: string, newTag: string): void {
    this.text = this.text.replace(oldTag, newTag);
    this.changed = true;
  }

  /** Sets a sheet's built-in name: `_xlnm._FilterDatabase` (the autofilter range, hidden), `_xlnm.Print_Titles`. */
  private setDefinedName(name: string, localSheetId: number, ref: string, hidden: boolean): void {
    const { prefix, children } = topLevelChildren(this.text);
    const el = `<${prefix}definedName name="${name}" localSheetId="${localSheetId}"${hidden ? ' hidden="1"' : ''}>${escapeXml(ref)}</${prefix}definedName>`;
    const dn = children.find((c) => c.name === 'definedNames');
    if (dn) {
      let inner = this.text.slice(dn.start, dn.end);
      const re = new RegExp(`<${prefix}definedName\\b[^>]*>[\\s\\S]*?</${prefix}definedName>`, 'g');
      inner = inner.replace(re, (d) => {
        const open = /^<[^>]*>/.exec(d)![0];
        return attr(open, 'name') === name && attr(open, 'localSheetId') === String(localSheetId) ? '' : d;
      });
      if (/\/>$/.test(inner) && !inner.includes('</')) inner = inner.replace(/\s*\/>$/, `>${el}</${prefix}definedNames>`);
      else inner = inner.replace(new RegExp(`</${prefix}definedNames>$`), (e) => el + e);
      this.text = this.text.slice(0, dn.start) + inner + this.text.slice(dn.end);
    } else {
      // definedNames follows sheets, functionGroups and externalReferences.
      const before = children.filter((c) => ['sheets', 'functionGroups', 'externalReferences'].includes(c.name));
      const at = before.length ? before[before.length - 1].end : children.length ? children[children.length - 1].end : 0;
      this.text = this.text.slice(0, at) + `<${prefix}definedNames>${el}</${prefix}definedNames>` + this.text.slice(at);
    }
    this.changed = true;
  }

  save(): void {
    this.rels.save(this.pkg);
    if (this.changed) this.pkg.setText(this.part, this.text);
  }
}

function dirOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i);
}

function relsPathOfPart(part: string): string {
  const d = dirOf(part);
  return `${d ? d + '/' : ''}_rels/${part.slice(d ? d.length + 1 : 0)}.rels`;
}

// ---------------------------------------------------------------------------------------------
// styles.xml, patched by appending

class PatchStyles extends StyleBuilder {
  private text: string;
  private prefix: string;
  /** Existing entries per section (XML of each child element). */
  private existing: Record<string, string[]> = {};
  private appended: Record<string, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [] };
  private nextNumFmt = 164;
  private existingNumFmt = new Map<string, number>();
  private markXf = new Map<string, number>();
  private defaultFont = '宋体';

  private constructor(
    private pkg: Package,
    private part: string,
    text: string,
    private isNew: boolean,
  ) {
    super();
    this.text = text;
    this.prefix = /<([\w.-]+:)?styleSheet\b/.exec(text)?.[1] ?? '';
    for (const [section, child] of [
      ['numFmts', 'numFmt'],
      ['fonts', 'font'],
      ['fills', 'fill'],
      ['borders', 'border'],
      ['cellXfs', 'xf'],
    ] as const) {
      this.existing[section] = this.children(section, child);
    }
    for (const n of this.existing.numFmts) {
      const id = Number(attr(n, 'numFmtId'));
      const code = attr(n, 'formatCode');
      if (Number.isFinite(id)) this.nextNumFmt = Math.max(this.nextNumFmt, id + 1);
      if (code !== undefined && !this.existingNumFmt.has(code)) this.existingNumFmt.set(code, id);
    }
    const f0 = this.existing.fonts[0];
    const name = f0 ? /<(?:[\w.-]+:)?name\b[^>]*>/.exec(f0) : null;
    if (name) this.defaultFont = attr(name[0], 'val') ?? this.defaultFont;
    // Entries 0 (and fill 1) where a section is missing or empty, so that what we append does not
    // become the default of every cell (a new styles part, or a hand-made one without fonts/fills).
    const seed = (section: string, xml: string[]) => {
      if (this.existing[section].length === 0) this.appended[section].push(...xml.map((x) => withPrefix(x, this.prefix)));
    };
    seed('fonts', [`<font><sz val="11"/><name val="${escapeXml(this.defaultFont)}"/></font>`]);
    seed('fills', ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
    seed('borders', ['<border><left/><right/><top/><bottom/><diagonal/></border>']);
    seed('cellXfs', ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  }

  static open(pkg: Package, book: WorkbookPart, types: ContentTypes): PatchStyles {
    let part = book.stylesPart();
    let text = part ? pkg.text(part) : undefined;
    if (part && text !== undefined) return new PatchStyles(pkg, part, text, false);
    if (!part) part = book.addStylesPart();
    types.override(part, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
    text =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<styleSheet xmlns="${book.nsMain}"><fonts count="0"/><fills count="0"/><borders count="0"/>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="0"/>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
    return new PatchStyles(pkg, part, text, true);
  }

  private children(section: string, child: string): string[] {
    const p = this.prefix.replace('.', '\\.');
    const sec = new RegExp(`<${p}${section}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}${section}>)`).exec(this.text);
    if (!sec || !sec[1]) return [];
    const re = new RegExp(`<${p}${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${child}>)`, 'g');
    return sec[1].match(re) ?? [];
  }

  private count(section: string): number {
    return this.existing[section].length + this.appended[section].length;
  }

  private push(section: string, xml: string): number {
    const id = this.count(section);
    this.appended[section].push(withPrefix(xml, this.prefix));
    return id;
  }

  protected override fontName(): string {
    return this.defaultFont;
  }
  protected addNumFmt(code: string): number {
    const hit = this.existingNumFmt.get(code);
    if (hit !== undefined) return hit;
    const id = this.nextNumFmt++;
    this.appended.numFmts.push(withPrefix(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`, this.prefix));
    return id;
  }
  protected addFont(xml: string): number {
    return this.push('fonts', xml);
  }
  protected addFill(xml: string): number {
    return this.push('fills', xml);
  }
  protected addBorder(xml: string): number {
    return this.push('borders', xml);
  }
  protected addXf(xml: string): number {
    return this.push('cellXfs', xml);
  }

  private xfAt(i: number): string {
    const all = this.existing.cellXfs;
    if (i < all.length) return all[i];
    const j = i - all.length;
    if (j < this.appended.cellXfs.length) return this.appended.cellXfs[j];
    return all[0] ?? this.appended.cellXfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  }

  private fontAt(i: number): string {
    const all = this.existing.fonts;
    if (i < all.length) return all[i];
    const j = i - all.length;
    return this.appended.fonts[j] ?? all[0] ?? this.appended.fonts[0];
  }

  /** The cellXfs index of cell style `xf` with the mark of `severity` (fill and font colour replaced). */
  marked(xf: number, severity: Severity): number {
    const key = `${xf}|${severity}`;
    const hit = this.markXf.get(key);
    if (hit !== undefined) return hit;
    const c = MARK_COLORS[severity];
    const p = this.prefix;
    const base = this.xfAt(xf);
    const open = /^<[^>]*?\/?>/.exec(base)![0];
    const fontId = Number(attr(open, 'fontId') ?? 0) || 0;
    const font = this.fontAt(fontId);
    const colorRe = new RegExp(`<${p.replace('.', '\\.')}color\\b[^>]*?(?:/>|>[\\s\\S]*?</${p.replace('.', '\\.')}color>)`);
    const colorEl = `<${p}color rgb="${argb(c.font)}"/>`;
    let newFont: string;
    if (/\/>$/.test(font) && !font.includes('</')) newFont = font.replace(/\s*\/>$/, `>${colorEl}</${p}font>`);
    else if (colorRe.test(font)) newFont = font.replace(colorRe, colorEl);
    else newFont = font.replace(new RegExp(`</${p.replace('.', '\\.')}font>$`), `${colorEl}</${p}font>`);
    const newFontId = this.count('fonts');
    this.appended.fonts.push(newFont);
    const fillId = this.count('fills');
    this.appended.fills.push(withPrefix(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(c.fill)}"/><bgColor indexed="64"/></patternFill></fill>`, p));
    let tag = setAttr(open, 'fontId', String(newFontId));
    tag = setAttr(tag, 'fillId', String(fillId));
    tag = setAttr(tag, 'applyFont', '1');
    tag = setAttr(tag, 'applyFill', '1');
    const id = this.count('cellXfs');
    this.appended.cellXfs.push(tag + base.slice(open.length));
    this.markXf.set(key, id);
    return id;
  }

  save(): void {
    if (!this.isNew && Object.values(this.appended).every((a) => a.length === 0)) return;
    let t = this.text;
    const p = this.prefix;
    const order = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
    for (const section of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs']) {
      const add = this.appended[section];
      if (!add.length) continue;
      const total = this.count(section);
      const esc = p.replace('.', '\\.');
      const full = new RegExp(`<${esc}${section}\\b([^>]*?)>([\\s\\S]*?)</${esc}${section}>`);
      const empty = new RegExp(`<${esc}${section}\\b([^>]*?)/>`);
      const withCount = (attrs: string) => (/\scount\s*=/.test(attrs) ? attrs.replace(/\scount\s*=\s*("[^"]*"|'[^']*')/, ` count="${total}"`) : `${attrs} count="${total}"`);
      if (full.test(t)) {
        t = t.replace(full, (_m, attrs: string, inner: string) => `<${p}${section}${withCount(attrs)}>${inner}${add.join('')}</${p}${section}>`);
      } else if (empty.test(t)) {
        t = t.replace(empty, (_m, attrs: string) => `<${p}${section}${withCount(attrs)}>${add.join('')}</${p}${section}>`);
      } else {
        // Insert the section before the first later section that exists, else before the end.
        const el = `<${p}${section} count="${total}">${add.join('')}</${p}${section}>`;
        const { children, rootClose } = topLevelChildren(t);
        const later = order.slice(order.indexOf(section) + 1);
        const next = children.find((c: XmlChild) => later.includes(c.name));
        const at = next ? next.start : rootClose;
        t = t.slice(0, at) + el + t.slice(at);
      }
    }
    this.pkg.setText(this.part, t);
  }
}

// ---------------------------------------------------------------------------------------------
// One worksheet: fills on cells, notes

function markSheet(pkg: Package, types: ContentTypes, styles: PatchStyles, sheet: SheetInfo, cells: CellMark[], vmlBlock: number, relBase: string): number {
  let xml = pkg.text(sheet.part)!;
  const scan = topLevelChildren(xml, ['sheetData']);
  const p = scan.prefix;
  const esc = p.replace('.', '\\.');
  const child = (name: string) => scan.children.find((c) => c.name === name);

  // Merged areas: a mark inside one goes to its top-left cell, which Excel shows over the area.
  const merges: { r0: number; c0: number; r1: number; c1: number }[] = [];
  const mc = child('mergeCells');
  if (mc) {
    const re = /<(?:[\w.-]+:)?mergeCell\b[^>]*>/g;
    let m: RegExpExecArray | null;
    const inner = xml.slice(mc.start, mc.end);
    while ((m = re.exec(inner))) {
      const [s, e] = (attr(m[0], 'ref') ?? '').split(':');
      const ps = parseA1(s ?? '');
      const pe = parseA1(e ?? s ?? '');
      if (ps && pe) merges.push({ r0: ps.row, c0: ps.col, r1: pe.row, c1: pe.col });
    }
  }
  const byCell = new Map<string, CellMark>();
  for (const c of cells) {
    const area = merges.find((m) => c.row >= m.r0 && c.row <= m.r1 && c.col >= m.c0 && c.col <= m.c1);
    const row = area ? area.r0 : c.row;
    const col = area ? area.c0 : c.col;
    const key = `${row},${col}`;
    const prev = byCell.get(key);
    if (!prev) byCell.set(key, { ...c, row, col, lines: [...c.lines] });
    else {
      if (c.severity && (!prev.severity || RANK[c.severity] > RANK[prev.severity])) prev.severity = c.severity;
      for (const l of c.lines) if (!prev.lines.includes(l)) prev.lines.push(l);
    }
  }
  const targets = [...byCell.values()];

  // Column styles (for cells that have to be created).
  const colStyle: { min: number; max: number; style: number }[] = [];
  const cols = child('cols');
  if (cols) {
    const re = /<(?:[\w.-]+:)?col\b[^>]*>/g;
    let m: RegExpExecArray | null;
    const inner = xml.slice(cols.start, cols.end);
    while ((m = re.exec(inner))) {
      const s = attr(m[0], 'style');
      if (s) colStyle.push({ min: Number(attr(m[0], 'min')), max: Number(attr(m[0], 'max')), style: Number(s) });
    }
  }

  // sheetData: patch only the rows that hold marked cells.
  const sd = child('sheetData');
  let sdStart: number;
  let sdEnd: number;
  let sdInner: string;
  if (sd) {
    const open = /^<[^>]*>/.exec(xml.slice(sd.start, sd.end))![0];
    if (open.endsWith('/>')) {
      sdStart = sd.start;
      sdEnd = sd.end;
      sdInner = '';
    } else {
      sdStart = sd.start;
      sdEnd = sd.end;
      sdInner = xml.slice(sd.start + open.length, sd.end - `</${p}sheetData>`.length);
    }
  } else {
    throw new Error(`工作表“${sheet.name}”缺少 sheetData`);
  }
  const rowRe = new RegExp(`<${esc}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${esc}row>)`, 'g');
  const rows: { start: number; end: number; num: number }[] = [];
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = rowRe.exec(sdInner))) {
    const r = attr(`<row${m[1]}>`, 'r');
    const num = r ? Number(r) : last + 1;
    last = num;
    rows.push({ start: m.index, end: m.index + m[0].length, num });
  }
  const rowIndex = new Map(rows.map((r, i) => [r.num, i]));
  const byRow = new Map<number, CellMark[]>();
  for (const t of targets) {
    if (!t.severity) continue;
    const list = byRow.get(t.row + 1) ?? [];
    list.push(t);
    byRow.set(t.row + 1, list);
  }

  const replaced = new Map<number, string>();
  const newRows: { num: number; xml: string }[] = [];
  for (const [num, list] of byRow) {
    const i = rowIndex.get(num);
    if (i !== undefined) {
      replaced.set(i, patchRow(sdInner.slice(rows[i].start, rows[i].end), num, list, p, styles, colStyle));
    } else {
      const sorted = [...list].sort((a, b) => a.col - b.col);
      const body = sorted.map((t) => `<${p}c r="${a1(t.row, t.col)}" s="${styles.marked(colStyleOf(colStyle, t.col), t.severity!)}"/>`).join('');
      newRows.push({ num, xml: `<${p}row r="${num}">${body}</${p}row>` });
    }
  }
  if (replaced.size || newRows.length) {
    newRows.sort((a, b) => a.num - b.num);
    const pieces: string[] = [];
    let pos = 0;
    let k = 0;
    rows.forEach((r, i) => {
      while (k < newRows.length && newRows[k].num < r.num) {
        pieces.push(sdInner.slice(pos, r.start), newRows[k++].xml);
        pos = r.start;
      }
      if (replaced.has(i)) {
        pieces.push(sdInner.slice(pos, r.start), replaced.get(i)!);
        pos = r.end;
      }
    });
    pieces.push(sdInner.slice(pos));
    while (k < newRows.length) pieces.push(newRows[k++].xml);
    const newSd = `<${p}sheetData>${pieces.join('')}</${p}sheetData>`;
    xml = xml.slice(0, sdStart) + newSd + xml.slice(sdEnd);
    xml = growDimension(xml, esc, targets);
  }

  // Notes.
  const noted = targets.filter((t) => t.lines.length);
  if (noted.length) {
    vmlBlock = addNotes(pkg, types, sheet, xml, noted, vmlBlock, relBase, (x) => (xml = x));
  }
  pkg.setText(sheet.part, xml);
  return vmlBlock;
}

function colStyleOf(colStyle: { min: number; max: number; style: number }[], col: number): number {
  const c = colStyle.find((s) => col + 1 >= s.min && col + 1 <= s.max);
  return c ? c.style : 0;
}

/** One `<row>` with the marked cells' styles set (cells created where missing, in column order). */
function patchRow(rowXml: string, num: number, marks: CellMark[], p: string, styles: PatchStyles, colStyle: { min: number; max: number; style: number }[]): string {
  const esc = p.replace('.', '\\.');
  const open = /^<[^>]*>/.exec(rowXml)![0];
  const selfClosing = open.endsWith('/>');
  const inner = selfClosing ? '' : rowXml.slice(open.length, rowXml.length - `</${p}row>`.length);
  const rowStyle = /^(1|true)$/.test(attr(open, 'customFormat') ?? '') ? Number(attr(open, 's') ?? 0) || 0 : null;
  const cellRe = new RegExp(`<${esc}c\\b([^>]*?)(?:/>|>[\\s\\S]*?</${esc}c>)`, 'g');
  const cells: { col: number; xml: string; explicit: boolean }[] = [];
  let m: RegExpExecArray | null;
  let lastCol = -1;
  let pos = 0;
  const between: string[] = [];
  while ((m = cellRe.exec(inner))) {
    between.push(inner.slice(pos, m.index));
    pos = m.index + m[0].length;
    const r = attr(`<c${m[1]}>`, 'r');
    const pr = r ? parseA1(r) : null;
    const col = pr ? pr.col : lastCol + 1;
    lastCol = col;
    cells.push({ col, xml: m[0], explicit: Boolean(pr) });
  }
  const tail = inner.slice(pos);
  let maxCol = lastCol;
  for (const t of marks) {
    const i = cells.findIndex((c) => c.col === t.col);
    if (i >= 0) {
      const c = cells[i];
      const cOpen = /^<[^>]*?\/?>/.exec(c.xml)![0];
      const s = Number(attr(cOpen, 's') ?? 0) || 0;
      let newOpen = setAttr(cOpen, 's', String(styles.marked(s, t.severity!)));
      if (!c.explicit) newOpen = setAttr(newOpen, 'r', a1(num - 1, c.col));
      cells[i] = { ...c, xml: newOpen + c.xml.slice(cOpen.length), explicit: true };
    } else {
      const base = rowStyle ?? colStyleOf(colStyle, t.col);
      const xml = `<${p}c r="${a1(num - 1, t.col)}" s="${styles.marked(base, t.severity!)}"/>`;
      let at = cells.findIndex((c) => c.col > t.col);
      if (at < 0) at = cells.length;
      cells.splice(at, 0, { col: t.col, xml, explicit: true });
      between.splice(at, 0, '');
    }
    if (t.col > maxCol) maxCol = t.col;
  }
  // Cells without `r` after an inserted one would shift: give every cell its address.
  const body = cells
    .map((c, i) => {
      let x = c.xml;
      if (!c.explicit) {
        const cOpen = /^<[^>]*?\/?>/.exec(x)![0];
        x = setAttr(cOpen, 'r', a1(num - 1, c.col)) + x.slice(cOpen.length);
      }
      return (between[i] ?? '') + x;
    })
    .join('');
  let newOpen = selfClosing ? open.replace(/\s*\/>$/, '>') : open;
  const spans = attr(newOpen, 'spans');
  if (spans) {
    const [a, b] = spans.split(':').map(Number);
    const cs = marks.map((t) => t.col + 1);
    const lo = Math.min(a || 1, ...cs);
    const hi = Math.max(b || 1, ...cs);
    newOpen = setAttr(newOpen, 'spans', `${lo}:${hi}`);
  }
  return `${newOpen}${body}${tail}</${p}row>`;
}

function growDimension(xml: string, esc: string, targets: CellMark[]): string {
  const re = new RegExp(`<${esc}dimension\\b[^>]*>`);
  const m = re.exec(xml);
  if (!m) return xml;
  const ref = attr(m[0], 'ref') ?? 'A1';
  const [s, e] = ref.split(':');
  const ps = parseA1(s);
  const pe = parseA1(e ?? s);
  if (!ps || !pe) return xml;
  let { row: r0, col: c0 } = ps;
  let { row: r1, col: c1 } = pe;
  const blank = !e && r0 === 0 && c0 === 0;
  for (const t of targets) {
    if (blank && t === targets[0]) {
      r0 = r1 = t.row;
      c0 = c1 = t.col;
    }
    r0 = Math.min(r0, t.row);
    c0 = Math.min(c0, t.col);
    r1 = Math.max(r1, t.row);
    c1 = Math.max(c1, t.col);
  }
  const next = r0 === r1 && c0 === c1 ? a1(r0, c0) : `${a1(r0, c0)}:${a1(r1, c1)}`;
  if (next === ref) return xml;
  return xml.replace(m[0], setAttr(m[0], 'ref', next));
}

/** Highest VML shape-id block (o:idmap data) used in the package. */
function maxVmlBlock(pkg: Package): number {
  let max = 0;
  for (const name of pkg.order) {
    if (!/\.vml$/i.test(name)) continue;
    const t = pkg.text(name) ?? '';
    const re = /<o:idmap\b[^>]*>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) for (const n of (attr(m[0], 'data') ?? '').split(',')) max = Math.max(max, Number(n) || 0);
    const ids = /_x0000_s(\d+)/g;
    while ((m = ids.exec(t))) max = Math.max(max, Math.floor(Number(m[1]) / 1024));
  }
  return max;
}

/** Adds the notes of marked cells to the sheet's comments part and VML drawing (creating them when absent). */
function addNotes(
  pkg: Package,
  types: ContentTypes,
  sheet: SheetInfo,
  sheetXml: string,
  noted: CellMark[],
  vmlBlock: number,
  relBase: string,
  setSheetXml: (x: string) => void,
): number {
  const rels = Rels.of(pkg, sheet.part);
  const scan = topLevelChildren(sheetXml, ['sheetData']);
  const p = scan.prefix;
  const rootTag = /^<[^>]*>/.exec(sheetXml.slice(sheetXml.lastIndexOf('<', scan.rootOpenEnd - 1)))?.[0] ?? '';
  const nsDecl = /\sxmlns:([\w.-]+)\s*=\s*"([^"]*\/relationships)"/.exec(rootTag);
  const relPrefix = nsDecl ? nsDecl[1] : null;

  // Comments part.
  const commentsRel = rels.byType(REL_COMMENTS_SUFFIX)[0];
  let commentsPart = commentsRel ? resolveTarget(sheet.part, commentsRel.target) : null;
  const existingComments = commentsPart ? pkg.text(commentsPart) : undefined;
  const newForVml: { cell: string; text: string }[] = [];
  if (commentsPart && existingComments !== undefined) {
    pkg.setText(commentsPart, mergeComments(existingComments, noted, newForVml));
  } else {
    commentsPart = pkg.unusedName('xl/comments', '.xml');
    const items = noted.map((t) => ({ cell: a1(t.row, t.col), text: t.lines.join('\n'), authorId: 0 }));
    pkg.setText(commentsPart, commentsXml(items, [NOTE_AUTHOR]));
    newForVml.push(...items);
    if (!commentsRel) rels.add(`${relBase}/comments`, relativeTarget(sheet.part, commentsPart));
    types.override(commentsPart, CT_COMMENTS);
  }

  // VML drawing (the legacyDrawing of the sheet).
  const ld = scan.children.find((c) => c.name === 'legacyDrawing');
  const ldId = ld ? attrAnyPrefix(sheetXml.slice(ld.start, ld.end), 'id') : undefined;
  const vmlRel = ldId ? rels.byId(ldId) : undefined;
  const vmlPart = vmlRel ? resolveTarget(sheet.part, vmlRel.target) : null;
  const vmlText = vmlPart ? pkg.text(vmlPart) : undefined;
  if (vmlPart && vmlText !== undefined) {
    if (newForVml.length) {
      let maxId = 0;
      const ids = /_x0000_s(\d+)/g;
      let m: RegExpExecArray | null;
      while ((m = ids.exec(vmlText))) maxId = Math.max(maxId, Number(m[1]));
      if (maxId === 0) maxId = vmlBlock * 1024;
      let add = newForVml.map((n, i) => vmlShape(maxId + 1 + i, n.cell, n.text, 1000 + i)).join('');
      if (!/id\s*=\s*["']_x0000_t202["']/.test(vmlText)) add = VML_SHAPETYPE + add;
      // Some writers (openpyxl) declare the VML namespaces per element, not on <xml>: declare ours on each element.
      const root = /<xml\b[^>]*>/.exec(vmlText)?.[0] ?? '';
      if (!/xmlns:v\s*=/.test(root) || !/xmlns:o\s*=/.test(root) || !/xmlns:x\s*=/.test(root)) add = add.replace(/<(v:shape|v:shapetype)\b/g, `<$1 ${VML_NS}`);
      const at = vmlText.lastIndexOf('</xml>');
      pkg.setText(vmlPart, at >= 0 ? vmlText.slice(0, at) + add + vmlText.slice(at) : vmlText + add);
      if (maxId + newForVml.length >= (vmlBlock + 1) * 1024) vmlBlock = Math.floor((maxId + newForVml.length) / 1024) + 1;
    }
  } else {
    const part = pkg.unusedName('xl/drawings/vmlDrawing', '.vml');
    pkg.setText(part, vmlXml(newForVml, vmlBlock));
    vmlBlock += vmlBlocks(newForVml.length);
    types.addDefault('vml', CT_VML);
    const id = rels.add(`${relBase}/vmlDrawing`, relativeTarget(sheet.part, part));
    let xml = sheetXml;
    // Declared on the element itself when the root does not declare the relationships namespace.
    const el = relPrefix ? `<${p}legacyDrawing ${relPrefix}:id="${id}"/>` : `<${p}legacyDrawing xmlns:r="${relBase}" r:id="${id}"/>`;
    if (ld) {
      // A legacyDrawing whose part is missing: point it at the new drawing.
      const s2 = topLevelChildren(xml, ['sheetData']).children.find((c) => c.name === 'legacyDrawing')!;
      xml = xml.slice(0, s2.start) + el + xml.slice(s2.end);
    } else {
      const s2 = topLevelChildren(xml, ['sheetData']);
      const after = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];
      const next = s2.children.find((c) => after.includes(c.name) || (c.name === 'AlternateContent' && /<(?:[\w.-]+:)?(?:oleObjects|controls|picture)\b/.test(xml.slice(c.start, c.end))));
      const at = next ? next.start : s2.rootClose;
      xml = xml.slice(0, at) + el + xml.slice(at);
    }
    setSheetXml(xml);
  }
  rels.save(pkg);
  return vmlBlock;
}

const VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';

function attrAnyPrefix(tag: string, local: string): string | undefined {
  const m = new RegExp(`\\s[\\w.-]+:${local}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3] ?? '') : undefined;
}

/** Merges our notes into an existing comments part; cells without a comment yet are listed in `fresh`. */
function mergeComments(text: string, noted: CellMark[], fresh: { cell: string; text: string }[]): string {
  const p = /<([\w.-]+:)?comments\b/.exec(text)?.[1] ?? '';
  const esc = p.replace('.', '\\.');
  // Author.
  const authorsRe = new RegExp(`<${esc}authors\\b[^>]*?(?:/>|>([\\s\\S]*?)</${esc}authors>)`);
  const am = authorsRe.exec(text);
  const authors = am && am[1] ? (am[1].match(new RegExp(`<${esc}author\\b[^>]*>[\\s\\S]*?</${esc}author>|<${esc}author\\b[^>]*/>`, 'g')) ?? []) : [];
  let authorId = authors.findIndex((a) => unescapeXml(a.replace(/<[^>]*>/g, '')) === NOTE_AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    const el = `<${p}author>${escapeXml(NOTE_AUTHOR)}</${p}author>`;
    if (am && am[1] !== undefined) text = text.replace(am[0], am[0].replace(new RegExp(`</${esc}authors>$`), el + `</${p}authors>`));
    else if (am) text = text.replace(am[0], `<${p}authors>${el}</${p}authors>`);
    else text = text.replace(new RegExp(`(<${esc}comments\\b[^>]*>)`), `$1<${p}authors>${el}</${p}authors>`);
  }
  // Existing comments by cell.
  const commentRe = new RegExp(`<${esc}comment\\b[^>]*>[\\s\\S]*?</${esc}comment>`, 'g');
  const existing = new Map<string, string>();
  let m: RegExpExecArray | null;
  while ((m = commentRe.exec(text))) {
    const ref = attr(/^<[^>]*>/.exec(m[0])![0], 'ref');
    if (ref) existing.set(ref.toUpperCase(), m[0]);
  }
  const added: string[] = [];
  for (const t of noted) {
    const ref = a1(t.row, t.col);
    const old = existing.get(ref);
    if (old) {
      const plain = unescapeXml(old.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '').replace(/<[^>]*>/g, ''));
      const lines = t.lines.filter((l) => !plain.includes(l));
      if (!lines.length) continue;
      let merged = old;
      // A bare <t> becomes a run so that our run can follow it.
      const bare = new RegExp(`(<${esc}text\\b[^>]*>)\\s*(<${esc}t\\b[^>]*>[\\s\\S]*?</${esc}t>)`);
      if (!new RegExp(`<${esc}r\\b`).test(old) && bare.test(old)) merged = merged.replace(bare, `$1<${p}r>$2</${p}r>`);
      const run = withPrefix(commentTextXml('\n' + lines.join('\n')), p);
      merged = merged.replace(new RegExp(`</${esc}text>`), run + `</${p}text>`);
      text = text.replace(old, () => merged);
    } else {
      const body = t.lines.join('\n');
      added.push(withPrefix(`<comment ref="${ref}" authorId="${authorId}"><text>${commentTextXml(body)}</text></comment>`, p));
      fresh.push({ cell: ref, text: body });
    }
  }
  if (added.length) {
    const close = new RegExp(`</${esc}commentList>`);
    if (close.test(text)) text = text.replace(close, (e) => added.join('') + e);
    else if (new RegExp(`<${esc}commentList\\b[^>]*/>`).test(text)) text = text.replace(new RegExp(`<${esc}commentList\\b[^>]*/>`), `<${p}commentList>${added.join('')}</${p}commentList>`);
    else text = text.replace(new RegExp(`</${esc}comments>`), `<${p}commentList>${added.join('')}</${p}commentList></${p}comments>`);
  }
  return text;
}
