/**
 * The continuing-education (继续教育) part of the core (docs/CE.md):
 *
 *   tallyCe(parsed[], { packs, year?, params? })  → { persons, findings, conflicts }
 *   ceRowsFromPlans(parsed[] | { projects, participants }, opts?) → { rows, skipped }
 *   planRowsToSheetValues(rows)                   → a register sheet's values (header first)
 *   drawEvaluationSample(units, { seed, year, baseYear }) → this year's ~20% of units
 *   recogniseCeSheet / readCeRegister / readCeFunds (used by src/core/sheets)
 */
import type { PackId } from '../api';
import { a1 } from '../grid';
import type { Finding } from '../model/findings';
import type { ParsedWorkbook } from '../model/records';
import { ce2007Rules } from '../rules/ce';
import { ce2007Params, ce2007Tally } from '../rules/ce/params';
import { casRules } from '../rules/cas';
import { casParams, casTally } from '../rules/cas/params';
import { cachedTally, type CeInput, type CeIssue, type CeRule } from './rules';
import { toPersonYear, type IdConflict, type PersonYear, type TallyOptions } from './tally';
import { appendAll } from '../collections';

export { recogniseCeSheet, readCeRegister, readCeFunds, type CeSheetMatch } from './read';
export { ceRowsFromPlans, planRowsToSheetValues, defaultIsApproved, PLAN_REGISTER_HEADER, type PlanCeRow, type PlanSkip, type FromPlansOptions } from './fromPlans';
export { drawEvaluationSample, cyclePlan, type EvaluationSample, type SampleOptions, type SampleUnit } from './sampling';
export type { PersonYear, IdConflict, CeBasis } from './tally';

export type CePackId = 'ce2007' | 'cas';
export const CE_PACKS: readonly CePackId[] = ['ce2007', 'cas'];

export interface CeTallyOptions {
  /** Packs of the run; the CE ones (`ce2007`, `cas`) give findings. Without either, the tally follows `ce2007` and gives no findings. */
  packs: readonly PackId[];
  /** Only this year; absent: every year present. Overrides a `<pack>.year` parameter. */
  year?: number;
  /** Parameter overrides as in ReviewOptions.params, e.g. `{ 'ce2007.minHours': 80, 'cas.minLeaderHours': '120' }`. */
  params?: Record<string, unknown>;
}

export interface CeTally {
  /**
   * Per person and year, one list per CE pack that runs (`basis` says which: ce2007 = 72 hours with public
   * subjects capped; cas = 100, 110 for 所局级领导人员, every hour counted); ordered by the person's
   * first row, then year.
   */
  persons: PersonYear[];
  /** The CE/CAS findings of the chosen packs (file = the file of the row they point at). */
  findings: Finding[];
  /** Names seen with two different 身份证号 / 工号 (also findings CE-ID-CONFLICT / CAS-ID-CONFLICT when a pack runs). */
  conflicts: { name: string; kind: 'idNumber' | 'staffNumber'; ids: { id: string; file: string; sheet: string; cell: string }[] }[];
}

function packParams(pack: CePackId, opts: CeTallyOptions): Record<string, unknown> {
  const raw: Record<string, unknown> = Object.create(null);
  for (const [k, v] of Object.entries(opts.params ?? {})) if (k.startsWith(`${pack}.`)) raw[k.slice(pack.length + 1)] = v;
  if (opts.year !== undefined) raw.year = opts.year;
  return raw;
}

function toFinding(rule: CeRule<never>, issue: CeIssue): Finding {
  const f: Finding = {
    ruleId: rule.id,
    severity: rule.severity,
    file: issue.file,
    sheet: issue.ref.sheet,
    cell: a1(issue.ref.row, issue.ref.col),
    message: issue.message,
    clause: rule.clause,
  };
  if (issue.related && issue.related.length > 0) f.related = issue.related.map((r) => ({ sheet: r.sheet, cell: a1(r.row, r.col) }));
  return f;
}

/** Tallies the registers of one or many workbooks together (a person's rows may be in several files). */
export function tallyCe(parsed: readonly ParsedWorkbook[], opts: CeTallyOptions): CeTally {
  const rows = parsed.flatMap((w) => w.ce ?? []);
  const funds = parsed.flatMap((w) => w.ceFunds ?? []);
  const input: CeInput = { rows, funds, packs: opts.packs };
  const chosen = CE_PACKS.filter((p) => opts.packs.includes(p));
  const bases: CePackId[] = chosen.length > 0 ? chosen : ['ce2007'];

  const persons: PersonYear[] = [];
  const findings: Finding[] = [];
  let conflictsFrom: TallyOptions | null = null;
  for (const pack of bases) {
    const { tally, rules, params } =
      pack === 'ce2007'
        ? (() => {
            const params = ce2007Params.parse(packParams('ce2007', opts));
            return { tally: ce2007Tally(params), rules: ce2007Rules as CeRule<never>[], params };
          })()
        : (() => {
            const params = casParams.parse(packParams('cas', opts));
            return { tally: casTally(params), rules: casRules as CeRule<never>[], params };
          })();
    conflictsFrom ??= tally;
    const t = cachedTally(rows, tally);
    const order = new Map<string, number>();
    const list = t.persons.map(toPersonYear);
    list.forEach((p) => order.has(p.key) || order.set(p.key, order.size));
    list.sort((a, b) => order.get(a.key)! - order.get(b.key)! || (a.year ?? Infinity) - (b.year ?? Infinity));
    appendAll(persons, list);
    if (chosen.includes(pack)) for (const rule of rules) for (const issue of rule.find(input, params as never)) findings.push(toFinding(rule, issue));
  }

  const conflicts = cachedTally(rows, conflictsFrom!).conflicts.map((c: IdConflict) => ({
    name: c.name,
    kind: c.kind,
    ids: c.ids.map((i) => ({ id: i.id, file: i.row.source.file, sheet: i.ref.sheet, cell: a1(i.ref.row, i.ref.col) })),
  }));
  return { persons, findings, conflicts };
}
