/**
 * Just enough of the Open Packaging Conventions to patch an existing .xlsx in place: part names,
 * relationships, content types, and the top-level children of an XML part. Browser-safe.
 */
import { attr, escapeXml, fromUtf8, utf8 } from '../xml';

export class Package {
  /** Part bytes by their name in the zip. */
  readonly parts: Map<string, Uint8Array>;
  /** Names in the order they had in the original zip (new parts are appended). */
  readonly order: string[];
  private lower = new Map<string, string>();

  constructor(entries: Record<string, Uint8Array>) {
    this.parts = new Map(Object.entries(entries));
    this.order = Object.keys(entries);
    for (const k of this.order) this.lower.set(k.toLowerCase(), k);
  }

  /** The zip entry name of a part (OPC part names compare case-insensitively). */
  find(name: string): string | undefined {
    return this.lower.get(name.replace(/^\//, '').toLowerCase());
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  text(name: string): string | undefined {
    const k = this.find(name);
    return k === undefined ? undefined : fromUtf8(this.parts.get(k)!);
  }

  setText(name: string, text: string): void {
    this.set(name, utf8(text));
  }

  set(name: string, bytes: Uint8Array): void {
    const existing = this.find(name);
    const key = existing ?? name.replace(/^\//, '');
    if (existing === undefined) {
      this.order.push(key);
      this.lower.set(key.toLowerCase(), key);
    }
    this.parts.set(key, bytes);
  }

  delete(name: string): void {
    const k = this.find(name);
    if (k === undefined) return;
    this.parts.delete(k);
    this.lower.delete(k.toLowerCase());
    const i = this.order.indexOf(k);
    if (i >= 0) this.order.splice(i, 1);
  }

  /** A part name `prefix{N}suffix` not yet used (N from 1). */
  unusedName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) if (!this.has(`${prefix}${n}${suffix}`)) return `${prefix}${n}${suffix}`;
  }
}

/** Folder of a part name (`xl/worksheets/sheet1.xml` → `xl/worksheets`). */
export function dirOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i);
}

/** The relationships part of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
export function relsPathOf(part: string): string {
  const d = dirOf(part);
  const f = part.slice(d.length ? d.length + 1 : 0);
  return `${d ? d + '/' : ''}_rels/${f}.rels`;
}

/** Resolves a relationship target against the source part's folder into a part name. */
export function resolveTarget(sourcePart: string, target: string): string {
  const raw = decodeURI(target);
  const parts = raw.startsWith('/') ? [] : dirOf(sourcePart).split('/').filter(Boolean);
  for (const seg of raw.replace(/^\//, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** A relative target from the source part's folder to a part. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = dirOf(sourcePart).split('/').filter(Boolean);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return '../'.repeat(from.length - i) + to.slice(i).join('/');
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** A relationships part, patched by appending (existing entries are kept byte for byte). */
export class Rels {
  readonly list: Relationship[] = [];
  private added: string[] = [];
  private constructor(
    readonly path: string,
    private original: string | undefined,
  ) {
    if (original) {
      const re = /<(?:[\w.-]+:)?Relationship\b[^>]*>/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(original))) {
        this.list.push({
          id: attr(m[0], 'Id') ?? '',
          type: attr(m[0], 'Type') ?? '',
          target: attr(m[0], 'Target') ?? '',
          external: (attr(m[0], 'TargetMode') ?? '').toLowerCase() === 'external',
        });
      }
    }
  }

  static of(pkg: Package, sourcePart: string): Rels {
    const p = relsPathOf(sourcePart);
    return new Rels(p, pkg.text(p));
  }

  byId(id: string): Relationship | undefined {
    return this.list.find((r) => r.id === id);
  }

  byType(typeSuffix: string): Relationship[] {
    return this.list.filter((r) => r.type.endsWith(typeSuffix));
  }

  /** Adds a relationship and returns its new unique Id. */
  add(type: string, target: string): string {
    let n = this.list.length + 1;
    let id = `rIdPx${n}`;
    while (this.list.some((r) => r.id === id)) id = `rIdPx${++n}`;
    this.list.push({ id, type, target, external: false });
    this.added.push(`<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`);
    return id;
  }

  get changed(): boolean {
    return this.added.length > 0;
  }

  save(pkg: Package): void {
    if (!this.added.length) return;
    if (this.original && /<\/(?:[\w.-]+:)?Relationships>/.test(this.original)) {
      const m = /<\/((?:[\w.-]+:)?)Relationships>\s*$/.exec(this.original);
      const prefix = m ? m[1] : '';
      const add = prefix ? this.added.map((x) => x.replace(/^<Relationship/, `<${prefix}Relationship`)).join('') : this.added.join('');
      pkg.setText(this.path, this.original.replace(/<\/((?:[\w.-]+:)?)Relationships>\s*$/, (e) => add + e));
    } else if (this.original && /<(?:[\w.-]+:)?Relationships\b[^>]*\/>/.test(this.original)) {
      pkg.setText(this.path, this.original.replace(/<((?:[\w.-]+:)?Relationships\b[^>]*)\/>/, (_m, open: string) => `<${open}>${this.added.join('')}</${open.split(/\s/)[0]}>`));
    } else {
      pkg.setText(
        this.path,
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          this.added.join('') +
          '</Relationships>',
      );
    }
  }
}

/** Content types: adds Defaults and Overrides that are missing. */
export class ContentTypes {
  private text: string;
  constructor(private pkg: Package) {
    const t = pkg.text('[Content_Types].xml');
    if (t === undefined) throw new Error('不是有效的 .xlsx 文件：缺少 [Content_Types].xml');
    this.text = t;
  }

  private prefix(): string {
    const m = /<((?:[\w.-]+:)?)Types\b/.exec(this.text);
    return m ? m[1] : '';
  }

  hasDefault(ext: string): boolean {
    const re = /<(?:[\w.-]+:)?Default\b[^>]*>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text))) if ((attr(m[0], 'Extension') ?? '').toLowerCase() === ext.toLowerCase()) return true;
    return false;
  }

  addDefault(ext: string, type: string): void {
    if (this.hasDefault(ext)) return;
    this.insert(`<${this.prefix()}Default Extension="${escapeXml(ext)}" ContentType="${escapeXml(type)}"/>`, true);
  }

  override(part: string, type: string): void {
    const name = '/' + part.replace(/^\//, '');
    const re = /<(?:[\w.-]+:)?Override\b[^>]*>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text))) {
      if ((attr(m[0], 'PartName') ?? '').toLowerCase() === name.toLowerCase()) {
        if (attr(m[0], 'ContentType') === type) return;
        const old = m[0];
        this.text = this.text.replace(old, `<${this.prefix()}Override PartName="${escapeXml(name)}" ContentType="${escapeXml(type)}"/>`);
        return;
      }
    }
    this.insert(`<${this.prefix()}Override PartName="${escapeXml(name)}" ContentType="${escapeXml(type)}"/>`, false);
  }

  private insert(xml: string, first: boolean): void {
    if (first) {
      const m = /<(?:[\w.-]+:)?Types\b[^>]*>/.exec(this.text)!;
      this.text = this.text.slice(0, m.index + m[0].length) + xml + this.text.slice(m.index + m[0].length);
    } else {
      this.text = this.text.replace(/<\/((?:[\w.-]+:)?)Types>\s*$/, (e) => xml + e);
    }
    this.changed = true;
  }

  changed = false;

  save(): void {
    if (this.changed) this.pkg.setText('[Content_Types].xml', this.text);
  }
}

export interface XmlChild {
  /** Local name (no prefix). */
  name: string;
  start: number;
  end: number;
}

/**
 * The root element's children (local name and [start, end) positions) of an XML text, found by
 * scanning tags with a depth count. `skip` names children whose content is jumped over without
 * scanning (sheetData, which can be large).
 */
export function topLevelChildren(xml: string, skip: string[] = []): { prefix: string; rootOpenEnd: number; rootClose: number; children: XmlChild[] } {
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([\w.-]+:)?([\w.-]+)(?:\s[^>]*?)?(\/?)>/g;
  let depth = 0;
  let prefix = '';
  let rootOpenEnd = -1;
  let rootClose = xml.length;
  const children: XmlChild[] = [];
  let current: XmlChild | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    if (m[3] === undefined) continue;
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    if (closing) {
      depth--;
      if (depth === 1 && current) {
        current.end = m.index + m[0].length;
        children.push(current);
        current = null;
      } else if (depth === 0) {
        rootClose = m.index;
        break;
      }
      continue;
    }
    if (depth === 0) {
      prefix = m[2] ?? '';
      rootOpenEnd = m.index + m[0].length;
      depth = 1;
      continue;
    }
    if (depth === 1) {
      const child = { name: m[3], start: m.index, end: m.index + m[0].length };
      if (selfClosing) {
        children.push(child);
        continue;
      }
      current = child;
      if (skip.includes(m[3])) {
        const close = `</${m[2] ?? ''}${m[3]}>`;
        const at = xml.indexOf(close, re.lastIndex);
        if (at < 0) throw new Error(`XML 不完整：缺少 ${close}`);
        current.end = at + close.length;
        children.push(current);
        current = null;
        re.lastIndex = at + close.length;
        continue;
      }
    }
    if (!selfClosing) depth++;
  }
  return { prefix, rootOpenEnd, rootClose, children };
}

/** Adds `prefix` to every element name of a generated XML fragment (for parts that use `x:` prefixes). */
export function withPrefix(xml: string, prefix: string): string {
  return prefix ? xml.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`) : xml;
}
