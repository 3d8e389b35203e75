/**
 * Runs rule packs over a parsed workbook: builds the context, resolves each pack's parameters
 * (defaults < options.params < the workbook's 审核设置), skips offline-only rules for online projects,
 * turns a rule that throws into an error finding of that rule, and sorts the findings.
 */
import { a1, firstCellOf, type CellRef } from '../grid';
import type { PackId, ReviewOptions } from '../model/review';
import type { Finding, FindingData, Severity } from '../model/findings';
import type { ExchangeRate, FeeStandard, ParsedWorkbook, Participant, Project, ReadNote, Schedule } from '../model/records';
import { SettingsError, resolveParams } from '../settings';
import { SHIPPED_STANDARDS, mergeRates, mergeStandards } from '../tallies/fee';
import { getPack } from './registry';
import type { Emit, MakeFinding, Pack, Rule, RuleContext } from './types';
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
  const schedules = new Map<string, Schedule>();
  for (const s of parsed.schedules) if (s.projectKey !== null && !schedules.has(s.projectKey)) schedules.set(s.projectKey, s);
  const participants = new Map<string, Participant[]>();
  for (const x of parsed.participants) {
    if (x.projectKey === null) continue;
    const list = participants.get(x.projectKey);
    if (list) list.push(x);
    else participants.set(x.projectKey, [x]);
  }
  return {
    parsed,
    asOf: options.asOf ?? today(),
    options,
    standards,
    rates,
    scheduleFor: (p: Project) => schedules.get(p.key),
    participantsFor: (p: Project) => participants.get(p.key) ?? [],
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

/** Context whose projects are only those of one mode (for rules marked offline only or online only). */
function modeView(ctx: RuleContext, online: boolean): RuleContext {
  return { ...ctx, parsed: { ...ctx.parsed, projects: ctx.parsed.projects.filter((p) => isOnline(p) === online) } };
}

// The offline and online views of a context, made once per context (not once per rule that asks).
const modeViews = new WeakMap<RuleContext, { offline?: RuleContext; online?: RuleContext }>();

function viewFor(rule: Rule, ctx: RuleContext): RuleContext {
  if (rule.offlineOnly && rule.onlineOnly) throw new Error(`规则 ${rule.id} 不能同时仅限线上和仅限线下`);
  if (!rule.offlineOnly && !rule.onlineOnly) return ctx;
  let views = modeViews.get(ctx);
  if (!views) modeViews.set(ctx, (views = {}));
  if (rule.offlineOnly) return views.offline ?? (views.offline = modeView(ctx, false));
  return views.online ?? (views.online = modeView(ctx, true));
}

/**
 * Runs one rule, collecting its findings; a rule that throws yields one error finding of that rule.
 * One finding per offending thing (RULES.md "Where a finding points"): a second finding of the rule at
 * the same sheet and cell for the same project is dropped and handed to `onDuplicate` (tests assert
 * that no rule produces one). Findings without a cell (a whole file) are all kept.
 */
export function runRule(rule: Rule, ctx: RuleContext, params: unknown, onDuplicate?: (dropped: Finding) => void): Finding[] {
  const out: Finding[] = [];
  new Collector(ctx, onDuplicate).run(rule, params, out);
  return out;
}

/**
 * What runRule does, for one workbook's rules in turn: one emit function and its state per workbook,
 * not a closure, a context and a result array per rule (a review of 6 000 workbooks runs 360 000 rules,
 * most of which find nothing). Rules call emit only while they run.
 */
class Collector {
  private rule!: Rule;
  private out!: Finding[];
  /**
   * The cells a rule has reported, made at its first finding with a cell (most rules find nothing in
   * most workbooks): by sheet, then project key ('' for none), then address — no key text made and
   * hashed per finding, where a large review makes 100 000 of them.
   */
  private seen: Map<string, Map<string, Set<string>>> | undefined;
  /** Each finding's first row and column (-1 when it has none), beside `out`, for sortFindings. */
  positions: Positions | undefined;
  /** The notes reported `later` (when the collector keeps them), with the place in the order made of each. */
  readonly later: Later | undefined;
  /** How many findings and kept notes were made so far. */
  private count = 0;
  private readonly file: string;
  private readonly skipInfo: boolean;
  readonly emit: Emit;

  constructor(
    private readonly ctx: RuleContext,
    private readonly onDuplicate?: (dropped: Finding) => void,
    keepNotes = false,
  ) {
    this.file = ctx.parsed.file;
    this.skipInfo = ctx.options.skipInfo === true;
    const emit: Emit = (ref, message, extra) => this.add(ref, message, extra);
    if (keepNotes) {
      this.later = { file: this.file, notes: [], blocks: [] };
      emit.later = (note, make) => this.addLater(note, make);
    }
    this.emit = emit;
  }

  /** Runs the rule, appending its findings to `out`. */
  run(rule: Rule, params: unknown, out: Finding[]): void {
    this.rule = rule;
    this.out = out;
    this.seen = undefined;
    try {
      rule.check(viewFor(rule, this.ctx), params, this.emit);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      this.positions?.add(-1, -1, this.made());
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

  private add(ref: Parameters<Emit>[0], message: string, extra: Parameters<Emit>[2]): void {
    const rule = this.rule;
    const severity = extra?.severity ?? rule.severity;
    if (this.skipInfo && severity === 'info') return;
    // (no intermediate place object: one finding per emit is all that is allocated here)
    const sheet = ref.sheet;
    const cell = 'cell' in ref ? ref.cell : a1(ref.row, ref.col);
    const file = this.file;
    if (cell !== '') {
      const project = extra?.projectKey ?? '';
      if (this.seen === undefined) this.seen = new Map();
      let bySheet = this.seen.get(sheet);
      if (bySheet === undefined) this.seen.set(sheet, (bySheet = new Map()));
      let cells = bySheet.get(project);
      if (cells === undefined) bySheet.set(project, (cells = new Set()));
      else if (cells.has(cell)) {
        this.onDuplicate?.({ ruleId: rule.id, severity, file, sheet, cell, message });
        return;
      }
      cells.add(cell);
    }
    if (this.positions !== undefined) {
      // a CellRef's own numbers are what firstCellOf would read back from its address
      if ('cell' in ref || !plainPosition(ref.row, ref.col)) this.positions.addAddress(cell, this.made());
      else this.positions.add(ref.row, ref.col, this.made());
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

  /** The next place in the order made (of findings and kept notes). */
  made(): number {
    return this.count++;
  }

  /**
   * A note kept as it is (emit.later): only the note itself, in a block of the notes its rule made one after
   * another with one maker (the places in the order made run on through a block).
   */
  private addLater(note: ReadNote, make: MakeFinding): void {
    const rule = this.rule;
    if (this.skipInfo && rule.severity === 'info') return;
    const later = this.later!;
    const order = this.made();
    const n = later.notes.length;
    const last = later.blocks.length > 0 ? later.blocks[later.blocks.length - 1] : undefined;
    if (!last || last.rule !== rule || last.make !== make || last.order + (n - last.start) !== order) later.blocks.push({ start: n, order, rule, make });
    later.notes.push(note);
  }
}

/**
 * Notes reported `later`, in the order made, in blocks: from `start` on, the notes one rule made one after
 * another with one maker, the first of them the `order`-th finding made.
 */
interface Later {
  readonly file: string;
  readonly notes: ReadNote[];
  readonly blocks: { readonly start: number; readonly order: number; readonly rule: Rule; readonly make: MakeFinding }[];
}

/** The findings of the notes kept `later` (what emit would have made of them), their rows and columns as the runner records them, their places in the order made. */
function laterFindings(later: Later): { made: Finding[]; rows: number[]; cols: number[]; order: number[] } {
  const made: Finding[] = [];
  const rows: number[] = [];
  const cols: number[] = [];
  const order: number[] = [];
  const { notes, blocks, file } = later;
  for (let b = 0; b < blocks.length; b++) {
    const { start, rule, make } = blocks[b];
    const end = b + 1 < blocks.length ? blocks[b + 1].start : notes.length;
    for (let k = start; k < end; k++) {
      const note = notes[k];
      const { sheet, row, col } = note.ref;
      const { message, data } = make(note);
      const cell = a1(row, col);
      made.push(finding(rule.id, rule.severity, file, sheet, cell, message, rule.clause, note.projectKey, data));
      const p = plainPosition(row, col) ? note.ref : firstCellOf(cell);
      rows.push(p ? p.row : -1);
      cols.push(p ? p.col : -1);
      order.push(blocks[b].order + (k - start));
    }
  }
  return { made, rows, cols, order };
}

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
  return allFindings(collectFindings(parsed, options, packs));
}

/**
 * A review's findings with the reader's notes kept as notes (C-NORMALISED: half of a large review's findings):
 * `findings` holds every other finding in sortFindings' order, with the keys it sorted by; allFindings makes
 * the notes' findings and merges them into their places, countByRule / countBySeverity count without making them.
 */
export interface CollectedFindings {
  readonly findings: Finding[];
  /** The keys they were sorted by, in the order made; `at[k]`: where the k-th of `findings` is in them. */
  readonly keys: SortKeys;
  readonly at: readonly number[];
  readonly later: Later | undefined;
  /** The sheets in workbook order, for the notes' keys. */
  readonly sheetOrder: ReadonlyMap<string, number>;
}

/** What runPacks does, with the notes kept (see CollectedFindings). */
export function collectFindings(parsed: ParsedWorkbook, options: ReviewOptions, packs?: Pack[]): CollectedFindings {
  const ctx = buildContext(parsed, options);
  const findings: Finding[] = [];
  const list = packs ?? packsToRun(options).map((id) => getPack(id)).filter((p): p is Pack => p !== undefined);
  ctx.packs = list.map((p) => p.id);
  const collector = new Collector(ctx, undefined, true);
  const positions = new Positions();
  collector.positions = positions;
  for (const pack of list) {
    const fromOptions = paramsFromOptions(pack.id, options.params);
    if (!fromOptions.ok) throw new SettingsError(fromOptions.errors);
    let resolved = hasKeysFor(pack.id, parsed.settings) ? resolveParams(pack.id, options.params, parsed.settings) : fromOptions;
    if (!resolved.ok) {
      for (const { cell, err } of settingsErrors(pack.id, options.params, parsed)) {
        positions.addAddress(cell, collector.made());
        findings.push({ ruleId: 'C-UNREADABLE', severity: 'error', file: parsed.file, sheet: settingsSheet(parsed), cell, message: `审核设置有误，已按默认值或设置对象审核：${err}` });
      }
      resolved = fromOptions;
    }
    // (appended in place: a loop, never push(...spread), which overflows the stack at 100 000+ findings)
    for (const rule of pack.rules as Rule[]) {
      if (options.skipInfo === true && rule.severity === 'info') continue;
      collector.run(rule, resolved.params, findings);
    }
  }
  const sheetOrder = sheetOrderOf(parsed);
  const keys = keysOf(findings, sheetOrder, positions);
  const sorted = sortWithKeys(findings, keys);
  return { findings: sorted.findings, keys, at: sorted.at, later: collector.later, sheetOrder };
}

/**
 * Every finding of a collected review in sortFindings' order: the notes made findings (what the rule's
 * emit would have made) and merged into their places among the others, the same list runPacks gave
 * when it made every note a finding at once.
 */
export function allFindings(c: CollectedFindings): Finding[] {
  const later = c.later;
  const n = later ? later.notes.length : 0;
  if (!later || n === 0) return c.findings;
  const notesMade = laterFindings(later);
  const made = notesMade.made;
  const kb = keysOf(made, c.sheetOrder, notesMade);
  const notes = sortWithKeys(made, kb);
  const a = c.findings;
  const ka = c.keys;
  const atA = c.at;
  const b = notes.findings;
  const atB = notes.at;
  const out: Finding[] = new Array<Finding>(a.length + n);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < n) {
    const x = atA[i];
    const y = atB[j];
    const before = compareKeys(a[i], ka.sheets[x], ka.rows[x], ka.cols[x], b[j], kb.sheets[y], kb.rows[y], kb.cols[y]) || ka.order[x] - kb.order[y];
    out[k++] = before <= 0 ? a[i++] : b[j++];
  }
  while (i < a.length) out[k++] = a[i++];
  while (j < n) out[k++] = b[j++];
  return out;
}

/** Findings by rule ID, the kept notes counted without being made. */
export function countByRule(c: CollectedFindings): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of c.findings) out.set(f.ruleId, (out.get(f.ruleId) ?? 0) + 1);
  forBlocks(c.later, (rule, n) => out.set(rule.id, (out.get(rule.id) ?? 0) + n));
  return out;
}

/** Findings by severity, the kept notes counted without being made. */
export function countBySeverity(c: CollectedFindings): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of c.findings) out[f.severity]++;
  forBlocks(c.later, (rule, n) => (out[rule.severity] += n));
  return out;
}

/** Each block of kept notes: its rule and how many notes it holds. */
function forBlocks(later: Later | undefined, f: (rule: Rule, n: number) => void): void {
  if (!later) return;
  const { blocks, notes } = later;
  for (let b = 0; b < blocks.length; b++) f(blocks[b].rule, (b + 1 < blocks.length ? blocks[b + 1].start : notes.length) - blocks[b].start);
}

/** A collected review with more findings (C-DUPLICATE across workbooks): sorted in after the others at equal keys, as sortFindings of the whole list with them last would. */
export function withFindings(c: CollectedFindings, added: readonly Finding[]): CollectedFindings {
  if (added.length === 0) return c;
  const all = c.findings.concat(added);
  const after = c.findings.length + (c.later?.notes.length ?? 0);
  // the keys in the order of `all`: those of the sorted findings, then the added ones'
  const positions = { rows: c.at.map((x) => c.keys.rows[x]), cols: c.at.map((x) => c.keys.cols[x]), order: c.at.map((x) => c.keys.order[x]) };
  added.forEach((f, k) => {
    const p = firstCellOf(f.cell);
    positions.rows.push(p ? p.row : -1);
    positions.cols.push(p ? p.col : -1);
    positions.order.push(after + k);
  });
  const keys = keysOf(all, c.sheetOrder, positions);
  const sorted = sortWithKeys(all, keys);
  return { ...c, findings: sorted.findings, keys, at: sorted.at };
}

/** Rows and columns of findings as they are made, in their order (what sortFindings would read from each address), and each one's place in the order made. */
class Positions {
  readonly rows: number[] = [];
  readonly cols: number[] = [];
  readonly order: number[] = [];
  add(row: number, col: number, order: number): void {
    this.rows.push(row);
    this.cols.push(col);
    this.order.push(order);
  }
  addAddress(cell: string, order: number): void {
    const p = firstCellOf(cell);
    this.add(p ? p.row : -1, p ? p.col : -1, order);
  }
}

/** True when a1(row, col) reads back as (row, col) through firstCellOf: columns A–ZZZ, rows 1–999 999 999. */
function plainPosition(row: number, col: number): boolean {
  return Number.isInteger(row) && Number.isInteger(col) && row >= 0 && row < 999999999 && col >= 0 && col < 18278;
}

// Validating a pack's parameters with zod for every workbook of a batch costs more than the rules on
// small files; the options are the same for the whole batch, so the result is kept by their text.
const resolvedCache = new Map<string, ReturnType<typeof resolveParams>>();
function paramsFromOptions(packId: PackId, params: ReviewOptions['params']): ReturnType<typeof resolveParams> {
  // (no settings object, the usual case: no JSON text to make per workbook and pack)
  const key = `${packId}\u0000${params === undefined || params === null ? '{}' : JSON.stringify(params)}`;
  let r = resolvedCache.get(key);
  if (!r) {
    if (resolvedCache.size > 64) resolvedCache.clear();
    r = resolveParams(packId, params);
    resolvedCache.set(key, r);
  }
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
  const prefix = `${packId}.`;
  for (const k of Object.keys(settings)) if (k.trim().startsWith(prefix)) return true;
  return false;
}

/**
 * The keys findings are sorted by, beside them (plain arrays: a review of 6 000 workbooks sorts 6 000 short
 * lists): sheet (workbook order), first row and column, place in the order made.
 */
interface SortKeys {
  readonly sheets: readonly number[];
  readonly rows: readonly number[];
  readonly cols: readonly number[];
  readonly order: readonly number[];
}

/** The workbook's sheets in their order. */
function sheetOrderOf(parsed: ParsedWorkbook | undefined): Map<string, number> {
  const order = new Map<string, number>();
  parsed?.recognition.forEach((r, i) => order.set(r.sheet, i));
  return order;
}

/**
 * The keys of findings: `positions`, when given, holds each finding's row and column as firstCellOf reads
 * them from its address (the runner records them as the findings are made: taken as they are, not copied)
 * and may hold its place in the order made (else its index).
 */
function keysOf(
  findings: readonly Finding[],
  sheetOrder: ReadonlyMap<string, number>,
  positions?: { readonly rows: readonly number[]; readonly cols: readonly number[]; readonly order?: readonly number[] },
): SortKeys {
  const n = findings.length;
  const sheets: number[] = [];
  // (findings come in runs of one sheet: its place looked up once per run)
  let sheet: string | undefined;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const s = findings[i].sheet;
    if (s !== sheet) {
      sheet = s;
      at = sheetOrder.get(s) ?? Number.MAX_SAFE_INTEGER;
    }
    sheets.push(at);
  }
  // (the runner knows each finding's position as it makes it: no address parsed back)
  const known = positions !== undefined && positions.rows.length === n ? positions : undefined;
  let rows: readonly number[];
  let cols: readonly number[];
  if (known) {
    rows = known.rows;
    cols = known.cols;
  } else {
    const r: number[] = [];
    const c: number[] = [];
    for (const f of findings) {
      const p = firstCellOf(f.cell);
      r.push(p ? p.row : -1);
      c.push(p ? p.col : -1);
    }
    rows = r;
    cols = c;
  }
  let order = known?.order !== undefined && known.order.length === n ? known.order : undefined;
  if (!order) {
    const o: number[] = [];
    for (let i = 0; i < n; i++) o.push(i);
    order = o;
  }
  return { sheets, rows, cols, order };
}

/** The order of findings: file, sheet (workbook order where known), row, column, rule (then the order made, by the caller). */
function compareKeys(a: Finding, sheetA: number, rowA: number, colA: number, b: Finding, sheetB: number, rowB: number, colB: number): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    sheetA - sheetB ||
    (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) ||
    rowA - rowB ||
    colA - colB ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** Findings sorted by their keys (then the order made); `at[k]`: the index, in the list and keys given, of the k-th. */
function sortWithKeys(findings: readonly Finding[], keys: SortKeys): { findings: Finding[]; at: number[] } {
  const n = findings.length;
  const at: number[] = [];
  for (let i = 0; i < n; i++) at.push(i);
  const { sheets, rows, cols, order } = keys;
  at.sort((i, j) => compareKeys(findings[i], sheets[i], rows[i], cols[i], findings[j], sheets[j], rows[j], cols[j]) || order[i] - order[j]);
  const out: Finding[] = new Array<Finding>(n);
  for (let k = 0; k < n; k++) out[k] = findings[at[k]];
  return { findings: out, at };
}

/**
 * Sorts by file, sheet (workbook order where known), row, column, rule (stable). The keys are kept in
 * arrays beside an index array, not in one wrapper object per finding: a review of 10 000 projects sorts
 * 100 000 findings. `positions`, when given, holds each finding's row and column as firstCellOf reads
 * them from its address.
 */
export function sortFindings(findings: Finding[], parsed?: ParsedWorkbook, positions?: { readonly rows: readonly number[]; readonly cols: readonly number[] }): Finding[] {
  return sortWithKeys(findings, keysOf(findings, sheetOrderOf(parsed), positions)).findings;
}
