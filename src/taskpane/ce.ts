/**
 * The 继续教育 tab's work, without React: the tally (src/app/ceRun.ts, which the engine's worker runs too), the
 * rows' ids, and the shortfall rows as findings the host marks with the review's own reversible marks
 * (清除标记 removes them).
 */
import { rangeA1 } from '../core';
import type { PersonYear } from '../core';
import type { Finding } from '../core';

export { CE_PACK_IDS, SHORTFALL_RULES, runCe, type CePack, type CeRun, type CeRunOptions } from '../app/ceRun';
import { SHORTFALL_RULES, type CeRun } from '../app/ceRun';

/** A stable id of a person-year row of the table (a person may appear once per pack). */
export function personRowId(p: PersonYear): string {
  return `${p.basis}\u0000${p.key}\u0000${p.year ?? ''}`;
}

/**
 * One finding per person-year short of hours: the pack's own finding (CE-ANNUAL-HOURS, CAS-…) when there is
 * one at the person's first row, else a finding made from the tally; `related` covers each of the person's
 * rows of that year across the register's columns, so the whole rows are coloured.
 */
export function shortfallFindings(run: CeRun): Finding[] {
  const widths = new Map<string, number>();
  for (const w of run.widths) widths.set(`${w.file}\u0000${w.sheet}`, w.columns);
  // The packs' shortfall findings by cell, in order (a search per person was quadratic on large registers).
  const at = (file: string, sheet: string, cell: string) => `${file}\u0000${sheet}\u0000${cell}`;
  const byCell = new Map<string, Finding[]>();
  for (const f of run.tally.findings) {
    if (!SHORTFALL_RULES.includes(f.ruleId)) continue;
    const k = at(f.file, f.sheet, f.cell);
    const list = byCell.get(k);
    if (list) list.push(f);
    else byCell.set(k, [f]);
  }
  const out: Finding[] = [];
  for (const p of run.persons) {
    if (p.shortfall <= 0) continue;
    const own = byCell.get(at(p.first.file, p.first.sheet, p.first.cell))?.find((f) => (p.basis === 'cas') === f.ruleId.startsWith('CAS-'));
    const related = p.rows.map((r) => ({ sheet: r.sheet, cell: rangeA1(r.row, 0, r.row, (widths.get(`${r.file}\u0000${r.sheet}`) ?? 1) - 1) }));
    const base: Finding = own ?? {
      ruleId: p.basis === 'cas' ? (p.leader ? 'CAS-LEADER-HOURS' : 'CAS-ANNUAL-HOURS') : 'CE-ANNUAL-HOURS',
      severity: 'warning',
      file: p.first.file,
      sheet: p.first.sheet,
      cell: p.first.cell,
      message: `${p.name} ${p.year ?? ''}年度计入学时${fmt(p.total)}，低于${fmt(p.required)}学时，差${fmt(p.shortfall)}学时`,
    };
    out.push({ ...base, related: [...(base.related ?? []), ...related] });
  }
  return out;
}

export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
