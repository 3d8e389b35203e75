/**
 * A recording fake of the part of the Excel JavaScript API the add-in uses, for tests and the bench
 * (no Excel on this machine). It behaves like Office.js where it matters for correctness:
 * - requests are queued and run only at `context.sync()`; loaded properties are readable only after
 *   the sync that loaded them (reading earlier throws PropertyNotLoaded, as Office.js does);
 * - members above the configured ExcelApi version throw ApiNotFound;
 * - a sync whose request or response payload passes 5 MB fails, an address over 8 192 characters fails,
 *   asking for more than 512 merged areas fails, a string starting with `=` written to a cell that is not
 *   formatted as text becomes a formula;
 * - it counts syncs, requests and payload bytes per sync, and records every call.
 * It holds a workbook state (values, formats, fills, conditional formats, notes, comments, settings,
 * sheets) whose `snapshot()` can be compared before and after.
 */
import type { ExcelEnv } from '../../src/hosts/excel/env';

export type FakeValue = string | number | boolean;
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface FakeCF {
  id: string;
  type: string;
  areas: Rect[];
  formula: string;
  fill: string | null;
  fontColor: string | null;
}

export interface FakeHyperlink {
  documentReference?: string;
  address?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  values: Map<string, FakeValue>;
  errors: Set<string>;
  formulas: Map<string, string>;
  numberFormats: Map<string, string>;
  hyperlinks: Map<string, FakeHyperlink>;
  fills: Map<string, string>;
  fontColors: Map<string, string>;
  bold: Map<string, boolean>;
  wrap: Map<string, boolean>;
  /** Other format properties by cell: italic, size, alignment, borders, row height. */
  styles: Map<string, Record<string, unknown>>;
  columnWidths: Map<number, number>;
  merges: Rect[];
  cfs: FakeCF[];
  notes: Map<string, string>;
  validations: { rect: Rect; rule: unknown }[];
  frozenRows: number;
  frozenCols: number;
  charts: FakeChart[];
  /** worksheet.pageLayout (ExcelApi 1.9): orientation, paperSize, zoom, centerHorizontally, printTitleRows. */
  pageLayout: Record<string, unknown>;
}

/** A chart added with `worksheet.charts.add` (ExcelApi 1.1). */
export interface FakeChart {
  id: string;
  name: string;
  type: string;
  /** The source data range's address on its sheet (A1, no sheet name). */
  source: string;
  seriesBy: string;
  title: string;
  position: { start: string; end: string } | null;
  /** Series made from the source (first row/column = labels). */
  seriesCount: number;
  /** Per series (by index): chart type and axis group set after adding (ExcelApi 1.7 / 1.8). */
  series: Record<number, { chartType?: string; axisGroup?: string }>;
}

/** One `range.values = …` as Excel received it (before any parsing), with the formats in force then. */
export interface FakeValueWrite {
  sheet: string;
  r0: number;
  c0: number;
  values: FakeValue[][];
  formats: string[][];
}

export interface FakeComment {
  id: string;
  sheetId: string;
  cell: string;
  content: string;
}

export interface SyncStat {
  /** Set when Excel refused the sync (payload over 5 MB); nothing of it was applied after the failing request. */
  failed?: boolean;
  requests: number;
  requestBytes: number;
  responseBytes: number;
}

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const ADDRESS_LIMIT = 8192;
const MAX_ROW = 1048575;
const MAX_COL = 16383;

const key = (r: number, c: number) => `${r},${c}`;

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function jsonBytes(v: unknown): number {
  return bytes(JSON.stringify(v) ?? '');
}

export function colName(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** `B3` or `B3:D9` (with optional $) → Rect. Throws InvalidArgument otherwise. */
export function parseRect(address: string): Rect {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!m) throw fakeError('InvalidArgument', `bad address "${address}"`);
  const r0 = Number(m[2]) - 1;
  const c0 = colIndex(m[1]);
  const r1 = m[3] ? Number(m[4]) - 1 : r0;
  const c1 = m[3] ? colIndex(m[3]) : c0;
  if (r0 < 0 || r1 > MAX_ROW || c0 < 0 || c1 > MAX_COL) throw fakeError('InvalidArgument', `address out of grid "${address}"`);
  return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
}

export function rectAddress(r: Rect): string {
  const a = `${colName(r.c0)}${r.r0 + 1}`;
  return r.r0 === r.r1 && r.c0 === r.c1 ? a : `${a}:${colName(r.c1)}${r.r1 + 1}`;
}

function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

function fakeError(code: string, message: string): Error {
  const e = new Error(`${code}: ${message}`) as Error & { code: string };
  e.code = code;
  return e;
}

function versionAtLeast(have: string, need: string): boolean {
  const [a, b] = have.split('.').map(Number);
  const [c, d] = need.split('.').map(Number);
  return a > c || (a === c && b >= d);
}

function parseLoad(props?: string | string[] | { select?: string }): string[] {
  if (!props) return [];
  const s = Array.isArray(props) ? props.join(',') : typeof props === 'string' ? props : props.select ?? '';
  return s
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

function newSheet(id: string, name: string): FakeSheet {
  return {
    id,
    name,
    visibility: 'Visible',
    values: new Map(),
    errors: new Set(),
    formulas: new Map(),
    numberFormats: new Map(),
    hyperlinks: new Map(),
    fills: new Map(),
    fontColors: new Map(),
    bold: new Map(),
    wrap: new Map(),
    styles: new Map(),
    columnWidths: new Map(),
    merges: [],
    cfs: [],
    notes: new Map(),
    validations: [],
    frozenRows: 0,
    frozenCols: 0,
    charts: [],
    pageLayout: {},
  };
}

type Op = (stat: SyncStat) => void;
type ChangeHandler = (args: { worksheetId: string; address: string; changeType: string; source: string; type: string }) => unknown;

export interface FakeOptions {
  /** Highest ExcelApi version the fake supports (e.g. '1.7', '1.10', '1.18'). */
  api?: string;
  name?: string;
}

export class FakeExcel {
  /** Settable: a test reopens the same workbook on another Excel version. */
  api: string;
  name: string;
  sheets: FakeSheet[] = [];
  comments: FakeComment[] = [];
  settings = new Map<string, unknown>();
  activeSheetId: string | null = null;
  selection: { sheetId: string; address: string } | null = null;

  /** One entry per context.sync(). */
  syncs: SyncStat[] = [];
  /** Every API call, as `Class.member`. */
  calls: string[] = [];
  callCounts = new Map<string, number>();
  maxAddressLength = 0;
  handlers: { sheetId: string | null; fn: ChangeHandler }[] = [];
  /** Every values write, as sent (see FakeValueWrite). */
  valueWrites: FakeValueWrite[] = [];
  private nextId = 1;

  constructor(opts: FakeOptions = {}) {
    this.api = opts.api ?? '1.18';
    this.name = opts.name ?? 'Book1.xlsx';
  }

  supports(version: string): boolean {
    return versionAtLeast(this.api, version);
  }

  need(version: string, member: string): void {
    if (!this.supports(version)) throw fakeError('ApiNotFound', `${member} needs ExcelApi ${version}, this Excel has ${this.api}`);
  }

  record(member: string): void {
    this.calls.push(member);
    this.callCounts.set(member, (this.callCounts.get(member) ?? 0) + 1);
  }

  noteAddress(address: string): void {
    if (address.length > this.maxAddressLength) this.maxAddressLength = address.length;
    if (address.length > ADDRESS_LIMIT) throw fakeError('InvalidArgument', `address of ${address.length} characters (limit ${ADDRESS_LIMIT})`);
  }

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(8, '0')}}`;
  }

  // ---- building a workbook for tests ----

  /** Adds a sheet from rows of values (null/'' = empty); formats by A1 address; merges as A1 ranges. */
  addSheet(
    name: string,
    rows: (FakeValue | null)[][],
    opts: { formats?: Record<string, string>; merges?: string[]; hidden?: boolean; errors?: string[]; offset?: { row: number; col: number } } = {},
  ): FakeSheet {
    const s = newSheet(this.newId('sheet'), name);
    const dr = opts.offset?.row ?? 0;
    const dc = opts.offset?.col ?? 0;
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') s.values.set(key(r + dr, c + dc), v);
      }),
    );
    // formats, errors and merges are given relative to the rows (like the values), shifted by the offset
    const shift = (a: string): Rect => {
      const r = parseRect(a);
      return { r0: r.r0 + dr, c0: r.c0 + dc, r1: r.r1 + dr, c1: r.c1 + dc };
    };
    for (const [a, f] of Object.entries(opts.formats ?? {})) {
      const rect = shift(a);
      for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) s.numberFormats.set(key(r, c), f);
    }
    for (const a of opts.errors ?? []) {
      const rect = shift(a);
      s.errors.add(key(rect.r0, rect.c0));
    }
    s.merges = (opts.merges ?? []).map(shift);
    if (opts.hidden) s.visibility = 'Hidden';
    this.sheets.push(s);
    if (!this.activeSheetId) this.activeSheetId = s.id;
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** A deep, order-independent copy of the workbook state (for equality before/after). */
  snapshot(): unknown {
    const sorted = <V>(m: Map<string | number, V>) => [...m.entries()].map(([k, v]) => [String(k), v] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return JSON.parse(
      JSON.stringify({
        name: this.name,
        active: this.activeSheetId,
        sheets: this.sheets.map((s) => ({
          id: s.id,
          name: s.name,
          visibility: s.visibility,
          values: sorted(s.values),
          errors: [...s.errors].sort(),
          formulas: sorted(s.formulas),
          numberFormats: sorted(s.numberFormats),
          hyperlinks: sorted(s.hyperlinks),
          fills: sorted(s.fills),
          fontColors: sorted(s.fontColors),
          bold: sorted(s.bold),
          wrap: sorted(s.wrap),
          styles: sorted(s.styles),
          columnWidths: sorted(s.columnWidths),
          merges: s.merges,
          cfs: s.cfs,
          notes: sorted(s.notes),
          validations: s.validations,
          frozenRows: s.frozenRows,
          frozenCols: s.frozenCols,
          charts: s.charts,
          pageLayout: s.pageLayout,
        })),
        comments: this.comments,
        settings: sorted(this.settings),
      }),
    );
  }

  resetCounters(): void {
    this.syncs = [];
    this.calls = [];
    this.callCounts = new Map();
    this.maxAddressLength = 0;
    this.valueWrites = [];
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get requestCount(): number {
    return this.syncs.reduce((n, s) => n + s.requests, 0);
  }

  /** Largest request or response of a sync Excel accepted. */
  get maxPayload(): number {
    return this.syncs.filter((s) => !s.failed).reduce((n, s) => Math.max(n, s.requestBytes, s.responseBytes), 0);
  }

  get failedSyncs(): number {
    return this.syncs.filter((s) => s.failed).length;
  }

  /** Fires change events as Excel would after a user edit. */
  async emitChanged(sheetName: string, address = 'A1'): Promise<void> {
    const s = this.sheet(sheetName);
    for (const h of [...this.handlers])
      if (h.sheetId === null || h.sheetId === s.id)
        await h.fn({ worksheetId: s.id, address, changeType: 'RangeEdited', source: 'Local', type: 'WorksheetChanged' });
  }

  async run<T>(batch: (ctx: FakeContext) => Promise<T>, reuse?: FakeContext): Promise<T> {
    const ctx = reuse ?? new FakeContext(this);
    const out = await batch(ctx);
    if (ctx.pending()) await ctx.sync();
    return out;
  }

  env(): ExcelEnv {
    return {
      run: (batch) => this.run((ctx) => batch(ctx as unknown as Excel.RequestContext)),
      runIn: (context, batch) => this.run((ctx) => batch(ctx as unknown as Excel.RequestContext), context as FakeContext),
      isSetSupported: (name, version) => name === 'ExcelApi' && this.supports(version),
    };
  }
}

export class FakeContext {
  private queue: { bytes: number; run: Op }[] = [];
  readonly workbook: FakeWorkbook;
  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(member: string, bytes: number, run: Op): void {
    this.fake.record(member);
    this.queue.push({ bytes: bytes + 40, run });
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const q = this.queue;
    this.queue = [];
    const stat: SyncStat = { requests: q.length, requestBytes: q.reduce((n, o) => n + o.bytes, 0), responseBytes: 0 };
    this.fake.syncs.push(stat);
    this.fake.record('context.sync');
    if (stat.requestBytes > PAYLOAD_LIMIT) {
      stat.failed = true;
      throw fakeError('RequestPayloadSizeLimitExceeded', `request of ${stat.requestBytes} bytes`);
    }
    for (const op of q) op.run(stat);
    if (stat.responseBytes > PAYLOAD_LIMIT) {
      stat.failed = true;
      throw fakeError('ResponsePayloadSizeLimitExceeded', `response of ${stat.responseBytes} bytes`);
    }
  }
}

abstract class FakeObject {
  protected loaded: Record<string, unknown> = {};
  constructor(readonly context: FakeContext) {}
  protected get fake(): FakeExcel {
    return this.context.fake;
  }
  protected abstract readProps(names: string[]): Record<string, unknown>;
  protected abstract readonly kind: string;

  load(props?: string | string[] | { select?: string }): this {
    const names = parseLoad(props);
    this.context.enqueue(`${this.kind}.load`, 20 + names.join(',').length, (stat) => {
      const data = this.readProps(names);
      stat.responseBytes += jsonBytes(data);
      Object.assign(this.loaded, data);
    });
    return this;
  }

  protected get<T>(name: string): T {
    if (!(name in this.loaded)) throw fakeError('PropertyNotLoaded', `${this.kind}.${name} read before load + sync`);
    return this.loaded[name] as T;
  }

  get isNullObject(): boolean {
    return this.get<boolean>('isNullObject');
  }
}

class FakeWorkbook extends FakeObject {
  protected readonly kind = 'Workbook';
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
  }
  get comments(): FakeCommentCollection {
    this.fake.need('1.10', 'workbook.comments');
    return new FakeCommentCollection(this.context);
  }
  get name(): string {
    return this.get('name');
  }
  protected readProps(names: string[]) {
    if (names.includes('name')) this.fake.need('1.7', 'workbook.name');
    return { name: this.fake.name, isNullObject: false };
  }
}

class FakeEventHandlers {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetId: () => string | null,
    private readonly member: string,
  ) {}
  add(fn: ChangeHandler) {
    const entry = { sheetId: null as string | null, fn };
    this.ctx.enqueue(`${this.member}.add`, 40, () => {
      entry.sheetId = this.sheetId();
      this.ctx.fake.handlers.push(entry);
    });
    const ctx = this.ctx;
    return {
      context: ctx,
      remove: () => {
        ctx.enqueue(`${this.member}.remove`, 40, () => {
          ctx.fake.handlers = ctx.fake.handlers.filter((h) => h !== entry);
        });
      },
    };
  }
}

class FakeWorksheetCollection extends FakeObject {
  protected readonly kind = 'WorksheetCollection';
  private itemProxies: FakeWorksheet[] | null = null;

  get items(): FakeWorksheet[] {
    if (!this.itemProxies) throw fakeError('PropertyNotLoaded', 'WorksheetCollection.items read before load + sync');
    return this.itemProxies;
  }

  get onChanged(): FakeEventHandlers {
    this.fake.need('1.9', 'worksheets.onChanged');
    return new FakeEventHandlers(this.context, () => null, 'worksheets.onChanged');
  }

  override load(props?: string | string[] | { select?: string }): this {
    const names = parseLoad(props).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue('WorksheetCollection.load', 30, (stat) => {
      this.itemProxies = this.fake.sheets.map((s) => {
        const ws = new FakeWorksheet(this.context, () => s, 'Worksheet');
        ws.setLoaded(names.length ? names : ['name', 'id', 'visibility', 'position'], s);
        return ws;
      });
      stat.responseBytes += jsonBytes(this.itemProxies.map((w) => w.loadedData()));
    });
    return this;
  }
  protected readProps() {
    return {};
  }

  getItem(keyOrName: string): FakeWorksheet {
    this.fake.record('worksheets.getItem');
    return new FakeWorksheet(this.context, () => {
      const s = this.fake.sheets.find((x) => x.name === keyOrName || x.id === keyOrName);
      if (!s) throw fakeError('ItemNotFound', `worksheet ${keyOrName}`);
      return s;
    }, 'Worksheet');
  }

  getItemOrNullObject(keyOrName: string): FakeWorksheet {
    this.fake.record('worksheets.getItemOrNullObject');
    return new FakeWorksheet(this.context, () => this.fake.sheets.find((x) => x.name === keyOrName || x.id === keyOrName) ?? null, 'Worksheet');
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.context.enqueue('worksheets.add', 40 + bytes(name), () => {
      if (this.fake.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw fakeError('ItemAlreadyExists', `worksheet ${name}`);
      if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name)) throw fakeError('InvalidArgument', `sheet name ${name}`);
      created = newSheet(this.fake.newId('sheet'), name);
      this.fake.sheets.push(created);
    });
    return new FakeWorksheet(this.context, () => {
      if (!created) throw fakeError('InvalidOperation', 'sheet not created');
      return created;
    }, 'Worksheet');
  }
}

class FakeFreezePanes {
  constructor(private readonly ws: FakeWorksheet) {}
  freezeRows(n: number) {
    this.ws.context.enqueue('freezePanes.freezeRows', 20, () => {
      this.ws.resolve().frozenRows = n;
    });
  }
  freezeColumns(n: number) {
    this.ws.context.enqueue('freezePanes.freezeColumns', 20, () => {
      this.ws.resolve().frozenCols = n;
    });
  }
}

class FakeWorksheet extends FakeObject {
  protected readonly kind: string;
  readonly freezePanes: FakeFreezePanes;
  constructor(
    ctx: FakeContext,
    private readonly resolver: () => FakeSheet | null,
    kind: string,
  ) {
    super(ctx);
    this.kind = kind;
    this.freezePanes = new FakeFreezePanes(this);
  }

  resolve(): FakeSheet {
    const s = this.resolver();
    if (!s) throw fakeError('ItemNotFound', 'worksheet is a null object');
    return s;
  }

  setLoaded(names: string[], s: FakeSheet) {
    this.loaded = { isNullObject: false };
    for (const n of names) this.loaded[n] = n === 'position' ? this.fake.sheets.indexOf(s) : (s as unknown as Record<string, unknown>)[n];
  }
  loadedData() {
    return this.loaded;
  }

  protected readProps(names: string[]) {
    const s = this.resolver();
    if (!s) return { isNullObject: true };
    const out: Record<string, unknown> = { isNullObject: false };
    for (const n of names.length ? names : ['name', 'id', 'visibility']) out[n] = n === 'position' ? this.fake.sheets.indexOf(s) : (s as unknown as Record<string, unknown>)[n];
    return out;
  }

  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.context.enqueue('worksheet.name', 20 + bytes(v), () => {
      const s = this.resolve();
      if (!v || v.length > 31 || /[:\\/?*[\]]/.test(v)) throw fakeError('InvalidArgument', `sheet name ${v}`);
      if (this.fake.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase())) throw fakeError('ItemAlreadyExists', `worksheet ${v}`);
      s.name = v;
    });
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, this);
  }
  get id(): string {
    return this.get('id');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.context.enqueue('worksheet.visibility', 20, () => {
      this.resolve().visibility = v as FakeSheet['visibility'];
    });
  }

  /** ExcelApi 1.9: property sets and setPrintTitleRows are recorded in the sheet's pageLayout. */
  get pageLayout(): Record<string, unknown> {
    this.fake.need('1.9', 'worksheet.pageLayout');
    const set = (k: string, v: unknown) =>
      this.context.enqueue(`pageLayout.${k}`, 20 + jsonBytes(v), () => {
        this.resolve().pageLayout[k] = v;
      });
    const props = ['orientation', 'paperSize', 'zoom', 'centerHorizontally'];
    const layout: Record<string, unknown> = {
      setPrintTitleRows: (rows: string) => {
        if (!/^\$\d+:\$\d+$/.test(rows)) throw fakeError('InvalidArgument', `print title rows ${rows}`);
        set('printTitleRows', rows);
      },
    };
    for (const k of props) Object.defineProperty(layout, k, { set: (v: unknown) => set(k, v), enumerable: true });
    return layout;
  }

  get notes(): FakeNoteCollection {
    this.fake.need('1.18', 'worksheet.notes');
    return new FakeNoteCollection(this.context, this);
  }

  get onChanged(): FakeEventHandlers {
    this.fake.need('1.7', 'worksheet.onChanged');
    return new FakeEventHandlers(this.context, () => this.resolve().id, 'worksheet.onChanged');
  }

  getRange(address?: string): FakeRange {
    this.fake.record('worksheet.getRange');
    if (address === undefined) return new FakeRange(this.context, this, () => ({ r0: 0, c0: 0, r1: MAX_ROW, c1: MAX_COL }));
    this.fake.noteAddress(address);
    const rect = parseRect(address);
    return new FakeRange(this.context, this, () => rect);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.fake.need('1.7', 'worksheet.getRangeByIndexes');
    this.fake.record('worksheet.getRangeByIndexes');
    if (rows < 1 || cols < 1) throw fakeError('InvalidArgument', 'empty range');
    return new FakeRange(this.context, this, () => ({ r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 }));
  }

  getRanges(address: string): FakeRangeAreas {
    this.fake.need('1.9', 'worksheet.getRanges');
    this.fake.record('worksheet.getRanges');
    this.fake.noteAddress(address);
    const rects = address.split(/[,;]/).map((a) => parseRect(a));
    return new FakeRangeAreas(this.context, this, rects);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.fake.record('worksheet.getUsedRangeOrNullObject');
    return new FakeRange(this.context, this, () => {
      const s = this.resolve();
      const keys = [...s.values.keys(), ...s.errors];
      if (!valuesOnly) keys.push(...s.numberFormats.keys(), ...s.fills.keys());
      if (keys.length === 0) return null;
      let r0 = Infinity;
      let c0 = Infinity;
      let r1 = -1;
      let c1 = -1;
      for (const k of keys) {
        const [r, c] = k.split(',').map(Number);
        r0 = Math.min(r0, r);
        c0 = Math.min(c0, c);
        r1 = Math.max(r1, r);
        c1 = Math.max(c1, c);
      }
      return { r0, c0, r1, c1 };
    });
  }

  activate() {
    this.context.enqueue('worksheet.activate', 20, () => {
      this.fake.activeSheetId = this.resolve().id;
    });
  }

  delete() {
    this.context.enqueue('worksheet.delete', 20, () => {
      const s = this.resolve();
      const visible = this.fake.sheets.filter((x) => x.visibility === 'Visible' && x !== s);
      if (visible.length === 0) throw fakeError('InvalidOperation', 'cannot delete the last visible sheet');
      this.fake.sheets = this.fake.sheets.filter((x) => x !== s);
      this.fake.comments = this.fake.comments.filter((c) => c.sheetId !== s.id);
      if (this.fake.activeSheetId === s.id) this.fake.activeSheetId = visible[0].id;
    });
  }
}

class FakeFill {
  constructor(private readonly range: FakeRange) {}
  set color(v: string) {
    this.range.eachCell('fill.color', v, (s, k) => s.fills.set(k, v));
  }
}
class FakeFont {
  constructor(private readonly range: FakeRange) {}
  set color(v: string) {
    this.range.eachCell('font.color', v, (s, k) => s.fontColors.set(k, v));
  }
  set bold(v: boolean) {
    this.range.eachCell('font.bold', v, (s, k) => s.bold.set(k, v));
  }
  set italic(v: boolean) {
    this.range.style('font.italic', v);
  }
  set size(v: number) {
    this.range.style('font.size', v);
  }
}
class FakeRangeFormat {
  readonly fill: FakeFill;
  readonly font: FakeFont;
  constructor(private readonly range: FakeRange) {
    this.fill = new FakeFill(range);
    this.font = new FakeFont(range);
  }
  set columnWidth(v: number) {
    this.range.context.enqueue('format.columnWidth', 20, () => {
      const r = this.range.rect();
      for (let c = r.c0; c <= r.c1; c++) this.range.sheet().columnWidths.set(c, v);
    });
  }
  set wrapText(v: boolean) {
    this.range.eachCell('format.wrapText', v, (s, k) => s.wrap.set(k, v));
  }
  set rowHeight(v: number) {
    this.range.style('rowHeight', v);
  }
  set horizontalAlignment(v: string) {
    this.range.style('horizontalAlignment', v);
  }
  set verticalAlignment(v: string) {
    this.range.style('verticalAlignment', v);
  }
  readonly borders = {
    getItem: (edge: string) => {
      const range = this.range;
      return {
        set style(v: string) {
          range.style(`border.${edge}`, v);
        },
      };
    },
  };
}

class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}
  set ignoreBlanks(v: boolean) {
    this.range.style('dataValidation.ignoreBlanks', v);
  }
  set prompt(v: unknown) {
    this.range.style('dataValidation.prompt', v);
  }
  set rule(rule: unknown) {
    this.range.context.fake.need('1.8', 'range.dataValidation');
    this.range.context.enqueue('dataValidation.rule', jsonBytes(rule), () => {
      this.range.sheet().validations.push({ rect: this.range.rect(), rule: JSON.parse(JSON.stringify(rule)) });
    });
  }
}

export class FakeRange extends FakeObject {
  protected readonly kind = 'Range';
  readonly format: FakeRangeFormat;
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly rectOrNull: () => Rect | null,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(this);
  }

  sheet(): FakeSheet {
    return this.ws.resolve();
  }
  rect(): Rect {
    const r = this.rectOrNull();
    if (!r) throw fakeError('InvalidOperation', 'range is a null object');
    return r;
  }

  style(member: string, value: unknown) {
    this.eachCell(member, value, (s, k) => s.styles.set(k, { ...(s.styles.get(k) ?? {}), [member]: value }));
  }

  eachCell(member: string, value: unknown, fn: (s: FakeSheet, k: string) => void) {
    this.context.enqueue(`Range.${member}`, jsonBytes(value), () => {
      const s = this.sheet();
      const r = this.rect();
      for (let row = r.r0; row <= r.r1; row++) for (let c = r.c0; c <= r.c1; c++) fn(s, key(row, c));
    });
  }

  protected readProps(names: string[]) {
    const rect = this.rectOrNull();
    if (!rect) return { isNullObject: true };
    const s = this.sheet();
    const out: Record<string, unknown> = { isNullObject: false };
    const cells = (fn: (k: string) => unknown) => {
      if ((rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1) > 5_000_000) throw fakeError('ResponsePayloadSizeLimitExceeded', 'range too large to load');
      const rows: unknown[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: unknown[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) row.push(fn(key(r, c)));
        rows.push(row);
      }
      return rows;
    };
    for (const n of names) {
      if (n === 'values') out.values = cells((k) => (s.errors.has(k) ? '#N/A' : s.values.get(k) ?? ''));
      else if (n === 'numberFormat') out.numberFormat = cells((k) => s.numberFormats.get(k) ?? 'General');
      else if (n === 'valueTypes')
        out.valueTypes = cells((k) => {
          if (s.errors.has(k)) return 'Error';
          const v = s.values.get(k);
          return v === undefined || v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
        });
      else if (n === 'formulas') out.formulas = cells((k) => s.formulas.get(k) ?? s.values.get(k) ?? '');
      else if (n === 'rowIndex') out.rowIndex = rect.r0;
      else if (n === 'columnIndex') out.columnIndex = rect.c0;
      else if (n === 'rowCount') out.rowCount = rect.r1 - rect.r0 + 1;
      else if (n === 'columnCount') out.columnCount = rect.c1 - rect.c0 + 1;
      else if (n === 'address') out.address = sheetPrefix(s.name) + rectAddress(rect);
      else throw fakeError('InvalidArgument', `fake Range cannot load ${n}`);
    }
    return out;
  }

  get values(): FakeValue[][] {
    return this.get('values');
  }
  set values(v: FakeValue[][]) {
    this.context.enqueue('Range.values', jsonBytes(v), () => {
      const s = this.sheet();
      const r = this.rect();
      if (v.length !== r.r1 - r.r0 + 1 || v.some((row) => row.length !== r.c1 - r.c0 + 1)) throw fakeError('InvalidArgument', 'values do not match the range size');
      this.fake.valueWrites.push({
        sheet: s.name,
        r0: r.r0,
        c0: r.c0,
        values: v.map((row) => row.slice()),
        formats: v.map((row, i) => row.map((_, j) => s.numberFormats.get(key(r.r0 + i, r.c0 + j)) ?? 'General')),
      });
      v.forEach((row, i) =>
        row.forEach((val, j) => {
          const k = key(r.r0 + i, r.c0 + j);
          s.errors.delete(k);
          s.formulas.delete(k);
          const fmt = s.numberFormats.get(k);
          // Like Excel: text starting with = + - @ in a cell not formatted as text is parsed as a formula.
          if (typeof val === 'string' && /^[=+\-@]/.test(val) && fmt !== '@') {
            s.formulas.set(k, val);
            s.values.set(k, '(formula)');
          } else if (val === '' || val === null) s.values.delete(k);
          else s.values.set(k, typeof val === 'string' && val.startsWith("'") && fmt !== '@' ? val.slice(1) : val);
        }),
      );
    });
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.context.enqueue('Range.numberFormat', jsonBytes(v), () => {
      const s = this.sheet();
      const r = this.rect();
      v.forEach((row, i) => row.forEach((f, j) => (f === 'General' ? s.numberFormats.delete(key(r.r0 + i, r.c0 + j)) : s.numberFormats.set(key(r.r0 + i, r.c0 + j), f))));
    });
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get address(): string {
    return this.get('address');
  }
  set hyperlink(h: FakeHyperlink) {
    this.fake.need('1.7', 'range.hyperlink');
    this.context.enqueue('Range.hyperlink', jsonBytes(h), () => {
      const s = this.sheet();
      const r = this.rect();
      for (let row = r.r0; row <= r.r1; row++)
        for (let c = r.c0; c <= r.c1; c++) {
          s.hyperlinks.set(key(row, c), { ...h });
          if (h.textToDisplay !== undefined) s.values.set(key(row, c), h.textToDisplay);
        }
    });
  }

  get conditionalFormats(): FakeCFCollection {
    this.fake.need('1.6', 'range.conditionalFormats');
    return new FakeCFCollection(this.context, this.ws, () => [this.rect()]);
  }

  get dataValidation(): FakeDataValidation {
    this.fake.need('1.8', 'range.dataValidation');
    return new FakeDataValidation(this);
  }

  merge(_across?: boolean) {
    this.context.enqueue('Range.merge', 20, () => {
      const r = this.rect();
      const s = this.sheet();
      if (s.merges.some((m) => intersects(m, r))) throw fakeError('InvalidOperation', 'overlapping merge');
      s.merges.push(r);
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.fake.need('1.13', 'range.getMergedAreasOrNullObject');
    this.fake.record('Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.context, this.ws, null, () => {
      const r = this.rect();
      const found = this.sheet().merges.filter((m) => intersects(m, r));
      if (found.length > 512) throw fakeError('GeneralException', 'more than 512 merged areas');
      return found.length ? found : null;
    });
  }

  select() {
    this.context.enqueue('Range.select', 20, () => {
      const s = this.sheet();
      if (this.fake.activeSheetId !== s.id) throw fakeError('InvalidOperation', 'select on a sheet that is not active');
      this.fake.selection = { sheetId: s.id, address: rectAddress(this.rect()) };
    });
  }
}

export class FakeRangeAreas extends FakeObject {
  protected readonly kind = 'RangeAreas';
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly fixed: Rect[] | null,
    private readonly lazy?: () => Rect[] | null,
  ) {
    super(ctx);
  }
  private rects(): Rect[] | null {
    return this.fixed ?? (this.lazy ? this.lazy() : null);
  }
  protected readProps(names: string[]) {
    const rects = this.rects();
    if (!rects) return { isNullObject: true };
    const out: Record<string, unknown> = { isNullObject: false };
    const prefix = sheetPrefix(this.ws.resolve().name);
    for (const n of names) {
      if (n === 'address') out.address = rects.map((r) => prefix + rectAddress(r)).join(', ');
      else if (n === 'areaCount') out.areaCount = rects.length;
      else throw fakeError('InvalidArgument', `fake RangeAreas cannot load ${n}`);
    }
    return out;
  }
  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
  get conditionalFormats(): FakeCFCollection {
    this.fake.need('1.9', 'rangeAreas.conditionalFormats');
    return new FakeCFCollection(this.context, this.ws, () => {
      const r = this.rects();
      if (!r) throw fakeError('InvalidOperation', 'null RangeAreas');
      return r;
    });
  }
}

class FakeCFCollection extends FakeObject {
  protected readonly kind = 'ConditionalFormatCollection';
  private itemProxies: FakeConditionalFormat[] | null = null;
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly rects: () => Rect[],
  ) {
    super(ctx);
  }
  get items(): FakeConditionalFormat[] {
    if (!this.itemProxies) throw fakeError('PropertyNotLoaded', 'ConditionalFormatCollection.items');
    return this.itemProxies;
  }
  protected readProps() {
    return {};
  }
  override load(props?: string | string[] | { select?: string }): this {
    const names = parseLoad(props).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue('ConditionalFormatCollection.load', 40, (stat) => {
      const rs = this.rects();
      const found = this.ws.resolve().cfs.filter((cf) => cf.areas.some((a) => rs.some((r) => intersects(a, r))));
      this.itemProxies = found.map((cf) => {
        const p = new FakeConditionalFormat(this.context, () => this.ws.resolve(), () => cf);
        p.setLoaded(names, cf);
        return p;
      });
      stat.responseBytes += jsonBytes(found.map((cf) => ({ id: cf.id, type: cf.type })));
    });
    return this;
  }
  add(type: string): FakeConditionalFormat {
    let created: FakeCF | null = null;
    this.context.enqueue('ConditionalFormatCollection.add', 30, () => {
      created = { id: this.fake.newId('cf'), type, areas: this.rects().map((r) => ({ ...r })), formula: '', fill: null, fontColor: null };
      this.ws.resolve().cfs.push(created);
    });
    return new FakeConditionalFormat(this.context, () => this.ws.resolve(), () => {
      if (!created) throw fakeError('InvalidOperation', 'conditional format not created');
      return created;
    });
  }
}

class FakeCFRule extends FakeObject {
  protected readonly kind = 'ConditionalFormatRule';
  constructor(
    ctx: FakeContext,
    private readonly cf: () => FakeCF | null,
  ) {
    super(ctx);
  }
  protected readProps(names: string[]) {
    const cf = this.cf();
    if (!cf) return { isNullObject: true };
    const out: Record<string, unknown> = { isNullObject: false };
    for (const n of names.length ? names : ['formula']) {
      if (n !== 'formula') throw fakeError('InvalidArgument', `fake rule cannot load ${n}`);
      out.formula = cf.formula;
    }
    return out;
  }
  get formula(): string {
    return this.get('formula');
  }
  set formula(f: string) {
    this.context.enqueue('ConditionalFormatRule.formula', bytes(f), () => {
      const cf = this.cf();
      if (!cf) throw fakeError('InvalidOperation', 'null custom format');
      cf.formula = f;
    });
  }
}

class FakeCustomCF {
  readonly rule: FakeCFRule;
  readonly format: { fill: { color: string }; font: { color: string } };
  constructor(ctx: FakeContext, cf: () => FakeCF | null) {
    this.rule = new FakeCFRule(ctx, cf);
    const set = (member: string, apply: (c: FakeCF, v: string) => void) => (v: string) =>
      ctx.enqueue(`CustomConditionalFormat.${member}`, bytes(v), () => {
        const c = cf();
        if (!c) throw fakeError('InvalidOperation', 'null custom format');
        apply(c, v);
      });
    const fillSet = set('format.fill.color', (c, v) => (c.fill = v));
    const fontSet = set('format.font.color', (c, v) => (c.fontColor = v));
    this.format = {
      fill: {
        set color(v: string) {
          fillSet(v);
        },
        get color(): string {
          throw fakeError('PropertyNotLoaded', 'fill.color');
        },
      },
      font: {
        set color(v: string) {
          fontSet(v);
        },
        get color(): string {
          throw fakeError('PropertyNotLoaded', 'font.color');
        },
      },
    };
  }
}

class FakeConditionalFormat extends FakeObject {
  protected readonly kind = 'ConditionalFormat';
  constructor(
    ctx: FakeContext,
    private readonly ws: () => FakeSheet,
    private readonly cf: () => FakeCF,
  ) {
    super(ctx);
  }
  setLoaded(names: string[], cf: FakeCF) {
    this.loaded = { isNullObject: false };
    for (const n of names) {
      if (n === 'id') this.loaded.id = cf.id;
      else if (n === 'type') this.loaded.type = cf.type;
      else throw fakeError('InvalidArgument', `fake CF cannot load ${n}`);
    }
  }
  protected readProps(names: string[]) {
    const cf = this.cf();
    const out: Record<string, unknown> = { isNullObject: false };
    for (const n of names.length ? names : ['id', 'type']) {
      if (n === 'id') out.id = cf.id;
      else if (n === 'type') out.type = cf.type;
      else throw fakeError('InvalidArgument', `fake CF cannot load ${n}`);
    }
    return out;
  }
  get id(): string {
    return this.get('id');
  }
  get type(): string {
    return this.get('type');
  }
  get custom(): FakeCustomCF {
    return new FakeCustomCF(this.context, () => {
      const cf = this.cf();
      if (cf.type !== 'Custom') throw fakeError('InvalidOperation', 'not a custom conditional format');
      return cf;
    });
  }
  get customOrNullObject(): FakeCustomCF {
    return new FakeCustomCF(this.context, () => {
      const cf = this.cf();
      return cf.type === 'Custom' ? cf : null;
    });
  }
  delete() {
    this.context.enqueue('ConditionalFormat.delete', 20, () => {
      const cf = this.cf();
      const s = this.ws();
      if (!s.cfs.includes(cf)) throw fakeError('ItemNotFound', 'conditional format');
      s.cfs = s.cfs.filter((x) => x !== cf);
    });
  }
}

class FakeCommentCollection extends FakeObject {
  protected readonly kind = 'CommentCollection';
  private itemProxies: FakeCommentProxy[] | null = null;
  get items(): FakeCommentProxy[] {
    if (!this.itemProxies) throw fakeError('PropertyNotLoaded', 'CommentCollection.items');
    return this.itemProxies;
  }
  protected readProps() {
    return {};
  }
  override load(props?: string | string[] | { select?: string }): this {
    const names = parseLoad(props).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue('CommentCollection.load', 30, (stat) => {
      this.itemProxies = this.fake.comments.map((c) => {
        const p = new FakeCommentProxy(this.context, () => c);
        p.setLoaded(names, c);
        return p;
      });
      stat.responseBytes += jsonBytes(this.fake.comments.map((c) => ({ id: c.id })));
    });
    return this;
  }
  add(cell: FakeRange | string, content: string): FakeCommentProxy {
    let created: FakeComment | null = null;
    this.context.enqueue('comments.add', bytes(content) + 40, () => {
      if (typeof cell === 'string') throw fakeError('InvalidArgument', 'the fake wants a Range for comments.add');
      const s = cell.sheet();
      const r = cell.rect();
      if (r.r0 !== r.r1 || r.c0 !== r.c1) throw fakeError('InvalidArgument', 'comment on more than one cell');
      const a = rectAddress(r);
      if (this.fake.comments.some((c) => c.sheetId === s.id && c.cell === a)) throw fakeError('InvalidOperation', `cell ${a} already has a comment`);
      created = { id: this.fake.newId('comment'), sheetId: s.id, cell: a, content };
      this.fake.comments.push(created);
    });
    return new FakeCommentProxy(this.context, () => {
      if (!created) throw fakeError('InvalidOperation', 'comment not created');
      return created;
    });
  }
  getItem(id: string): FakeCommentProxy {
    this.fake.record('comments.getItem');
    return new FakeCommentProxy(this.context, () => {
      const c = this.fake.comments.find((x) => x.id === id);
      if (!c) throw fakeError('ItemNotFound', `comment ${id}`);
      return c;
    });
  }
}

class FakeCommentProxy extends FakeObject {
  protected readonly kind = 'Comment';
  constructor(
    ctx: FakeContext,
    private readonly c: () => FakeComment,
  ) {
    super(ctx);
  }
  setLoaded(names: string[], c: FakeComment) {
    this.loaded = { isNullObject: false };
    for (const n of names.length ? names : ['id', 'content']) this.loaded[n] = (c as unknown as Record<string, unknown>)[n];
  }
  protected readProps(names: string[]) {
    const c = this.c();
    const out: Record<string, unknown> = { isNullObject: false };
    for (const n of names.length ? names : ['id', 'content']) out[n] = (c as unknown as Record<string, unknown>)[n];
    return out;
  }
  get id(): string {
    return this.get('id');
  }
  get content(): string {
    return this.get('content');
  }
  getLocation(): FakeRange {
    const ws = new FakeWorksheet(this.context, () => this.fake.sheets.find((s) => s.id === this.c().sheetId) ?? null, 'Worksheet');
    return new FakeRange(this.context, ws, () => parseRect(this.c().cell));
  }
  delete() {
    this.context.enqueue('Comment.delete', 20, () => {
      const c = this.c();
      this.fake.comments = this.fake.comments.filter((x) => x !== c);
    });
  }
}

class FakeNoteCollection extends FakeObject {
  protected readonly kind = 'NoteCollection';
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx);
  }
  protected readProps() {
    return {};
  }
  add(cell: string | FakeRange, content: string): FakeNoteProxy {
    const address = typeof cell === 'string' ? cell : null;
    if (address) this.fake.noteAddress(address);
    this.context.enqueue('notes.add', bytes(content) + 40 + (address?.length ?? 0), () => {
      const s = this.ws.resolve();
      const r = typeof cell === 'string' ? parseRect(cell) : cell.rect();
      if (r.r0 !== r.r1 || r.c0 !== r.c1) throw fakeError('InvalidCellAddress', 'note on more than one cell');
      const a = rectAddress(r);
      if (s.notes.has(a)) throw fakeError('InvalidOperation', `cell ${a} already has a note`);
      s.notes.set(a, content);
    });
    return new FakeNoteProxy(this.context, this.ws, typeof cell === 'string' ? rectAddress(parseRect(cell)) : '');
  }
  getItemOrNullObject(cell: string): FakeNoteProxy {
    this.fake.record('notes.getItemOrNullObject');
    return new FakeNoteProxy(this.context, this.ws, rectAddress(parseRect(cell)));
  }
}

class FakeNoteProxy extends FakeObject {
  protected readonly kind = 'Note';
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly cell: string,
  ) {
    super(ctx);
  }
  protected readProps(names: string[]) {
    const s = this.ws.resolve();
    if (!s.notes.has(this.cell)) return { isNullObject: true };
    const out: Record<string, unknown> = { isNullObject: false };
    for (const n of names.length ? names : ['content']) {
      if (n !== 'content') throw fakeError('InvalidArgument', `fake Note cannot load ${n}`);
      out.content = s.notes.get(this.cell);
    }
    return out;
  }
  get content(): string {
    return this.get('content');
  }
  delete() {
    this.context.enqueue('Note.delete', 20, () => {
      const s = this.ws.resolve();
      if (!s.notes.delete(this.cell)) throw fakeError('ItemNotFound', `note ${this.cell}`);
    });
  }
}

class FakeSettingCollection extends FakeObject {
  protected readonly kind = 'SettingCollection';
  protected readProps() {
    return {};
  }
  add(k: string, value: unknown) {
    this.context.enqueue('settings.add', jsonBytes(value) + bytes(k), () => {
      this.fake.settings.set(k, JSON.parse(JSON.stringify(value)));
    });
    return new FakeSetting(this.context, k);
  }
  getItemOrNullObject(k: string): FakeSetting {
    this.fake.record('settings.getItemOrNullObject');
    return new FakeSetting(this.context, k);
  }
}

class FakeSetting extends FakeObject {
  protected readonly kind = 'Setting';
  constructor(
    ctx: FakeContext,
    private readonly k: string,
  ) {
    super(ctx);
  }
  protected readProps() {
    if (!this.fake.settings.has(this.k)) return { isNullObject: true };
    return { isNullObject: false, key: this.k, value: this.fake.settings.get(this.k) };
  }
  get value(): unknown {
    return this.get('value');
  }
  delete() {
    this.context.enqueue('Setting.delete', 20, () => {
      if (!this.fake.settings.delete(this.k)) throw fakeError('ItemNotFound', `setting ${this.k}`);
    });
  }
}

// ---- charts (ExcelApi 1.1; series chart type 1.7, axis group 1.8) ----

class FakeChartCollection extends FakeObject {
  protected readonly kind = 'ChartCollection';
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx);
  }
  protected readProps() {
    return {};
  }
  add(type: string, source: FakeRange, seriesBy = 'Auto'): FakeChartProxy {
    let chart: FakeChart | null = null;
    this.context.enqueue('charts.add', 60, () => {
      const s = this.ws.resolve();
      if (source.sheet() !== s) throw fakeError('InvalidArgument', 'chart source on another sheet');
      const r = source.rect();
      const seriesCount = seriesBy === 'Rows' ? r.r1 - r.r0 : r.c1 - r.c0;
      chart = { id: this.fake.newId('chart'), name: `Chart ${s.charts.length + 1}`, type, source: rectAddress(r), seriesBy, title: '', position: null, seriesCount, series: {} };
      s.charts.push(chart);
    });
    return new FakeChartProxy(this.context, () => {
      if (!chart) throw fakeError('InvalidOperation', 'chart not created');
      return chart;
    });
  }
}

class FakeChartProxy extends FakeObject {
  protected readonly kind = 'Chart';
  constructor(
    ctx: FakeContext,
    private readonly chart: () => FakeChart,
  ) {
    super(ctx);
  }
  protected readProps(names: string[]) {
    const c = this.chart();
    const out: Record<string, unknown> = { isNullObject: false };
    for (const n of names.length ? names : ['name', 'id']) out[n] = (c as unknown as Record<string, unknown>)[n];
    return out;
  }
  set name(v: string) {
    this.context.enqueue('Chart.name', 20 + bytes(v), () => {
      this.chart().name = v;
    });
  }
  get title(): { text: string } {
    const ctx = this.context;
    const chart = this.chart;
    return {
      set text(v: string) {
        ctx.enqueue('ChartTitle.text', 20 + bytes(v), () => {
          chart().title = v;
        });
      },
      get text(): string {
        return chart().title;
      },
    };
  }
  setPosition(start: string, end?: string) {
    parseRect(start);
    if (end) parseRect(end);
    this.context.enqueue('Chart.setPosition', 40, () => {
      this.chart().position = { start, end: end ?? start };
    });
  }
  get series() {
    const ctx = this.context;
    const chart = this.chart;
    const fake = this.fake;
    return {
      getItemAt(i: number) {
        const set = (k: 'chartType' | 'axisGroup', v: string) =>
          ctx.enqueue(`ChartSeries.${k}`, 20, () => {
            const c = chart();
            if (i < 0 || i >= c.seriesCount) throw fakeError('ItemNotFound', `series ${i}`);
            c.series[i] = { ...(c.series[i] ?? {}), [k]: v };
          });
        return {
          set chartType(v: string) {
            fake.need('1.7', 'chartSeries.chartType');
            set('chartType', v);
          },
          set axisGroup(v: string) {
            fake.need('1.8', 'chartSeries.axisGroup');
            set('axisGroup', v);
          },
        };
      },
    };
  }
}
