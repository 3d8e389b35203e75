/**
 * A small hand-written XML scanner for OOXML parts: no DOM, no regex over whole documents.
 * Positions are indices into the decoded part; tags are found with indexOf and read with
 * charCodeAt, so a part is walked once. Namespace prefixes (`x:c`) are ignored: only local
 * names are compared, as every OOXML writer binds the same namespaces with its own prefixes.
 */

const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QMARK = 63;
const COLON = 58;
const DQ = 34;
const SQ = 39;
const EQ = 61;

/** One start, end or empty tag. `localStart..nameEnd` is the local name; attributes sit in `nameEnd..end`. */
export interface Tag {
  /** Index of `<`. */
  start: number;
  /** Index just past `>`. */
  end: number;
  localStart: number;
  nameEnd: number;
  /** `</x>` */
  closing: boolean;
  /** `<x/>` */
  selfClosing: boolean;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === GT || c === SLASH || c === 9 || c === 10 || c === 13;
}

/**
 * Reads the next element tag at or after `pos` into `tag` (reused to avoid allocation);
 * skips comments, processing instructions, CDATA and declarations. False at the end.
 */
export function nextTag(s: string, pos: number, tag: Tag): boolean {
  for (;;) {
    const lt = s.indexOf('<', pos);
    if (lt === -1) return false;
    const c1 = s.charCodeAt(lt + 1);
    if (c1 === BANG || c1 === QMARK) {
      let close: number;
      if (s.startsWith('!--', lt + 1)) close = s.indexOf('-->', lt + 4) + 3;
      else if (s.startsWith('![CDATA[', lt + 1)) close = s.indexOf(']]>', lt + 9) + 3;
      else close = s.indexOf('>', lt + 2) + 1;
      if (close <= 0) return false;
      pos = close;
      continue;
    }
    const closing = c1 === SLASH;
    let j = closing ? lt + 2 : lt + 1;
    if (closing) {
      const gt = s.indexOf('>', j);
      if (gt === -1) return false;
      let ls = j;
      for (let k = j; k < gt; k++) if (s.charCodeAt(k) === COLON) ls = k + 1;
      let ne = gt;
      while (ne > ls && s.charCodeAt(ne - 1) <= 32) ne--;
      tag.start = lt;
      tag.end = gt + 1;
      tag.localStart = ls;
      tag.nameEnd = ne;
      tag.closing = true;
      tag.selfClosing = false;
      return true;
    }
    let localStart = j;
    const n = s.length;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (isNameEnd(c)) break;
      if (c === COLON) localStart = j + 1;
      j++;
    }
    const nameEnd = j;
    // find '>' outside quoted attribute values
    let quote = 0;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === DQ || c === SQ) quote = c;
      else if (c === GT) break;
      j++;
    }
    if (j >= n) return false;
    tag.start = lt;
    tag.end = j + 1;
    tag.localStart = localStart;
    tag.nameEnd = nameEnd;
    tag.closing = closing;
    tag.selfClosing = !closing && s.charCodeAt(j - 1) === SLASH;
    return true;
  }
}

export function newTag(): Tag {
  return { start: 0, end: 0, localStart: 0, nameEnd: 0, closing: false, selfClosing: false };
}

/** True when the tag's local name is `name`. */
export function isName(s: string, tag: Tag, name: string): boolean {
  return tag.nameEnd - tag.localStart === name.length && s.startsWith(name, tag.localStart);
}

/**
 * Walks the attributes of the tag, calling `fn` with the indices of each one's name (`nameStart`,
 * its local part from `localStart`, prefix dropped, to `nameEnd`) and raw value (`vs..ve`, not yet
 * entity-decoded). Walks the attributes properly, so a value that contains `x="` cannot be mistaken.
 */
function scanAttrs(s: string, tag: Tag, fn: (nameStart: number, localStart: number, nameEnd: number, vs: number, ve: number) => void): void {
  let j = tag.nameEnd;
  const end = tag.end - 1;
  while (j < end) {
    let c = s.charCodeAt(j);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH) {
      j++;
      continue;
    }
    const nameStart = j;
    let localStart = j;
    while (j < end) {
      c = s.charCodeAt(j);
      if (c === EQ || c === 32 || c === 9 || c === 10 || c === 13) break;
      if (c === COLON) localStart = j + 1;
      j++;
    }
    const nameEnd = j;
    while (j < end && s.charCodeAt(j) !== EQ) j++;
    j++;
    while (j < end && (c = s.charCodeAt(j)) !== DQ && c !== SQ) j++;
    if (j >= end) return;
    const q = s.charCodeAt(j);
    const vs = j + 1;
    const ve = s.indexOf(q === DQ ? '"' : "'", vs);
    if (ve === -1 || ve > end) return;
    fn(nameStart, localStart, nameEnd, vs, ve);
    j = ve + 1;
  }
}

/** Calls `fn(localName, rawValue, qualifiedName)` for each attribute of the tag (value not yet entity-decoded). */
export function eachAttr(s: string, tag: Tag, fn: (name: string, value: string, qualified: string) => void): void {
  scanAttrs(s, tag, (nameStart, localStart, nameEnd, vs, ve) => fn(s.slice(localStart, nameEnd), s.slice(vs, ve), s.slice(nameStart, nameEnd)));
}

/** All attributes by local name, entity-decoded (for the few tags outside the hot path). */
export function attrs(s: string, tag: Tag): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  eachAttr(s, tag, (name, value) => {
    out[name] = decodeXml(value);
  });
  return out;
}

/** attrValues' value spans (start, end) by name (module state: one tag is read at a time, synchronously). */
const spans: number[] = [];

/**
 * The values of the attributes `names` (local names) of the tag into `out` (same order), entity-
 * decoded, undefined where absent; where a name repeats the last one counts, as in attrs. What the
 * parts read once per file (relationships, workbook, styles) need, without attrs' object and a slice
 * of every name and value.
 */
export function attrValues(s: string, tag: Tag, names: readonly string[], out: (string | undefined)[]): void {
  const at = spans;
  for (let k = 0; k < names.length; k++) {
    out[k] = undefined;
    at[2 * k] = -1;
  }
  scanAttrs(s, tag, (_nameStart, localStart, nameEnd, vs, ve) => {
    const len = nameEnd - localStart;
    for (let k = 0; k < names.length; k++) {
      if (names[k].length === len && s.startsWith(names[k], localStart)) {
        at[2 * k] = vs;
        at[2 * k + 1] = ve;
      }
    }
  });
  for (let k = 0; k < names.length; k++) if (at[2 * k] !== -1) out[k] = decodeXml(s.slice(at[2 * k], at[2 * k + 1]));
}

let buf = new Uint16Array(1024);

/**
 * Decodes the five XML entities and numeric character references; returns `t` itself when it has
 * none. Written as one pass into a UTF-16 buffer: some writers (openpyxl's inline strings) encode
 * every CJK character as `&#NNNNN;`, so this is the hot path of such files.
 */
export function decodeXml(t: string): string {
  const first = t.indexOf('&');
  if (first === -1) return t;
  const n = t.length;
  if (buf.length < n) buf = new Uint16Array(n * 2);
  const b = buf;
  let len = 0;
  for (let i = 0; i < first; i++) b[len++] = t.charCodeAt(i);
  let i = first;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (c !== 38 /* & */) {
      b[len++] = c;
      i++;
      continue;
    }
    const c1 = t.charCodeAt(i + 1);
    let code = -1;
    let j = i + 1;
    if (c1 === 35 /* # */) {
      j = i + 2;
      let v = 0;
      let digits = 0;
      if (t.charCodeAt(j) === 120 || t.charCodeAt(j) === 88) {
        j++;
        for (;;) {
          const d = t.charCodeAt(j);
          const h = d >= 48 && d <= 57 ? d - 48 : d >= 97 && d <= 102 ? d - 87 : d >= 65 && d <= 70 ? d - 55 : -1;
          if (h < 0) break;
          v = v * 16 + h;
          digits++;
          j++;
        }
      } else {
        for (;;) {
          const d = t.charCodeAt(j);
          // written so that NaN (past the end: a text ending in `&#` or `&#65`) stops the loop too
          if (!(d >= 48 && d <= 57)) break;
          v = v * 10 + (d - 48);
          digits++;
          j++;
        }
      }
      if (digits > 0 && digits <= 7 && t.charCodeAt(j) === 59 && v <= 0x10ffff) code = v;
    } else {
      // &amp; &lt; &gt; &quot; &apos;
      if (t.startsWith('amp;', i + 1)) {
        code = 38;
        j = i + 4;
      } else if (t.startsWith('lt;', i + 1)) {
        code = 60;
        j = i + 3;
      } else if (t.startsWith('gt;', i + 1)) {
        code = 62;
        j = i + 3;
      } else if (t.startsWith('quot;', i + 1)) {
        code = 34;
        j = i + 5;
      } else if (t.startsWith('apos;', i + 1)) {
        code = 39;
        j = i + 5;
      }
    }
    if (code < 0) {
      // not an entity: keep the ampersand as written
      b[len++] = c;
      i++;
      continue;
    }
    if (code > 0xffff) {
      code -= 0x10000;
      b[len++] = 0xd800 + (code >> 10);
      b[len++] = 0xdc00 + (code & 0x3ff);
    } else b[len++] = code;
    i = j + 1;
  }
  return fromCodes(b, len);
}

function fromCodes(b: Uint16Array, len: number): string {
  if (len <= 4096) return String.fromCharCode.apply(null, b.subarray(0, len) as unknown as number[]);
  let out = '';
  for (let k = 0; k < len; k += 4096) out += String.fromCharCode.apply(null, b.subarray(k, Math.min(len, k + 4096)) as unknown as number[]);
  return out;
}

const textCache = new Map<string, string>();

/**
 * decodeXml + decodeOoxmlEscapes for cell text, remembered across parts and files: returned
 * workbooks repeat the same labels (上午, 课堂学习, 合计 …) thousands of times, and some writers
 * spell every CJK character as a character reference, so a lookup beats decoding again.
 */
export function decodeText(raw: string): string {
  if (raw.indexOf('&') === -1 && raw.indexOf('_x') === -1 && raw.indexOf('\r') === -1) return raw;
  let d = textCache.get(raw);
  if (d === undefined) {
    d = decodeOoxmlEscapes(decodeXml(normaliseLineEnds(raw)));
    if (textCache.size >= 20000) textCache.clear();
    // `raw` is a slice of the whole part: kept as a key it would keep that part's text alive (V8
    // slices point into their parent), so the key is a copy. Reading 500 unit files left 19 MiB
    // of heap behind with the slices as keys, 5 MiB with copies.
    if (raw.length <= 256) textCache.set(ownCopy(raw), d);
  }
  return d;
}

/**
 * XML's end-of-line handling (XML 1.0 §2.11): a literal CR LF or lone CR in the text is read as LF.
 * Done before references are decoded, so `&#13;` and `_x000D_` still give a CR (Excel's
 * `_x000D_` + CR LF is then `\r\n`, as Excel shows it, not `\r\r\n`).
 */
export function normaliseLineEnds(raw: string): string {
  return raw.indexOf('\r') === -1 ? raw : raw.replace(/\r\n?/g, '\n');
}

/**
 * The raw (not yet decoded) character data of an element from `pos` (just past its start tag) to
 * its end tag: `end` is the index of that tag's `<`, -1 when the part ends first. Comments inside
 * are dropped and CDATA sections kept as escaped text, so the usual decoding reads them literally.
 */
export function rawText(s: string, pos: number): { raw: string; end: number } {
  const lt = s.indexOf('<', pos);
  if (lt === -1) return { raw: '', end: -1 };
  const c1 = s.charCodeAt(lt + 1);
  if (c1 !== BANG) return { raw: s.slice(pos, lt), end: lt };
  let raw = s.slice(pos, lt);
  let at = lt;
  for (;;) {
    if (s.startsWith('<!--', at)) {
      const close = s.indexOf('-->', at + 4);
      if (close === -1) return { raw, end: -1 };
      at = close + 3;
    } else if (s.startsWith('<![CDATA[', at)) {
      const close = s.indexOf(']]>', at + 9);
      if (close === -1) return { raw, end: -1 };
      raw += s.slice(at + 9, close).replace(/&/g, '&amp;').replace(/</g, '&lt;');
      at = close + 3;
    } else return { raw, end: at };
    const next = s.indexOf('<', at);
    if (next === -1) return { raw, end: -1 };
    raw += s.slice(at, next);
    at = next;
  }
}

/** A string with the same text that does not share its parent's storage (V8 flattens the concatenation). */
export function ownCopy(t: string): string {
  return (' ' + t).slice(1);
}

/**
 * OOXML escapes characters XML cannot carry as `_xHHHH_` (Excel writes `_x000D_` for a carriage
 * return) and a literal `_x` as `_x005F_x`. Returns `t` itself when it has none.
 */
export function decodeOoxmlEscapes(t: string): string {
  if (t.indexOf('_x') === -1) return t;
  return t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Index just past the end of the element whose start tag is `open` (its matching close, same local name). */
export function skipElement(s: string, open: Tag, tag: Tag): number {
  if (open.selfClosing) return open.end;
  const name = s.slice(open.localStart, open.nameEnd);
  let depth = 1;
  let pos = open.end;
  while (nextTag(s, pos, tag)) {
    pos = tag.end;
    if (!isName(s, tag, name)) continue;
    if (tag.closing) {
      if (--depth === 0) return pos;
    } else if (!tag.selfClosing) depth++;
  }
  return s.length;
}

/**
 * Index just past the end of an element that never contains an element of its own name (fonts,
 * cols, sheetViews …): one indexOf for its closing tag instead of walking every tag inside.
 */
export function skipFlat(s: string, open: Tag): number {
  if (open.selfClosing) return open.end;
  const close = `</${s.slice(open.start + 1, open.nameEnd)}>`;
  const at = s.indexOf(close, open.end);
  return at === -1 ? s.length : at + close.length;
}

/**
 * Decodes a part's bytes: UTF-8 unless it starts with a UTF-16 byte-order mark or, without one,
 * with `<` in UTF-16 (`00 3C` / `3C 00`: XML 1.0 appendix F; some writers save parts that way).
 */
export function decodePart(bytes: Uint8Array): string {
  if (bytes.length >= 2) {
    const b0 = bytes[0];
    const b1 = bytes[1];
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0x00)) return new TextDecoder('utf-16le').decode(bytes);
    if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0x00 && b1 === 0x3c)) return new TextDecoder('utf-16be').decode(bytes);
  }
  return utf8Decoder().decode(bytes);
}

let utf8: TextDecoder | undefined;
/**
 * One UTF-8 decoder, made at its first use rather than when the module loads: a decoder holds a
 * native handle, which a V8 start-up snapshot of the merge's child (merge/childSnapshot) cannot hold.
 */
export function utf8Decoder(): TextDecoder {
  return (utf8 ??= new TextDecoder('utf-8'));
}

