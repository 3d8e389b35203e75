/**
 * The 审核结果 sheet: every finding with a link to its cell. Shared by the marked copy
 * (mark.ts) and the standalone report book (report.ts).
 */
import { parseA1, quoteSheet } from '../../../core/grid';
import { SEVERITY_LABEL, type Finding, type Severity } from '../../../core/model/findings';
import type { OutCell, OutLink, OutSheet, StyleSpec } from './xlsx';

export const RESULT_SHEET = '审核结果';

/** Mark colours (Excel's "bad" and "neutral" cell styles; info light blue when asked). */
export const MARK_COLORS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: 'FFC7CE', font: '9C0006' },
  warning: { fill: 'FFEB9C', font: '9C5700' },
  info: { fill: 'DDEBF7', font: '1F4E78' },
};

export const RESULT_HEADERS = ['序号', '严重程度', '规则', '文件', '工作表', '单元格', '说明', '条款'] as const;
export const RESULT_WIDTHS = [6, 9, 22, 28, 16, 10, 90, 32];

export const HEADER_STYLE: StyleSpec = { bold: true, fill: 'D9D9D9', border: true, align: 'center', valign: 'center', wrap: true };

/**
 * Builds the 审核结果 sheet. `linkable(sheet, cell)` says whether a finding's cell can be linked
 * (the sheet exists in the book); the link goes to the cell as `'Sheet'!B3`.
 */
export function resultsSheet(findings: Finding[], linkable: (sheet: string) => string | null): OutSheet {
  const rows: (OutCell | string | number | null)[][] = [RESULT_HEADERS.map((h) => ({ value: h, style: HEADER_STYLE }))];
  const links: OutLink[] = [];
  const body: StyleSpec = { border: true, valign: 'top' };
  const wrapped: StyleSpec = { border: true, valign: 'top', wrap: true };
  findings.forEach((f, i) => {
    const r = i + 1;
    const colors = MARK_COLORS[f.severity];
    const target = f.sheet && f.cell && parseA1(f.cell.split(':')[0]) ? linkable(f.sheet) : null;
    const cellStyle: StyleSpec = target ? { border: true, valign: 'top', color: '0563C1' } : body;
    rows.push([
      { value: r, style: body },
      { value: SEVERITY_LABEL[f.severity] ?? f.severity, style: { border: true, valign: 'top', fill: colors?.fill, color: colors?.font } },
      { value: f.ruleId, style: body },
      { value: f.file, style: wrapped },
      { value: f.sheet, style: body },
      { value: f.cell, style: cellStyle },
      { value: f.message, style: wrapped },
      { value: f.clause ?? '', style: wrapped },
    ]);
    if (target) {
      const cell = f.cell.split(':')[0].replace(/\$/g, '').toUpperCase();
      links.push({ cell: `F${r + 1}`, location: `${quoteSheet(target)}!${cell}`, tooltip: `转到 ${f.sheet}!${cell}` });
    }
  });
  return {
    name: RESULT_SHEET,
    rows,
    links,
    colWidths: RESULT_WIDTHS,
    freeze: { rows: 1 },
    autoFilter: `A1:H${Math.max(1, findings.length) + 1}`,
  };
}
