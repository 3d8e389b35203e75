/**
 * Reading a batch on several cores. Reading and reviewing is nearly all of a merge's time, so with
 * `concurrency` n ≥ 2 (default: the number of cores) n worker threads take files from one queue
 * and send back only the compact MergeSource (about 3 KB a file); the main thread only hands out
 * paths and collects, so it never loads the reader or the rules and its heap stays small. Each
 * worker's heap is capped (WORKER_LIMITS): a worker that runs out of memory on an unusually large
 * file dies, and the files it held are read again on the main thread, which has no such cap.
 * With n ≤ 1, a handful of files, or no compiled worker script (tests run from TypeScript), the
 * main thread reads everything itself.
 *
 * No forced garbage collections: a full GC every 100 files (tried before) kept the peak a little
 * lower but threw away optimised code each time (V8 deoptimises code whose embedded maps died) and
 * cost about 1.5 s of CPU on 1 000 files. The heap caps keep the memory down instead.
 */
import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import { join } from 'path';
import { Worker, type ResourceLimits } from 'worker_threads';
import type { MergeSource } from '../../../core/merge';
import type { SourceJob } from './source';
import { tuneCompiler } from './tune';

export interface ReadManyOptions extends SourceJob {
  /** Threads reading at once; default: the number of cores. 0 or 1: the main thread reads alone. */
  concurrency?: number;
  /** Called after each file, in completion order. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Heap caps of each worker (default WORKER_LIMITS; tests shrink them to make a worker die). */
  workerLimits?: ResourceLimits;
}

/** Below this many files a worker costs more than it saves (its start-up and warm-up). */
const MIN_FILES_FOR_WORKERS = 8;

/**
 * Heap caps of a worker. A small young generation keeps the garbage of one file from piling up;
 * the old-generation cap makes V8 collect before the heap grows far past what is live (a worker
 * holds about 20 MB: its code, the rules, the text cache). Measured on 1 000 unit files: peak RSS
 * of the whole process ≈ 150 MiB with these caps, ≈ 195 MiB without.
 */
export const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 6, maxOldGenerationSizeMb: 64 };

export function workerScript(): string | null {
  const p = join(__dirname, 'worker.js');
  return existsSync(p) ? p : null;
}

/** The per-file work, loaded only when this thread reads (the reader and the rules are large). */
function localReader(): typeof import('./source').readSource {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./source') as typeof import('./source')).readSource;
}

const yieldToEvents = () => new Promise<void>((r) => setImmediate(r));

/** Reads every file (results in the order given), on worker threads when worthwhile. */
export async function readSources(paths: string[], opts: ReadManyOptions): Promise<MergeSource[]> {
  const job: SourceJob = { options: opts.options, importedAt: opts.importedAt };
  const total = paths.length;
  const threads = Math.min(opts.concurrency ?? availableParallelism(), total);
  const script = workerScript();
  const results: MergeSource[] = new Array(total);
  let done = 0;
  const finish = (id: number, s: MergeSource) => {
    results[id] = s;
    done++;
    opts.onProgress?.(done, total, paths[id]);
  };

  tuneCompiler();
  if (threads <= 1 || !script || total < MIN_FILES_FOR_WORKERS) {
    const readSource = localReader();
    for (let id = 0; id < total; id++) {
      finish(id, readSource(paths[id], job));
      // let progress output and other callbacks run now and then
      if (id % 50 === 49) await yieldToEvents();
    }
    return results;
  }

  let next = 0;
  /** Files whose worker died before answering: read again here. */
  const retry: number[] = [];
  const workers = new Set<Worker>();
  let wake: () => void = () => {};

  const start = () => {
    const w = new Worker(script, { workerData: job, resourceLimits: opts.workerLimits ?? WORKER_LIMITS });
    workers.add(w);
    const inFlight = new Set<number>();
    const send = () => {
      if (next >= total) return;
      const id = next++;
      inFlight.add(id);
      w.postMessage({ id, path: paths[id] });
    };
    w.on('message', (m: { id: number; source: MergeSource }) => {
      inFlight.delete(m.id);
      finish(m.id, m.source);
      send();
      wake();
    });
    const lost = () => {
      if (!workers.delete(w)) return;
      retry.push(...inFlight);
      inFlight.clear();
      wake();
    };
    w.on('error', lost);
    w.on('exit', lost);
    // two files in flight per worker, so that it never waits for the main thread
    send();
    send();
  };
  for (let k = 0; k < threads; k++) start();

  try {
    while (done < total) {
      if (retry.length) {
        // a worker died (out of memory on a very large file, most likely): read its files here
        const readSource = localReader();
        const id = retry.shift()!;
        finish(id, readSource(paths[id], job));
        continue;
      }
      if (workers.size === 0 && next < total) {
        retry.push(next++);
        continue;
      }
      await new Promise<void>((r) => (wake = r));
    }
  } finally {
    const all = [...workers];
    workers.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
  return results;
}
