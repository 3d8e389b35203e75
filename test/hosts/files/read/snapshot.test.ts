/**
 * runPool's start-up snapshot (isolate.ts `snapshot`): children start from the blob when it was built
 * with their options, run the script otherwise, and a blob that does not start costs no file — while
 * a file that crashes a child still is lost, once, whichever way the child started.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { childExecArgv, runPool, type LostWhy } from '../../../../src/hosts/files/read/isolate';

const LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 6 };
const EXEC_ARGV = childExecArgv(LIMITS);

// The same child twice: as a plain script, and as a snapshot whose main function serves. Each answer
// says which one ran; the input 'crash' ends the child.
const child = (who: string) => `
function serve() {
  process.on('message', (m) => {
    if ('init' in m) return;
    if (m.input === 'crash') process.exit(3);
    process.send({ id: m.id, out: '${who}:' + m.input });
  });
  process.on('disconnect', () => process.exit(0));
}
const v8 = require('v8');
if (v8.startupSnapshot && v8.startupSnapshot.isBuildingSnapshot()) v8.startupSnapshot.setDeserializeMainFunction(serve);
else serve();
`;

let dir: string;
let script: string;
let blob: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-snapshot-'));
  script = path.join(dir, 'script.js');
  fs.writeFileSync(script, child('script'));
  const entry = path.join(dir, 'entry.js');
  fs.writeFileSync(entry, child('snapshot'));
  blob = path.join(dir, 'child.blob');
  const r = spawnSync(process.execPath, [...EXEC_ARGV, '--snapshot-blob', blob, '--build-snapshot', entry], { encoding: 'utf8' });
  expect(r.status).toBe(0);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(inputs: string[], snapshot: { blob: string; execArgv: string[] } | null, threads = 2) {
  const out = new Map<number, string>();
  const lost = new Map<number, LostWhy>();
  await runPool<string, string>({
    script,
    inputs,
    threads,
    resourceLimits: LIMITS,
    timeMs: 30_000,
    snapshot,
    onResult: (id, o) => out.set(id, o),
    onLost: (id, why) => lost.set(id, why),
  });
  return { out: inputs.map((_, i) => out.get(i)), lost: [...lost].sort((a, b) => a[0] - b[0]) };
}

const inputs = ['a', 'b', 'c', 'd', 'e'];

describe('runPool with a start-up snapshot', () => {
  it('starts the children from the snapshot built with their options', async () => {
    const { out, lost } = await run(inputs, { blob, execArgv: EXEC_ARGV });
    expect(out).toEqual(inputs.map((x) => `snapshot:${x}`));
    expect(lost).toEqual([]);
  });

  it('runs the script when the snapshot was built with other options', async () => {
    const { out } = await run(inputs, { blob, execArgv: [...EXEC_ARGV.slice(0, -1), '--max-semi-space-size=1'] });
    expect(out).toEqual(inputs.map((x) => `script:${x}`));
  });

  it('runs the script without a snapshot', async () => {
    const { out } = await run(inputs, null);
    expect(out).toEqual(inputs.map((x) => `script:${x}`));
  });

  it('loses no file when the blob does not start: the rest of the run uses the script', async () => {
    const bad = path.join(dir, 'bad.blob');
    fs.writeFileSync(bad, Buffer.alloc(4096, 7));
    const { out, lost } = await run(inputs, { blob: bad, execArgv: EXEC_ARGV });
    expect(out).toEqual(inputs.map((x) => `script:${x}`));
    expect(lost).toEqual([]);
  });

  it('still loses a file that crashes its child, and only that one', async () => {
    // first in the queue: the snapshot child dies before any answer, so the file is tried again in a script child
    const { out, lost } = await run(['crash', 'b', 'c'], { blob, execArgv: EXEC_ARGV }, 1);
    expect(lost).toEqual([[0, 'crash']]);
    expect(out).toEqual([undefined, 'script:b', 'script:c']);
    // after an answer: lost at once, the next child starts from the snapshot again
    const later = await run(['a', 'crash', 'c'], { blob, execArgv: EXEC_ARGV }, 1);
    expect(later.lost).toEqual([[1, 'crash']]);
    expect(later.out).toEqual(['snapshot:a', undefined, 'snapshot:c']);
  });
});
