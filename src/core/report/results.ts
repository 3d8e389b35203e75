/**
 * The 审核结果 sheet, one layout for every host (marked copy, report book, Excel, browser mode):
 * one row per finding, errors first, then by file, sheet and cell; the cell links to the finding's cell
 * when that sheet is in the workbook; the clause has its own column.
 */
import { parseA1, quoteSheet } from '../grid';
import { SEVERITY_LABEL, type Finding } from '../model/findings';
import { MARK_COLORS, SEVERITY_RANK } from './colors';
import { HEADER_STYLE, wrappedRowHeights, type CellStyle, type OutCell, type OutLink, type OutSheet } from './sheet';

export const RESULT_SHEET = '审核结果';

export const RESULT_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '严重程度', width: 9 },
  { header: '规则', width: 22 },
  { header: '文件', width: 28 },
  { header: '工作表', width: 16 },
  { header: '单元格', width: 10 },
  { header: '说明', width: 80 },
  { header: '条款', width: 32 },
] as const;
export const RESULT_HEADERS = RESULT_COLUMNS.map((c) => c.header);
/** 0-based column of 单元格 (the link) and of 条款. */
export const RESULT_CELL_COL = 5;
export const RESULT_CLAUSE_COL = 7;

const BODY: CellStyle = { border: true, valign: 'top', numFmt: '@' };
const WRAPPED: CellStyle = { ...BODY, wrap: true };
const NUMBER: CellStyle = { border: true, valign: 'top' };
const LINKED: CellStyle = { ...BODY, color: '0563C1' };
const SEVERITY_STYLE = Object.fromEntries(
  Object.entries(MARK_COLORS).map(([k, c]) => [k, { ...BODY, fill: c.fill, color: c.font }]),
) as Record<Finding['severity'], CellStyle>;

/** Position of a finding's first cell (row-major), findings without a cell last. */
function position(f: Finding): [number, number] {
  const p = f.cell ? parseA1(f.cell.split(':')[0]) : null;
  return p ? [p.row, p.col] : [Number.MAX_SAFE_INTEGER, 0];
}

/** Errors, then warnings, then infos; within a severity by file, sheet, row, column and rule. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((f) => ({ f, p: position(f) }));
  keyed.sort(
    (a, b) =>
      SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] ||
      cmp(a.f.file, b.f.file) ||
      cmp(a.f.sheet, b.f.sheet) ||
      a.p[0] - b.p[0] ||
      a.p[1] - b.p[1] ||
      cmp(a.f.ruleId, b.f.ruleId),
  );
  return keyed.map((k) => k.f);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds the 审核结果 sheet. `linkable(sheet)` gives the name the finding's sheet has in the workbook
 * being written, or null when it is not there (the row is listed without a link).
 */
export function resultsSheet(findings: readonly Finding[], linkable: (sheet: string) => string | null, name = RESULT_SHEET): OutSheet {
  const rows: OutCell[][] = [RESULT_HEADERS.map((h) => ({ value: h, style: HEADER_STYLE }))];
  const links: OutLink[] = [];
  sortFindings(findings).forEach((f, i) => {
    const r = i + 1;
    const target = f.sheet && f.cell && parseA1(f.cell.split(':')[0]) ? linkable(f.sheet) : null;
    rows.push([
      { value: r, style: NUMBER },
      { value: SEVERITY_LABEL[f.severity] ?? f.severity, style: SEVERITY_STYLE[f.severity] ?? BODY },
      { value: f.ruleId, style: BODY },
      { value: f.file, style: WRAPPED },
      { value: f.sheet, style: BODY },
      { value: f.cell, style: target ? LINKED : BODY },
      { value: f.message, style: WRAPPED },
      { value: f.clause ?? '', style: WRAPPED },
    ]);
    if (target) {
      const cell = f.cell.split(':')[0].replace(/\$/g, '').toUpperCase();
      links.push({ cell: `F${r + 1}`, location: `${quoteSheet(target)}!${cell}`, tooltip: `转到 ${f.sheet}!${cell}` });
    }
  });
  const colWidths = RESULT_COLUMNS.map((c) => c.width);
  return {
    name,
    rows,
    links,
    colWidths,
    rowHeights: wrappedRowHeights(rows, colWidths),
    freeze: { rows: 1 },
    autoFilter: `A1:H${Math.max(1, findings.length) + 1}`,
    print: { orientation: 'landscape', fitWidth: 1, fitHeight: 0, titleRows: [0, 0] },
  };
}
