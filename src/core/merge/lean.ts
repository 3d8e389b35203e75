/**
 * The merge's exports that need no sheet reader: merging prepared sources, reading a summary back,
 * the summary's sheets. What core/lean.ts gives a process that never reads a unit's return (the
 * merge's parent: prepare.ts and source.ts load the sheet readers, ≈ 15 ms of CPU); index.ts adds them.
 */
export * from './types';
export * from './columns';
export { normKey, unitKeyOf, sameValue } from './keys';
export { cellValue, serialToIso } from './cells';
export { mergeSources, mergeToTables, type MergeOptions } from './merge';
export { readExistingSummary, SummaryReadError } from './readSummary';
export { resultSheets, summarySheet, unitSheet, logSheet, SHEET_SUMMARY, SHEET_UNITS, SHEET_LOG, LOG_HEADER, COUNTRY_CHART_TITLE } from '../report/summary';
export { approvedRows, demandFormSheet, demandFormFileName } from '../report/demandForm';
export { formulaSafe } from './safety';
