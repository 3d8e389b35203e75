/**
 * A fake of WPS 表格's JavaScript object model (WPS 加载项 JS API, the `Et` objects), written from
 * WPS's documentation and declarations (npm wps-jsapi) and, where those are silent, from the VBA
 * object model WPS mirrors (docs/WPS.md lists which is which). It implements the interfaces of
 * src/hosts/wps/om.ts, so the host and the fake are checked against the same member names.
 *
 * What it models, because the host's correctness depends on it:
 * - 1-based `Item`, `Count` properties, `Item` of a missing sheet throws;
 * - `Value2`: a 2-D array [row][col] for several cells, a scalar for one, empty cells `undefined`;
 *   dates are serial numbers; writing a string parses it as typing would unless the cell is text
 *   (`@`): `=…`, `+…`, `-…`, `@…` become formulas (recorded in `formulas`), numeric text becomes a
 *   number, a leading apostrophe is a text prefix (not stored in the value);
 * - `NumberFormat`: one format for the range or null when cells differ; setting it sets every cell;
 * - `MergeCells` true / false / null (all / none / some cells merged), `MergeArea`, `Merge()`;
 * - `FormatConditions` of a range: the conditions whose areas meet it (`Cells`: all of the sheet);
 *   `Add` returns the condition, `Delete` removes it;
 * - `AddComment` fails on a cell that has one; `Comment` is null without one;
 * - `Hyperlinks.Add` sets the anchor's text to TextToDisplay;
 * - `Validation.Add` fails where a validation exists (hence `Delete` first);
 * - `Worksheets.Add` activates the new sheet; `Worksheet.Delete` shows a confirmation (counted in
 *   `alertsShown`) unless `Application.DisplayAlerts` is false;
 * - `Range(address)` refuses addresses over `addressLimit` characters (255, as Excel's);
 * - `PageSetup` (wps-jsapi's EtPageSetup, VBA's PageSetup): the members the host sets, recorded per
 *   sheet in `page` (only what was set); with `pageSetupFails` reading `PageSetup` throws, as the VBA
 *   model does where no printer is installed;
 * - `ApiEvent` `SheetChange` listeners, called on `emitChange` and on every Value2 write (WPS's
 *   documentation does not say whether the add-in's own writes raise it; the fake assumes they do).
 * Every property read/write and method call is counted (`calls`, `byMember`).
 */
import type {
  WpsAddinApplication,
  WpsPluginStorage,
  WpsTaskPane,
  WpsApiEvent,
  WpsBorders,
  WpsComment,
  WpsComments,
  WpsFont,
  WpsFormatCondition,
  WpsFormatConditions,
  WpsHyperlinks,
  WpsInterior,
  WpsPageSetup,
  WpsRange,
  WpsSheets,
  WpsValidation,
  WpsValue,
  WpsWindow,
  WpsWorkbook,
  WpsWorksheet,
} from '../../src/hosts/wps/om';

export type FakeValue = string | number | boolean;
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface FakeWpsCF {
  id: number;
  type: number;
  areas: Rect[];
  formula: string;
  interior: number | null;
  font: number | null;
}

export interface FakeWpsValidation {
  rect: Rect;
  type: number;
  alertStyle?: number;
  operator?: number;
  formula1?: string;
  inCellDropdown: boolean;
  ignoreBlank: boolean;
  inputMessage: string;
  showInput: boolean;
}

export interface FakeWpsLink {
  address: string;
  subAddress?: string;
  screenTip?: string;
  text?: string;
}

export interface FakeWpsSheet {
  name: string;
  visible: number;
  values: Map<string, FakeValue>;
  formulas: Map<string, string>;
  formats: Map<string, string>;
  /** Per-cell direct formatting (font, fill, alignment, borders, hyperlink style). */
  styles: Map<string, Record<string, unknown>>;
  merges: Rect[];
  cfs: FakeWpsCF[];
  comments: Map<string, string>;
  links: Map<string, FakeWpsLink>;
  validations: FakeWpsValidation[];
  colWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  frozen: { rows: number; cols: number } | null;
  /** PageSetup members set by the host (name → value). */
  page: Record<string, unknown>;
}

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;
const key = (r: number, c: number) => `${r},${c}`;
const unkey = (k: string) => k.split(',').map(Number) as [number, number];

export function colName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseCell(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** `A1`, `$A$1:$B$2`, `A1:B2,D5` → rectangles; throws like the object model on anything else. */
export function parseAddress(address: string): Rect[] {
  return address.split(',').map((part) => {
    const [p, q] = part.split(':');
    const s = parseCell(p);
    const e = q === undefined ? s : parseCell(q);
    if (!s || !e) throw new Error(`Range("${address}") 失败：不是有效的引用`);
    const r = { r0: Math.min(s.row, e.row), c0: Math.min(s.col, e.col), r1: Math.max(s.row, e.row), c1: Math.max(s.col, e.col) };
    if (r.r1 > MAX_ROW || r.c1 > MAX_COL) throw new Error(`Range("${address}") 失败：超出工作表`);
    return r;
  });
}

export function rectAddress(r: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  const a = `${d}${colName(r.c0)}${d}${r.r0 + 1}`;
  return r.r0 === r.r1 && r.c0 === r.c1 ? a : `${a}:${d}${colName(r.c1)}${d}${r.r1 + 1}`;
}

const meets = (a: Rect, b: Rect) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
const inside = (r: number, c: number, a: Rect) => r >= a.r0 && r <= a.r1 && c >= a.c0 && c <= a.c1;

export interface AddSheetOptions {
  /** Number formats by A1 range, e.g. `{ 'B2:B9': 'yyyy-mm-dd' }`. */
  formats?: Record<string, string>;
  merges?: string[];
  comments?: Record<string, string>;
  visible?: number;
}

export class FakeWps {
  name: string;
  sheets: FakeWpsSheet[] = [];
  active = 0;
  selection: { sheet: string; address: string } | null = null;
  screenUpdating = true;
  displayAlerts = true;
  /** Confirmations WPS would have shown the user (sheet deletions with DisplayAlerts on). */
  alertsShown = 0;
  addressLimit = 255;
  /** True: reading Worksheet.PageSetup throws (no printer installed). */
  pageSetupFails = false;
  calls = 0;
  byMember = new Map<string, number>();
  listeners: ((sheet: WpsWorksheet, target: WpsRange) => void)[] = [];
  /** False: the Application has no ApiEvent (an old WPS). */
  hasEvents = true;
  /** Every Value2 write as sent. */
  valueWrites: { sheet: string; address: string; values: unknown }[] = [];
  split = { rows: 0, cols: 0 };
  /** Task panes made with CreateTaskPane, and the add-in's PluginStorage. */
  panes: { ID: number; url: string; title?: string; Visible: boolean }[] = [];
  storage = new Map<string, string>();
  private nextCf = 1;
  readonly app: WpsAddinApplication;

  constructor(opts: { name?: string } = {}) {
    this.name = opts.name ?? '工作簿1.xlsx';
    this.app = new FakeApplication(this);
  }

  rec(member: string): void {
    this.calls++;
    this.byMember.set(member, (this.byMember.get(member) ?? 0) + 1);
  }

  resetCounters(): void {
    this.calls = 0;
    this.byMember.clear();
  }

  newSheetState(name: string, visible = -1): FakeWpsSheet {
    return {
      name,
      visible,
      values: new Map(),
      formulas: new Map(),
      formats: new Map(),
      styles: new Map(),
      merges: [],
      cfs: [],
      comments: new Map(),
      links: new Map(),
      validations: [],
      colWidths: new Map(),
      rowHeights: new Map(),
      frozen: null,
      page: {},
    };
  }

  /** Test setup (not counted): a sheet with values (null = empty), formats, merges, comments. */
  addSheet(name: string, rows: (FakeValue | null | undefined)[][], opts: AddSheetOptions = {}): FakeWpsSheet {
    const s = this.newSheetState(name, opts.visible ?? -1);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== '') s.values.set(key(r, c), v);
      }),
    );
    for (const [addr, f] of Object.entries(opts.formats ?? {}))
      for (const rect of parseAddress(addr)) for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) s.formats.set(key(r, c), f);
    for (const m of opts.merges ?? []) s.merges.push(parseAddress(m)[0]);
    for (const [cell, text] of Object.entries(opts.comments ?? {})) {
      const r = parseAddress(cell)[0];
      s.comments.set(key(r.r0, r.c0), text);
    }
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeWpsSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  get activeSheet(): FakeWpsSheet | null {
    return this.sheets[this.active] ?? null;
  }

  /** A deep, order-independent copy of the workbook (values, formats, styles, marks, everything). */
  snapshot(): unknown {
    const sorted = <V>(m: Map<string | number, V>) => [...m.entries()].map(([k, v]) => [String(k), v] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return JSON.parse(
      JSON.stringify({
        name: this.name,
        active: this.activeSheet?.name,
        sheets: this.sheets.map((s) => ({
          name: s.name,
          visible: s.visible,
          values: sorted(s.values),
          formulas: sorted(s.formulas),
          formats: sorted(s.formats),
          styles: sorted(s.styles),
          merges: s.merges,
          cfs: s.cfs.map(({ id: _id, ...cf }) => cf),
          comments: sorted(s.comments),
          links: sorted(s.links),
          validations: s.validations,
          colWidths: sorted(s.colWidths),
          rowHeights: sorted(s.rowHeights),
          frozen: s.frozen,
          page: s.page,
        })),
      }),
    );
  }

  /** The user edits a cell: SheetChange listeners are called. */
  emitChange(sheetName: string, address = 'A1'): void {
    const s = this.sheet(sheetName);
    const ws = new FakeWorksheet(this, s);
    const target = new FakeRange(this, s, parseAddress(address));
    for (const l of [...this.listeners]) l(ws, target);
  }

  /** Value of a cell as a test reads it (A1). */
  value(sheet: string, cell: string): FakeValue | undefined {
    const r = parseAddress(cell)[0];
    return this.sheet(sheet).values.get(key(r.r0, r.c0));
  }
}

class FakeApplication implements WpsAddinApplication {
  constructor(private readonly f: FakeWps) {}
  CreateTaskPane(url: string, title?: string): WpsTaskPane {
    this.f.rec('Application.CreateTaskPane');
    const pane = { ID: 1000 + this.f.panes.length, url, title, Visible: false };
    this.f.panes.push(pane);
    return pane;
  }
  GetTaskPane(id: number): WpsTaskPane | null {
    this.f.rec('Application.GetTaskPane');
    return this.f.panes.find((p) => p.ID === id) ?? null;
  }
  get PluginStorage(): WpsPluginStorage {
    const f = this.f;
    return {
      setItem: (k, v) => void f.storage.set(k, String(v)),
      getItem: (k) => f.storage.get(k) ?? null,
    };
  }
  get ActiveWorkbook(): WpsWorkbook | null {
    this.f.rec('Application.ActiveWorkbook');
    return new FakeWorkbook(this.f);
  }
  get ActiveWindow(): WpsWindow {
    this.f.rec('Application.ActiveWindow');
    return new FakeWindow(this.f);
  }
  get ScreenUpdating() {
    this.f.rec('Application.ScreenUpdating');
    return this.f.screenUpdating;
  }
  set ScreenUpdating(v: boolean) {
    this.f.rec('Application.ScreenUpdating=');
    this.f.screenUpdating = v;
  }
  get DisplayAlerts() {
    this.f.rec('Application.DisplayAlerts');
    return this.f.displayAlerts;
  }
  set DisplayAlerts(v: boolean) {
    this.f.rec('Application.DisplayAlerts=');
    this.f.displayAlerts = v;
  }
  get ApiEvent(): WpsApiEvent | undefined {
    if (!this.f.hasEvents) return undefined;
    const f = this.f;
    return {
      AddApiEventListener(name, cb) {
        f.rec('ApiEvent.AddApiEventListener');
        if (name === 'SheetChange') f.listeners.push(cb);
      },
      RemoveApiEventListener(name, cb) {
        f.rec('ApiEvent.RemoveApiEventListener');
        if (name === 'SheetChange') f.listeners = cb ? f.listeners.filter((l) => l !== cb) : [];
      },
    };
  }
}

class FakeWindow implements WpsWindow {
  constructor(private readonly f: FakeWps) {}
  get FreezePanes() {
    this.f.rec('Window.FreezePanes');
    return !!this.f.activeSheet?.frozen;
  }
  set FreezePanes(v: boolean) {
    this.f.rec('Window.FreezePanes=');
    const s = this.f.activeSheet;
    if (s) s.frozen = v ? { rows: this.f.split.rows, cols: this.f.split.cols } : null;
  }
  get SplitRow() {
    this.f.rec('Window.SplitRow');
    return this.f.split.rows;
  }
  set SplitRow(v: number) {
    this.f.rec('Window.SplitRow=');
    this.f.split.rows = v;
  }
  get SplitColumn() {
    this.f.rec('Window.SplitColumn');
    return this.f.split.cols;
  }
  set SplitColumn(v: number) {
    this.f.rec('Window.SplitColumn=');
    this.f.split.cols = v;
  }
}

class FakeWorkbook implements WpsWorkbook {
  constructor(private readonly f: FakeWps) {}
  get Name() {
    this.f.rec('Workbook.Name');
    return this.f.name;
  }
  get Worksheets(): WpsSheets {
    this.f.rec('Workbook.Worksheets');
    return new FakeSheets(this.f);
  }
  get ActiveSheet(): WpsWorksheet | null {
    this.f.rec('Workbook.ActiveSheet');
    const s = this.f.activeSheet;
    return s ? new FakeWorksheet(this.f, s) : null;
  }
}

class FakeSheets implements WpsSheets {
  constructor(private readonly f: FakeWps) {}
  get Count() {
    this.f.rec('Sheets.Count');
    return this.f.sheets.length;
  }
  Item(index: number | string): WpsWorksheet {
    this.f.rec('Sheets.Item');
    const s = typeof index === 'number' ? this.f.sheets[index - 1] : this.f.sheets.find((x) => x.name.toLowerCase() === String(index).toLowerCase());
    if (!s) throw new Error(`下标越界：没有工作表 ${index}`);
    return new FakeWorksheet(this.f, s);
  }
  Add(Before?: WpsWorksheet, After?: WpsWorksheet): WpsWorksheet {
    this.f.rec('Sheets.Add');
    const taken = new Set(this.f.sheets.map((s) => s.name.toLowerCase()));
    let n = this.f.sheets.length + 1;
    while (taken.has(`sheet${n}`)) n++;
    const s = this.f.newSheetState(`Sheet${n}`);
    const at = After ? this.f.sheets.indexOf((After as FakeWorksheet).state) + 1 : Before ? this.f.sheets.indexOf((Before as FakeWorksheet).state) : this.f.active;
    this.f.sheets.splice(at, 0, s);
    this.f.active = at;
    return new FakeWorksheet(this.f, s);
  }
}

export class FakeWorksheet implements WpsWorksheet {
  constructor(
    private readonly f: FakeWps,
    readonly state: FakeWpsSheet,
  ) {}
  private live(): FakeWpsSheet {
    if (!this.f.sheets.includes(this.state)) throw new Error('对象已被删除');
    return this.state;
  }
  get Name() {
    this.f.rec('Worksheet.Name');
    return this.live().name;
  }
  set Name(v: string) {
    this.f.rec('Worksheet.Name=');
    const s = this.live();
    if (!v || v.length > 31 || /[[\]:*?/\\]/.test(v) || v.startsWith("'") || v.endsWith("'")) throw new Error(`工作表名称无效：${v}`);
    if (this.f.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase())) throw new Error(`工作表名称已存在：${v}`);
    s.name = v;
  }
  get Visible() {
    this.f.rec('Worksheet.Visible');
    return this.live().visible;
  }
  set Visible(v: number) {
    this.f.rec('Worksheet.Visible=');
    this.live().visible = v;
  }
  get Index() {
    this.f.rec('Worksheet.Index');
    return this.f.sheets.indexOf(this.live()) + 1;
  }
  get UsedRange(): WpsRange {
    this.f.rec('Worksheet.UsedRange');
    const s = this.live();
    const keys = [...s.values.keys(), ...s.formats.keys(), ...s.styles.keys(), ...s.formulas.keys()];
    if (!keys.length && !s.merges.length) return new FakeRange(this.f, s, [{ r0: 0, c0: 0, r1: 0, c1: 0 }]);
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    for (const k of keys) {
      const [r, c] = unkey(k);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    // A merged area is formatted: it belongs to the used range whole.
    for (const m of s.merges) ({ r0, c0, r1, c1 } = { r0: Math.min(r0, m.r0), c0: Math.min(c0, m.c0), r1: Math.max(r1, m.r1), c1: Math.max(c1, m.c1) });
    return new FakeRange(this.f, s, [{ r0, c0, r1, c1 }]);
  }
  get Cells(): WpsRange {
    this.f.rec('Worksheet.Cells');
    return new FakeRange(this.f, this.live(), [{ r0: 0, c0: 0, r1: MAX_ROW, c1: MAX_COL }]);
  }
  Range(address: string): WpsRange {
    this.f.rec('Worksheet.Range');
    if (address.length > this.f.addressLimit) throw new Error(`Range() 的引用过长（${address.length} 个字符）`);
    return new FakeRange(this.f, this.live(), parseAddress(address));
  }
  get Comments(): WpsComments {
    this.f.rec('Worksheet.Comments');
    const s = this.live();
    const f = this.f;
    const list = [...s.comments.keys()].map(unkey).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return {
      get Count() {
        f.rec('Comments.Count');
        return list.length;
      },
      Item(i: number) {
        f.rec('Comments.Item');
        const at = list[i - 1];
        if (!at) throw new Error('下标越界');
        return new FakeComment(f, s, at[0], at[1]);
      },
    };
  }
  get Hyperlinks(): WpsHyperlinks {
    this.f.rec('Worksheet.Hyperlinks');
    const s = this.live();
    const f = this.f;
    return {
      get Count() {
        f.rec('Hyperlinks.Count');
        return s.links.size;
      },
      Add(anchor: WpsRange, address: string, subAddress?: string, screenTip?: string, text?: string) {
        f.rec('Hyperlinks.Add');
        const a = (anchor as FakeRange).areas[0];
        const k = key(a.r0, a.c0);
        s.links.set(k, { address, subAddress, screenTip, text });
        if (text !== undefined) s.values.set(k, text);
        s.styles.set(k, { ...(s.styles.get(k) ?? {}), hyperlinkStyle: true });
        return {};
      },
    };
  }
  get PageSetup(): WpsPageSetup {
    this.f.rec('Worksheet.PageSetup');
    if (this.f.pageSetupFails) throw new Error('无法访问打印机，页面设置不可用');
    const s = this.live();
    const f = this.f;
    const defaults: Record<string, unknown> = { Orientation: 1, PaperSize: 9, Zoom: 100, FitToPagesWide: 1, FitToPagesTall: 1, CenterHorizontally: false, PrintTitleRows: '' };
    const out = {} as WpsPageSetup;
    for (const name of Object.keys(defaults))
      Object.defineProperty(out, name, {
        get() {
          f.rec(`PageSetup.${name}`);
          return name in s.page ? s.page[name] : defaults[name];
        },
        set(v: unknown) {
          f.rec(`PageSetup.${name}=`);
          s.page[name] = v;
        },
        enumerable: true,
      });
    return out;
  }
  Activate(): void {
    this.f.rec('Worksheet.Activate');
    this.f.active = this.f.sheets.indexOf(this.live());
  }
  Delete(): void {
    this.f.rec('Worksheet.Delete');
    const s = this.live();
    if (this.f.displayAlerts) this.f.alertsShown++;
    if (this.f.sheets.filter((x) => x.visible === -1 && x !== s).length === 0) throw new Error('工作簿中至少要有一张可见工作表');
    const i = this.f.sheets.indexOf(s);
    const activeName = this.f.activeSheet;
    this.f.sheets.splice(i, 1);
    const a = activeName ? this.f.sheets.indexOf(activeName) : -1;
    this.f.active = a >= 0 ? a : Math.max(0, Math.min(i, this.f.sheets.length - 1));
  }
}

/** How a typed string would be stored in a cell that is not text-formatted. */
function parseTyped(v: string): { value?: FakeValue; formula?: string } {
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(v)) return { value: Number(v) };
  if (/^[=+\-@]/.test(v) && v.length > 1) return { formula: v.startsWith('=') ? v : `=${v}` };
  return { value: v };
}

export class FakeRange implements WpsRange {
  constructor(
    private readonly f: FakeWps,
    readonly sheet: FakeWpsSheet,
    readonly areas: Rect[],
    private readonly countOf: 'cells' | 'rows' | 'cols' = 'cells',
  ) {}
  private *cells(): Generator<[number, number]> {
    for (const a of this.areas) for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) yield [r, c];
  }
  private get first(): Rect {
    return this.areas[0];
  }
  get Value2(): WpsValue | WpsValue[][] {
    this.f.rec('Range.Value2');
    const a = this.first;
    const at = (r: number, c: number) => (this.sheet.formulas.has(key(r, c)) ? 0 : this.sheet.values.get(key(r, c)));
    if (a.r0 === a.r1 && a.c0 === a.c1) return at(a.r0, a.c0);
    const out: WpsValue[][] = [];
    for (let r = a.r0; r <= a.r1; r++) {
      const row: WpsValue[] = [];
      for (let c = a.c0; c <= a.c1; c++) row.push(at(r, c));
      out.push(row);
    }
    return out;
  }
  set Value2(v: WpsValue | WpsValue[][]) {
    this.f.rec('Range.Value2=');
    const s = this.sheet;
    this.f.valueWrites.push({ sheet: s.name, address: this.areas.map((a) => rectAddress(a)).join(','), values: v });
    const put = (r: number, c: number, x: WpsValue) => {
      const k = key(r, c);
      s.formulas.delete(k);
      if (x === undefined || x === null || x === '') {
        s.values.delete(k);
        return;
      }
      if (typeof x !== 'string' || s.formats.get(k) === '@') {
        s.values.set(k, x);
        return;
      }
      const t = parseTyped(x);
      if (t.formula !== undefined) {
        s.values.delete(k);
        s.formulas.set(k, t.formula);
      } else s.values.set(k, t.value!);
    };
    for (const a of this.areas)
      for (let r = a.r0; r <= a.r1; r++)
        for (let c = a.c0; c <= a.c1; c++) {
          const x = Array.isArray(v) ? (v[r - a.r0]?.[c - a.c0] as WpsValue) : v;
          if (Array.isArray(v) && (r - a.r0 >= v.length || c - a.c0 >= (v[r - a.r0]?.length ?? 0))) {
            s.values.set(key(r, c), '#N/A');
            continue;
          }
          put(r, c, x);
        }
    const ws = new FakeWorksheet(this.f, s);
    for (const l of [...this.f.listeners]) l(ws, this);
  }
  get NumberFormat(): string | null {
    this.f.rec('Range.NumberFormat');
    let out: string | undefined;
    for (const [r, c] of this.cells()) {
      const f = this.sheet.formats.get(key(r, c)) ?? 'General';
      if (out === undefined) out = f;
      else if (out !== f) return null;
    }
    return out ?? 'General';
  }
  set NumberFormat(v: string | null) {
    this.f.rec('Range.NumberFormat=');
    if (typeof v !== 'string') throw new TypeError('NumberFormat 只接受一个格式字符串');
    for (const [r, c] of this.cells()) {
      if (v === 'General') this.sheet.formats.delete(key(r, c));
      else this.sheet.formats.set(key(r, c), v);
    }
  }
  /** NumberFormat in the user's language (General is G/通用格式 in Chinese WPS). */
  get NumberFormatLocal(): string | null {
    this.f.rec('Range.NumberFormatLocal');
    const saved = this.f.calls;
    const f = this.NumberFormat;
    this.f.calls = saved;
    return f === 'General' ? 'G/通用格式' : f;
  }
  get Row() {
    this.f.rec('Range.Row');
    return this.first.r0 + 1;
  }
  get Column() {
    this.f.rec('Range.Column');
    return this.first.c0 + 1;
  }
  get Rows(): WpsRange {
    this.f.rec('Range.Rows');
    return new FakeRange(this.f, this.sheet, this.areas, 'rows');
  }
  get Columns(): WpsRange {
    this.f.rec('Range.Columns');
    return new FakeRange(this.f, this.sheet, this.areas, 'cols');
  }
  get Count() {
    this.f.rec('Range.Count');
    const a = this.first;
    if (this.countOf === 'rows') return a.r1 - a.r0 + 1;
    if (this.countOf === 'cols') return a.c1 - a.c0 + 1;
    return this.areas.reduce((n, x) => n + (x.r1 - x.r0 + 1) * (x.c1 - x.c0 + 1), 0);
  }
  get MergeCells(): boolean | null {
    this.f.rec('Range.MergeCells');
    let all = true;
    let none = true;
    for (const a of this.areas) {
      const cells = (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1);
      let merged = 0;
      for (const m of this.sheet.merges)
        if (meets(m, a)) merged += (Math.min(m.r1, a.r1) - Math.max(m.r0, a.r0) + 1) * (Math.min(m.c1, a.c1) - Math.max(m.c0, a.c0) + 1);
      if (merged > 0) none = false;
      if (merged < cells) all = false;
    }
    return all ? true : none ? false : null;
  }
  get MergeArea(): WpsRange {
    this.f.rec('Range.MergeArea');
    const a = this.first;
    const m = this.sheet.merges.find((x) => inside(a.r0, a.c0, x));
    return new FakeRange(this.f, this.sheet, [m ?? { r0: a.r0, c0: a.c0, r1: a.r0, c1: a.c0 }]);
  }
  Merge(): void {
    this.f.rec('Range.Merge');
    for (const a of this.areas) {
      this.sheet.merges = this.sheet.merges.filter((m) => !meets(m, a));
      for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) if (r !== a.r0 || c !== a.c0) this.sheet.values.delete(key(r, c));
      if (a.r0 !== a.r1 || a.c0 !== a.c1) this.sheet.merges.push({ ...a });
    }
  }
  Address(): string {
    this.f.rec('Range.Address');
    return this.areas.map((a) => rectAddress(a, true)).join(',');
  }
  get Worksheet(): WpsWorksheet {
    this.f.rec('Range.Worksheet');
    return new FakeWorksheet(this.f, this.sheet);
  }
  get FormatConditions(): WpsFormatConditions {
    this.f.rec('Range.FormatConditions');
    const f = this.f;
    const s = this.sheet;
    const areas = this.areas;
    const list = () => s.cfs.filter((cf) => cf.areas.some((x) => areas.some((a) => meets(x, a))));
    return {
      get Count() {
        f.rec('FormatConditions.Count');
        return list().length;
      },
      Item(i: number) {
        f.rec('FormatConditions.Item');
        const cf = list()[i - 1];
        if (!cf) throw new Error('下标越界');
        return new FakeFormatCondition(f, s, cf);
      },
      Add(type: number, _op?: number, formula1?: string) {
        f.rec('FormatConditions.Add');
        const cf: FakeWpsCF = { id: f['nextCf']++, type, areas: areas.map((a) => ({ ...a })), formula: formula1 ?? '', interior: null, font: null };
        s.cfs.push(cf);
        return new FakeFormatCondition(f, s, cf);
      },
    };
  }
  get Comment(): WpsComment | null {
    this.f.rec('Range.Comment');
    const a = this.first;
    return this.sheet.comments.has(key(a.r0, a.c0)) ? new FakeComment(this.f, this.sheet, a.r0, a.c0) : null;
  }
  AddComment(text: string): WpsComment {
    this.f.rec('Range.AddComment');
    const a = this.first;
    const k = key(a.r0, a.c0);
    if (this.sheet.comments.has(k)) throw new Error('该单元格已有批注');
    this.sheet.comments.set(k, text);
    return new FakeComment(this.f, this.sheet, a.r0, a.c0);
  }
  ClearComments(): void {
    this.f.rec('Range.ClearComments');
    for (const [r, c] of this.cells()) this.sheet.comments.delete(key(r, c));
  }
  get Validation(): WpsValidation {
    this.f.rec('Range.Validation');
    return new FakeValidation(this.f, this.sheet, this.areas);
  }
  private style(name: string, v: unknown): void {
    for (const [r, c] of this.cells()) {
      const k = key(r, c);
      this.sheet.styles.set(k, { ...(this.sheet.styles.get(k) ?? {}), [name]: v });
    }
  }
  private styleOf(name: string): unknown {
    let out: unknown = undefined;
    let firstSeen = true;
    for (const [r, c] of this.cells()) {
      const v = this.sheet.styles.get(key(r, c))?.[name];
      if (firstSeen) {
        out = v;
        firstSeen = false;
      } else if (out !== v) return null;
    }
    return out;
  }
  get Interior(): WpsInterior {
    this.f.rec('Range.Interior');
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the returned object's accessors (get/set, not arrows) need this range
    const self = this;
    const f = this.f;
    return {
      get Color() {
        f.rec('Interior.Color');
        return (self.styleOf('fill') as number) ?? 16777215;
      },
      set Color(v: number) {
        f.rec('Interior.Color=');
        self.style('fill', v);
      },
    };
  }
  get Font(): WpsFont {
    this.f.rec('Range.Font');
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the returned object's accessors (get/set, not arrows) need this range
    const self = this;
    const f = this.f;
    const prop = (name: string, dflt: unknown) => ({
      get() {
        f.rec(`Font.${name}`);
        return self.styleOf(name) ?? dflt;
      },
      set(v: unknown) {
        f.rec(`Font.${name}=`);
        self.style(name, v);
      },
      enumerable: true,
    });
    return Object.defineProperties({} as WpsFont, { Bold: prop('bold', false), Italic: prop('italic', false), Size: prop('size', 11), Color: prop('fontColor', 0) });
  }
  get Borders(): WpsBorders {
    this.f.rec('Range.Borders');
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the returned object's accessors (get/set, not arrows) need this range
    const self = this;
    const f = this.f;
    return {
      get LineStyle() {
        f.rec('Borders.LineStyle');
        return (self.styleOf('border') as number) ?? -4142;
      },
      set LineStyle(v: number) {
        f.rec('Borders.LineStyle=');
        self.style('border', v);
      },
    };
  }
  get HorizontalAlignment() {
    this.f.rec('Range.HorizontalAlignment');
    return (this.styleOf('hAlign') as number) ?? 1;
  }
  set HorizontalAlignment(v: number) {
    this.f.rec('Range.HorizontalAlignment=');
    this.style('hAlign', v);
  }
  get VerticalAlignment() {
    this.f.rec('Range.VerticalAlignment');
    return (this.styleOf('vAlign') as number) ?? -4107;
  }
  set VerticalAlignment(v: number) {
    this.f.rec('Range.VerticalAlignment=');
    this.style('vAlign', v);
  }
  get WrapText() {
    this.f.rec('Range.WrapText');
    return (this.styleOf('wrap') as boolean) ?? false;
  }
  set WrapText(v: boolean) {
    this.f.rec('Range.WrapText=');
    this.style('wrap', v);
  }
  get ColumnWidth() {
    this.f.rec('Range.ColumnWidth');
    return this.sheet.colWidths.get(this.first.c0) ?? 8.38;
  }
  set ColumnWidth(v: number) {
    this.f.rec('Range.ColumnWidth=');
    for (let c = this.first.c0; c <= this.first.c1; c++) this.sheet.colWidths.set(c, v);
  }
  get RowHeight() {
    this.f.rec('Range.RowHeight');
    return this.sheet.rowHeights.get(this.first.r0) ?? 13.5;
  }
  set RowHeight(v: number) {
    this.f.rec('Range.RowHeight=');
    for (let r = this.first.r0; r <= this.first.r1; r++) this.sheet.rowHeights.set(r, v);
  }
  Select(): void {
    this.f.rec('Range.Select');
    if (this.f.activeSheet !== this.sheet) throw new Error('Range.Select 失败：工作表不是活动工作表');
    this.f.selection = { sheet: this.sheet.name, address: this.areas.map((a) => rectAddress(a)).join(',') };
  }
}

class FakeFormatCondition implements WpsFormatCondition {
  constructor(
    private readonly f: FakeWps,
    private readonly s: FakeWpsSheet,
    private readonly cf: FakeWpsCF,
  ) {}
  get Type() {
    this.f.rec('FormatCondition.Type');
    return this.cf.type;
  }
  get Formula1() {
    this.f.rec('FormatCondition.Formula1');
    return this.cf.formula;
  }
  get Interior(): WpsInterior {
    this.f.rec('FormatCondition.Interior');
    const { f, cf } = this;
    return {
      get Color() {
        f.rec('Interior.Color');
        return cf.interior ?? 16777215;
      },
      set Color(v: number) {
        f.rec('Interior.Color=');
        cf.interior = v;
      },
    };
  }
  get Font(): WpsFont {
    this.f.rec('FormatCondition.Font');
    const { f, cf } = this;
    return {
      Bold: false,
      Italic: false,
      Size: 11,
      get Color() {
        f.rec('Font.Color');
        return cf.font ?? 0;
      },
      set Color(v: number) {
        f.rec('Font.Color=');
        cf.font = v;
      },
    };
  }
  get AppliesTo(): WpsRange {
    this.f.rec('FormatCondition.AppliesTo');
    return new FakeRange(this.f, this.s, this.cf.areas);
  }
  Delete(): void {
    this.f.rec('FormatCondition.Delete');
    this.s.cfs = this.s.cfs.filter((x) => x !== this.cf);
  }
}

class FakeComment implements WpsComment {
  constructor(
    private readonly f: FakeWps,
    private readonly s: FakeWpsSheet,
    private readonly r: number,
    private readonly c: number,
  ) {}
  get Parent(): WpsRange {
    this.f.rec('Comment.Parent');
    return new FakeRange(this.f, this.s, [{ r0: this.r, c0: this.c, r1: this.r, c1: this.c }]);
  }
  Text(): string {
    this.f.rec('Comment.Text');
    return this.s.comments.get(key(this.r, this.c)) ?? '';
  }
  Delete(): void {
    this.f.rec('Comment.Delete');
    this.s.comments.delete(key(this.r, this.c));
  }
}

class FakeValidation implements WpsValidation {
  constructor(
    private readonly f: FakeWps,
    private readonly s: FakeWpsSheet,
    private readonly areas: Rect[],
  ) {}
  private mine(): FakeWpsValidation[] {
    return this.s.validations.filter((v) => this.areas.some((a) => meets(v.rect, a)));
  }
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string): void {
    this.f.rec('Validation.Add');
    if (this.mine().length) throw new Error('Validation.Add 失败：区域中已有数据有效性');
    for (const a of this.areas) this.s.validations.push({ rect: { ...a }, type, alertStyle, operator, formula1, inCellDropdown: true, ignoreBlank: true, inputMessage: '', showInput: true });
  }
  Delete(): void {
    this.f.rec('Validation.Delete');
    this.s.validations = this.s.validations.filter((v) => !this.areas.some((a) => meets(v.rect, a)));
  }
  private prop<K extends 'inCellDropdown' | 'ignoreBlank' | 'inputMessage' | 'showInput'>(k: K, v?: FakeWpsValidation[K]): FakeWpsValidation[K] {
    const list = this.mine();
    if (v !== undefined) {
      if (!list.length) throw new Error('没有数据有效性');
      for (const x of list) x[k] = v;
      return v;
    }
    return list[0]?.[k] as FakeWpsValidation[K];
  }
  get IgnoreBlank() {
    this.f.rec('Validation.IgnoreBlank');
    return this.prop('ignoreBlank');
  }
  set IgnoreBlank(v: boolean) {
    this.f.rec('Validation.IgnoreBlank=');
    this.prop('ignoreBlank', v);
  }
  get InCellDropdown() {
    this.f.rec('Validation.InCellDropdown');
    return this.prop('inCellDropdown');
  }
  set InCellDropdown(v: boolean) {
    this.f.rec('Validation.InCellDropdown=');
    this.prop('inCellDropdown', v);
  }
  get InputMessage() {
    this.f.rec('Validation.InputMessage');
    return this.prop('inputMessage');
  }
  set InputMessage(v: string) {
    this.f.rec('Validation.InputMessage=');
    this.prop('inputMessage', v);
  }
  get ShowInput() {
    this.f.rec('Validation.ShowInput');
    return this.prop('showInput');
  }
  set ShowInput(v: boolean) {
    this.f.rec('Validation.ShowInput=');
    this.prop('showInput', v);
  }
}
