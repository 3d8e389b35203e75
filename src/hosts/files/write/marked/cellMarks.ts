/** The cells a marked copy marks: one mark per cell, with the highest severity and one note line per finding. */
import { parseA1 } from '../../../../core';
import type { Finding, Severity } from '../../../../core';
import { RESULT_SHEET } from '../../../../core';
import { MAX_COLS, MAX_ROWS } from '../xlsx';
import type { SheetInfo, WorkbookPart } from './workbook';

export const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface CellMark {
  row: number;
  col: number;
  severity: Severity | null;
  lines: string[];
}

/** Cells to mark, by sheet: error and warning findings (and info ones with `includeInfo`) on a cell of a worksheet. */
export function cellMarks(findings: Finding[], book: WorkbookPart, includeInfo: boolean | undefined): Map<SheetInfo, Map<string, CellMark>> {
  const marks = new Map<SheetInfo, Map<string, CellMark>>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const marked = f.severity === 'error' || f.severity === 'warning' || (includeInfo && f.severity === 'info');
    if (!marked) continue;
    const sheet = book.sheetNamed(f.sheet);
    if (!sheet || sheet.name === RESULT_SHEET || !book.isWorksheet(sheet)) continue;
    const p = parseA1(f.cell.split(':')[0]);
    if (!p || p.row >= MAX_ROWS || p.col >= MAX_COLS) continue;
    let byCell = marks.get(sheet);
    if (!byCell) marks.set(sheet, (byCell = new Map()));
    const key = `${p.row},${p.col}`;
    let m = byCell.get(key);
    if (!m) byCell.set(key, (m = { row: p.row, col: p.col, severity: null, lines: [] }));
    if (!m.severity || RANK[f.severity] > RANK[m.severity]) m.severity = f.severity;
    const line = `[${f.ruleId}] ${f.message}`;
    if (!m.lines.includes(line)) m.lines.push(line);
  }
  return marks;
}
