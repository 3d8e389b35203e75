/**
 * The marked copy of any workbook we could read: an Office Open XML package (.xlsx/.xlsm) is
 * patched in place (mark.ts); anything else (.ods, .xls, .et, .csv) — or a package too damaged
 * to patch — is rebuilt as a new .xlsx from the grid the review read, then marked. Browser-safe.
 */
import type { WorkbookGrid } from '../../../core';
import type { Finding } from '../../../core';
import { gridToXlsx, markWorkbookCopy, type MarkOptions } from './mark';

const CONTENT_TYPES = new TextEncoder().encode('[Content_Types].xml');

/** A zip whose entries include `[Content_Types].xml`: an OPC package (an .ods has none). */
export function isOpcPackage(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  const first = CONTENT_TYPES[0];
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - CONTENT_TYPES.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < CONTENT_TYPES.length; k++) if (bytes[i + k] !== CONTENT_TYPES[k]) continue outer;
    return true;
  }
  return false;
}

export interface MarkedCopy {
  bytes: Uint8Array;
  /** True when the copy was rebuilt from the grid (not an .xlsx input, or one that could not be patched). */
  rebuilt: boolean;
}

export function markedCopy(original: Uint8Array | undefined, grid: WorkbookGrid, findings: Finding[], opts: MarkOptions = {}): MarkedCopy {
  if (original && isOpcPackage(original)) {
    try {
      return { bytes: markWorkbookCopy(original, findings, opts), rebuilt: false };
    } catch {
      // a package the reader could read but the patcher cannot: rebuild it rather than fail the copy
    }
  }
  return { bytes: markWorkbookCopy(gridToXlsx(grid), findings, opts), rebuilt: true };
}
