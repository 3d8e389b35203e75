/**
 * Reading a batch on several cores. Reading and reviewing is nearly all of a merge's time, so with
 * `concurrency` n (default: one per FILES_PER_CHILD files, up to the number of cores) child processes take files from one queue (isolate.ts,
 * one file in flight each) and send back only the compact MergeSource (about 3 KB a file); the main
 * thread only hands out paths and collects, so it never loads the reader or the rules and its heap
 * stays small. Every file is read on a worker, even one, so that a hostile file can only take its
 * worker down: each worker's heap is capped (WORKER_LIMITS) and each file has LIMITS.fileMs. A file
 * that runs a worker out of memory is read again alone in a fresh worker with the full heap
 * (LIMITS.heapMb); past that, or past the time limit, it is a failed source naming the limit.
 * Without the compiled worker script (tests run from TypeScript) the main thread reads everything.
 *
 * No forced garbage collections: a full GC every 100 files (tried before) kept the peak a little
 * lower but threw away optimised code each time (V8 deoptimises code whose embedded maps died) and
 * cost about 1.5 s of CPU on 1 000 files. The heap caps keep the memory down instead.
 */
import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import { join } from 'path';
import type { ResourceLimits } from 'worker_threads';
import { failedSource, type MergeSource } from '../../../core/lean';
import { FILE_HEAP, runPool, startChildren, type LostWhy, type StartedChildren } from '../read/isolate';
import { LIMITS, lostReason } from '../read/limits';
import { joinBatches } from './batches';
import { childSnapshot } from './childSnapshot';
import type { SourceJob } from './source';
import { tuneCompiler } from './tune';

export interface ReadManyOptions extends SourceJob {
  /** Child processes reading at once (0 or 1: one); default: childCount's, one per FILES_PER_CHILD files up to the number of cores. */
  concurrency?: number;
  /** Called after each file, in completion order. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Heap caps of each worker (default WORKER_LIMITS; tests shrink them to make a worker die). */
  workerLimits?: ResourceLimits;
  /** Projects per message from a child (default PROJECT_BATCH; tests make it small). */
  batch?: number;
  /** The child's script (default: the compiled worker.js; tests wrap it to make a child die midway). */
  script?: string;
  /** Children started ahead by startReaders with the same options (taken by the pool, the rest ended). */
  started?: StartedChildren | null;
}

/**
 * Heap caps of a worker. A small young generation keeps the garbage of one file from piling up;
 * the old-generation cap makes V8 collect before the heap grows far past what is live (a worker
 * holds about 20 MB: its code, the rules, the text cache). Measured on 1 000 unit files: peak RSS
 * of the whole process ≈ 150 MiB with these caps, ≈ 195 MiB without.
 */
export const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 6, maxOldGenerationSizeMb: 64 };

/**
 * Files per child when the caller names no count: each child costs ≈ 0.25 s of CPU to start and to
 * compile the reader and the rules for itself (measured: 500 unit files read and reviewed in one
 * process, 0.84 s of CPU the first time, 0.63 s the next), and a second one saves about half of
 * ≈ 1.3 ms a file of wall time on an idle machine: for 100 unit files one child took 0.53 s CPU and
 * 0.53 s wall where two took 0.66 s and 0.65 s (load 4: two children do not get two cores).
 */
export const FILES_PER_CHILD = 100;

/** Children for `files` files: `concurrency` when given (at least 1), else one per FILES_PER_CHILD files up to the cores; never more than the files. */
export function childCount(files: number, concurrency: number | undefined, cores: number): number {
  const wanted = concurrency ?? Math.min(cores, Math.ceil(files / FILES_PER_CHILD));
  return Math.max(1, Math.min(wanted, files));
}

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

/** The job every child is given (with its batch size): what a started child and the pool that takes it share. */
function childJob(opts: ReadManyOptions): SourceJob & { batch?: number } {
  // The merge keeps only error and warning counts (core/merge prepareSource): info findings are not made.
  return { options: { ...opts.options, skipInfo: true }, importedAt: opts.importedAt, batch: opts.batch };
}

/**
 * Starts the children that will read `files` files (childCount's number, with the compiled worker and
 * its start-up snapshot) before the paths are handed out, so that they load while this process checks
 * its inputs and loads the merge and the writer; pass the result as `started` to readSources (or
 * release() it). Null where files are read in this thread (no compiled worker).
 */
export function startReaders(files: number, opts: ReadManyOptions): StartedChildren | null {
  const script = opts.script ?? workerScript();
  if (!script || files === 0) return null;
  const snapshot = opts.script ? null : childSnapshot();
  return startChildren({ script, workerData: childJob(opts), resourceLimits: opts.workerLimits ?? WORKER_LIMITS, snapshot }, childCount(files, opts.concurrency, availableParallelism()));
}

/** Reads every file (results in the order given), on worker threads when worthwhile. */
export async function readSources(paths: string[], opts: ReadManyOptions): Promise<MergeSource[]> {
  const { batch, ...job } = childJob(opts);
  const total = paths.length;
  const threads = childCount(total, opts.concurrency, availableParallelism());
  const script = opts.script ?? workerScript();
  const results: MergeSource[] = new Array(total);
  let done = 0;
  const finish = (id: number, s: MergeSource, parts: unknown[] = []) => {
    results[id] = joinBatches(s, parts);
    done++;
    opts.onProgress?.(done, total, paths[id]);
  };
  const lost = (id: number, why: LostWhy, detail: string) => finish(id, failedSource(paths[id], lostReason(why, detail), { importedAt: job.importedAt }));

  tuneCompiler();
  if (!script) {
    const readSource = localReader();
    for (let id = 0; id < total; id++) {
      finish(id, readSource(paths[id], job));
      // let progress output and other callbacks run now and then
      if (id % 50 === 49) await yieldToEvents();
    }
    return results;
  }

  // every file on a worker (isolation: a file that exhausts a worker's heap or time costs only itself)
  const bigger: number[] = [];
  // children start from the start-up snapshot of worker.js when there is one (not for a script of the caller's)
  const snapshot = opts.script ? null : childSnapshot();
  await runPool<string, MergeSource>({
    script,
    workerData: { ...job, batch },
    inputs: paths,
    threads,
    resourceLimits: opts.workerLimits ?? WORKER_LIMITS,
    timeMs: LIMITS.fileMs,
    snapshot,
    started: opts.started,
    onResult: finish,
    // out of the small heap: tried again alone with the full one (a 200 000-row list is legitimate)
    onLost: (id, why, detail) => (why === 'memory' ? bigger.push(id) : lost(id, why, detail)),
  });
  if (bigger.length) {
    await runPool<string, MergeSource>({
      script,
      workerData: { ...job, batch },
      inputs: paths,
      ids: bigger,
      threads: 1,
      resourceLimits: FILE_HEAP,
      timeMs: LIMITS.fileMs,
      // (built for WORKER_LIMITS: a child with the full heap runs the script)
      snapshot,
      onResult: finish,
      onLost: lost,
    });
  }
  return results;
}
