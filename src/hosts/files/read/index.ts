/**
 * Reading workbook files into the core's grid (browser-safe: no fs, no Buffer).
 *
 * The format is chosen by content, not by the name: a zip package is .xlsx (our own reader,
 * xlsx.ts), an OLE container is .xls (SheetJS, loaded only then) unless it holds an encrypted
 * package, and text is CSV when the name ends .csv (or .tsv/.txt). Anything else, an empty
 * file, a corrupt or encrypted workbook throws a ReadError with a Chinese reason; an empty but
 * valid workbook gives a grid with empty sheets.
 */
import type { SheetGrid, WorkbookGrid } from '../../../core';
import { FormatError, ReadError, REASONS } from './errors';
import { LIMITS, overLimit, overLimitReason } from './limits';
import { looksLikeText, readCsv } from './csv';
import { readXlsxPackage } from './xlsx';
import { ZipPackage } from './zip';

export { ReadError } from './errors';
export type { ReadErrorKind } from './errors';

/** Reads a workbook from its bytes. `fileName` (a name or path) is kept as the grid's `file` and names the CSV sheet. */
export function readWorkbookBytes(bytes: Uint8Array, fileName: string): WorkbookGrid {
  try {
    const sheets = readSheets(bytes, fileName);
    // every workbook Excel saves has a sheet: none means a broken file, not an empty workbook
    if (sheets.length === 0) throw new FormatError('corrupt', REASONS.noSheets);
    return { file: fileName, sheets };
  } catch (e) {
    if (e instanceof ReadError) throw e;
    if (e instanceof FormatError) throw new ReadError(fileName, e.kind, e.reason);
    // V8 refusing an allocation (a string, array or map past its maximum) is a file too large to hold
    if (e instanceof RangeError) throw new ReadError(fileName, 'too-large', overLimitReason('heapMb', String(e.message).slice(0, 60)));
    // a reader tripping over malformed content is a corrupt file, not a crash
    throw new ReadError(fileName, 'corrupt', `文件已损坏或格式异常（${String((e as Error)?.message ?? e).slice(0, 80)}）`);
  }
}

function startsWith(b: Uint8Array, sig: number[]): boolean {
  if (b.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[i] !== sig[i]) return false;
  return true;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function readSheets(bytes: Uint8Array, fileName: string): SheetGrid[] {
  if (bytes.length === 0) throw new FormatError('empty', REASONS.empty);
  if (bytes.length > LIMITS.fileBytes) throw overLimit('fileBytes');
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) {
    const zip = new ZipPackage(bytes);
    if (isOds(zip)) {
      if (isEncryptedOds(zip)) throw new FormatError('encrypted', REASONS.encryptedOds);
      return legacy().readLegacyWorkbook(bytes);
    }
    return readXlsxPackage(zip);
  }
  if (startsWith(bytes, OLE)) {
    // stream names in the OLE directory are UTF-16LE, compared ignoring case (BOOK, WORKBOOK)
    if (hasUtf16(bytes, 'EncryptedPackage')) throw new FormatError('encrypted', REASONS.encrypted);
    if (hasUtf16(bytes, 'Workbook') || hasUtf16(bytes, 'Book')) return legacy().readLegacyWorkbook(bytes);
    if (hasUtf16(bytes, 'WordDocument')) throw new FormatError('not-workbook', REASONS.word);
    if (hasUtf16(bytes, 'PowerPoint Document')) throw new FormatError('not-workbook', REASONS.powerpoint);
    throw new FormatError('not-workbook', REASONS.ole);
  }
  // Excel 2–4 worksheets and workbooks are a bare BIFF stream (no OLE container): a BOF record;
  // some report generators write a BIFF5/8 stream the same way
  if (isBareBiff(bytes)) return legacy().readLegacyWorkbook(bytes);
  const other = knownBinary(bytes);
  if (other) throw new FormatError('not-workbook', other);
  const lower = fileName.toLowerCase();
  if (/\.(csv|tsv|txt)$/.test(lower)) return [readCsv(bytes, fileName)];
  if (looksLikeText(bytes)) {
    // offices' systems export HTML tables or XML Spreadsheet 2003 under an .xls name
    if (/\.xls$/.test(lower) && isMarkupSpreadsheet(bytes)) return legacy().readLegacyWorkbook(bytes);
    throw new FormatError('not-workbook', REASONS.text);
  }
  throw new FormatError('not-workbook', REASONS.unknown);
}

/** SheetJS, required only when a legacy file is read (so the .xlsx path never loads it). */
function legacy(): typeof import('./xls') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./xls') as typeof import('./xls');
}

/** An OpenDocument spreadsheet: by its `mimetype` entry, or (some writers leave that out) by its parts. */
function isOds(zip: ZipPackage): boolean {
  if (zip.has('mimetype')) {
    const m = zip.get('mimetype');
    if (m && new TextDecoder().decode(m).includes('opendocument.spreadsheet')) return true;
  }
  if (zip.has('xl/workbook.xml') || zip.has('[Content_Types].xml')) return false;
  if (!zip.has('content.xml') || !zip.has('META-INF/manifest.xml')) return false;
  const manifest = zip.get('META-INF/manifest.xml');
  return !!manifest && new TextDecoder().decode(manifest).includes('opendocument.spreadsheet');
}

/** A password-protected .ods: its manifest carries encryption data for the content. */
function isEncryptedOds(zip: ZipPackage): boolean {
  if (!zip.has('META-INF/manifest.xml')) return false;
  const manifest = zip.get('META-INF/manifest.xml');
  return !!manifest && new TextDecoder().decode(manifest).includes('encryption-data');
}

/** BOF record of BIFF2 (0x0009), BIFF3 (0x0209), BIFF4 (0x0409), BIFF5/8 (0x0809) with a worksheet/workbook type. */
function isBareBiff(b: Uint8Array): boolean {
  if (b.length < 8 || b[0] !== 0x09 || (b[1] !== 0x00 && b[1] !== 0x02 && b[1] !== 0x04 && b[1] !== 0x08)) return false;
  const len = b[2] | (b[3] << 8);
  if (len < 4 || len > 16) return false;
  // type at offset 2 of the record: 0x10 sheet, 0x20 chart, 0x40 macro, 0x100 workbook (BIFF4), 0x05 workbook globals (BIFF5/8)
  const type = b[6] | (b[7] << 8);
  return type === 0x10 || type === 0x20 || type === 0x40 || type === 0x100 || (b[1] === 0x08 && type === 0x05);
}

function hasUtf16(b: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const n = b.length - name.length * 2;
  outer: for (let i = 512; i <= n; i++) {
    if ((b[i] | 0x20) !== (first | 0x20) || b[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if ((b[i + 2 * k] | 0x20) !== (name.charCodeAt(k) | 0x20) || b[i + 2 * k + 1] !== 0) continue outer;
    }
    // directory entry names are NUL-terminated
    if (b[i + 2 * name.length] === 0 && b[i + 2 * name.length + 1] === 0) return true;
  }
  return false;
}

function knownBinary(b: Uint8Array): string | undefined {
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return REASONS.pdf; // %PDF
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47]) || startsWith(b, [0xff, 0xd8, 0xff]) || startsWith(b, [0x47, 0x49, 0x46, 0x38])) return REASONS.image;
  if (startsWith(b, [0x52, 0x61, 0x72, 0x21]) || startsWith(b, [0x37, 0x7a, 0xbc, 0xaf]) || startsWith(b, [0x1f, 0x8b])) return REASONS.archive;
  if (startsWith(b, [0x50, 0x4b])) return REASONS.corruptZip;
  return undefined;
}

function isMarkupSpreadsheet(b: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(b.subarray(0, 2048)).toLowerCase();
  return head.includes('<table') || head.includes('<html') || head.includes('urn:schemas-microsoft-com:office:spreadsheet');
}
