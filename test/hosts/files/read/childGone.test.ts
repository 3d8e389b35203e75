/**
 * A write to a child that has just ended (EPIPE: it ran out of heap as the parent sent it its next file)
 * is not the reason the file is lost: the child's exit says why. A child that ends with V8's words for
 * an exhausted heap loses its file as 'memory' (the merge then reads it again with the full heap), not
 * as a crash named after the failed write. (Seen under load once children started faster: 'write EPIPE'.)
 */
import { fork, type ChildProcess } from 'child_process';
import { childExecArgv, runPool, type LostWhy, type StartedChildren } from '../../../../src/hosts/files/read/isolate';
import { childScriptFile } from './helpers';

const LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 6 };

// 'oom' ends the child as V8 does when its heap is exhausted; anything else is answered.
const CHILD = `
process.on('message', (m) => {
  if ('init' in m) return;
  if (m.input === 'late-oom') {
    // as V8 ends a process whose heap is exhausted: its words written straight to the stderr pipe (≈ 57 KB, under
    // the pipe's 64 KB), then a trap at once — the words are still in the pipe when the parent learns of the exit
    require('fs').writeSync(2, ('#'.repeat(63) + '\\n').repeat(900) + '# Fatal javascript OOM in Reached heap limit\\n');
    process.kill(process.pid, 'SIGTRAP');
    return;
  }
  if (m.input === 'oom') {
    process.stderr.write('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\\n', () => process.exit(134));
    return;
  }
  process.send({ id: m.id, out: 'read ' + m.input });
});
process.on('disconnect', () => process.exit(0));
`;

const scriptPath = childScriptFile('peixun-gone-', CHILD);

/** One child the pool takes as started ahead, and that the test can reach. */
function ownChild(): { child: ChildProcess; started: StartedChildren } {
  const child = fork(scriptPath(), [], { execArgv: childExecArgv(LIMITS), stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
  child.send({ init: null });
  let taken = false;
  return {
    child,
    started: {
      pids: [child.pid ?? -1],
      take: () => (taken ? undefined : ((taken = true), child)),
      release: () => undefined,
    },
  };
}

async function run(inputs: string[], during: (child: ChildProcess) => void) {
  const { child, started } = ownChild();
  const out: string[] = [];
  const lost: [number, LostWhy, string][] = [];
  const pool = runPool<string, string>({
    script: scriptPath(),
    inputs,
    threads: 1,
    resourceLimits: LIMITS,
    timeMs: 30_000,
    started,
    onResult: (id, o) => (out[id] = o),
    onLost: (id, why, detail) => lost.push([id, why, detail]),
  });
  during(child);
  await pool;
  return { out, lost };
}

const writeError = (code: string) => Object.assign(new Error(`write ${code}`), { code, errno: -32, syscall: 'write' });

describe('a child that ends while the parent writes to it', () => {
  it('loses its file by what its exit says (an exhausted heap: memory), not by the failed write', async () => {
    const { out, lost } = await run(['oom', 'b', 'c'], (child) => child.emit('error', writeError('EPIPE')));
    expect(lost).toEqual([[0, 'memory', expect.stringContaining('heap out of memory')]]);
    // the file it held goes to a fresh child
    expect(out.slice(1)).toEqual(['read b', 'read c']);
  });

  it('a closed channel is the same (ERR_IPC_CHANNEL_CLOSED)', async () => {
    const { lost } = await run(['oom', 'b'], (child) => child.emit('error', writeError('ERR_IPC_CHANNEL_CLOSED')));
    expect(lost.map(([id, why]) => [id, why])).toEqual([[0, 'memory']]);
  });

  it("a child that writes V8's words straight to the pipe and traps at once loses its file as memory: its words are read to the end", async () => {
    for (let k = 0; k < 3; k++) {
      const { out, lost } = await run(['late-oom', 'b'], () => undefined);
      expect(lost).toEqual([[0, 'memory', expect.stringContaining('Fatal javascript OOM')]]);
      expect(out[1]).toBe('read b');
    }
  });

  it('any other error of a child is still a crash, named by the error', async () => {
    const { out, lost } = await run(['a', 'b'], (child) => child.emit('error', new Error('spawn failed')));
    expect(lost).toEqual([[0, 'crash', 'spawn failed']]);
    expect(out[1]).toBe('read b');
  });
});
