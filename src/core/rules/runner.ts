/**
 * Runs rule packs over a parsed workbook: builds the context, resolves each pack's parameters
 * (defaults < options.params < the workbook's 审核设置), skips offline-only rules for online projects,
 * turns a rule that throws into an error finding of that rule, and sorts the findings.
 */
import { a1, firstCellOf, type CellRef } from '../grid';
import type { PackId, ReviewOptions } from '../model/review';
import type { Finding, FindingData, Severity } from '../model/findings';
import type { ExchangeRate, FeeStandard, ParsedWorkbook, Participant, Project, Schedule } from '../model/records';
import { SettingsError, resolveParams } from '../settings';
import { SHIPPED_STANDARDS, mergeRates, mergeStandards } from '../tallies/fee';
import { getPack } from './registry';
import type { Emit, Pack, Rule, RuleContext } from './types';
import './packs';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The packs a review runs: `common` first, then the chosen ones, each once. */
export function packsToRun(options: ReviewOptions): PackId[] {
  const ids: PackId[] = ['common'];
  for (const p of options.packs ?? []) if (!ids.includes(p)) ids.push(p);
  return ids;
}

// The merged standards and rates of a batch are the same list for every workbook without its own 费用标准
// or 汇率 sheet: made once per options.standards, so that the fee cap's lookup tables (kept per list) are
// built once per batch, not once per workbook.
let lastMerged: { given: ReviewOptions['standards']; lists: unknown[]; standards: FeeStandard[]; rates: ExchangeRate[] } | null = null;

function mergedLists(parsed: ParsedWorkbook, options: ReviewOptions): { standards: FeeStandard[]; rates: ExchangeRate[] } {
  const given = options.standards;
  const own = parsed.standards.length > 0 || parsed.rates.length > 0;
  const lists = [given?.standards, given?.rates];
  if (!own && lastMerged && lastMerged.given === given && lastMerged.lists[0] === lists[0] && lastMerged.lists[1] === lists[1]) return lastMerged;
  const standards = mergeStandards(SHIPPED_STANDARDS, given?.standards, parsed.standards);
  const rates = mergeRates(given?.rates, parsed.rates);
  if (!own) lastMerged = { given, lists, standards, rates };
  return { standards, rates };
}

export function buildContext(parsed: ParsedWorkbook, options: ReviewOptions): RuleContext {
  const { standards, rates } = mergedLists(parsed, options);
  return {
    parsed,
    asOf: options.asOf ?? today(),
    options,
    standards,
    rates,
    scheduleFor: scheduleLookup(parsed.schedules),
    participantsFor: participantLookup(parsed.participants),
  };
}

/**
 * A project's schedule: the first with its key. A workbook's few schedules (one or two in most) are looked
 * through; a Map by key is made for more (a Map per workbook was a tenth of what building contexts allocated).
 */
function scheduleLookup(list: readonly Schedule[]): (p: Project) => Schedule | undefined {
  if (list.length <= FEW_SCHEDULES) {
    return (p) => {
      const key = p.key;
      for (let i = 0; i < list.length; i++) if (list[i].projectKey === key) return list[i];
      return undefined;
    };
  }
  const schedules = new Map<string, Schedule>();
  for (const s of list) if (s.projectKey !== null && !schedules.has(s.projectKey)) schedules.set(s.projectKey, s);
  return (p) => schedules.get(p.key);
}

/** Up to this many schedules are looked through for a project's. */
export const FEW_SCHEDULES = 4;

/** A project's participants (a new list each time when none): grouped by key at the first ask, none made for a workbook without them. */
function participantLookup(list: readonly Participant[]): (p: Project) => Participant[] {
  if (list.length === 0) return () => [];
  let participants: Map<string, Participant[]> | undefined;
  return (p) => {
    if (participants === undefined) {
      participants = new Map();
      for (const x of list) {
        if (x.projectKey === null) continue;
        const own = participants.get(x.projectKey);
        if (own) own.push(x);
        else participants.set(x.projectKey, [x]);
      }
    }
    return participants.get(p.key) ?? [];
  };
}

function toPlace(ref: CellRef | { sheet: string; cell: string }): { sheet: string; cell: string } {
  return 'cell' in ref ? { sheet: ref.sheet, cell: ref.cell } : { sheet: ref.sheet, cell: a1(ref.row, ref.col) };
}

/** The sheet holding the workbook's 审核设置, for findings about it. */
function settingsSheet(parsed: ParsedWorkbook): string {
  return parsed.recognition.find((r) => r.kind === 'settings')?.sheet ?? '审核设置';
}

/** Online when read so (培训形式, title or theme); every other project is offline (RULES.md "Training mode"). */
export function isOnline(p: Project): boolean {
  return p.mode === 'online';
}

/**
 * Context whose projects are only those of one mode (for rules marked offline only or online only): the
 * context itself when every project is of that mode (the usual workbook, all offline), not a copy of it.
 */
function modeView(ctx: RuleContext, online: boolean): RuleContext {
  const projects = ctx.parsed.projects;
  let i = 0;
  while (i < projects.length && isOnline(projects[i]) === online) i++;
  if (i === projects.length) return ctx;
  return { ...ctx, parsed: { ...ctx.parsed, projects: projects.filter((p) => isOnline(p) === online) } };
}

/**
 * A rule as the runner reads it, made once per pack's rule list. The rules are object literals of several
 * shapes: reading `id`, `severity`, `clause` and the mode flags from them at the runner's few sites was a
 * megamorphic lookup per rule run (360 000 in a review of 6 000 workbooks) and per finding. These fields are
 * read when the list first runs (rules are module constants); `check` is read from the rule at each run.
 */
class RuleSlot {
  readonly id: string;
  readonly severity: Severity;
  readonly clause: string;
  readonly offlineOnly: boolean;
  readonly onlineOnly: boolean;
  constructor(readonly rule: Rule) {
    this.id = rule.id;
    this.severity = rule.severity;
    this.clause = rule.clause;
    this.offlineOnly = Boolean(rule.offlineOnly);
    this.onlineOnly = Boolean(rule.onlineOnly);
  }
}

const slotLists = new WeakMap<readonly Rule[], RuleSlot[]>();

/** The slots of a pack's rules (made again when the list was changed since). */
function slotsOf(rules: readonly Rule[]): RuleSlot[] {
  let slots = slotLists.get(rules);
  if (slots !== undefined && slots.length === rules.length) {
    let same = true;
    for (let i = 0; i < rules.length && same; i++) same = slots[i].rule === rules[i];
    if (same) return slots;
  }
  slots = [];
  for (const rule of rules) slots.push(new RuleSlot(rule));
  slotLists.set(rules, slots);
  return slots;
}

/**
 * Runs one rule, collecting its findings; a rule that throws yields one error finding of that rule.
 * One finding per offending thing (RULES.md "Where a finding points"): a second finding of the rule at
 * the same sheet and cell for the same project is dropped and handed to `onDuplicate` (tests assert
 * that no rule produces one). Findings without a cell (a whole file) are all kept.
 */
export function runRule(rule: Rule, ctx: RuleContext, params: unknown, onDuplicate?: (dropped: Finding) => void): Finding[] {
  const out: Finding[] = [];
  new Collector(ctx, onDuplicate).run(new RuleSlot(rule), params, out);
  return out;
}

/**
 * What runRule does, for one workbook's rules in turn: one emit function and its state per workbook,
 * not a closure, a context and a result array per rule (a review of 6 000 workbooks runs 360 000 rules,
 * most of which find nothing). Rules call emit only while they run.
 */
class Collector {
  private rule!: RuleSlot;
  private out!: Finding[];
  /** Where the rule's findings start in `out`. */
  private start = 0;
  /**
   * The cells a rule has reported, made once it has SCAN_LIMIT findings (before that, its findings
   * are looked through): by sheet, then project key ('' for none), then address — no key text made
   * and hashed per finding, where a large review makes 100 000 of them.
   */
  private seen: Map<string, Map<string, Set<string>>> | undefined;
  /** Each finding's first row and column (-1 when it has none), beside `out`, for sortFindings. */
  positions: Positions | undefined;
  private readonly file: string;
  private readonly skipInfo: boolean;
  readonly emit: Emit;
  // the context's offline and online views, made at the first rule that asks
  private offline: RuleContext | undefined;
  private online: RuleContext | undefined;

  constructor(
    private readonly ctx: RuleContext,
    private readonly onDuplicate?: (dropped: Finding) => void,
  ) {
    this.file = ctx.parsed.file;
    this.skipInfo = ctx.options.skipInfo === true;
    this.emit = (ref, message, extra) => this.add(ref, message, extra);
  }

  /** Runs the rule, appending its findings to `out`. */
  run(rule: RuleSlot, params: unknown, out: Finding[]): void {
    this.rule = rule;
    this.out = out;
    this.start = out.length;
    this.seen = undefined;
    try {
      // (read from the rule at each run, as a method of it: rules read `this.clause`, and a test may spy on `check`)
      rule.rule.check(this.viewFor(rule), params, this.emit);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      this.positions?.add(-1, -1);
      out.push({
        ruleId: rule.id,
        severity: 'error',
        file: this.file,
        sheet: '',
        cell: '',
        message: `检查“${rule.id}”运行出错，未能完成：${why}`,
        ...(rule.clause ? { clause: rule.clause } : {}),
      });
    }
  }

  /** The context a rule sees: only the projects of its mode when it is marked offline or online only. */
  private viewFor(rule: RuleSlot): RuleContext {
    if (rule.offlineOnly && rule.onlineOnly) throw new Error(`规则 ${rule.id} 不能同时仅限线上和仅限线下`);
    if (rule.offlineOnly) return this.offline ?? (this.offline = modeView(this.ctx, false));
    if (rule.onlineOnly) return this.online ?? (this.online = modeView(this.ctx, true));
    return this.ctx;
  }

  private add(ref: Parameters<Emit>[0], message: string, extra: Parameters<Emit>[2]): void {
    const rule = this.rule;
    const severity = extra?.severity ?? rule.severity;
    if (this.skipInfo && severity === 'info') return;
    // (no intermediate place object: one finding per emit is all that is allocated here)
    const sheet = ref.sheet;
    const cell = 'cell' in ref ? ref.cell : a1(ref.row, ref.col);
    const file = this.file;
    if (cell !== '' && this.reported(sheet, extra?.projectKey ?? '', cell)) {
      this.onDuplicate?.({ ruleId: rule.id, severity, file, sheet, cell, message });
      return;
    }
    if (this.positions !== undefined) {
      // a CellRef's own numbers are what firstCellOf would read back from its address
      if ('cell' in ref || !plainPosition(ref.row, ref.col)) this.positions.addAddress(cell);
      else this.positions.add(ref.row, ref.col);
    }
    const related = extra?.related;
    if (related && related.length > 0) {
      const f: Finding = { ruleId: rule.id, severity, file, sheet, cell, message };
      if (rule.clause) f.clause = rule.clause;
      if (extra?.projectKey !== undefined) f.projectKey = extra.projectKey;
      f.related = related.map(toPlace);
      if (extra?.data) f.data = extra.data;
      this.out.push(f);
    } else {
      this.out.push(finding(rule.id, severity, file, sheet, cell, message, rule.clause, extra?.projectKey, extra?.data));
    }
  }

  /** True when the rule has reported this cell for this project; else it is noted as reported. */
  private reported(sheet: string, project: string, cell: string): boolean {
    const out = this.out;
    if (this.seen === undefined) {
      if (out.length - this.start < SCAN_LIMIT) {
        for (let i = this.start; i < out.length; i++) {
          const f = out[i];
          if (f.cell === cell && f.sheet === sheet && (f.projectKey ?? '') === project) return true;
        }
        return false;
      }
      this.seen = new Map();
      for (let i = this.start; i < out.length; i++) {
        const f = out[i];
        if (f.cell !== '') this.noteReported(f.sheet, f.projectKey ?? '', f.cell);
      }
    }
    return this.noteReported(sheet, project, cell);
  }

  /** What `reported` says, from the sets. */
  private noteReported(sheet: string, project: string, cell: string): boolean {
    const seen = this.seen as Map<string, Map<string, Set<string>>>;
    let bySheet = seen.get(sheet);
    if (bySheet === undefined) seen.set(sheet, (bySheet = new Map()));
    let cells = bySheet.get(project);
    if (cells === undefined) bySheet.set(project, (cells = new Set()));
    else if (cells.has(cell)) return true;
    cells.add(cell);
    return false;
  }
}

/**
 * How many findings of a rule are looked through for a cell already reported before they are kept in
 * sets: most rules make a few findings in a workbook, and a Map and a Set per rule that finds
 * anything were 25 MB of a 200 MB rules pass on 10 000 projects (docs/BENCH.md, round 12).
 */
export const SCAN_LIMIT = 16;

/**
 * A finding without related cells, made whole in one literal: the same keys in the same order as
 * adding the optional ones one by one (an empty clause, an undefined project key or no data left
 * out), but one allocation of the finding's final shape instead of an object grown key by key
 * (whose later keys spill into a second, out-of-object store) — 100 000 findings in a large review.
 */
function finding(ruleId: string, severity: Severity, file: string, sheet: string, cell: string, message: string, clause: string, projectKey: string | undefined, data: FindingData | undefined): Finding {
  if (clause) {
    if (projectKey !== undefined) {
      return data ? { ruleId, severity, file, sheet, cell, message, clause, projectKey, data } : { ruleId, severity, file, sheet, cell, message, clause, projectKey };
    }
    return data ? { ruleId, severity, file, sheet, cell, message, clause, data } : { ruleId, severity, file, sheet, cell, message, clause };
  }
  if (projectKey !== undefined) {
    return data ? { ruleId, severity, file, sheet, cell, message, projectKey, data } : { ruleId, severity, file, sheet, cell, message, projectKey };
  }
  return data ? { ruleId, severity, file, sheet, cell, message, data } : { ruleId, severity, file, sheet, cell, message };
}

/**
 * Runs `common` and the chosen packs. A bad parameter in options.params throws SettingsError (the
 * caller's usage error); a bad one in the workbook's 审核设置 is reported as C-UNREADABLE at that sheet
 * and the pack runs with the other values.
 */
export function runPacks(parsed: ParsedWorkbook, options: ReviewOptions, packs?: Pack[]): Finding[] {
  const ctx = buildContext(parsed, options);
  const findings: Finding[] = [];
  const { list, ids } = packsOf(options, packs);
  ctx.packs = ids;
  const collector = new Collector(ctx);
  const positions = runPositions;
  positions.length = 0;
  collector.positions = positions;
  for (const pack of list) {
    const fromOptions = paramsFromOptions(pack.id, options.params);
    if (!fromOptions.ok) throw new SettingsError(fromOptions.errors);
    let resolved = hasKeysFor(pack.id, parsed.settings) ? resolveParams(pack.id, options.params, parsed.settings) : fromOptions;
    if (!resolved.ok) {
      for (const { cell, err } of settingsErrors(pack.id, options.params, parsed)) {
        positions.addAddress(cell);
        findings.push({ ruleId: 'C-UNREADABLE', severity: 'error', file: parsed.file, sheet: settingsSheet(parsed), cell, message: `审核设置有误，已按默认值或设置对象审核：${err}` });
      }
      resolved = fromOptions;
    }
    // (appended in place: a loop, never push(...spread), which overflows the stack at 100 000+ findings)
    for (const rule of slotsOf(pack.rules as Rule[])) {
      if (options.skipInfo === true && rule.severity === 'info') continue;
      collector.run(rule, resolved.params, findings);
    }
  }
  return sortInPlace(findings, parsed, positions);
}

// the last packs run and their ids, for the next workbook of a batch (the same options): no lists made per workbook
let lastPacks: { given: readonly PackId[] | undefined; list: Pack[]; ids: PackId[] } | null = null;

/** The packs to run (given, or common + options.packs) and their ids. */
function packsOf(options: ReviewOptions, packs: Pack[] | undefined): { list: Pack[]; ids: PackId[] } {
  // (pushed, not mapped and filtered: one elements kind whether this runs optimised or not — see parseWorkbook)
  let list: Pack[];
  if (packs) list = packs;
  else {
    const last = lastPacks;
    if (last !== null && samePacks(last.given, options.packs)) return last;
    list = [];
    for (const id of packsToRun(options)) {
      const pack = getPack(id);
      if (pack !== undefined) list.push(pack);
    }
  }
  const ids: PackId[] = [];
  for (const pack of list) ids.push(pack.id);
  // (a copy of the ids asked for: the caller's list may change after)
  if (!packs) lastPacks = { given: options.packs === undefined ? undefined : options.packs.slice(), list, ids };
  return { list, ids };
}

function samePacks(a: readonly PackId[] | undefined, b: readonly PackId[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Rows and columns of findings as they are made, in their order (what sortFindings would read from each address):
 * one for every runPacks call, emptied at its start (runPacks never runs inside a rule), its numbers in typed
 * arrays grown when needed — two lists grown by push per workbook were a sixth of what the runner allocated.
 */
class Positions {
  length = 0;
  rows = new Float64Array(256);
  cols = new Float64Array(256);
  add(row: number, col: number): void {
    const n = this.length;
    if (n === this.rows.length) {
      const rows = new Float64Array(2 * n);
      const cols = new Float64Array(2 * n);
      rows.set(this.rows);
      cols.set(this.cols);
      this.rows = rows;
      this.cols = cols;
    }
    this.rows[n] = row;
    this.cols[n] = col;
    this.length = n + 1;
  }
  addAddress(cell: string): void {
    const p = firstCellOf(cell);
    this.add(p ? p.row : -1, p ? p.col : -1);
  }
}
const runPositions = new Positions();

/** True when a1(row, col) reads back as (row, col) through firstCellOf: columns A–ZZZ, rows 1–999 999 999. */
function plainPosition(row: number, col: number): boolean {
  return Number.isInteger(row) && Number.isInteger(col) && row >= 0 && row < 999999999 && col >= 0 && col < 18278;
}

// Validating a pack's parameters with zod for every workbook of a batch costs more than the rules on
// small files; the options are the same for the whole batch, so the result is kept by their text.
const resolvedCache = new Map<string, ReturnType<typeof resolveParams>>();
// (no settings object, the usual case: kept by pack, no key text made and hashed per workbook and pack)
const resolvedPlain = new Map<PackId, ReturnType<typeof resolveParams>>();
function paramsFromOptions(packId: PackId, params: ReviewOptions['params']): ReturnType<typeof resolveParams> {
  const plain = params === undefined || params === null;
  if (plain) {
    const hit = resolvedPlain.get(packId);
    if (hit !== undefined) return hit;
  }
  const key = `${packId}\u0000${plain ? '{}' : JSON.stringify(params)}`;
  let r = resolvedCache.get(key);
  if (!r) {
    if (resolvedCache.size > 64) resolvedCache.clear();
    r = resolveParams(packId, params);
    resolvedCache.set(key, r);
  }
  if (plain) resolvedPlain.set(packId, r);
  return r;
}

/**
 * Each bad 审核设置 value of a pack at its value cell. The keys are added one at a time to those that
 * resolved; a key that makes them fail is reported at its cell and left out. So every error lands on a
 * key, also one that only a combination of keys would cause (an error of the whole set is one of the last
 * key added), and none is reported twice. Other packs' keys resolve to nothing (resolveParams skips them).
 */
function settingsErrors(packId: PackId, params: ReviewOptions['params'], parsed: ParsedWorkbook): { cell: string; err: string }[] {
  const out: { cell: string; err: string }[] = [];
  const good: Record<string, string> = Object.create(null); // the keys are user text
  for (const [k, v] of Object.entries(parsed.settings)) {
    good[k] = v;
    const r = resolveParams(packId, params, good);
    if (r.ok) continue;
    for (const err of r.errors) out.push({ cell: parsed.settingsCells?.[k] ?? '', err });
    delete good[k];
  }
  return out;
}

function hasKeysFor(packId: PackId, settings: Record<string, string> | undefined): boolean {
  if (!settings) return false;
  // (own keys read in place, not Object.keys' list, and the prefix made at the first: most workbooks have no
  // settings, and this runs per workbook and pack)
  let prefix: string | undefined;
  for (const k in settings) {
    if (!Object.hasOwn(settings, k)) continue;
    prefix ??= `${packId}.`;
    if (k.trim().startsWith(prefix)) return true;
  }
  return false;
}

/** Each finding's first row and column, as they were made (runPacks' Positions). */
interface KnownPositions {
  readonly length: number;
  readonly rows: ArrayLike<number>;
  readonly cols: ArrayLike<number>;
}

/**
 * Sorts by file, sheet (workbook order where known), row, column, rule (stable). The positions are
 * kept in typed arrays beside an index array, not in one wrapper object per finding: a review of
 * 10 000 projects sorts 100 000 findings. `positions`, when given, holds each finding's row and column as
 * firstCellOf reads them from its address (runPacks records them as the findings are made).
 */
export function sortFindings(findings: Finding[], parsed?: ParsedWorkbook, positions?: KnownPositions): Finding[] {
  const n = findings.length;
  const idx = sortedOrder(findings, parsed, positions);
  const out: Finding[] = new Array<Finding>(n);
  for (let k = 0; k < n; k++) out[k] = findings[idx[k]];
  return out;
}

/** sortFindings, the list itself put in order (runPacks' own list: no second list made per workbook). */
function sortInPlace(findings: Finding[], parsed: ParsedWorkbook, positions: KnownPositions): Finding[] {
  const n = findings.length;
  const idx = sortedOrder(findings, parsed, positions);
  const copy = scratchFindings(n);
  for (let k = 0; k < n; k++) copy[k] = findings[k];
  for (let k = 0; k < n; k++) findings[k] = copy[idx[k]] as Finding;
  copy.fill(undefined, 0, n); // (none kept past the sort)
  return findings;
}

/** The findings' indices in sorted order (a scratch list, valid until the next sort, for up to INSERTION_SORT_MAX). */
function sortedOrder(findings: Finding[], parsed: ParsedWorkbook | undefined, positions: KnownPositions | undefined): ArrayLike<number> {
  const n = findings.length;
  const sheetOrder = sheetOrderOf(parsed);
  // each finding's sheet order, row and column, three numbers in a row
  const keys = scratchKeys(3 * n);
  // (the runner knows each finding's position as it makes it: no address parsed back)
  const known = positions !== undefined && positions.length === n ? positions : undefined;
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    const k = 3 * i;
    keys[k] = sheetOrder(f.sheet);
    if (known) {
      keys[k + 1] = known.rows[i];
      keys[k + 2] = known.cols[i];
    } else {
      const p = firstCellOf(f.cell);
      keys[k + 1] = p ? p.row : -1;
      keys[k + 2] = p ? p.col : -1;
    }
  }
  const order = (i: number, j: number): number => {
    const a = findings[i];
    const b = findings[j];
    const p = 3 * i;
    const q = 3 * j;
    return (
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      keys[p] - keys[q] ||
      (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) ||
      keys[p + 1] - keys[q + 1] ||
      keys[p + 2] - keys[q + 2] ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      i - j
    );
  };
  if (n <= INSERTION_SORT_MAX) {
    // (the order is total — equal findings by their index — so any sort gives the one result)
    const idx = shortOrder;
    for (let k = 0; k < n; k++) idx[k] = k;
    for (let k = 1; k < n; k++) {
      const x = idx[k];
      let j = k - 1;
      while (j >= 0 && order(idx[j], x) > 0) {
        idx[j + 1] = idx[j];
        j--;
      }
      idx[j + 1] = x;
    }
    return idx;
  }
  const idx: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  return idx.sort(order);
}

/**
 * Up to this many findings (a workbook's few dozen, the usual case) are sorted in place by insertion here:
 * Array.prototype.sort made a work copy of the list and called the comparison through a builtin, not inlined
 * (docs/BENCH.md, round 13).
 */
export const INSERTION_SORT_MAX = 32;

/**
 * The sort's numbers, kept between calls (a sort never runs inside another): a review sorts each
 * workbook's findings, a few dozen in most, and three typed arrays per workbook were a third of what
 * sorting allocated (docs/BENCH.md, round 12).
 */
let keyScratch = new Float64Array(768);
// a short sort's order (kept between calls, as the numbers are)
const shortOrder = new Int32Array(INSERTION_SORT_MAX);
// runPacks' findings while they are put back in order, emptied after each sort
let findingScratch: (Finding | undefined)[] = [];
function scratchFindings(size: number): (Finding | undefined)[] {
  if (findingScratch.length < size) findingScratch = new Array<Finding | undefined>(Math.max(size, 2 * findingScratch.length)).fill(undefined);
  return findingScratch;
}
function scratchKeys(size: number): Float64Array {
  if (keyScratch.length < size) keyScratch = new Float64Array(Math.max(size, 2 * keyScratch.length));
  return keyScratch;
}

const NO_ORDER = (): number => Number.MAX_SAFE_INTEGER;

/** A sheet's place in the workbook (MAX_SAFE_INTEGER when not recognised): looked along a short list, by map in a long one. */
function sheetOrderOf(parsed: ParsedWorkbook | undefined): (sheet: string) => number {
  const list = parsed?.recognition;
  if (list === undefined || list.length === 0) return NO_ORDER;
  if (list.length > 8) {
    const order = new Map<string, number>();
    list.forEach((r, i) => order.set(r.sheet, i));
    return (sheet) => order.get(sheet) ?? Number.MAX_SAFE_INTEGER;
  }
  return (sheet) => {
    // (from the end: a sheet listed twice is at its last place, as a map set in order holds it)
    for (let i = list.length - 1; i >= 0; i--) if (list[i].sheet === sheet) return i;
    return Number.MAX_SAFE_INTEGER;
  };
}
