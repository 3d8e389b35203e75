/** styles.xml of a marked copy, patched by appending: the mark of a cell is its own style with the fill and font colour replaced. */
import type { Severity } from '../../../../core';
import { MARK_COLORS } from '../../../../core';
import { ContentTypes, Package, topLevelChildren, withPrefix, type XmlChild } from './package';
import { StyleBuilder, argb } from '../xlsx';
import { attr, escapeXml, setAttr } from '../xml';
import type { WorkbookPart } from './workbook';

export class PatchStyles extends StyleBuilder {
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
