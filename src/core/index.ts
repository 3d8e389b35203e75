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
export * from './api';

// Reading, review, settings and the rule catalog (docs/API.md).
export { parseWorkbook } from './sheets';
export { reviewWorkbook, reviewParsed, reviewMany, reviewManyParsed, packUse, type ManyReview } from './review';
export {
  WorkbookSettings,
  WorkbookSettingsSchema,
  SuppressionSchema,
  defaultSettings,
  parseSettings,
  optionsFromSettings,
  resolveParams,
  applySuppressions,
  SettingsError,
  type Suppression,
  type SuppressedFinding,
  type ResolvedParams,
} from './settings';
export { PACKS, listPacks, type PackInfo, type RuleInfo } from './rules/catalog';
export { suggestPacks, packUseLine, REGION_WORDS, type PackSuggestion, type PackReason, type PackUse } from './suggest';
export { englishMessage, findingText, messageWithoutClause } from './rules/messages.en';

// The report model: every sheet a host writes, as data (docs/API.md "Report model").
export {
  HEADER_STYLE,
  CHART_NAME,
  cellOf,
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
export { MARK_COLORS, SEVERITY_RANK } from './report/colors';
export { RESULT_SHEET, RESULT_HEADERS, resultsSheet, sortFindings } from './report/results';
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
export { templateWorkbook, templateSheets, TEMPLATE_KINDS, type TemplateKind } from './report/templates';
