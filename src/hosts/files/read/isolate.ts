/**
 * Node: runs one job per file in child processes, each under a heap cap (--max-old-space-size)
 * and a time limit, so that a file that exhausts memory, loops or crashes its reader (SheetJS on a
 * hostile .xls) costs only itself: the child is killed or dies, the file is reported lost with the
 * limit it hit, and a fresh child takes the next file. One file in flight per child, so a lost
 * child names exactly one file.
 *
 * Not worker threads: a worker's resourceLimits are not a wall — V8 running out of heap while it
 * installs optimised code (measured: a 200 000-row list in a 64 MB worker) aborts the whole process
 * ("FATAL ERROR: Reached heap limit"), which is what isolation is for. A child process's abort is
 * only its own.
 *
 * The script answers `{ id, input }` with `{ id, out }`, after any number of `{ id, part }` (see
 * serveJobs): a large result comes in pieces, so that neither process holds it whole as one message.
 */
import { fork, type ChildProcess } from 'child_process';
import type { ResourceLimits } from 'worker_threads';
import { LIMITS } from './limits';

export type LostWhy = 'time' | 'memory' | 'crash';

/**
 * The heap of a child that reads and reviews one file: the old generation capped at LIMITS.heapMb,
 * a small young generation (2 MiB semi-spaces) so that a large file's garbage is collected early.
 * Measured on the 200 000-row list: peak RSS of the child 929 MiB with V8's default young
 * generation, 845 MiB with this (CPU +10%).
 */
export const FILE_HEAP: ResourceLimits = { maxOldGenerationSizeMb: LIMITS.heapMb, maxYoungGenerationSizeMb: 6 };

export interface PoolOptions<In, Out> {
  script: string;
  workerData?: unknown;
  /** Workers at once (at least 1). */
  threads: number;
  resourceLimits: ResourceLimits;
  /** Per job, milliseconds. */
  timeMs: number;
  /** The job's result, with the parts sent before it, in order (none for a result sent whole). */
  onResult(id: number, out: Out, parts: unknown[]): void;
  /** The job's worker died or ran out of time (its parts so far are dropped); `detail` is the worker's error message. */
  onLost(id: number, why: LostWhy, detail: string): void;
  inputs: In[];
  /** Which of `inputs` to run (default: all), by index. */
  ids?: number[];
  /**
   * A V8 start-up snapshot of `script` (node --build-snapshot) and the options it was built with:
   * children whose options (childExecArgv of `resourceLimits`) are these start from it, others run
   * `script`. A child started from it that ends before answering its first file loses nothing: the
   * snapshot is set aside for the rest of the run and its files go to a child running `script`.
   */
  snapshot?: { blob: string; execArgv: string[] } | null;
  /** Children forked ahead (startChildren with these same options): taken before any is forked. */
  started?: StartedChildren | null;
}

/**
 * Children forked before their files are handed out (startChildren), so that they load while the
 * parent still checks its inputs and loads what it needs only later: runPool takes them (all or
 * some) instead of forking; release() ends the ones it did not take (a usage error, fewer files).
 * A child that ended or failed to start while it waited is not taken.
 */
export interface StartedChildren {
  /** The started children's process IDs, in the order they were forked. */
  readonly pids: readonly number[];
  /** A started child that is still alive, for a pool with these children's options; else undefined. */
  take(key: string): ChildProcess | undefined;
  /** Ends every child not taken. */
  release(): void;
}

/** The children's Node options, with the start-up snapshot when the options allow it (V8 refuses a snapshot built with others). */
function childArgs(opts: Pick<PoolOptions<unknown, unknown>, 'resourceLimits' | 'snapshot'>): { execArgv: string[]; snapshot: string | null } {
  const execArgv = childExecArgv(opts.resourceLimits);
  const snapshot = opts.snapshot && opts.snapshot.execArgv.join(' ') === execArgv.join(' ') ? opts.snapshot.blob : null;
  return { execArgv, snapshot };
}

/**
 * Variables of this process's environment a child is started without. NODE_EXTRA_CA_CERTS makes
 * every Node process parse that certificate bundle as it starts (the system's 220 KB bundle: ≈ 37 ms
 * of CPU, `node -e 0` 53 ms against 17 ms without); a child opens no connection (data stays local),
 * so it needs no certificate.
 */
export const CHILD_ENV_DROPPED: readonly string[] = ['NODE_EXTRA_CA_CERTS'];

/** The environment of a child: this process's, without CHILD_ENV_DROPPED (the same object when none of them is set). */
export function childEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  // (compared in capitals: Windows reads its variables so)
  const keys = Object.keys(env);
  if (!keys.some((k) => CHILD_ENV_DROPPED.includes(k.toUpperCase()))) return env;
  // (no prototype: a variable may be named __proto__)
  const out: NodeJS.ProcessEnv = Object.create(null);
  for (const k of keys) if (!CHILD_ENV_DROPPED.includes(k.toUpperCase())) out[k] = env[k];
  return out;
}

/** A child of the pool: `script` (or the snapshot) with the children's options and environment, stderr piped, IPC. */
function forkChild(script: string, execArgv: string[], snapshot: string | null): ChildProcess {
  const args = snapshot !== null ? [...execArgv, '--snapshot-blob', snapshot] : execArgv;
  return fork(script, [], { execArgv: args, env: childEnv(), stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
}

/** What a started child must share with the pool that takes it: the script, its options and its job. */
function startKey(script: string, execArgv: string[], snapshot: string | null, workerData: unknown): string {
  return JSON.stringify([script, execArgv, snapshot, workerData ?? null]);
}

/**
 * Forks `n` children of a pool with these options now and sends each its job (`workerData`); they
 * wait for files, not holding the parent's event loop open, until runPool takes them (`started`).
 */
export function startChildren(opts: Pick<PoolOptions<unknown, unknown>, 'script' | 'workerData' | 'resourceLimits' | 'snapshot'>, n: number): StartedChildren {
  const { execArgv, snapshot } = childArgs(opts);
  const key = startKey(opts.script, execArgv, snapshot, opts.workerData);
  const waiting: ChildProcess[] = [];
  for (let k = 0; k < n; k++) {
    const w = forkChild(opts.script, execArgv, snapshot);
    // (an 'error' with no listener would be thrown; the child is simply not taken)
    w.on('error', () => undefined);
    w.send({ init: opts.workerData });
    w.unref();
    (w as { channel?: { unref(): void } }).channel?.unref();
    waiting.push(w);
  }
  const alive = (w: ChildProcess) => w.exitCode === null && w.signalCode === null && w.connected;
  return {
    pids: waiting.map((w) => w.pid ?? -1),
    take(k) {
      if (k !== key) return undefined;
      for (let w = waiting.shift(); w; w = waiting.shift()) {
        if (!alive(w)) continue;
        w.ref();
        (w as { channel?: { ref(): void } }).channel?.ref();
        return w;
      }
      return undefined;
    },
    release() {
      for (const w of waiting.splice(0)) w.kill();
    },
  };
}

/** Node's options for a child under `limits` (also what a start-up snapshot of a child is built with). */
export function childExecArgv(limits: ResourceLimits): string[] {
  const heap = limits.maxOldGenerationSizeMb;
  const young = limits.maxYoungGenerationSizeMb;
  // --expose-gc: serveJobs collects after a large file (COLLECT_ABOVE)
  return ['--expose-gc', ...(heap ? [`--max-old-space-size=${heap}`] : []), ...(young ? [`--max-semi-space-size=${Math.max(1, Math.floor(young / 3))}`] : [])];
}

/**
 * Files a child holds at once: the one it reads and the next, so that it never waits for the
 * parent's answer between two files (≈ 0.1 s of each child's time on 1 000 unit files). A child
 * reads its files strictly in order, so the first one it has not answered is the one it is reading:
 * when it dies, that one is lost and the others go back to the queue untouched.
 */
export const IN_FLIGHT = 2;

/** Errors of writing to a child whose end of the channel is closed: the child has ended or is ending (its 'exit' follows). */
const CHANNEL_GONE = new Set(['EPIPE', 'ECONNRESET', 'ERR_IPC_CHANNEL_CLOSED']);

/** Runs the jobs; resolves when every one has a result or is lost. */
export function runPool<In, Out>(opts: PoolOptions<In, Out>): Promise<void> {
  const queue = opts.ids ? [...opts.ids] : opts.inputs.map((_, i) => i);
  const total = queue.length;
  let settled = 0;
  const threads = Math.max(1, Math.min(opts.threads, total));
  if (total === 0) {
    opts.started?.release();
    return Promise.resolve();
  }
  return new Promise<void>((resolve) => {
    const live = new Set<ChildProcess>();
    const done = () => {
      if (++settled === total) {
        for (const w of live) w.kill();
        live.clear();
        opts.started?.release();
        resolve();
      }
    };
    // V8 refuses a snapshot built with other options (the child would end at once)
    const { execArgv, snapshot: blob } = childArgs(opts);
    let snapshot = blob;
    const start = () => {
      if (queue.length === 0) return;
      const fromSnapshot = snapshot !== null;
      // a child started ahead for this pool (same script, options and job) is taken first
      const early = opts.started?.take(startKey(opts.script, execArgv, snapshot, opts.workerData));
      const w: ChildProcess = early ?? forkChild(opts.script, execArgv, snapshot);
      let answered = false;
      live.add(w);
      // the last lines of its error output tell an exhausted heap from a crash
      let stderr = '';
      w.stderr?.on('data', (d: Buffer) => {
        stderr = (stderr + d.toString('utf8')).slice(-4000);
      });
      if (!early) w.send({ init: opts.workerData });
      // the files sent to this child and not yet answered, in the order it reads them
      const pending: number[] = [];
      let parts: unknown[] = [];
      let timer: NodeJS.Timeout | undefined;
      let over = false;
      // the time limit runs for the file being read: the first one not yet answered
      const startTimer = () => {
        if (pending.length === 0) return;
        timer = setTimeout(() => {
          // a file past the time limit: its worker is stopped, whatever it was doing
          timer = undefined;
          lose('time', '');
          w.kill('SIGKILL');
        }, opts.timeMs);
      };
      const topUp = () => {
        while (pending.length < IN_FLIGHT && queue.length > 0) {
          const id = queue.shift()!;
          pending.push(id);
          w.send({ id, input: opts.inputs[id] });
        }
        if (pending.length === 0) {
          live.delete(w);
          w.kill();
        }
      };
      const lose = (why: LostWhy, detail: string) => {
        if (over) return;
        over = true;
        if (timer) clearTimeout(timer);
        live.delete(w);
        if (fromSnapshot && !answered && why !== 'time') {
          // a snapshot that does not start (another Node, a damaged blob) costs no file: the rest
          // of the run starts children from the script
          snapshot = null;
          queue.unshift(...pending);
          pending.length = 0;
          parts = [];
          start();
          return;
        }
        const id = pending.shift();
        // the files after it were not started: another child takes them, in their order
        queue.unshift(...pending);
        pending.length = 0;
        parts = [];
        if (id !== undefined) {
          opts.onLost(id, why, detail);
          done();
        }
        // a fresh worker for the rest
        start();
      };
      w.on('message', (m: { id: number; out?: Out; part?: unknown }) => {
        if (m.id !== pending[0] || over) return;
        if ('part' in m) {
          parts.push(m.part);
          return;
        }
        if (timer) clearTimeout(timer);
        answered = true;
        pending.shift();
        const got = parts;
        parts = [];
        startTimer();
        topUp();
        opts.onResult(m.id, m.out as Out, got);
        done();
      });
      w.on('error', (e: NodeJS.ErrnoException) => {
        // A write to a child that has just ended (it ran out of heap as the next file was sent): its
        // exit tells why, and an exhausted heap is read again with the full one. Taking the write's
        // error as the reason instead lost such files as crashes.
        if (CHANNEL_GONE.has(String(e?.code))) return;
        if (live.has(w)) lose('crash', String(e?.message ?? e));
        w.kill('SIGKILL');
      });
      // 'close', not 'exit': a child's last words on stderr (V8's for an exhausted heap) may still be in the pipe
      // when 'exit' comes, and a child that died of its heap would be taken for a crash and its file lost
      // ("exit SIGTRAP" with no words, seen in CI); 'close' comes once its stdio is read to the end.
      w.on('close', (code, signal) => {
        if (!live.has(w)) return;
        // V8's own words when a heap is exhausted ("Fatal javascript OOM in …", "Reached heap limit …")
        const oom = /JavaScript heap out of memory|javascript OOM|Reached heap limit|Allocation failed|Invalid array length|Invalid string length/.test(stderr);
        const last = stderr.split('\n').filter((l) => /[A-Za-z]/.test(l)).pop() ?? '';
        lose(oom ? 'memory' : 'crash', last || `exit ${code ?? signal}`);
      });
      topUp();
      startTimer();
    };
    for (let k = 0; k < threads; k++) start();
  });
}

// the child's side, in a module of its own so that a child does not load child_process
export { COLLECT_ABOVE, inBatches, serveJobs } from './serve';
