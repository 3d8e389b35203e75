/**
 * The engine the page uses: the core (src/app/coreEngine) with reading and reviewing in a Web Worker when
 * the page can start one, else on the page itself. The worker's script is a webpack chunk of its own
 * (`new Worker(new URL(…, import.meta.url))`), allowed by the pages' CSP (`worker-src 'self'`).
 */
import { coreEngine } from './coreEngine';
import type { Engine } from './engine';
import { engineWorker, withWorker, type EngineWorker, type WorkerLike } from './engineWorker';

function spawn(): WorkerLike {
  // @ts-ignore TS1343: import.meta is for webpack (it makes the worker's chunk); tsc checks this project as CommonJS.
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'peixun-engine' }) as unknown as WorkerLike;
}

let shared: EngineWorker | null | undefined;

/** The page's one engine worker; null where Workers are missing. */
export function pageWorker(): EngineWorker | null {
  if (shared === undefined) shared = typeof Worker === 'function' ? engineWorker(spawn) : null;
  return shared;
}

export function engineForPage(): Engine {
  const base = coreEngine();
  const w = pageWorker();
  return w ? withWorker(base, w) : base;
}
