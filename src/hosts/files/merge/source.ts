/**
 * One returned file → MergeSource: read (own .xlsx reader), review (common + packs), prepare.
 * Never throws for a bad file: a file that cannot be read becomes a failed source with its reason.
 * Node-only (fs, crypto); worker threads run this same function.
 */
import { createHash } from 'crypto';
import type { ReviewOptions } from '../../../core/api';
import type { WorkbookGrid } from '../../../core/grid';
import { failedSource, prepareSource, SHEET_LOG, SHEET_SUMMARY, type MergeSource } from '../../../core/merge';
import { reviewWorkbook } from '../../../core/review';
import { readFileBytes, readWorkbookBytes } from '../read/node';

export interface SourceJob {
  options: ReviewOptions;
  importedAt: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** True for a summary this tool wrote (it must not be merged as if a unit had sent it). */
export function isSummaryGrid(grid: WorkbookGrid): boolean {
  return grid.sheets.some((s) => s.name === SHEET_SUMMARY) && grid.sheets.some((s) => s.name === SHEET_LOG);
}

export function readSource(path: string, job: SourceJob): MergeSource {
  let bytes: Uint8Array;
  try {
    bytes = readFileBytes(path);
  } catch (e) {
    return failedSource(path, (e as { reason?: string }).reason ?? String((e as Error).message ?? e), { importedAt: job.importedAt });
  }
  const sha256 = sha256Hex(bytes);
  let grid: WorkbookGrid;
  try {
    grid = readWorkbookBytes(bytes, path);
  } catch (e) {
    return failedSource(path, (e as { reason?: string }).reason ?? String((e as Error).message ?? e), { sha256, importedAt: job.importedAt });
  }
  if (isSummaryGrid(grid)) {
    return failedSource(path, `这是汇总表（含“${SHEET_SUMMARY}”“${SHEET_LOG}”工作表），不是单位报送的文件；要在其上合并请用 --into`, { sha256, importedAt: job.importedAt });
  }
  try {
    const review = reviewWorkbook(grid, job.options);
    return prepareSource(grid, review, { sha256, importedAt: job.importedAt });
  } catch (e) {
    return failedSource(path, `审核时出错：${(e as Error).message ?? e}`, { sha256, importedAt: job.importedAt });
  }
}
