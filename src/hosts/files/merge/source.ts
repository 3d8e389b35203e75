/**
 * One returned file → MergeSource: read (own .xlsx reader), review (common + packs), prepare.
 * Never throws for a bad file: a file that cannot be read becomes a failed source with its reason.
 * Node-only (fs, crypto); worker threads run this same function.
 */
import { createHash } from 'crypto';
import type { ReviewOptions } from '../../../core';
import { failedSource, sourceOf, summaryRefused, type MergeSource } from '../../../core';
import { reviewWorkbook } from '../../../core';
import { readFileBytes, readWorkbookBytes } from '../read/node';

export interface SourceJob {
  options: ReviewOptions;
  importedAt: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function readSource(path: string, job: SourceJob): MergeSource {
  let bytes: Uint8Array;
  try {
    bytes = readFileBytes(path);
  } catch (e) {
    return failedSource(path, (e as { reason?: string }).reason ?? String((e as Error).message ?? e), { importedAt: job.importedAt });
  }
  const source = sourceOf(path, { sha256: sha256Hex(bytes), importedAt: job.importedAt }, {
    read: () => readWorkbookBytes(bytes, path),
    review: (grid) => reviewWorkbook(grid, job.options),
    summary: () => summaryRefused('要在其上合并请用 --into'),
    // a child started with --expose-gc (isolate.ts) gives back a large file's model as it is let go
    collect: (globalThis as { gc?: () => void }).gc,
  });
  // The command line never takes a source as the earlier summary (that is --into).
  return source!;
}
