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
