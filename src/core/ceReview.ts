/**
 * The continuing-education review over many workbooks (docs/CE.md): the registers of every file are
 * tallied together (a person's rows may be in several files) and the rules of the chosen CE packs run
 * over them, as ordinary rules, once.
 *
 *   tallyCe(parsed[], { packs, year?, params? }) → { persons, findings, conflicts }
 */
import type { PackId } from './model/review';
import { a1, type CellRef } from './grid';
import type { Finding } from './model/findings';
import type { CeRow, ParsedWorkbook } from './model/records';
import { cachedTally, toPersonYear, type IdConflict, type PersonYear, type TallyOptions } from './ce/tally';
import { ce2007Pack, ce2007Tally } from './rules/ce2007';
import { casPack, casTally } from './rules/cas';
import type { Emit, Pack, Rule, RuleContext } from './rules/types';
import { appendAll } from './collections';
import { resolveParams, SettingsError } from './settings';

export type CePackId = 'ce2007' | 'cas';
export const CE_PACKS: readonly CePackId[] = ['ce2007', 'cas'];

/** Each CE pack with the tally its figures follow. */
const CE_PACK_TALLY: Record<CePackId, { pack: Pack; tally: (params: never) => TallyOptions }> = {
  ce2007: { pack: ce2007Pack as Pack, tally: ce2007Tally },
  cas: { pack: casPack as Pack, tally: casTally },
};

export interface CeTallyOptions {
  /** Packs of the run; the CE ones (`ce2007`, `cas`) give findings. Without either, the tally follows `ce2007` and gives no findings. */
  packs: readonly PackId[];
  /** Only this year; absent: every year present. Overrides a `<pack>.year` parameter. */
  year?: number;
  /**
   * Parameter overrides as in ReviewOptions.params, e.g. `{ 'ce2007.minHours': 80, 'ce2007.capPublicHours': '是' }`.
   * A bad or unknown one throws SettingsError (its `errors`: one Chinese line each).
   */
  params?: Record<string, unknown>;
}

export interface CeTally {
  /**
   * Per person and year, one list per CE pack that runs (`basis` says which: ce2007 = 72 hours; cas = 100,
   * 110 for 所局级领导人员); ordered by the person's first row, then year.
   */
  persons: PersonYear[];
  /** The CE/CAS findings of the chosen packs (file = the file of the row they point at). */
  findings: Finding[];
  /**
   * 身份证号 / 工号 written with two or more names (also findings CE-ID-CONFLICT / CAS-ID-CONFLICT when a pack
   * runs); each name with the name cell of its first row. Namesakes with different IDs are not conflicts.
   */
  conflicts: { kind: 'idNumber' | 'staffNumber'; id: string; names: { name: string; file: string; sheet: string; cell: string }[] }[];
}

/**
 * A pack's parameters: defaults < `opts.params` (`<pack>.<name>`, text coerced as in the workbook's
 * 审核设置) < the workbooks' 审核设置 (their `<pack>.year` aside) < `opts.year`. A bad value throws SettingsError with one Chinese line per parameter.
 */
function packParams(id: CePackId, pack: Pack, opts: CeTallyOptions, settings: Record<string, string>): unknown {
  const given: Record<string, unknown> = Object.create(null);
  let year: unknown = opts.year;
  for (const [k, v] of Object.entries(opts.params ?? {})) {
    if (k.trim() === `${id}.year`) year ??= v; // optional, so not among the defaults resolveParams knows
    else given[k] = v;
  }
  let resolved = resolveParams(id, given);
  if (!resolved.ok) throw new SettingsError(resolved.errors);
  // The workbooks' 审核设置 win over the options, as in a review (src/core/rules/runner.ts), so the
  // tally and the review's findings count the same hours; a bad value there is the review's
  // C-UNREADABLE and is left out here.
  const sheet: Record<string, string> = Object.create(null); // keys are user text
  for (const [k, v] of Object.entries(settings)) {
    if (k.trim().startsWith(`${id}.`) && k.trim() !== `${id}.year`) sheet[k] = v;
  }
  if (Object.keys(sheet).length > 0) {
    const withSheet = resolveParams(id, given, sheet);
    if (withSheet.ok) resolved = withSheet;
  }
  const r = pack.params.safeParse({ ...(resolved.params as object), ...(year !== undefined ? { year } : {}) });
  if (!r.success) throw new SettingsError([`参数 ${id}.year 的值“${String(year)}”无效：应为1950到2100之间的年份`]);
  return r.data;
}

/**
 * The file of each cell a CE rule can point at. Rules emit the CellRef objects of the register rows
 * themselves, so the object says which file (two files may well have the same sheet and cell).
 */
function fileOfRefs(rows: readonly CeRow[], funds: ParsedWorkbook['ceFunds']): WeakMap<object, string> {
  const files = new WeakMap<object, string>();
  for (const r of rows) {
    const file = r.source.file;
    for (const x of [r.name, r.idNumber, r.staffNumber, r.unit, r.year, r.form, r.hours, r.days, r.personCategory]) if (x) files.set(x.ref, file);
    if (r.subjectRef) files.set(r.subjectRef, file);
  }
  for (const f of funds) for (const x of [f.unit, f.payroll, f.fund]) files.set(x.ref, f.source.file);
  return files;
}

/** Runs one rule over the rows of every file; each finding takes the file of the cell it points at. */
function runOver(rule: Rule, ctx: RuleContext, params: unknown, files: WeakMap<object, string>, out: Finding[]): void {
  const emit: Emit = (ref, message, extra) => {
    const place = 'cell' in ref ? { sheet: ref.sheet, cell: ref.cell } : { sheet: ref.sheet, cell: a1(ref.row, ref.col) };
    const f: Finding = { ruleId: rule.id, severity: extra?.severity ?? rule.severity, file: files.get(ref) ?? '', sheet: place.sheet, cell: place.cell, message };
    if (rule.clause) f.clause = rule.clause;
    if (extra?.projectKey !== undefined) f.projectKey = extra.projectKey;
    if (extra?.related && extra.related.length > 0)
      f.related = extra.related.map((r) => ('cell' in r ? { sheet: r.sheet, cell: r.cell } : { sheet: r.sheet, cell: a1((r as CellRef).row, (r as CellRef).col) }));
    if (extra?.data) f.data = extra.data;
    out.push(f);
  };
  rule.check(ctx, params, emit);
}

/** Tallies the registers of one or many workbooks together (a person's rows may be in several files). */
export function tallyCe(parsed: readonly ParsedWorkbook[], opts: CeTallyOptions): CeTally {
  const rows = parsed.flatMap((w) => w.ce ?? []);
  const funds = parsed.flatMap((w) => w.ceFunds ?? []);
  const chosen = CE_PACKS.filter((p) => opts.packs.includes(p));
  const bases: CePackId[] = chosen.length > 0 ? chosen : ['ce2007'];
  // one "workbook" holding every file's register: the rules read only ce and ceFunds
  const ctx: RuleContext = {
    parsed: { file: '', recognition: [], projects: [], schedules: [], participants: [], standards: [], rates: [], ce: rows, ceFunds: funds, settings: {}, notes: [], problems: [] },
    asOf: '',
    options: { packs: [...opts.packs] },
    standards: [],
    rates: [],
    scheduleFor: () => undefined,
    participantsFor: () => [],
  };
  const files = chosen.length > 0 ? fileOfRefs(rows, funds) : new WeakMap<object, string>();
  // the registers are tallied together, so their 审核设置 are too (a later file's value wins)
  const settings: Record<string, string> = Object.create(null);
  for (const w of parsed) if (w.settings) for (const [k, v] of Object.entries(w.settings)) settings[k] = v;

  const persons: PersonYear[] = [];
  const findings: Finding[] = [];
  let conflictsFrom: TallyOptions | null = null;
  for (const id of bases) {
    const { pack, tally: tallyOf } = CE_PACK_TALLY[id];
    const params = packParams(id, pack, opts, settings);
    const tally = tallyOf(params as never);
    conflictsFrom ??= tally;
    const t = cachedTally(rows, tally);
    const order = new Map<string, number>();
    const list = t.persons.map(toPersonYear);
    list.forEach((p) => order.has(p.key) || order.set(p.key, order.size));
    list.sort((a, b) => order.get(a.key)! - order.get(b.key)! || (a.year ?? Infinity) - (b.year ?? Infinity));
    appendAll(persons, list);
    if (chosen.includes(id)) for (const rule of pack.rules as Rule[]) runOver(rule, ctx, params, files, findings);
  }

  const conflicts = cachedTally(rows, conflictsFrom!).conflicts.map((c: IdConflict) => ({
    kind: c.kind,
    id: c.id,
    names: c.names.map((n) => ({ name: n.name, file: n.row.source.file, sheet: n.ref.sheet, cell: a1(n.ref.row, n.ref.col) })),
  }));
  return { persons, findings, conflicts };
}
