/**
 * Node: reads many workbook files in child processes (one per core by default, each file under the
 * reading limits: isolate.ts) and returns one outcome per path, in input order, with a ReadError
 * instead of throwing for a file that cannot be read, so a batch goes on past it. Reads in this
 * thread where the compiled worker script is not present (running from TypeScript sources).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { WorkbookGrid } from '../../../core';
import { ReadError, type ReadErrorKind } from './errors';
import { FILE_HEAP, runPool } from './isolate';
import { LIMITS, lostReason } from './limits';
import { readFileBytes, readWorkbookBytes } from './node';

export interface ReadOutcome {
  file: string;
  grid?: WorkbookGrid;
  error?: ReadError;
}

export interface ReadManyOptions {
  /** Worker threads; default: the number of cores. 1 reads in this thread. */
  concurrency?: number;
  /** Called after each file, in completion order. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/**
 * What a worker posts back. The grid travels as JSON text: JSON.stringify + JSON.parse of a grid
 * costs about 60% of a structured clone (measured on the unit set), and the main thread's share,
 * the parse, is the small half.
 */
export type WorkerReply = { json: string } | { error: { kind: ReadErrorKind; reason: string } };

/** JSON turns the holes of sparse rows into null; the grid contract has undefined there. */
export function gridFromJson(json: string): WorkbookGrid {
  const grid = JSON.parse(json) as WorkbookGrid;
  for (const sheet of grid.sheets) {
    const rows = sheet.cells;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (row === null) {
        delete rows[r];
        continue;
      }
      for (let c = 0; c < row.length; c++) if (row[c] === null) delete row[c];
    }
  }
  return grid;
}

const WORKER_FILE = path.join(__dirname, 'manyWorker.js');

export function readOne(file: string): ReadOutcome {
  try {
    return { file, grid: readWorkbookBytes(readFileBytes(file), file) };
  } catch (e) {
    if (e instanceof ReadError) return { file, error: e };
    return { file, error: new ReadError(file, 'corrupt', String((e as Error)?.message ?? e)) };
  }
}

export async function readMany(paths: string[], opts: ReadManyOptions = {}): Promise<ReadOutcome[]> {
  const total = paths.length;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const threads = Math.max(1, Math.min(opts.concurrency ?? cores, total));
  const results: ReadOutcome[] = new Array(total);
  if (!fs.existsSync(WORKER_FILE)) {
    for (let i = 0; i < total; i++) {
      results[i] = readOne(paths[i]);
      opts.onProgress?.(i + 1, total, paths[i]);
      // let progress output and other callbacks run between files
      if (i % 50 === 49) await new Promise((r) => setImmediate(r));
    }
    return results;
  }
  // each file in a child process under the reading limits (isolate.ts): a file that exhausts the
  // heap or the time is a ReadError, the rest are read
  let done = 0;
  const finish = (i: number, r: ReadOutcome) => {
    results[i] = r;
    opts.onProgress?.(++done, total, paths[i]);
  };
  await runPool<string, WorkerReply>({
    script: WORKER_FILE,
    inputs: paths,
    threads,
    resourceLimits: FILE_HEAP,
    timeMs: LIMITS.fileMs,
    onResult: (i, m) => {
      const file = paths[i];
      finish(i, 'json' in m ? { file, grid: gridFromJson(m.json) } : { file, error: new ReadError(file, m.error.kind, m.error.reason) });
    },
    onLost: (i, why, detail) => finish(i, { file: paths[i], error: new ReadError(paths[i], 'too-large', lostReason(why, detail)) }),
  });
  return results;
}
