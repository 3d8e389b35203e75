/**
 * The merge child's warm-up, run once while its start-up snapshot is built (worker.ts,
 * scripts/child-snapshot.js): a few example workbooks read, reviewed and prepared as a child does
 * with every returned file, and the results dropped. V8 keeps the bytecode of the functions that ran
 * in the snapshot, so a child started from it does not compile them again one by one as its first
 * files reach them (measured: ≈ 5 % less CPU per child on 500 unit files, docs/BENCH.md round 16).
 * Only what a merge always runs is warmed: .xlsx files (SheetJS, for .xls/.ods, stays out of the
 * snapshot), with the packs a merge picks by content and then with every pack.
 * Caches filled here are memos (the same text gives the same answer), so results do not change;
 * the kept native inflater is closed after, as a snapshot cannot hold a native handle.
 */
import { PACK_IDS } from '../../../core';
import { releaseInflater } from '../read/inflate';
import { projectBatches, PROJECT_BATCH } from './batches';
import { readSource, type SourceJob } from './source';

const JOBS: SourceJob[] = [
  { options: { packs: [], suggestPacks: true, skipInfo: true }, importedAt: '2000-01-01T00:00:00+08:00' },
  { options: { packs: PACK_IDS.filter((p) => p !== 'common'), skipInfo: true }, importedAt: '2000-01-01T00:00:00+08:00' },
];

/** Warms the child's code on `paths` (.xlsx); returns how many files were read. Never throws. */
export function warmUp(paths: readonly string[]): number {
  let read = 0;
  for (const job of JOBS) {
    for (const path of paths) {
      if (!/\.xlsx$/i.test(path)) continue;
      try {
        const source = readSource(path, job);
        for (const batch of projectBatches(source, PROJECT_BATCH) ?? []) void batch;
        if (source.status === 'read') read++;
      } catch {
        /* a file that cannot warm leaves its code to compile in the child, as without a warm-up */
      }
    }
  }
  releaseInflater();
  return read;
}

/** The warm-up's files as scripts/child-snapshot.js passes them: paths joined by `delimiter`, or none. */
export function warmUpPaths(value: string | undefined, delimiter: string): string[] {
  return (value ?? '').split(delimiter).filter((p) => p !== '');
}
