/**
 * Children started ahead of their files (isolate.ts startChildren, the merge's parent: merge/workers.ts
 * startReaders): runPool takes them instead of forking when they were started for the same script,
 * options and job, and each gets its job once; one started for another job, or one that ended while it
 * waited, is not taken and costs no file; whatever the pool does not take is ended.
 */
import { runPool, startChildren, type LostWhy, type StartedChildren } from '../../../../src/hosts/files/read/isolate';
import { childScriptFile } from './helpers';

const LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 6 };

// Answers `pid:job:inits:input` (the job it was given, and how many times it was given one).
const CHILD = `
let job = null;
let inits = 0;
process.on('message', (m) => {
  if ('init' in m) { job = m.init; inits++; return; }
  process.send({ id: m.id, out: process.pid + ':' + job + ':' + inits + ':' + m.input });
});
process.on('disconnect', () => process.exit(0));
`;

const scriptPath = childScriptFile('peixun-started-', CHILD);

const inputs = ['a', 'b', 'c', 'd', 'e', 'f'];

async function run(job: string, started: StartedChildren | null, threads = 2) {
  const out = new Map<number, string>();
  const lost: [number, LostWhy][] = [];
  await runPool<string, string>({
    script: scriptPath(),
    workerData: job,
    inputs,
    threads,
    resourceLimits: LIMITS,
    timeMs: 30_000,
    started,
    onResult: (id, o) => out.set(id, o),
    onLost: (id, why) => lost.push([id, why]),
  });
  const answers = inputs.map((_, i) => out.get(i)!.split(':'));
  return { answers, pids: new Set(answers.map((a) => Number(a[0]))), lost };
}

const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const ended = async (pid: number) => {
  for (let i = 0; i < 100 && running(pid); i++) await new Promise((r) => setTimeout(r, 20));
  return !running(pid);
};

describe('children started ahead (startChildren)', () => {
  it('are the children the pool uses, each given its job once, and nothing else is forked', async () => {
    const started = startChildren({ script: scriptPath(), workerData: 'j1', resourceLimits: LIMITS }, 2);
    const { answers, pids, lost } = await run('j1', started);
    expect(lost).toEqual([]);
    expect(answers.map((a) => a[3])).toEqual(inputs);
    expect(answers.every((a) => a[1] === 'j1' && a[2] === '1')).toBe(true);
    expect([...pids].sort()).toEqual([...started.pids].sort());
  });

  it('started for another job are not taken: the pool forks its own and ends them', async () => {
    const started = startChildren({ script: scriptPath(), workerData: 'other', resourceLimits: LIMITS }, 2);
    const { answers, pids } = await run('j1', started);
    expect(answers.every((a) => a[1] === 'j1' && a[2] === '1')).toBe(true);
    expect(started.pids.some((p) => pids.has(p))).toBe(false);
    for (const p of started.pids) expect(await ended(p)).toBe(true);
  });

  it('one that ended while it waited is not taken and costs no file', async () => {
    const started = startChildren({ script: scriptPath(), workerData: 'j1', resourceLimits: LIMITS }, 2);
    const [dead, alive] = started.pids;
    process.kill(dead, 'SIGKILL');
    expect(await ended(dead)).toBe(true);
    // let the parent see the exit before the pool starts
    await new Promise((r) => setTimeout(r, 50));
    const { answers, pids, lost } = await run('j1', started);
    expect(lost).toEqual([]);
    expect(answers.map((a) => a[3])).toEqual(inputs);
    expect(pids.has(dead)).toBe(false);
    expect(pids.has(alive)).toBe(true);
  });

  it('more than the pool needs: the rest are ended when it finishes', async () => {
    const started = startChildren({ script: scriptPath(), workerData: 'j1', resourceLimits: LIMITS }, 3);
    const { pids } = await run('j1', started, 1);
    expect(pids).toEqual(new Set([started.pids[0]]));
    for (const p of started.pids.slice(1)) expect(await ended(p)).toBe(true);
  });

  it('released without a run (a usage error after they started): all ended', async () => {
    const started = startChildren({ script: scriptPath(), workerData: 'j1', resourceLimits: LIMITS }, 2);
    started.release();
    for (const p of started.pids) expect(await ended(p)).toBe(true);
    // nothing is left to take
    const { pids } = await run('j1', started);
    expect(started.pids.some((p) => pids.has(p))).toBe(false);
  });
});
