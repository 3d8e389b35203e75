/**
 * Merging returned files on disk (Node): read on worker threads, merge, lay out, write.
 *
 *   mergeFiles(paths, { options, importedAt, existing?, concurrency?, onProgress? })
 *     → { result, sheets, sources }
 *   writeSheets(sheets) → .xlsx bytes;  readSummaryFile(path) → ExistingSummary
 */
import type { ExistingSummary, MergeResult, MergeSource, OutSheet } from '../../../core';
import { mergeToTables } from '../../../core/lean';
import { readSources, type ReadManyOptions } from './workers';

export { readSources, startReaders, workerScript, type ReadManyOptions } from './workers';
export { writeSheets, readSummaryFile } from './summary';

export interface MergeFilesOptions extends ReadManyOptions {
  existing?: ExistingSummary | null;
  /** Sources known to have failed before reading (e.g. names that do not exist). */
  failed?: MergeSource[];
  /** 省级汇总's project rows made as the file writer writes them (summarySheet's `streamed`), not copied. */
  streamed?: boolean;
}

export async function mergeFiles(paths: string[], opts: MergeFilesOptions): Promise<{ result: MergeResult; sheets: OutSheet[]; sources: MergeSource[] }> {
  const sources = [...(opts.failed ?? []), ...(await readSources(paths, opts))];
  const { result, sheets } = mergeToTables(sources, { existing: opts.existing ?? null, importedAt: opts.importedAt }, opts.streamed);
  return { result, sheets, sources };
}
