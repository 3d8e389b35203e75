/**
 * A standalone report book (`peixun review --out report.xlsx` when asked for a report file):
 * 审核结果 (every finding) and 项目统计 (the tallies per project). A number that cannot be
 * computed is a blank cell, never 0.
 */
import type { ProjectReport } from '../model/review';
import type { Finding } from '../model/findings';
import { resultsSheet } from './results';
import { HEADER_STYLE, wrappedRowHeights, type CellStyle, type OutCell, type OutSheet } from './sheet';

export const PROJECT_SHEET = '项目统计';

export const PROJECT_HEADERS = [
  '文件',
  '工作表',
  '项目',
  '培训班主题',
  '组团单位',
  '在外总日程（天）',
  '学习天数',
  '专题培训天数',
  '学习占比',
  '专题占比',
  '费用上限（万元）',
  '经费预算（万元）',
  '预算占上限',
] as const;

const BODY: CellStyle = { border: true, valign: 'top' };
const WRAP: CellStyle = { border: true, valign: 'top', wrap: true };

function num(v: number | null | undefined, numFmt?: string): OutCell {
  return v === null || v === undefined || !Number.isFinite(v) ? { value: null, style: BODY } : { value: v, style: numFmt ? { ...BODY, numFmt } : BODY };
}

export function projectsSheet(projects: ProjectReport[]): OutSheet {
  const rows: OutCell[][] = [PROJECT_HEADERS.map((h) => ({ value: h, style: HEADER_STYLE }))];
  for (const p of projects) {
    const t = p.tallies;
    rows.push([
      { value: p.file, style: WRAP },
      { value: p.sheet, style: BODY },
      { value: p.key, style: WRAP },
      { value: p.theme, style: WRAP },
      { value: p.unit, style: WRAP },
      num(t.totalDays, '0.0'),
      num(t.studyDays, '0.0'),
      num(t.topicDays, '0.0'),
      num(t.studyShare, '0.0%'),
      num(t.topicShare, '0.0%'),
      num(t.feeCapWan, '0.00'),
      num(t.budgetWan, '0.00'),
      num(t.budgetShareOfCap, '0.0%'),
    ]);
  }
  const colWidths = [28, 14, 22, 30, 22, 10, 10, 10, 10, 10, 12, 12, 10];
  const rowHeights = wrappedRowHeights(rows, colWidths);
  rowHeights[0] = Math.max(30, rowHeights[0] ?? 0);
  return {
    name: PROJECT_SHEET,
    rows,
    colWidths,
    freeze: { rows: 1 },
    autoFilter: `A1:M${Math.max(1, projects.length) + 1}`,
    rowHeights,
  };
}

/** The report book's sheets: 审核结果 then 项目统计. Findings link nowhere (their workbooks are other files). */
export function reportSheets(rows: readonly Finding[], projects: ProjectReport[]): OutSheet[] {
  return [resultsSheet(rows, () => null), projectsSheet(projects)];
}
