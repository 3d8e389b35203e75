/**
 * The merge (issue 4), Office-free. See docs/MERGE.md.
 *
 *   prepareSource(grid, review, meta)      → MergeSource     (one file; runs in worker threads)
 *   failedSource(file, reason, meta)       → MergeSource     (a file that could not be read)
 *   readExistingSummary(grid)              → ExistingSummary (an earlier summary, for re-merge / export)
 *   mergeSources(sources, {existing, importedAt}) → MergeResult
 *   mergeToTables(sources, {existing, importedAt}) → { result, sheets }   (what the task pane calls)
 *   approvedRows(summary), demandFormSheet(row)  (export up)
 */
import { mergeSources, type MergeOptions } from './merge';
import { resultSheets } from '../report/summary';
import type { MergeResult, MergeSource, OutSheet } from './types';

export * from './types';
export * from './columns';
export { normKey, unitKeyOf, sameValue } from './keys';
export { prepareSource, prepareOwned, COLLECT_PROJECTS, type Owned, type OwnedOptions, failedSource, accountRows, notAProject, cellValue, serialToIso, extraColumnName, type SourceMeta } from './prepare';
export { mergeSources, type MergeOptions } from './merge';
export { readExistingSummary, SummaryReadError } from './readSummary';
export { isSummaryGrid, reasonOf, sourceOf, summaryRefused, type SourceSteps } from './source';
export { resultSheets, summarySheet, unitSheet, logSheet, SHEET_SUMMARY, SHEET_UNITS, SHEET_LOG, LOG_HEADER, COUNTRY_CHART_TITLE } from '../report/summary';
export { approvedRows, demandFormSheet, demandFormFileName } from '../report/demandForm';
export { formulaSafe } from './safety';

/** Merge and lay out the three summary sheets (省级汇总, 单位汇总, 导入记录) in one call. */
export function mergeToTables(sources: MergeSource[], options: MergeOptions, streamed = false): { result: MergeResult; sheets: OutSheet[] } {
  const result = mergeSources(sources, options);
  return { result, sheets: resultSheets(result, streamed) };
}
