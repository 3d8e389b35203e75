/**
 * Legacy formats through SheetJS (@e965/xlsx 0.20.3, the fixed release republished on npm):
 * BIFF8 .xls, and what offices save as ".xls" that is really HTML or XML Spreadsheet 2003, and .ods.
 * Loaded only when such a file appears (index.ts requires this module lazily), so the .xlsx path
 * never needs SheetJS. Its sheet objects are converted to our grid the same way xlsx.ts reads:
 * values, error codes, number formats (dates by our own rule), merged areas, hidden sheets.
 */
import * as XLSX from '@e965/xlsx';
import { newGridRow, type Cell, type MergeArea, type SheetGrid } from '../../../core';
import { FormatError, REASONS } from './errors';
import { Budget } from './limits';
import { dateKind } from './numfmt';
import { DAYS_1904 } from './xlsx';

/** BIFF error codes (MS-XLS 2.5.97.2). */
const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

export function readLegacyWorkbook(bytes: Uint8Array): SheetGrid[] {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellText: false, cellDates: false, cellHTML: false, cellStyles: false });
  } catch (e) {
    const msg = String((e as Error)?.message ?? e);
    if (/password|encrypt/i.test(msg)) throw new FormatError('encrypted', REASONS.encrypted);
    throw new FormatError('corrupt', `文件已损坏或不是可读的 .xls/.ods 工作簿（${msg.slice(0, 80)}）`);
  }
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  const props = wb.Workbook?.Sheets ?? [];
  const out: SheetGrid[] = [];
  const budget = new Budget();
  wb.SheetNames.forEach((name, i) => {
    const ws = wb.Sheets[name] as XLSX.WorkSheet | undefined;
    // chart sheets (SheetJS gives their series cache as cells), Excel 4 macro and dialog sheets hold
    // no table: skipped, as the .xlsx reader skips them
    if (!ws || (ws['!type'] !== undefined && ws['!type'] !== 'sheet')) return;
    const grid = convertSheet(ws, name, date1904, budget);
    if (props[i]?.Hidden) grid.hidden = true;
    out.push(grid);
  });
  return out;
}

function convertSheet(ws: XLSX.WorkSheet, name: string, date1904: boolean, budget: Budget): SheetGrid {
  const cells = newGridRow<(Cell | undefined)[]>();
  const data = (ws as unknown as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'];
  if (data) {
    for (let r = 0; r < data.length; r++) {
      const row = data[r];
      if (!row) continue;
      let n = 0;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c] ? convertCell(row[c] as XLSX.CellObject, date1904) : undefined;
        if (cell) {
          (cells[r] ?? (cells[r] = newGridRow()))[c] = cell;
          n++;
        }
      }
      budget.addCells(n);
    }
  }
  budget.addMerges(ws['!merges']?.length ?? 0);
  const merges: MergeArea[] = (ws['!merges'] ?? []).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
  return { name, cells, merges };
}

function convertCell(c: XLSX.CellObject, date1904: boolean): Cell | undefined {
  switch (c.t) {
    case 'n': {
      const v = c.v as number;
      // a NaN or infinite NUMBER record (POI's 49761.xls): Excel shows #NUM!
      if (typeof v !== 'number' || !Number.isFinite(v)) return { v: null, err: '#NUM!' };
      const fmt = typeof c.z === 'string' && c.z.toLowerCase() !== 'general' ? c.z : undefined;
      if (fmt === undefined) return { v };
      const kind = dateKind(fmt);
      // a time or duration is the same number in both date systems: only days move
      if (kind !== 'none') return { v: date1904 && v >= 1 && kind === 'day' ? v + DAYS_1904 : v, fmt, date: true };
      return { v, fmt };
    }
    case 's': {
      const v = String(c.v ?? '');
      return v === '' ? undefined : { v };
    }
    case 'b':
      return { v: !!c.v };
    case 'e':
      return { v: null, err: ERRORS[c.v as number] ?? (typeof c.w === 'string' ? c.w : '#VALUE!') };
    case 'd': {
      const d = c.v instanceof Date ? c.v : new Date(String(c.v));
      if (Number.isNaN(d.getTime())) return undefined;
      const serial = d.getTime() / 86400000 + 25569 - d.getTimezoneOffset() / 1440;
      return { v: serial, date: true, fmt: typeof c.z === 'string' ? c.z : 'yyyy-mm-dd' };
    }
    default:
      return undefined;
  }
}
