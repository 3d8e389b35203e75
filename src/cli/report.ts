/** The readable Chinese report of `peixun review` (without --json), grouped by file and project. */
import { SEVERITY_LABEL, type Finding } from '../core';
import type { ProjectReport } from '../core';
import type { FileOutcome } from './review';

function pct(x: number | null): string {
  return x === null ? '—' : `${(x * 100).toFixed(1)}%`;
}

function days(x: number | null): string {
  return x === null ? '—' : String(Math.round(x * 100) / 100);
}

function tallyLine(p: ProjectReport): string {
  const t = p.tallies;
  const parts: string[] = [];
  if (t.totalDays !== null) {
    parts.push(`在外总日程 ${days(t.totalDays)} 天`);
    parts.push(`学习 ${days(t.studyDays)} 天（${pct(t.studyShare)}，应≥66.7%）`);
    parts.push(`专题 ${days(t.topicDays)} 天（${pct(t.topicShare)}，应≥33.3%）`);
  } else {
    parts.push('无日程，未计算日程占比');
  }
  if (t.feeCapWan !== null) parts.push(`费用上限 ${t.feeCapWan.toFixed(2)} 万元，预算 ${t.budgetWan === null ? '—' : t.budgetWan.toFixed(2)} 万元`);
  else if (t.budgetWan !== null) parts.push(`预算 ${t.budgetWan.toFixed(2)} 万元（无费用标准或汇率，未算上限）`);
  return parts.join('；');
}

function findingLine(f: Finding): string {
  const where = f.sheet ? `${f.sheet}${f.cell ? '!' + f.cell : ''}` : '（整个文件）';
  return `    ${SEVERITY_LABEL[f.severity]} [${f.ruleId}] ${where}  ${f.message}`;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors, warnings and infos among findings. */
function counts(findings: Finding[]): Record<Finding['severity'], number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** One line per file: its name and how many errors, warnings and infos it has. */
export function fileSummaryLine(o: FileOutcome): string {
  const c = counts(o.findings);
  const state = !o.review ? '无法读取' : c.error ? '有错误' : c.warning ? '有警告' : '通过';
  return `  ${state.padEnd(3, '　')} 错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}  ${o.file}`;
}

/**
 * The report: with several files, one summary line per file first; then (unless `summaryOnly`)
 * the details by file and project; then the totals.
 */
export function formatTextReport(outcomes: FileOutcome[], opts: { summaryOnly?: boolean } = {}): string {
  const lines: string[] = [];
  if (outcomes.length > 1 || opts.summaryOnly) {
    lines.push(`各文件（${outcomes.length} 个）：`);
    for (const o of outcomes) lines.push(fileSummaryLine(o));
    lines.push('');
  }
  const nProjects = outcomes.reduce((n, o) => n + (o.review?.projects.length ?? 0), 0);
  const count = counts(outcomes.flatMap((o) => o.findings));
  for (const o of opts.summaryOnly ? [] : outcomes) {
    lines.push(`文件 ${o.file}`);
    const projects = o.review?.projects ?? [];
    const byProject = new Map<string, Finding[]>();
    const other: Finding[] = [];
    for (const f of o.findings) {
      if (f.projectKey && projects.some((p) => p.key === f.projectKey)) {
        const list = byProject.get(f.projectKey) ?? [];
        list.push(f);
        byProject.set(f.projectKey, list);
      } else other.push(f);
    }
    const sort = (a: Finding, b: Finding) => ORDER[a.severity] - ORDER[b.severity];
    for (const p of projects) {
      lines.push(`  项目「${p.theme || '（无主题）'}」 ${p.unit}（${p.sheet}）`);
      lines.push(`    ${tallyLine(p)}`);
      const list = (byProject.get(p.key) ?? []).sort(sort);
      if (list.length === 0) lines.push('    未发现问题');
      for (const f of list) lines.push(findingLine(f));
    }
    if (other.length) {
      lines.push(projects.length ? '  其他' : '  文件');
      for (const f of other.sort(sort)) lines.push(findingLine(f));
    }
    if (!projects.length && !other.length) lines.push('  未发现项目，也未发现问题');
    lines.push('');
  }
  lines.push(`合计：${outcomes.length} 个文件，${nProjects} 个项目；错误 ${count.error}，警告 ${count.warning}，提示 ${count.info}`);
  return lines.join('\n') + '\n';
}
