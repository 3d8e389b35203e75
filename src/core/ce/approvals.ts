/**
 * Which projects' participants earn CE hours (`peixun ce --from-plans`, docs/CE.md): a merge summary
 * (sheet 省级汇总) among the inputs decides approval (是否同意, 状态), else each project's own reviewer
 * columns do; the returned workbooks give the participant lists. Then ceRowsFromPlans makes the rows.
 */
import type { WorkbookGrid } from '../grid';
import { APPROVED_WORDS, COL, normKey, readExistingSummary, SHEET_SUMMARY, STATUS_COLUMN, STATUS_WITHDRAWN, type SummaryRow } from '../merge';
import { unreadableFileFinding, type Finding } from '../model/findings';
import type { ParsedWorkbook, Project } from '../model/records';
import { appendAll } from '../collections';
import { ceRowsFromPlans, defaultIsApproved, isRejection, type PlanCeRow, type PlanSkip } from './fromPlans';

/** What a --from-plans input must be, said when it is not (C-UNREADABLE). */
export const PLAN_LOOKED_FOR = '应为 .xlsx、.xls 或 .csv 工作簿：合并生成的汇总（省级汇总），或含需求表和人员名单的回收文件';

/** One input workbook, read and parsed. */
export interface PlanInput {
  file: string;
  grid: WorkbookGrid;
  parsed: ParsedWorkbook;
}

/** A path's last part, whichever slash the system that wrote it used (a summary keeps the source's path). */
function baseName(p: string): string {
  return p.replace(/\\/g, '/').replace(/\/+$/, '').split('/').pop() ?? '';
}

const YES_WORDS = new Set([...APPROVED_WORDS, '批准', '已批准', '同意批准', '通过审核'].map((w) => w.toLowerCase()));
/** Reviewer columns that hold an approval decision (a project's own list column or the summary's). */
const DECISION_LABEL = /^(是否同意|是否批准|审批结果|审核结论)$/;

function isYes(text: string): boolean {
  return YES_WORDS.has(text.replace(/\s+/g, '').toLowerCase());
}

/** Not rejected by a decision text (否 / 不同意 / 已撤回 …), as defaultIsApproved decides for a project's own columns. */
function notRejected(label: string, text: string): boolean {
  return !isRejection(label, text);
}

interface SummaryEntry {
  file: string;
  index: number;
  row: SummaryRow;
  used: boolean;
}

function cellText(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** The summary row of a unit's project: by provenance (source file, sheet, row), else 项目编号 + 组团单位, else 组团单位 + 培训班主题. */
function findSummaryRow(p: Project, entries: SummaryEntry[]): SummaryEntry | undefined {
  const base = baseName(p.source.file);
  const byProvenance = entries.find((e) => {
    const f = cellText(e.row.values[COL.file]);
    if (!f || baseName(f) !== base) return false;
    return cellText(e.row.values[COL.sheet]) === p.source.sheet && Number(e.row.values[COL.row]) === p.source.row + 1;
  });
  if (byProvenance) return byProvenance;
  const unit = normKey(p.fields.unit?.text);
  const id = normKey(p.fields.projectId?.text);
  if (id) {
    const hit = entries.find((e) => normKey(e.row.values[COL.projectId]) === id && normKey(e.row.values[COL.unit]) === unit);
    if (hit) return hit;
  }
  const theme = normKey(p.fields.theme?.text);
  if (!theme) return undefined;
  return entries.find((e) => normKey(e.row.values[COL.unit]) === unit && normKey(e.row.values[COL.theme]) === theme);
}

/** Whether a summary row is approved; the reason when not. */
function summaryDecision(row: SummaryRow, approvedOnly: boolean): string | null {
  if (cellText(row.values[STATUS_COLUMN]) === STATUS_WITHDRAWN) return `汇总中状态为“${STATUS_WITHDRAWN}”`;
  const said = cellText(row.values[COL.approved]);
  if (approvedOnly) return isYes(said) ? null : said ? `汇总中是否同意为“${said}”，不是“同意/是”` : '汇总中是否同意为空（--approved-only 只取同意的项目）';
  return notRejected(COL.approved, said) ? null : `汇总中是否同意为“${said}”`;
}

const isDecisionLabel = (label: string) => DECISION_LABEL.test(label.replace(/\s+/g, ''));

/**
 * Whether a project is approved by its own reviewer columns; the reason when not. `sheetHasColumn`:
 * the project's sheet has a 是否同意 (…) column (a blank cell leaves no entry in Project.extra).
 */
function ownDecision(p: Project, approvedOnly: boolean, sheetHasColumn: boolean): string | null {
  if (!defaultIsApproved(p)) {
    const x = p.extra.find((e) => !notRejected(e.label, e.text));
    return x ? `${x.label}为“${x.text}”` : '项目未获批准或已撤回';
  }
  if (!approvedOnly || !sheetHasColumn) return null;
  const cols = p.extra.filter((e) => isDecisionLabel(e.label));
  if (cols.some((c) => isYes(c.text))) return null;
  const said = cols.map((c) => c.text).filter(Boolean).join('、');
  return said ? `${cols[0].label}为“${said}”，不是“同意/是”` : '是否同意为空（--approved-only 只取同意的项目）';
}

export interface SkipJson {
  file: string;
  projectKey: string;
  theme: string;
  unit: string;
  reason: string;
}

export interface FromPlansResult {
  rows: PlanCeRow[];
  skipped: SkipJson[];
  findings: Finding[];
  /** Notices (Chinese) for the user, e.g. --approved-only without any 是否同意 column. */
  notices: string[];
}

/** The CE rows of approved projects of the given workbooks (summaries decide approval when present). */
export function plansToRows(inputs: readonly PlanInput[], readFindings: Finding[], opts: { approvedOnly: boolean; year?: number }): FromPlansResult {
  const findings = [...readFindings];
  const notices: string[] = [];
  const entries: SummaryEntry[] = [];
  const plans: ParsedWorkbook[] = [];
  for (const inp of inputs) {
    const isSummary = inp.grid.sheets.some((s) => s.name.trim() === SHEET_SUMMARY);
    if (isSummary) {
      try {
        readExistingSummary(inp.grid).rows.forEach((row, index) => entries.push({ file: inp.file, index, row, used: false }));
        continue;
      } catch (e) {
        findings.push(unreadableFileFinding(inp.file, (e as Error).message, PLAN_LOOKED_FOR));
        continue;
      }
    }
    const w = inp.parsed;
    if (w.projects.length === 0) {
      findings.push(unreadableFileFinding(inp.file, '没有找到需求表（项目）', PLAN_LOOKED_FOR));
      continue;
    }
    if (w.participants.length === 0) {
      findings.push({ ruleId: 'C-UNREADABLE', severity: 'warning', file: inp.file, sheet: '', cell: '', message: `“${inp.file}”中没有人员名单，其中的项目无法生成学时` });
    }
    plans.push(w);
  }

  const rows: PlanCeRow[] = [];
  const skipped: SkipJson[] = [];
  let sawColumn = entries.length > 0;
  for (const w of plans) {
    const why = new Map<string, string>();
    // sheets of this workbook whose projects carry a 是否同意 (…) column
    const decisionSheets = new Set(w.projects.filter((p) => p.extra.some((e) => isDecisionLabel(e.label))).map((p) => p.source.sheet));
    if (decisionSheets.size) sawColumn = true;
    const isApproved = (p: Project): boolean => {
      let reason: string | null;
      if (entries.length > 0) {
        const hit = findSummaryRow(p, entries);
        if (!hit) reason = '汇总中没有这个项目';
        else {
          hit.used = true;
          reason = summaryDecision(hit.row, opts.approvedOnly);
        }
      } else {
        reason = ownDecision(p, opts.approvedOnly, decisionSheets.has(p.source.sheet));
      }
      if (reason) why.set(p.key, reason);
      return reason === null;
    };
    // one workbook at a time: project keys (项目编号 1, 2, 3 …) are unique only within a workbook
    const r = ceRowsFromPlans([w], { isApproved });
    appendAll(rows, r.rows);
    const unitOf = (key: string) => w.projects.find((p) => p.key === key)?.fields.unit?.text.trim() ?? '';
    skipped.push(...r.skipped.map((s: PlanSkip) => ({ file: w.file, projectKey: s.projectKey, theme: s.theme, unit: unitOf(s.projectKey), reason: why.get(s.projectKey) ?? s.reason })));
  }
  for (const e of entries) {
    if (e.used) continue;
    const decision = summaryDecision(e.row, opts.approvedOnly);
    skipped.push({
      file: e.file,
      projectKey: cellText(e.row.values[COL.projectId]),
      theme: cellText(e.row.values[COL.theme]),
      unit: cellText(e.row.values[COL.unit]),
      reason: decision ?? '未提供该项目的回收文件（人员名单），无法生成学时',
    });
  }
  if (opts.approvedOnly && !sawColumn) notices.push('--approved-only：输入中没有“是否同意”列，按未被否决的项目处理');
  const kept = opts.year === undefined ? rows : rows.filter((r) => r.year === opts.year);
  if (opts.year !== undefined && kept.length < rows.length) notices.push(`--year ${opts.year}：略去其他年度的 ${rows.length - kept.length} 行`);
  return { rows: kept, skipped, findings, notices };
}
