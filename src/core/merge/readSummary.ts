/**
 * Reading an earlier summary back (`--into`, export): the 省级汇总 rows with every column by its
 * header, which columns are the units' and which the reviewer's, and the earlier 导入记录.
 *
 * Columns are told apart by name and place: canonical and generated columns by name; an unknown
 * column before the review columns (错误数 …) is a unit's column; any other unknown column —
 * after 状态, or between the generated ones — is the reviewer's. Whatever the class, a re-merge
 * never drops a value of a column the new file does not provide.
 */
import { colLetters, type WorkbookGrid } from '../grid';
import { CANONICAL_COLUMNS, COL, DEFAULT_REVIEWER_COLUMNS, GENERATED_COLUMNS, REVIEW_COLUMNS } from './columns';
import { cellValue } from './cells';
import { SHEET_LOG, SHEET_SUMMARY } from '../report/summary';
import { serialToDateTime } from '../report/time';
import { rowFrom, type ExistingSummary, type OutValue } from './types';

export class SummaryReadError extends Error {}

export function readExistingSummary(grid: WorkbookGrid): ExistingSummary {
  const sheet = grid.sheets.find((s) => s.name.trim() === SHEET_SUMMARY);
  if (!sheet) throw new SummaryReadError(`“${grid.file}”中没有“${SHEET_SUMMARY}”工作表，不是本工具生成的汇总`);
  let headerRow = -1;
  for (let r = 0; r < Math.min(10, sheet.cells.length) && headerRow < 0; r++) {
    const texts = (sheet.cells[r] ?? []).map((c) => String(c?.v ?? '').trim());
    if (texts.includes(COL.theme) && texts.includes(COL.unit)) headerRow = r;
  }
  if (headerRow < 0) throw new SummaryReadError(`“${grid.file}”的“${SHEET_SUMMARY}”中找不到含“${COL.theme}”“${COL.unit}”的表头行`);

  const headCells = sheet.cells[headerRow] ?? [];
  let width = headCells.length;
  for (let r = headerRow + 1; r < sheet.cells.length; r++) width = Math.max(width, sheet.cells[r]?.length ?? 0);
  const header: string[] = [];
  const used = new Set<string>();
  for (let c = 0; c < width; c++) {
    let h = String(headCells[c]?.v ?? '').trim() || `列${colLetters(c)}`;
    for (let k = 2; used.has(h); k++) h = `${String(headCells[c]?.v ?? '').trim()}（${k}）`;
    used.add(h);
    header.push(h);
  }

  const known = new Set([...CANONICAL_COLUMNS, ...GENERATED_COLUMNS]);
  const firstReview = header.findIndex((h) => (REVIEW_COLUMNS as string[]).includes(h));
  const extraColumns: string[] = [];
  const reviewerColumns: string[] = [];
  header.forEach((h, i) => {
    if (known.has(h)) return;
    if ((DEFAULT_REVIEWER_COLUMNS as string[]).includes(h)) reviewerColumns.push(h);
    else if (firstReview >= 0 && i < firstReview) extraColumns.push(h);
    else reviewerColumns.push(h);
  });

  const rows: ExistingSummary['rows'] = [];
  for (let r = headerRow + 1; r < sheet.cells.length; r++) {
    const cells = sheet.cells[r];
    if (!cells) continue;
    const values = new Map<string, OutValue>();
    let any = false;
    header.forEach((h, c) => {
      const v = h === COL.importedAt ? timeValue(cells[c]) : cellValue(cells[c]);
      values.set(h, v);
      if (v !== null) any = true;
    });
    if (any) rows.push({ values: rowFrom(values) });
  }

  const log: OutValue[][] = [];
  const logSheet = grid.sheets.find((s) => s.name.trim() === SHEET_LOG);
  if (logSheet) {
    for (const cells of logSheet.cells) {
      if (!cells) continue;
      const row = cells.map((c, i) => (i === 0 ? timeValue(c) : cellValue(c)));
      while (row.length && row[row.length - 1] === null) row.pop();
      if (row.length) log.push(row);
    }
  }
  return { header, extraColumns, reviewerColumns, rows, log };
}

/** An import time read back: a date-time cell keeps its time of day (cellValue keeps the date only). */
function timeValue(cell: Parameters<typeof cellValue>[0]): OutValue {
  return cell && typeof cell.v === 'number' && cell.date ? serialToDateTime(cell.v) : cellValue(cell);
}
