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
export * from './lean';
export { prepareSource, prepareOwned, COLLECT_PROJECTS, type Owned, type OwnedOptions, accountRows, notAProject, extraColumnName, type SourceMeta } from './prepare';
export { isSummaryGrid, reasonOf, sourceOf, summaryRefused, type SourceSteps } from './source';
