/// <reference types="wps-jsapi" />
/**
 * The part of WPS 表格's JavaScript object model (WPS 加载项 JS API, `Et.*`) this host uses, typed
 * precisely. Every member is named as in WPS's own declarations (npm `wps-jsapi`): the checks at the
 * end fail to compile if a member used here is not declared there. Our own types are needed because
 * wps-jsapi renders COM's [out, retval] as a trailing `RHS` parameter and declares such methods as
 * returning void (`Range(Cell1, Cell2, RHS?: EtRange): void`), and types some properties loosely
 * (`UsedRange: number`, `Value2: number`). The fake (test/support/fakeWps.ts) implements these
 * interfaces, so host and fake cannot drift apart.
 *
 * Conventions of the object model (documented by WPS and the VBA model it mirrors): collections are
 * 1-based (`Item(1)`), `Count` is a property, properties that take arguments are methods in JS
 * (`Address()`, `Comment.Text()`), calls are synchronous.
 */

/** A cell value as Value2 returns it: no Date or Currency types (dates are serial numbers). */
export type WpsValue = string | number | boolean | undefined;

export interface WpsApplication {
  readonly ActiveWorkbook: WpsWorkbook | null;
  readonly ActiveWindow: WpsWindow;
  ScreenUpdating: boolean;
  DisplayAlerts: boolean;
  /** `wps.ApiEvent` as seen from the add-in page: WPS's application events. */
  readonly ApiEvent?: WpsApiEvent;
}

/** What an add-in page also finds on `window.Application` (WPS 加载项 API, declared on wps-jsapi's `wps`). */
export interface WpsAddinApplication extends WpsApplication {
  /** Opens a task pane showing `url`; returns it (hidden until Visible = true). */
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane | null;
  readonly PluginStorage: WpsPluginStorage;
}

export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
}

export interface WpsPluginStorage {
  setItem(key: string, value: string | number | boolean): void;
  getItem(key: string): string | null;
}

export interface WpsApiEvent {
  AddApiEventListener(name: 'SheetChange', callback: (sheet: WpsWorksheet, target: WpsRange) => void): void;
  RemoveApiEventListener(name: 'SheetChange', callback?: (sheet: WpsWorksheet, target: WpsRange) => void): void;
}

export interface WpsWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
}

export interface WpsWorkbook {
  readonly Name: string;
  readonly Worksheets: WpsSheets;
  readonly ActiveSheet: WpsWorksheet | null;
}

export interface WpsSheets {
  readonly Count: number;
  /** 1-based index or sheet name; throws when there is no such sheet. */
  Item(index: number | string): WpsWorksheet;
  /** Adds one worksheet before or after the given one (one of the two); it becomes the active sheet. */
  Add(Before?: WpsWorksheet, After?: WpsWorksheet, Count?: number, Type?: number): WpsWorksheet;
}

/** XlSheetVisibility. */
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;

export interface WpsWorksheet {
  Name: string;
  Visible: number;
  readonly Index: number;
  readonly UsedRange: WpsRange;
  /** Every cell of the sheet (its FormatConditions are the sheet's). */
  readonly Cells: WpsRange;
  Range(address: string): WpsRange;
  readonly Comments: WpsComments;
  readonly Hyperlinks: WpsHyperlinks;
  /** How the sheet prints (talks to the printer driver: may fail where none is installed). */
  readonly PageSetup: WpsPageSetup;
  Activate(): void;
  /** Asks before deleting unless Application.DisplayAlerts is false. */
  Delete(): void;
}

export interface WpsRange {
  /** A 2-D array [row][col] for several cells, the value itself for one cell; empty cells are undefined. */
  Value2: WpsValue | WpsValue[][];
  /** One format when every cell has it, null when they differ. Setting it sets every cell. */
  NumberFormat: string | null;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: WpsRange;
  readonly Columns: WpsRange;
  readonly Count: number;
  /** True when every cell is in a merged area, false when none is, null when some are. */
  readonly MergeCells: boolean | null;
  /** The merged area holding the range's first cell (the cell itself when not merged). */
  readonly MergeArea: WpsRange;
  Merge(Across?: boolean): void;
  /** `$A$1:$B$2` (absolute, no sheet name). */
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  readonly Worksheet: WpsWorksheet;
  readonly FormatConditions: WpsFormatConditions;
  /** The first cell's comment, null when it has none. */
  readonly Comment: WpsComment | null;
  AddComment(Text: string): WpsComment;
  /** Deletes the comments of every cell of the range (all areas). */
  ClearComments(): void;
  readonly Validation: WpsValidation;
  readonly Interior: WpsInterior;
  readonly Font: WpsFont;
  readonly Borders: WpsBorders;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  WrapText: boolean;
  ColumnWidth: number;
  RowHeight: number;
  Select(): void;
}

export interface WpsPageSetup {
  /** XL.portrait / XL.landscape (EtXlPageOrientation). */
  Orientation: number;
  /** XL.paperA4 (EtXlPaperSize). */
  PaperSize: number;
  /** A percentage, or false so that FitToPagesWide/Tall apply. */
  Zoom: number | boolean;
  /** Pages wide / tall, or false for "as many as needed". */
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  CenterHorizontally: boolean;
  /** Rows repeated at the top of every page, e.g. `$1:$1`. */
  PrintTitleRows: string;
}

export interface WpsInterior {
  /** BGR as a number (RGB(r, g, b) = r + 256·g + 65536·b). */
  Color: number;
}

export interface WpsFont {
  Bold: boolean;
  Italic: boolean;
  Size: number;
  Color: number;
}

export interface WpsBorders {
  LineStyle: number;
}

export interface WpsFormatConditions {
  readonly Count: number;
  Item(index: number): WpsFormatCondition;
  /** Type 2 = xlExpression: Formula1 is a formula evaluated per cell. */
  Add(Type: number, Operator?: number, Formula1?: string, Formula2?: string): WpsFormatCondition;
}

export interface WpsFormatCondition {
  readonly Type: number;
  readonly Formula1: string;
  readonly Interior: WpsInterior;
  readonly Font: WpsFont;
  readonly AppliesTo: WpsRange;
  Delete(): void;
}

export interface WpsComments {
  readonly Count: number;
  Item(index: number): WpsComment;
}

export interface WpsComment {
  /** The comment's cell. */
  readonly Parent: WpsRange;
  Text(Text?: string, Start?: number, Overwrite?: boolean): string;
  Delete(): void;
}

export interface WpsHyperlinks {
  readonly Count: number;
  /** A link inside the workbook: Address '' and SubAddress `'Sheet'!A1`. */
  Add(Anchor: WpsRange, Address: string, SubAddress?: string, ScreenTip?: string, TextToDisplay?: string): unknown;
}

export interface WpsValidation {
  /** Type 3 = xlValidateList, AlertStyle 1 = xlValidAlertStop, Operator 1 = xlBetween; Formula1 `a,b,c` or `=Sheet!$A$1:$A$9`. */
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string, Formula2?: string): void;
  Delete(): void;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
  InputMessage: string;
  ShowInput: boolean;
}

/** Enumeration values used (names as in wps-jsapi's Et enums). */
export const XL = {
  expression: 2, // EtXlFormatConditionType.xlExpression
  validateList: 3, // EtXlDVType.xlValidateList
  validAlertStop: 1, // EtXlDVAlertStyle.xlValidAlertStop
  between: 1, // EtXlFormatConditionOperator.xlBetween
  continuous: 1, // EtXlLineStyle.xlContinuous
  hAlignLeft: -4131,
  hAlignCenter: -4108,
  hAlignRight: -4152,
  vAlignTop: -4160,
  vAlignCenter: -4108,
  vAlignBottom: -4107,
  portrait: 1, // EtXlPageOrientation.xlPortrait
  landscape: 2, // EtXlPageOrientation.xlLandscape
  paperA4: 9, // EtXlPaperSize.xlPaperA4
} as const;

/** `#FFC7CE` → the BGR number Interior.Color takes. */
export function bgr(hex: string): number {
  const h = hex.replace(/^#/, '');
  const r = parseInt(h.slice(0, 2), 16);
  const g = parseInt(h.slice(2, 4), 16);
  const b = parseInt(h.slice(4, 6), 16);
  return r + g * 256 + b * 65536;
}

// Compile-time: every member used above is declared by WPS (wps-jsapi). A misspelt or invented
// member makes one of these `true` constants fail to type-check.
type Declared<Ours, Theirs> = Exclude<keyof Ours, keyof Theirs> extends never ? true : Exclude<keyof Ours, keyof Theirs>;
export const DECLARED_IN_WPS_JSAPI: {
  application: Declared<Omit<WpsApplication, 'ApiEvent'>, Et.EtApplication>;
  window: Declared<WpsWindow, Et.EtWindow>;
  workbook: Declared<WpsWorkbook, Et.EtWorkbook>;
  sheets: Declared<WpsSheets, Et.EtSheets>;
  worksheet: Declared<WpsWorksheet, Et.EtWorksheet>;
  range: Declared<WpsRange, Et.EtRange>;
  pageSetup: Declared<WpsPageSetup, Et.EtPageSetup>;
  interior: Declared<WpsInterior, Et.EtInterior>;
  font: Declared<WpsFont, Et.EtFont>;
  borders: Declared<WpsBorders, Et.EtBorders>;
  formatConditions: Declared<WpsFormatConditions, Et.EtFormatConditions>;
  formatCondition: Declared<WpsFormatCondition, Et.EtFormatCondition>;
  comments: Declared<WpsComments, Et.EtComments>;
  comment: Declared<WpsComment, Et.EtComment>;
  hyperlinks: Declared<WpsHyperlinks, Et.EtHyperlinks>;
  validation: Declared<WpsValidation, Et.EtValidation>;
  apiEvent: Declared<WpsApiEvent, typeof wps.ApiEvent>;
  addin: Declared<Omit<WpsAddinApplication, keyof WpsApplication>, typeof wps>;
  taskPane: Declared<WpsTaskPane, wps.CustomTaskpane>;
  pluginStorage: Declared<WpsPluginStorage, typeof wps.PluginStorage>;
} = {
  application: true,
  window: true,
  workbook: true,
  sheets: true,
  worksheet: true,
  range: true,
  pageSetup: true,
  interior: true,
  font: true,
  borders: true,
  formatConditions: true,
  formatCondition: true,
  comments: true,
  comment: true,
  hyperlinks: true,
  validation: true,
  apiEvent: true,
  addin: true,
  taskPane: true,
  pluginStorage: true,
};
