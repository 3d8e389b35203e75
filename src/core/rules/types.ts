/**
 * What a rule is. A rule reads as its clause does: one file per rule under its pack's folder,
 * the clause next to it, its thresholds taken from the pack's zod-validated parameters (data, not literals).
 */
import type { z } from 'zod';
import type { CellRef } from '../grid';
import type { Finding, FindingData, Severity } from '../model/findings';
import type { ExchangeRate, FeeStandard, IsoDate, ParsedWorkbook, Participant, Project, Schedule } from '../model/records';
import type { PackId, ReviewOptions } from '../model/review';

export interface RuleContext {
  parsed: ParsedWorkbook;
  /** The review date, ISO. */
  asOf: IsoDate;
  options: ReviewOptions;
  /** The packs this review runs (common first); absent: `common` + options.packs. */
  packs?: readonly PackId[];
  /** Shipped defaults + standards file + the workbook's own 费用标准 sheet (later ones win). */
  standards: FeeStandard[];
  rates: ExchangeRate[];
  scheduleFor(project: Project): Schedule | undefined;
  participantsFor(project: Project): Participant[];
}

/** Extra parts of a finding beyond rule, severity, place and message. */
export interface EmitExtra {
  projectKey?: string;
  /** Further cells (a CellRef, or a sheet + A1 address/range such as the schedule's header row `A3:H3`). */
  related?: (CellRef | { sheet: string; cell: string })[];
  /** Overrides the rule's severity (rare: e.g. a rule with an info variant). */
  severity?: Severity;
  /** The figures the message is built from (Finding.data). */
  data?: FindingData;
}

/** Reports one finding at a cell; the engine fills in rule ID, severity, clause and file. */
export type Emit = (ref: CellRef | { sheet: string; cell: string }, message: string, extra?: EmitExtra) => void;

export interface Rule<P = unknown> {
  id: string;
  pack: PackId;
  /** A rule whose severity is info emits only info findings (ReviewOptions.skipInfo does not run it). */
  severity: Severity;
  /** The clause, e.g. `浙外专发〔2017〕14号 二(二)`; shown with the finding. */
  clause: string;
  /** Online projects skip rules marked offline only (RULES.md "Training mode"). */
  offlineOnly?: boolean;
  /** Offline projects — every project not read as online — skip rules marked online only. */
  onlineOnly?: boolean;
  /** Chinese one-line description of the check (RULES.md "check"), shown in the UI's rule list. */
  description?: string;
  check(ctx: RuleContext, params: P, emit: Emit): void;
}

export interface Pack<S extends z.ZodTypeAny = z.ZodTypeAny> {
  id: PackId;
  /** zod schema of the pack's parameters, every field with its default (RULES.md "parameters (default)"). */
  params: S;
  rules: Rule<z.infer<S>>[];
}

export type { Finding };
