/** The styles part: cell styles (fonts, fills, borders, alignment, number formats) as cellXfs indexes, for a new styles part or a patched one. */
import type { CellStyle } from '../../../core';
import { DEFAULT_DATE_FORMAT, NS_MAIN, XML_DECL } from './ooxml';
import { escapeXml } from './xml';
/** Whatever turns a CellStyle into a cellXfs index (a new styles part, or a patched one). */
export interface StyleRegistry {
  xf(style: CellStyle | undefined, isDate: boolean): number;
}

/** Excel's built-in number formats by code (a Map: codes come from input files, e.g. `constructor`). */
const BUILTIN_NUMFMT = new Map<string, number>([
  ['General', 0],
  ['0', 1],
  ['0.00', 2],
  ['#,##0', 3],
  ['#,##0.00', 4],
  ['0%', 9],
  ['0.00%', 10],
  ['0.00E+00', 11],
  ['@', 49],
]);

export function argb(color: string): string {
  const c = color.replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{6}$/.test(c)) return 'FF' + c;
  if (/^[0-9A-F]{8}$/.test(c)) return c;
  throw new Error(`颜色应为 RRGGBB 形式，收到 “${color}”`);
}

export function fontXml(s: CellStyle, fontName = '宋体'): string {
  return (
    '<font>' +
    (s.bold ? '<b/>' : '') +
    (s.italic ? '<i/>' : '') +
    `<sz val="${s.size ?? 11}"/>` +
    (s.color ? `<color rgb="${argb(s.color)}"/>` : '') +
    `<name val="${escapeXml(fontName)}"/><family val="3"/><charset val="134"/></font>`
  );
}

export function fillXml(color: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(color)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

export const THIN_BORDER_XML =
  '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>';

export function alignmentXml(s: CellStyle): string {
  if (!s.wrap && !s.align && !s.valign) return '';
  let a = '<alignment';
  if (s.align) a += ` horizontal="${s.align}"`;
  if (s.valign) a += ` vertical="${s.valign}"`;
  if (s.wrap) a += ' wrapText="1"';
  return a + '/>';
}

function styleKey(s: CellStyle | undefined, isDate: boolean): string {
  if (!s && !isDate) return '';
  const v = s ?? {};
  const fmt = v.numFmt ?? (isDate ? DEFAULT_DATE_FORMAT : '');
  return [v.bold ? 1 : 0, v.italic ? 1 : 0, v.size ?? '', v.fill ? argb(v.fill) : '', v.color ? argb(v.color) : '', v.wrap ? 1 : 0, v.align ?? '', v.valign ?? '', fmt, v.border ? 1 : 0].join('|');
}

/**
 * Collects parts of a style (fonts, fills, borders, number formats) and cell formats, deduplicated.
 * Subclasses decide where the first entries come from (new styles part, or an existing one).
 */
export abstract class StyleBuilder implements StyleRegistry {
  protected xfByKey = new Map<string, number>();
  /** Cache by style object (callers reuse one object for many cells): [plain, as date]. */
  private byObject = new WeakMap<CellStyle, [number | undefined, number | undefined]>();
  private dateOnly: number | undefined;
  protected fontIds = new Map<string, number>();
  protected fillIds = new Map<string, number>();
  protected numFmtIds = new Map<string, number>();
  protected borderId: number | null = null;

  xf(style: CellStyle | undefined, isDate: boolean): number {
    if (!style) {
      if (!isDate) return 0;
      return (this.dateOnly ??= this.xfByKeyOf(undefined, true));
    }
    let hit = this.byObject.get(style);
    if (!hit) this.byObject.set(style, (hit = [undefined, undefined]));
    const i = isDate ? 1 : 0;
    return (hit[i] ??= this.xfByKeyOf(style, isDate));
  }

  private xfByKeyOf(style: CellStyle | undefined, isDate: boolean): number {
    const key = styleKey(style, isDate);
    if (key === '') return 0;
    const hit = this.xfByKey.get(key);
    if (hit !== undefined) return hit;
    const s = style ?? {};
    const fmt = s.numFmt ?? (isDate ? DEFAULT_DATE_FORMAT : undefined);
    const numFmtId = fmt ? this.numFmt(fmt) : 0;
    const fontId = s.bold || s.italic || s.size || s.color ? this.font(fontXml(s, this.fontName())) : 0;
    const fillId = s.fill ? this.fill(fillXml(s.fill)) : 0;
    const borderId = s.border ? this.border() : 0;
    const align = alignmentXml(s);
    let x = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) x += ' applyNumberFormat="1"';
    if (fontId) x += ' applyFont="1"';
    if (fillId) x += ' applyFill="1"';
    if (borderId) x += ' applyBorder="1"';
    x += align ? ` applyAlignment="1">${align}</xf>` : '/>';
    const id = this.addXf(x);
    this.xfByKey.set(key, id);
    return id;
  }

  private numFmt(code: string): number {
    const builtin = BUILTIN_NUMFMT.get(code);
    if (builtin !== undefined) return builtin;
    let id = this.numFmtIds.get(code);
    if (id === undefined) {
      id = this.addNumFmt(code);
      this.numFmtIds.set(code, id);
    }
    return id;
  }

  private font(xml: string): number {
    let id = this.fontIds.get(xml);
    if (id === undefined) {
      id = this.addFont(xml);
      this.fontIds.set(xml, id);
    }
    return id;
  }

  private fill(xml: string): number {
    let id = this.fillIds.get(xml);
    if (id === undefined) {
      id = this.addFill(xml);
      this.fillIds.set(xml, id);
    }
    return id;
  }

  private border(): number {
    if (this.borderId === null) this.borderId = this.addBorder(THIN_BORDER_XML);
    return this.borderId;
  }

  protected fontName(): string {
    return '宋体';
  }
  protected abstract addNumFmt(code: string): number;
  protected abstract addFont(xml: string): number;
  protected abstract addFill(xml: string): number;
  protected abstract addBorder(xml: string): number;
  protected abstract addXf(xml: string): number;
}

/** The styles part of a new workbook. */
export class NewStyles extends StyleBuilder {
  private numFmts: string[] = [];
  private fonts = [fontXml({})];
  private fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];

  protected addNumFmt(code: string): number {
    const id = 164 + this.numFmts.length;
    this.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }
  protected addFont(xml: string): number {
    return this.fonts.push(xml) - 1;
  }
  protected addFill(xml: string): number {
    return this.fills.push(xml) - 1;
  }
  protected addBorder(xml: string): number {
    return this.borders.push(xml) - 1;
  }
  protected addXf(xml: string): number {
    return this.xfs.push(xml) - 1;
  }

  toXml(): string {
    return (
      XML_DECL +
      `<styleSheet xmlns="${NS_MAIN}">` +
      (this.numFmts.length ? `<numFmts count="${this.numFmts.length}">${this.numFmts.join('')}</numFmts>` : '') +
      `<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join('')}</fills>` +
      `<borders count="${this.borders.length}">${this.borders.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}

