/**
 * What a marked copy must not carry over from an untrusted .xlsx, whose parts it otherwise keeps
 * byte for byte. Browser-safe.
 *
 * - `<!DOCTYPE …>`: OOXML forbids a document type declaration (ECMA-376 Part 2, 8.1.4 / Part 1
 *   M.1.8); Excel refuses a package with one (billion-laughs and XXE inputs). It is removed, and a
 *   reference to an entity it declared is kept as the literal text our reader shows (`&amp;name;`),
 *   never expanded.
 * - Cell text over Excel's 32 767 characters (a shared or inline string) is cut to the limit; the
 *   review says so with a finding (C-NORMALISED, see `longTextFindings`).
 * - Macros: the copy is always an .xlsx, so an .xlsm/.xltx/.xltm input's workbook content type
 *   becomes the plain one and its VBA project is dropped (Excel refuses an .xlsx that declares
 *   macros, and a review copy has no business running a unit's code).
 */
import type { WorkbookGrid } from '../../../core';
import { a1 } from '../../../core';
import type { Finding } from '../../../core';
import { MAX_CELL_TEXT } from './xlsx';
import { escapeCellText, fromUtf8, unescapeXml, utf8 } from './xml';

const DOCTYPE = utf8('<!DOCTYPE');

function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  const last = hay.length - needle.length;
  outer: for (let i = hay.indexOf(first, from); i >= 0 && i <= last; i = hay.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** True when some run of bytes between two `<` is longer than `max` (the only way a text node can be). */
function hasLongRun(b: Uint8Array, max: number): boolean {
  let prev = 0;
  for (let i = b.indexOf(0x3c); i >= 0; i = b.indexOf(0x3c, i + 1)) {
    if (i - prev > max) return true;
    prev = i;
  }
  return b.length - prev > max;
}

/**
 * Removes every `<!DOCTYPE …>` (with its internal subset) and makes references to entities other
 * than the five predefined ones literal text (`&lol;` → `&amp;lol;`).
 */
export function stripDoctype(xml: string): string {
  let out = '';
  let pos = 0;
  for (let start = xml.indexOf('<!DOCTYPE'); start >= 0; start = xml.indexOf('<!DOCTYPE', pos)) {
    out += xml.slice(pos, start);
    let i = start + 9;
    let depth = 0; // inside [ … ]
    let quote = '';
    for (; i < xml.length; i++) {
      const c = xml[i];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '<' && xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i + 4);
        i = end < 0 ? xml.length : end + 2;
      } else if (c === '[') depth++;
      else if (c === ']') depth = Math.max(0, depth - 1);
      else if (c === '>' && depth === 0) break;
    }
    pos = i + 1;
  }
  out += xml.slice(pos);
  return out.replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;');
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function cutText(s: string, max: number): string {
  if (s.length <= max) return s;
  const t = s.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(t) ? t.slice(0, -1) : t;
}

/** Shared (`<si>`) and inline (`<is>`) strings longer than `max` characters, rewritten as one cut `<t>`. */
export function cutLongStrings(xml: string, max = MAX_CELL_TEXT): { xml: string; cut: number } {
  let cut = 0;
  const text = xml.replace(/<(si|is)>([\s\S]*?)<\/\1>/g, (whole, tag: string, inner: string) => {
    if (inner.length <= max) return whole;
    // phonetic runs (<rPh>) are not part of the cell's text
    const runs = inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').match(/<t(?:\s[^>]*)?>[\s\S]*?<\/t>|<t(?:\s[^>]*)?\/>/g) ?? [];
    const value = runs.map((r) => unescapeXml(r.replace(/^<t(?:\s[^>]*)?>|<\/t>$|^<t(?:\s[^>]*)?\/>$/g, ''))).join('');
    if (value.length <= max) return whole;
    cut++;
    return `<${tag}><t xml:space="preserve">${escapeCellText(cutText(value, max))}</t></${tag}>`;
  });
  return { xml: text, cut };
}

/**
 * The entries of a package with DOCTYPEs removed and over-long strings cut. Unchanged parts are
 * the same arrays (so the zip keeps their bytes); `changed` names the parts that were rewritten.
 */
export function sanitizeParts(entries: Record<string, Uint8Array>): { entries: Record<string, Uint8Array>; changed: string[] } {
  const out: Record<string, Uint8Array> = Object.create(null);
  const changed: string[] = [];
  const vba = new Set(Object.keys(entries).filter((n) => /(^|\/)vbaProject(Signature)?\.bin$/i.test(n)));
  for (const [name, bytes] of Object.entries(entries)) {
    if (vba.has(name)) {
      changed.push(name);
      continue;
    }
    out[name] = bytes;
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    const doctype = indexOfBytes(bytes, DOCTYPE) >= 0;
    const long = /^xl\/(sharedStrings|worksheets\/)/i.test(name) && hasLongRun(bytes, MAX_CELL_TEXT);
    const types = name === '[Content_Types].xml';
    const rels = vba.size > 0 && /\.rels$/i.test(name);
    if (!doctype && !long && !types && !rels) continue;
    let xml = fromUtf8(bytes);
    const was = xml;
    if (doctype) xml = stripDoctype(xml);
    if (long) xml = cutLongStrings(xml).xml;
    if (types) xml = plainWorkbookTypes(xml);
    if (rels) xml = xml.replace(/<Relationship\b[^>]*\/vbaProject"[^>]*\/>/g, '');
    if (xml === was) continue;
    out[name] = utf8(xml);
    changed.push(name);
  }
  return { entries: out, changed };
}

/** Content types: the workbook as a plain .xlsx (no macros, not a template); no override for a VBA part. */
export function plainWorkbookTypes(xml: string): string {
  return xml
    .replace(/application\/vnd\.(ms-excel\.(sheet|template|addin)\.macroEnabled|openxmlformats-officedocument\.spreadsheetml\.template)\.main\+xml/g, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')
    .replace(/<Override\b[^>]*PartName="[^"]*vbaProject(Signature)?\.bin"[^>]*\/>/gi, '');
}

/**
 * One C-NORMALISED note for each cell whose text is longer than Excel allows: the copy we write
 * holds the first 32 767 characters.
 */
export function longTextFindings(grid: WorkbookGrid, file: string): Finding[] {
  const out: Finding[] = [];
  for (const s of grid.sheets) {
    s.cells.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (c && typeof c.v === 'string' && c.v.length > MAX_CELL_TEXT) {
          out.push({
            ruleId: 'C-NORMALISED',
            severity: 'info',
            file,
            sheet: s.name,
            cell: a1(r, col),
            message: `单元格文字有 ${c.v.length} 个字符，超过 Excel 的上限 ${MAX_CELL_TEXT}；写出的工作簿只保留前 ${MAX_CELL_TEXT} 个字符（原文件未改动）`,
            data: { length: c.v.length, limit: MAX_CELL_TEXT },
          });
        }
      }),
    );
  }
  return out;
}
