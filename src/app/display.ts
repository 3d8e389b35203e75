/**
 * What the task pane does with a review's findings, as plain functions (no React, no Office):
 * suppression, filtering, search, grouping by project or by rule, and the tally figures.
 */
import type { ProjectReport } from '../core';
import type { Finding, Severity } from '../core';
import { applySuppressions } from '../core';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A finding the reviewer chose to ignore, kept in the workbook's settings (reversible). */
export interface Suppression {
  ruleId: string;
  /** Only for this file; any file when absent (the core's SuppressionSchema). */
  file?: string;
  sheet: string;
  cell: string;
  reason: string;
  /** When it was suppressed, ISO date-time. */
  at: string;
  by?: string;
  /** The message at the time, so the 已忽略 list reads well even when the finding is gone. */
  message?: string;
}

/** A suppression matches a finding by rule, sheet and cell: it survives re-runs and a renamed workbook. */
export function suppressionKey(f: { ruleId: string; sheet: string; cell: string }): string {
  return `${f.ruleId}\u0000${f.sheet}\u0000${f.cell.toUpperCase()}`;
}

export { suppresses } from '../core';

/** The core's applySuppressions, named as the pane uses it (active / suppressed). */
export function splitSuppressed(
  findings: Finding[],
  suppressions: Suppression[],
): { active: Finding[]; suppressed: { finding: Finding; suppression: Suppression }[] } {
  const { kept, suppressed } = applySuppressions(findings, suppressions);
  return { active: kept, suppressed };
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity] += 1;
  return c;
}

export interface FindingFilter {
  severities: Severity[];
  /** Free text: every word must appear in the rule ID, message, clause, sheet, cell or the project's theme/unit. */
  query: string;
}

function normalise(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

export function filterFindings(findings: Finding[], filter: FindingFilter, projects: ProjectReport[] = []): Finding[] {
  return runSteps(filterSteps(findings, filter, projects));
}

/**
 * Findings are handled in steps of this many, each ended by a `yield`: run at once (runSteps) for a short list,
 * or with a pause after each step (runStepsAsync) so that 100 000 findings never hold the page's thread.
 */
export const STEP = 5000;

export function runSteps<T>(steps: Generator<void, T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/** The steps with `pause` between them; null when `stopped()` says the result is no longer wanted. */
export async function runStepsAsync<T>(steps: Generator<void, T>, pause: () => Promise<void>, stopped: () => boolean): Promise<T | null> {
  let r = steps.next();
  while (!r.done) {
    await pause();
    if (stopped()) return null;
    r = steps.next();
  }
  return r.value;
}

function* filterSteps(findings: Finding[], filter: FindingFilter, projects: ProjectReport[]): Generator<void, Finding[]> {
  const allowed = new Set(filter.severities);
  const words = normalise(filter.query).split(/\s+/).filter(Boolean);
  if (words.length === 0 && SEVERITIES.every((sv) => allowed.has(sv))) return findings.slice();
  const projectText = words.length ? new Map(projects.map((p) => [projectId(p.file, p.key), `${p.theme} ${p.unit}`])) : null;
  const out: Finding[] = [];
  for (let i = 0; i < findings.length; i++) {
    if (i > 0 && i % (words.length ? STEP / 5 : STEP) === 0) yield;
    const f = findings[i];
    if (!allowed.has(f.severity)) continue;
    if (projectText) {
      const hay = normalise(
        [f.ruleId, f.message, f.clause ?? '', f.sheet, f.cell, `${f.sheet}!${f.cell}`, f.file,
          f.projectKey ? projectText.get(projectId(f.file, f.projectKey)) ?? '' : ''].join(' '),
      );
      if (!words.every((w) => hay.includes(w))) continue;
    }
    out.push(f);
  }
  return out;
}

/** A project is identified by its file and key (two files may both hold 项目编号 1). */
export function projectId(file: string, key: string): string {
  return `${file}\u0000${key}`;
}

export interface FindingGroup {
  id: string;
  title: string;
  subtitle: string;
  findings: Finding[];
  counts: Record<Severity, number>;
}

const collator = new Intl.Collator();

/** A1 → [row, column as a number]; [0, 0] for anything else. */
function cellKey(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return [0, 0];
  let col = 0;
  for (let i = 0; i < m[1].length; i++) col = col * 26 + (m[1].charCodeAt(i) - 64);
  return [Number(m[2]), col];
}

/**
 * Sorts by severity, then sheet, then cell in reading order — the keys made once per finding (a 10 000-project
 * plan has some 50 000 findings: parsing addresses and comparing text inside the comparison took most of a second).
 */
function sortBySeverityThenPlace(findings: Finding[]): Finding[] {
  const keyed = findings.map((f) => {
    const [row, col] = cellKey(f.cell);
    return { f, rank: SEVERITY_RANK[f.severity], row, col, plain: !/^[A-Z]+\d+$/.test(f.cell) };
  });
  keyed.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.f.sheet === b.f.sheet ? 0 : collator.compare(a.f.sheet, b.f.sheet)) ||
      (a.plain || b.plain ? collator.compare(a.f.cell, b.f.cell) : a.row - b.row || a.col - b.col),
  );
  for (let i = 0; i < keyed.length; i++) findings[i] = keyed[i].f;
  return findings;
}

/** A1 addresses in reading order (row, then column). */
export function compareCells(a: string, b: string): number {
  const pa = /^([A-Z]+)(\d+)$/.exec(a), pb = /^([A-Z]+)(\d+)$/.exec(b);
  if (!pa || !pb) return a.localeCompare(b);
  return Number(pa[2]) - Number(pb[2]) || pa[1].length - pb[1].length || pa[1].localeCompare(pb[1]);
}

/** Sorts each group and counts it, a step after about STEP findings. */
function* finishGroups(groups: FindingGroup[]): Generator<void, void> {
  let done = 0;
  for (const g of groups) {
    if (g.findings.length > 1) sortBySeverityThenPlace(g.findings);
    g.counts = countBySeverity(g.findings);
    done += g.findings.length;
    if (done >= STEP) {
      done = 0;
      yield;
    }
  }
}

/**
 * Groups by project, in the workbook's order of projects; findings about no project (a sheet, a file)
 * come first under `otherTitle`, since they often explain the rest (an unreadable sheet).
 */
export function groupByProject(findings: Finding[], projects: ProjectReport[], otherTitle: string): FindingGroup[] {
  return runSteps(groupByProjectSteps(findings, projects, otherTitle));
}

function* groupByProjectSteps(findings: Finding[], projects: ProjectReport[], otherTitle: string): Generator<void, FindingGroup[]> {
  // by file, then key: no joined key made per finding
  const groups = new Map<string, Map<string, FindingGroup>>();
  const order: FindingGroup[] = [];
  const other: FindingGroup = { id: 'other', title: otherTitle, subtitle: '', findings: [], counts: countBySeverity([]) };
  const inFile = (file: string) => {
    let m = groups.get(file);
    if (!m) groups.set(file, (m = new Map()));
    return m;
  };
  for (let i = 0; i < projects.length; i++) {
    const p = projects[i];
    const m = inFile(p.file);
    if (!m.has(p.key)) {
      const g = { id: projectId(p.file, p.key), title: p.theme || p.key, subtitle: [p.unit, `${p.sheet}`].filter(Boolean).join(' · '), findings: [], counts: countBySeverity([]) };
      m.set(p.key, g);
      order.push(g);
    }
    if (i > 0 && i % STEP === 0) yield;
  }
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    let g: FindingGroup | undefined = other;
    if (f.projectKey) {
      const m = inFile(f.file);
      g = m.get(f.projectKey);
      if (!g) {
        g = { id: projectId(f.file, f.projectKey), title: f.projectKey, subtitle: f.sheet, findings: [], counts: countBySeverity([]) };
        m.set(f.projectKey, g);
        order.push(g);
      }
    }
    g.findings.push(f);
    if (i > 0 && i % STEP === 0) yield;
  }
  const out = [other, ...order].filter((g) => g.findings.length > 0);
  yield* finishGroups(out);
  return out;
}

/** Groups by rule ID: errors first, then warnings, then info; within a severity by rule ID. */
export function groupByRule(findings: Finding[]): FindingGroup[] {
  return runSteps(groupByRuleSteps(findings));
}

function* groupByRuleSteps(findings: Finding[]): Generator<void, FindingGroup[]> {
  const groups = new Map<string, FindingGroup>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    let g = groups.get(f.ruleId);
    if (!g) {
      g = { id: f.ruleId, title: f.ruleId, subtitle: f.clause ?? '', findings: [], counts: countBySeverity([]) };
      groups.set(f.ruleId, g);
    }
    g.findings.push(f);
    if (i > 0 && i % STEP === 0) yield;
  }
  const out = [...groups.values()];
  yield* finishGroups(out);
  // Sorted by severity already: the first is the worst (no spread of 50 000 arguments).
  const worst = (g: FindingGroup) => SEVERITY_RANK[g.findings[0].severity];
  return out.sort((a, b) => worst(a) - worst(b) || a.id.localeCompare(b.id));
}

/** What the findings list shows: the counts of all findings, and the filtered ones grouped in display order. */
export interface FindingsModel {
  counts: Record<Severity, number>;
  /** How many pass the filter. */
  shown: number;
  groups: FindingGroup[];
}

export function* findingsModelSteps(
  findings: Finding[],
  filter: FindingFilter,
  projects: ProjectReport[],
  groupBy: 'project' | 'rule',
  otherTitle: string,
): Generator<void, FindingsModel> {
  const counts = countBySeverity(findings);
  const shown = yield* filterSteps(findings, filter, projects);
  yield;
  const groups = yield* (groupBy === 'project' ? groupByProjectSteps(shown, projects, otherTitle) : groupByRuleSteps(shown));
  return { counts, shown: shown.length, groups };
}

/** `2/3`, `0.5`, `1/3` → a fraction {num, den}; null when the text is not one. */
export function parseFraction(text: string | number | undefined): { num: number; den: number } | null {
  if (typeof text === 'number') return Number.isFinite(text) ? { num: text, den: 1 } : null;
  if (!text) return null;
  const t = text.trim();
  const m = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(t);
  if (m) return Number(m[2]) > 0 ? { num: Number(m[1]), den: Number(m[2]) } : null;
  return /^\d+(\.\d+)?$/.test(t) ? { num: Number(t), den: 1 } : null;
}

/**
 * Whether part/total reaches num/den, compared exactly (part·den ≥ num·total): days are whole or half
 * numbers, so 10 of 15 reaches 2/3 and 5 of 15 reaches 1/3 without float error.
 */
export function reaches(part: number, total: number, threshold: { num: number; den: number }): boolean {
  // Scale half days to whole numbers first so the products stay exact integers.
  return Math.round(part * 2) * threshold.den >= Math.round(total * 2) * threshold.num;
}

export function formatDays(n: number | null): string {
  if (n === null) return '—';
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

export function formatPercent(x: number | null): string {
  return x === null ? '—' : `${(x * 100).toFixed(1)}%`;
}

export function formatWan(x: number | null): string {
  if (x === null) return '—';
  return x.toLocaleString('zh-CN', { maximumFractionDigits: 2, minimumFractionDigits: 0 });
}

export type TallyVerdict = 'pass' | 'fail' | 'unknown';

export function shareVerdict(part: number | null, total: number | null, threshold: { num: number; den: number } | null): TallyVerdict {
  if (part === null || total === null || total <= 0 || !threshold) return 'unknown';
  return reaches(part, total, threshold) ? 'pass' : 'fail';
}

/** Budget against the fee cap: over only when strictly above (RULES.md MO-FEE: exactly at the cap passes). */
export function feeVerdict(budget: number | null, cap: number | null): TallyVerdict {
  if (budget === null || cap === null) return 'unknown';
  return budget > cap ? 'fail' : 'pass';
}
