/**
 * What the CE rule packs (src/core/rules/ce, src/core/rules/cas) share: a rule that finds issues in the
 * register rows, usable both by the review engine (one workbook, through `emit`) and by `tallyCe`
 * (rows of many files; each issue knows its file).
 */
import type { CellRef } from '../grid';
import type { PackId } from '../api';
import type { FindingData, Severity } from '../model/findings';
import type { CeFundRow, CeRow } from '../model/records';
import type { Rule } from '../rules/types';
import { formatDays, parseFraction, type Fraction } from '../values/fraction';
import { tallyRows, type TallyOptions, type TallyResult } from './tally';

export interface CeInput {
  rows: readonly CeRow[];
  funds: readonly CeFundRow[];
  /** The packs of this run (a `cas` rule that `ce2007` also has defers to it). */
  packs: readonly PackId[];
}

export interface CeIssue {
  file: string;
  ref: CellRef;
  message: string;
  related?: CellRef[];
  /** The figures the message is built from (Finding.data). */
  data?: FindingData;
}

export interface CeRule<P> {
  id: string;
  pack: PackId;
  severity: Severity;
  clause: string;
  /** Chinese one-line description (RULES.md "check"). */
  description: string;
  find(input: CeInput, params: P): CeIssue[];
}

/** The engine's Rule for a CE rule: reads the workbook's register rows and fund rows. */
export function asRule<P>(r: CeRule<P>): Rule<P> {
  return {
    id: r.id,
    pack: r.pack,
    severity: r.severity,
    clause: r.clause,
    description: r.description,
    check(ctx, params, emit) {
      const input: CeInput = { rows: ctx.parsed.ce ?? [], funds: ctx.parsed.ceFunds ?? [], packs: ctx.options.packs ?? [] };
      for (const issue of r.find(input, params)) {
        emit(issue.ref, issue.message, { ...(issue.related?.length ? { related: issue.related } : {}), ...(issue.data ? { data: issue.data } : {}) });
      }
    },
  };
}

// Several rules of a pack tally the same rows with the same options: tally once.
const cache = new WeakMap<readonly CeRow[], Map<string, TallyResult>>();

export function cachedTally(rows: readonly CeRow[], opts: TallyOptions): TallyResult {
  let byOpts = cache.get(rows);
  if (!byOpts) cache.set(rows, (byOpts = new Map()));
  const key = JSON.stringify(opts);
  let result = byOpts.get(key);
  if (!result) byOpts.set(key, (result = tallyRows(rows, opts)));
  return result;
}

/** A parameter (a number, or a share such as `1/3`) as an exact fraction; params are validated, so this does not fail. */
export function fr(x: number | string): Fraction {
  const f = parseFraction(x);
  if (!f) throw new RangeError(`不是有效的数值参数：${x}`);
  return f;
}

/** Hours as people write them: 71.5, 24, 33.33. */
export const fmtHours = formatDays;

/** 三分之一 for 1/3, else a percentage. */
export function fmtShare(f: Fraction): string {
  const words: Record<string, string> = { '1/3': '三分之一', '1/2': '二分之一', '1/4': '四分之一', '2/3': '三分之二' };
  return words[`${f.n}/${f.d}`] ?? `${((f.n / f.d) * 100).toFixed(1)}%`;
}

export function yearText(year: number | null): string {
  return year === null ? '年度不明' : `${year}年度`;
}

