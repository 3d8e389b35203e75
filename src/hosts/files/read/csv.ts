/**
 * CSV text (RFC 4180): quoted fields, doubled quotes, line breaks inside quotes, CRLF / LF / CR.
 * Encoding: UTF-8 (with or without BOM), else GB18030 (a superset of GBK, which Excel for Chinese
 * Windows writes), else Windows-1252; UTF-16 (Excel's "Unicode text") and UTF-32, with a byte-order mark or without. Comma-separated unless the
 * first line is clearly tab- or semicolon-separated (more of them than commas), or Excel's `sep=;` line says otherwise.
 *
 * Every value stays a string, exactly as written (no number or date guessing): the core's value
 * normalisers read text the same way whatever host it came from, and `001` or `2023.5.8` keep
 * what the unit typed.
 */
import type { Cell, SheetGrid } from '../../../core';
import { FormatError, REASONS } from './errors';
import { Budget } from './limits';

type Unicode = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/**
 * A UTF-16 or UTF-32 text: by its byte-order mark (UTF-32's `FF FE 00 00` checked before UTF-16's
 * `FF FE`), or without one by where the zero bytes fall in the first 4 KiB (ASCII and CJK text in
 * UTF-32 has its top two bytes zero; in UTF-16 one byte of every ASCII character is zero, and
 * never the other side's). Undefined for UTF-8 / GB18030 text.
 */
export function unicodeOf(bytes: Uint8Array): { encoding: Unicode; bom: number } | undefined {
  const b = bytes;
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { encoding: 'utf-32le', bom: 4 };
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { encoding: 'utf-32be', bom: 4 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const n = Math.min(b.length, 4096) & ~3;
  if (n < 4) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (b[i] === 0) zeros[i & 3]++;
  const per = n / 4;
  const z = zeros.map((x) => x / per);
  if (z[2] > 0.9 && z[3] > 0.9 && z[0] < 0.5) return { encoding: 'utf-32le', bom: 0 };
  if (z[0] > 0.9 && z[1] > 0.9 && z[3] < 0.5) return { encoding: 'utf-32be', bom: 0 };
  const even = (z[0] + z[2]) / 2;
  const odd = (z[1] + z[3]) / 2;
  if (odd >= 0.3 && even <= 0.02) return { encoding: 'utf-16le', bom: 0 };
  if (even >= 0.3 && odd <= 0.02) return { encoding: 'utf-16be', bom: 0 };
  return undefined;
}

function decodeUtf32(b: Uint8Array, from: number, littleEndian: boolean): string {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = from; i + 4 <= b.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    chunk.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (chunk.length === 4096) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

export function decodeCsv(bytes: Uint8Array): string {
  const u = unicodeOf(bytes);
  if (u?.encoding === 'utf-32le' || u?.encoding === 'utf-32be') return decodeUtf32(bytes, u.bom, u.encoding === 'utf-32le');
  // TextDecoder drops the BOM itself
  if (u) return new TextDecoder(u.encoding).decode(bytes);
  try {
    // strips a UTF-8 BOM (ignoreBOM defaults to false)
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      // neither UTF-8 nor GBK: a Western ANSI export (Excel on a European Windows), which cannot fail
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}

/** True when the bytes look like text rather than a binary file (UTF-16/32, or no NUL and few control bytes in the first 4 KiB). */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (unicodeOf(bytes)) return true;
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control <= n / 100;
}

export function detectDelimiter(text: string): { delimiter: string; skip: number } {
  const sep = /^sep=(.)\r?\n/.exec(text.slice(0, 8));
  if (sep) return { delimiter: sep[1], skip: sep[0].length };
  let commas = 0;
  let tabs = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0, n = Math.min(text.length, 65536); i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted) {
      if (c === 10 || c === 13) break;
      if (c === 44) commas++;
      else if (c === 9) tabs++;
      else if (c === 59) semicolons++;
    }
  }
  // Excel with a European list separator writes `;`
  if (semicolons > commas && semicolons > tabs) return { delimiter: ';', skip: 0 };
  return { delimiter: tabs > commas ? '\t' : ',', skip: 0 };
}

/** Where a quoted field is never closed (0-based row and column of its opening quote). */
export interface OpenQuote {
  row: number;
  col: number;
}

/**
 * Parses CSV text into rows of strings. A quote that is never closed would take the rest of the
 * file into one field (the next projects silently gone): its opening quote is read as a plain
 * character instead, the record ends at its line end as usual, and `openQuotes` gets where it was.
 */
export function parseCsv(text: string, delimiter = ',', openQuotes: OpenQuote[] = []): string[][] {
  const rows: string[][] = [];
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let row: string[] = [];
  let i = 0;
  while (i < n) {
    let field: string;
    if (text.charCodeAt(i) === 34) {
      // quoted field: up to the closing quote; "" is a quote
      let out = '';
      let j = i + 1;
      let open = false;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          open = true;
          break;
        }
        out += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          out += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      if (open) {
        // never closed: the quote is text, the field ends where an unquoted one would
        openQuotes.push({ row: rows.length, col: row.length });
        out = '';
        j = i;
      }
      // anything between the closing quote and the delimiter is kept (lenient, as Excel does)
      let k = open ? i + 1 : j;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === d || c === 10 || c === 13) break;
        k++;
      }
      field = out + text.slice(j, k);
      i = k;
    } else {
      let k = i;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === d || c === 10 || c === 13) break;
        k++;
      }
      field = text.slice(i, k);
      i = k;
    }
    row.push(field);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      if (i >= n) row.push('');
      continue;
    }
    // end of record: CRLF, LF or CR
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    rows.push(row);
    row = [];
  }
  if (row.length) rows.push(row);
  return rows;
}

/** Excel names a CSV's only sheet after the file's stem (at most 31 characters). */
export function sheetNameFor(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return (stem || 'Sheet1').slice(0, 31);
}

export function readCsv(bytes: Uint8Array, fileName: string): SheetGrid {
  if (!looksLikeText(bytes)) throw new FormatError('not-workbook', REASONS.csvBinary);
  const text = decodeCsv(bytes);
  const { delimiter, skip } = detectDelimiter(text);
  const open: OpenQuote[] = [];
  const rows = parseCsv(skip ? text.slice(skip) : text, delimiter, open);
  const cells: (Cell | undefined)[][] = [];
  const budget = new Budget();
  for (let r = 0; r < rows.length; r++) {
    const src = rows[r];
    budget.addCells(src.length);
    let out: (Cell | undefined)[] | undefined;
    for (let c = 0; c < src.length; c++) {
      if (src[c] === '') continue;
      (out ?? (out = cells[r] = []))[c] = { v: src[c] };
    }
  }
  const grid: SheetGrid = { name: sheetNameFor(fileName), cells, merges: [] };
  if (open.length) grid.problems = open.map((q) => ({ ...q, message: `第 ${q.row + 1} 行的引号没有闭合：从这里到文件末尾无法按 CSV 读取，已把引号当作普通字符、按行读取；请检查该行（引号要成对，内容中的引号写成两个 ""）` }));
  return grid;
}
