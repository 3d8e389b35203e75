/**
 * The merge child's V8 start-up snapshot (built by scripts/child-snapshot.js after `build:cli`):
 * the child's code bundled into one script (worker.bundle.js) and loaded once, at build time, into a
 * heap that each child then starts from instead of loading and running its ≈ 200 modules (zod's
 * schemas, the rule packs, the tables). Measured on 1 000 unit files: ≈ 0.15 s of CPU less per
 * child (docs/BENCH.md, round 8). The code is warmed on the bundled examples before the snapshot is
 * taken (warmUp.ts), so that it also holds the bytecode a child's first files would compile.
 *
 * V8 takes a snapshot only from the Node binary that built it and with the options it was built
 * with, so the blob is used only when its description (worker.snapshot.json) names this Node and the
 * children's options match (isolate.ts runPool); otherwise, or without a blob, children run
 * worker.js as before.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

export const SNAPSHOT_BLOB = 'worker.snapshot.blob';
export const SNAPSHOT_META = 'worker.snapshot.json';
/** The environment variable scripts/child-snapshot.js names the warm-up's files in (warmUp.ts), joined by path.delimiter. */
export const SNAPSHOT_WARM_ENV = 'PEIXUN_SNAPSHOT_WARM';

export interface SnapshotMeta {
  /** process.version, process.arch and process.execPath of the Node that built it. */
  node: string;
  arch: string;
  execPath: string;
  /** The child options it was built with (isolate.ts childExecArgv of WORKER_LIMITS). */
  execArgv: string[];
  /** The example files its code was warmed on (merge/warmUp.ts), and how many of their reads succeeded. */
  warmedWith?: string[];
  warmed?: number;
}

/** The snapshot beside the compiled worker in `dir`, when this Node can start from it; else null. */
export function childSnapshot(dir: string = __dirname): { blob: string; execArgv: string[] } | null {
  const blob = join(dir, SNAPSHOT_BLOB);
  const metaPath = join(dir, SNAPSHOT_META);
  if (!existsSync(blob) || !existsSync(metaPath)) return null;
  let meta: SnapshotMeta;
  try {
    meta = JSON.parse(readFileSync(metaPath, 'utf8')) as SnapshotMeta;
  } catch {
    return null;
  }
  if (meta.node !== process.version || meta.arch !== process.arch || meta.execPath !== process.execPath || !Array.isArray(meta.execArgv))
    return null;
  return { blob, execArgv: meta.execArgv };
}
