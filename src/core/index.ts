/**
 * 出国培训审核助手 — the Office-free core. Public API (documented in docs/API.md):
 *
 *   parseWorkbook(grid, options?)  → ParsedWorkbook   (sheets → typed records)
 *   reviewWorkbook(grid, options)  → WorkbookReview    (parse + rules + tallies)
 *
 * Nothing here imports Office.js, React or a file library.
 */
export * from './grid';
export * from './model/findings';
export * from './model/records';
export * from './model/review';

// Reading, review, settings and the rule catalog (docs/API.md).
export { parseWorkbook } from './sheets';
export { reviewWorkbook, reviewParsed, reviewMany, reviewManyParsed, packUse, crossDuplicates, type ManyReview } from './review';
export {
  WorkbookSettings,
  WorkbookSettingsSchema,
  SuppressionSchema,
  defaultSettings,
  parseSettings,
  optionsFromSettings,
  resolveParams,
  applySuppressions,
  decodeStoredSettings,
  encodeSettingsForStore,
  MAX_STORED_SETTINGS,
  suppresses,
  SettingsError,
  type Suppression,
  type SuppressedFinding,
  type ResolvedParams,
} from './settings';
export { PACKS, listPacks, type PackInfo, type RuleInfo } from './rules/catalog';
// The packs themselves and the kinds of their parameters (the task pane edits each by its zod type).
export { registeredPacks } from './rules/registry';
export { isoDateParam, monthDayParam, shareParam } from './rules/params';
export { suggestPacks, packUseLine, combinePackUse, REGION_WORDS, type PackSuggestion, type PackReason, type PackUse } from './suggest';
export { englishMessage, findingText, messageWithoutClause } from './rules/englishMessages';

// The report model: every sheet a host writes, as data (docs/API.md "Report model").
export {
  HEADER_STYLE,
  CHART_NAME,
  cellOf,
  rowAt,
  rowCount,
  type RowSource,
  widthOf,
  styledRows,
  defaultPrint,
  printOf,
  type OutSheet,
  type OutBook,
  type OutCell,
  type OutRow,
  type OutValue,
  type OutLink,
  type CellStyle,
  type PrintSetup,
  type ChartSpec,
  type ListValidation,
  type OutNote,
} from './report/sheet';
export { MARK_COLORS, SEVERITY_RANK, hashColor } from './report/colors';
export { RESULT_SHEET, RESULT_HEADERS, RESULT_COLUMNS, RESULT_CELL_COL, RESULT_CLAUSE_COL, resultsSheet, sortFindings } from './report/results';
export { PROJECT_SHEET, projectsSheet, reportSheets } from './report/projects';
export { dateTimeCell, shanghaiSerial, serialToDateTime, DATETIME_FORMAT } from './report/time';
export { demandFormLayout, demandFormSheet } from './report/demandForm';
// The holiday calendar in China (State Council notices) and the years the settings add (docs/API.md).
export {
  HOLIDAY_NOTICES,
  SHIPPED_CALENDAR,
  calendarFor,
  calendarYears,
  calendarSettingError,
  isCalendarKey,
  isWorkingDayInChina,
  workingDaysInChina,
  type Calendar,
  type CalendarYear,
  type HolidayNotice,
  type HolidayLine,
  type WorkingDayAnswer,
} from './calendar';
export { templateWorkbook, templateSheets, TEMPLATE_KINDS, TEMPLATE_ROWS, type TemplateKind } from './report/templates';

// Merging returned workbooks into the provincial summary (docs/MERGE.md).
export * from './merge';
// The continuing-education register (docs/CE.md): reading and tallying; its review with the CE rule packs.
export * from './ce';
export { rowHours } from './ce/tally';
export { tallyCe, CE_PACKS, type CeTally, type CeTallyOptions, type CePackId } from './ceReview';
// Small helpers the hosts share with the core.
export { appendAll } from './collections';
export { frac, type Fraction } from './values/fraction';
