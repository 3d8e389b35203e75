/**
 * Tallies per project (RULES.md "Tallies"): study and topic days and shares, fee cap and budget.
 * Numbers for JSON, computed from exact fractions; null when not computable, never 0 for unknown.
 */
import type { ExchangeRate, FeeStandard, Project, ProjectTallies, Schedule } from '../model/records';
import { div, toNumber } from '../values/fraction';
import { countScheduleDays } from './days';
import { feeCap } from './fee';

export * from './days';
export * from './fee';

function round(x: number, digits = 6): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function projectTallies(
  project: Project,
  schedule: Schedule | undefined,
  standards: readonly FeeStandard[],
  rates: readonly ExchangeRate[],
): ProjectTallies {
  const t: ProjectTallies = {
    totalDays: null,
    studyDays: null,
    topicDays: null,
    studyShare: null,
    topicShare: null,
    feeCapWan: null,
    budgetWan: null,
    budgetShareOfCap: null,
  };
  if (schedule && schedule.rows.length > 0) {
    const d = countScheduleDays(schedule);
    t.studyDays = toNumber(d.study);
    t.topicDays = toNumber(d.topic);
    if (d.totalDays !== null && d.totalDays > 0) {
      t.totalDays = d.totalDays;
      t.studyShare = round(toNumber(div(d.study, { n: d.totalDays, d: 1 })));
      t.topicShare = round(toNumber(div(d.topic, { n: d.totalDays, d: 1 })));
    }
  }
  if (project.budgetWan?.ok && project.budgetWan.value > 0) t.budgetWan = project.budgetWan.value;
  const cap = feeCap(project, standards, rates);
  if (cap.ok) {
    t.feeCapWan = cap.capWan;
    if (t.budgetWan !== null && cap.capWan > 0) t.budgetShareOfCap = round(t.budgetWan / cap.capWan);
  }
  return t;
}
