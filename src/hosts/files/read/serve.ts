/**
 * The child's side of isolate.ts's pool: answers the jobs its parent sends, one at a time, in order.
 * Apart from isolate.ts so that a child never loads child_process (nor anything else of the parent's
 * side): what a child loads is what the merge's start-up snapshot holds (merge/childSnapshot.ts).
 */
import { getHeapStatistics } from 'v8';

/** Heap in use after a file past which a child collects its garbage (serveJobs); small files never reach it. */
export const COLLECT_ABOVE = 128 * 1024 * 1024;
/**
 * Parts of a large result sent between two collections in the child. Measured on the 200 000-row
 * review (34 parts): tree peak ≈ 1 200 MiB collecting only before and after, 1 102 every 8 parts,
 * 1 062 every 4, 967–982 every 2, 956 every part (each collection ≈ 0.2–0.5 s).
 */
const COLLECT_EVERY_PARTS = 2;

/**
 * Whether the heap has more than COLLECT_ABOVE in use after a file (then serveJobs collects): `stats`
 * is V8's getHeapStatistics. A heap capped at or below COLLECT_ABOVE (the merge's children, WORKER_LIMITS:
 * ≈ 70 MB) can never pass it, so its statistics are not asked for after every file (≈ 9 µs a file).
 */
export function bigHeapCheck(stats: () => { heap_size_limit: number; used_heap_size: number }): () => boolean {
  if (stats().heap_size_limit <= COLLECT_ABOVE) return () => false;
  return () => stats().used_heap_size > COLLECT_ABOVE;
}

/**
 * In a child's script: `init(workerData)` once, then answers each `{ id, input }` with
 * `{ id, out: work(input) }`. `split(out)` may take a large result apart: each part it yields is
 * sent as `{ id, part }`, the next only once the last has left (so at most one part is serialised
 * at a time, and a part already sent can be collected), then what is left of `out`. The child ends
 * when its parent goes.
 */
export function serveJobs<In, Out>(
  work: (input: In) => Out,
  init?: (data: unknown) => void,
  split?: (out: Out) => Iterable<unknown> | null,
): void {
  const send = (m: unknown) => new Promise<void>((done) => process.send!(m, undefined, undefined, () => done()));
  // --expose-gc's collector, looked up here rather than when the module loads (in a start-up snapshot
  // the module loads when the snapshot is built)
  const gc = (globalThis as { gc?: () => void }).gc;
  const collect = gc ?? (() => undefined);
  const isBig = gc === undefined ? () => false : bigHeapCheck(getHeapStatistics);
  const answer = async (m: { id?: number; input?: In }) => {
    const out = work(m.input as In);
    // After a large file its grid and review are garbage, but V8 would keep their pages while the
    // result is serialised and sent and the parent decodes it — the two processes' peaks added up
    // (a 200 000-row list in merge: ≈ 1.2 GB here while the parent took ≈ 600 MB). Collected before
    // sending, and again once sent (the result and its serialised copy). (V8's own count: cheap, where
    // process.memoryUsage() also reads the resident size from the system after every file.)
    const big = isBig();
    if (big) collect();
    const parts = split?.(out);
    let sent = 0;
    for (const part of parts ?? []) {
      await send({ id: m.id, part });
      // the parts sent are garbage here, but their pages stay while the parent takes the next ones
      // (a 200 000-row review: ≈ 700 MiB here beside ≈ 470 in the parent); collected every other part
      if (big && ++sent % COLLECT_EVERY_PARTS === 0) collect();
    }
    await send({ id: m.id, out });
    if (big) collect();
  };
  // one job at a time, in the order sent (the parent sends the next before this one is answered,
  // IN_FLIGHT): a job's parts and result never interleave with the next one's
  let chain = Promise.resolve();
  process.on('message', (m: { init?: unknown; id?: number; input?: In }) => {
    if ('init' in m) {
      init?.(m.init);
      return;
    }
    chain = chain.then(() => answer(m));
  });
  process.on('disconnect', () => process.exit(0));
}

/**
 * Child side of a large result sent in parts: `all` in slices of `size`, each slice dropped from
 * `all` as it is handed out (so a part already sent can be collected while the next is made).
 */
export function* inBatches<T>(all: T[], size: number): Generator<T[]> {
  const held: (T | undefined)[] = all;
  for (let i = 0; i < held.length; i += size) {
    const batch = held.slice(i, i + size) as T[];
    held.fill(undefined, i, i + size);
    yield batch;
  }
}
