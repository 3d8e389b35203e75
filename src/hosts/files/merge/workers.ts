/**
 * Reading a batch on several cores: reading and reviewing is nearly all of a merge's time, so with
 * `concurrency` n the main thread and n − 1 worker threads take files from one queue; a worker
 * sends back only the compact MergeSource. The main thread reads too (rather than wait) because
 * each extra thread carries its own copy of the reader and the rules in memory. Falls back to the
 * main thread alone when the compiled worker is not there (tests run from TypeScript) or for a
 * handful of files.
 */
import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import { join } from 'path';
import { Worker } from 'worker_threads';
import type { MergeSource } from '../../../core/merge';
import { failedSource } from '../../../core/merge';
import { gcCounter } from './gc';
import { readSource, type SourceJob } from './source';

export interface ReadManyOptions extends SourceJob {
  /** Threads reading at once (main thread included); default: the number of cores. 0 or 1: main thread only. */
  concurrency?: number;
  /** Called after each file, in completion order. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/** Below this many files a worker costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 8;

export function workerScript(): string | null {
  const p = join(__dirname, 'worker.js');
  return existsSync(p) ? p : null;
}

const tick = () => new Promise<void>((r) => setImmediate(r));

/** Reads every file (results in the order given), on worker threads beside the main thread when worthwhile. */
export async function readSources(paths: string[], opts: ReadManyOptions): Promise<MergeSource[]> {
  const job: SourceJob = { options: opts.options, importedAt: opts.importedAt };
  const threads = Math.min(opts.concurrency ?? availableParallelism(), paths.length);
  const script = workerScript();
  const nWorkers = threads > 1 && script && paths.length >= MIN_FILES_FOR_WORKERS ? threads - 1 : 0;

  const results: MergeSource[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  const finish = (id: number, s: MergeSource) => {
    results[id] = s;
    done++;
    opts.onProgress?.(done, paths.length, paths[id]);
  };

  const workers: Worker[] = [];
  let allDone: () => void = () => {};
  const finished = new Promise<void>((r) => (allDone = r));
  for (let k = 0; k < nWorkers; k++) {
    const w = new Worker(script!, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 6 } });
    workers.push(w);
    const inFlight = new Set<number>();
    const send = () => {
      if (next >= paths.length) return;
      const id = next++;
      inFlight.add(id);
      w.postMessage({ id, path: paths[id] });
    };
    w.on('message', (m: { id: number; source: MergeSource }) => {
      inFlight.delete(m.id);
      finish(m.id, m.source);
      send();
      if (done === paths.length) allDone();
    });
    w.on('error', (e) => {
      // A crash in a worker fails the files it held, not the batch; the main thread reads the rest.
      for (const id of inFlight) finish(id, failedSource(paths[id], `读取时出错：${e.message}`, { importedAt: job.importedAt }));
      inFlight.clear();
      if (done === paths.length) allDone();
    });
    // two files in flight per worker, so it never waits for the main thread
    send();
    send();
  }

  try {
    // The main thread takes files from the same queue, yielding between files so that workers' results are taken in.
    const gcTick = gcCounter();
    while (next < paths.length) {
      const id = next++;
      finish(id, readSource(paths[id], job));
      gcTick();
      if (nWorkers) await tick();
    }
    if (done < paths.length) await finished;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
