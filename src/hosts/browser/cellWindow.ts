/** The window of a sheet around a cell, as 定位 shows it where there is no spreadsheet (browser mode; also built in the engine's worker). */
import type { WorkbookGrid } from '../../core';
import { a1, colCount } from '../../core';
import type { CellContext } from '../host';

/** Excel's date serial (1900 system) → yyyy-mm-dd. */
function serialDate(n: number): string {
  const d = new Date(Math.round((n - 25569) * 86400000));
  return Number.isNaN(d.getTime()) ? String(n) : d.toISOString().slice(0, 10);
}

/** The window of `sheet` around (row, col): `radius` rows and columns each side, clipped to the sheet. */
export function cellWindow(sheet: WorkbookGrid['sheets'][number], row: number, col: number, radius: number): CellContext {
  const top = Math.max(0, row - radius);
  const left = Math.max(0, col - radius);
  const bottom = row + radius;
  const right = Math.max(col, Math.min(col + radius, colCount(sheet) - 1));
  const rows: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: string[] = [];
    for (let c = left; c <= right; c++) {
      const cell = sheet.cells[r]?.[c];
      const v = cell?.err ?? cell?.v;
      line.push(v === null || v === undefined ? '' : cell?.date && typeof v === 'number' ? serialDate(v) : String(v));
    }
    rows.push(line);
  }
  return { sheet: sheet.name, cell: a1(row, col), top, left, rows, at: { row: row - top, col: col - left } };
}
