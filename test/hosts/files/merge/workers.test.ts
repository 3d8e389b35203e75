/**
 * readSources on worker threads (the compiled lib/, as the command line runs it) gives the same
 * MergeSources as the main thread alone, in input order; a worker that dies (here: a heap cap too
 * small to even load the rules) loses nothing — its files are read again alone with the full heap.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { MergeSource } from '../../../../src/core/merge';
import { readSources } from '../../../../src/hosts/files/merge';

const DIR = path.join(__dirname, '../../../fixtures/merge/units');
const ROOT = path.resolve(__dirname, '../../../..');
const LIB = path.join(ROOT, 'lib/hosts/files/merge/workers.js');
const SRC = path.join(ROOT, 'src/hosts/files/merge/workers.ts');
const compiled = fs.existsSync(LIB) && fs.existsSync(path.join(ROOT, 'lib/hosts/files/merge/worker.js')) && fs.statSync(LIB).mtimeMs >= fs.statSync(SRC).mtimeMs;

const job = { options: { packs: ['zj2017' as const] }, importedAt: '2024-11-01T09:00:00+08:00' };
// 10 generated units, a missing file and a file that is not a workbook: 12 ≥ the 8 files below which no worker starts
const files = [
  ...fs.readdirSync(DIR).filter((f) => f.endsWith('.xlsx')).sort().map((f) => path.join(DIR, f)),
  path.join(DIR, 'no-such-file.xlsx'),
  path.join(__dirname, 'workers.test.ts'),
];
const summary = (s: MergeSource) => (s.status === 'read' ? { file: s.file, projects: s.projects, rejected: s.rejected, skipped: s.skipped } : { file: s.file, reason: s.reason });

describe('readSources', () => {
  let local: MergeSource[];
  beforeAll(async () => {
    local = await readSources(files, { ...job, concurrency: 1 });
  });

  it('reads in this thread in input order, failing only the bad files', () => {
    expect(local.map((s) => s.status)).toEqual([...Array(10).fill('read'), 'failed', 'failed']);
    expect(local.map((s) => s.file)).toEqual(files);
  });

  (compiled ? describe : describe.skip)('on worker threads (compiled lib/)', () => {
    const lib = () => require(path.join(ROOT, 'lib/hosts/files/merge')) as typeof import('../../../../src/hosts/files/merge');

    it('gives the same sources as the main thread, in input order, with progress for each file', async () => {
      const seen: string[] = [];
      const got = await lib().readSources(files, { ...job, concurrency: 2, onProgress: (_d, _t, f) => seen.push(f) });
      expect(got.map(summary)).toEqual(local.map(summary));
      expect(seen.sort()).toEqual([...files].sort());
    });

    it('takes the children startReaders started (the command line starts them before its checks): same sources', async () => {
      const started = lib().startReaders(files.length, { ...job, concurrency: 2 })!;
      expect(started.pids).toHaveLength(2);
      const taken: number[] = [];
      const watched = {
        pids: started.pids,
        take: (k: string) => {
          const w = started.take(k);
          if (w) taken.push(w.pid!);
          return w;
        },
        release: () => started.release(),
      };
      const got = await lib().readSources(files, { ...job, concurrency: 2, started: watched });
      expect(got.map(summary)).toEqual(local.map(summary));
      expect(taken.sort()).toEqual([...started.pids].sort());
    });

    it('reads the files of a worker that ran out of memory again with the full heap', async () => {
      const got = await lib().readSources(files, { ...job, concurrency: 2, workerLimits: { maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 } });
      expect(got.map(summary)).toEqual(local.map(summary));
    });
  });
});

describe('childCount', () => {
  const { childCount, FILES_PER_CHILD } = require('../../../../src/hosts/files/merge/workers') as typeof import('../../../../src/hosts/files/merge/workers');
  it('starts one child per FILES_PER_CHILD files, at most one per core, at least one', () => {
    expect(childCount(1, undefined, 8)).toBe(1);
    expect(childCount(FILES_PER_CHILD, undefined, 8)).toBe(1);
    expect(childCount(FILES_PER_CHILD + 1, undefined, 8)).toBe(2);
    expect(childCount(1000, undefined, 2)).toBe(2);
    expect(childCount(1000, undefined, 16)).toBe(10);
    expect(childCount(0, undefined, 2)).toBe(1);
  });
  it('takes the count it is given (--jobs), never more than the files, at least one', () => {
    expect(childCount(20, 2, 8)).toBe(2);
    expect(childCount(20, 4, 1)).toBe(4);
    expect(childCount(3, 8, 8)).toBe(3);
    expect(childCount(20, 0, 8)).toBe(1);
  });
});
