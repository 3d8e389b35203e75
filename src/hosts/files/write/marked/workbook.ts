/** workbook.xml of a marked copy: its sheets, the 审核结果 sheet put in, its defined names, opening on it. */
import { RESULT_SHEET } from '../../../../core';
import { printOf } from '../../../../core';
import { ContentTypes, Package, Rels, dirOf, relativeTarget, relsPathOf, resolveTarget, topLevelChildren } from './package';
import { CT_WORKSHEET, inlineStrings, printTitlesRef, renderSheet, safeSheetName, type OutSheet } from '../xlsx';
import { attr, escapeXml, removeAttr, setAttr } from '../xml';
import type { PatchStyles } from './styles';

const REL_STYLES = '/styles';
const REL_WORKSHEET_SUFFIX = '/worksheet';

export interface SheetInfo {
  name: string;
  part: string;
  index: number;
  /** The `<sheet …/>` element in workbook.xml. */
  tag: string;
}

export class WorkbookPart {
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
      this.pkg.delete(relsPathOf(part));
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
