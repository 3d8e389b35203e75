/**
 * Reading continuing-education registers (继续教育学时) and unit fund sheets — owned by the CE part.
 * src/core/sheets calls these while recognising a workbook's sheets.
 */
import type { SheetGrid } from '../grid';
import type { CeFundRow, CeRow, ReadNote } from '../model/records';

export interface CeSheetMatch {
  kind: 'ce-register' | 'ce-funds';
  /** 0-based header row. */
  headerRow: number;
  /** Chinese: the labels found. */
  reason: string;
}

/** Whether the sheet is a CE register or a unit fund sheet, by its header labels; null if neither. */
export function recogniseCeSheet(_sheet: SheetGrid): CeSheetMatch | null {
  return null; // replaced by the CE part
}

export function readCeRegister(_sheet: SheetGrid, _file: string, _headerRow: number): { rows: CeRow[]; notes: ReadNote[] } {
  return { rows: [], notes: [] };
}

export function readCeFunds(_sheet: SheetGrid, _file: string, _headerRow: number): { rows: CeFundRow[]; notes: ReadNote[] } {
  return { rows: [], notes: [] };
}
