/**
 * XML text helpers shared by the writer and the marker. Browser-safe (no Node APIs).
 */

/** Characters XML 1.0 does not allow (C0 controls except tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
const ILLEGAL_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Anything that may need stripping or escaping; most text has none of it (fast path). */
const NEEDS_WORK = /[&<>"'_\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ILLEGAL_TEST = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Removes characters that are illegal in XML 1.0 (text from untrusted files may carry them). */
export function stripIllegalXml(s: string): string {
  return ILLEGAL_TEST.test(s) ? s.replace(ILLEGAL_XML, '') : s;
}

function escapeChar(c: string): string {
  return c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;';
}

/** Escapes text for an XML attribute or element, after stripping illegal characters. */
export function escapeXml(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return stripIllegalXml(s).replace(/[&<>"']/g, escapeChar);
}

/**
 * Text for a cell string (`<t>`): escaped, and a literal `_xHHHH_` is protected as `_x005F_xHHHH_`
 * (OOXML readers decode `_xHHHH_` as a character otherwise).
 */
export function escapeCellText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return escapeXml(s).replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/** `<t>` element with xml:space="preserve" when leading/trailing white space must survive. */
export function tElement(text: string, tag = 't'): string {
  const body = escapeCellText(text);
  return /^\s|\s$/.test(text) ? `<${tag} xml:space="preserve">${body}</${tag}>` : `<${tag}>${body}</${tag}>`;
}

/** Decodes the five predefined entities and numeric character references. */
export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** Reads one attribute from an element's start tag text (`<c r="A1" s="3">`); undefined when absent. */
const ATTR_RE = new Map<string, RegExp>();
export function attr(tag: string, name: string): string | undefined {
  let re = ATTR_RE.get(name);
  if (!re) ATTR_RE.set(name, (re = new RegExp(`\\s${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  if (!m) return undefined;
  return unescapeXml(m[2] ?? m[3] ?? '');
}

/** Sets (or adds) an attribute in a start tag text; `value` is escaped. */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const v = `"${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_m, pre: string) => `${pre}${v}`);
  return tag.replace(/^(<[^\s/>]+)/, `$1 ${name}=${v}`);
}

/** Removes an attribute from a start tag text. */
export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`), '');
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8');

export function utf8(s: string): Uint8Array {
  return enc.encode(s);
}

export function fromUtf8(b: Uint8Array): string {
  return dec.decode(b);
}
