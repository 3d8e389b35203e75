/**
 * Ctrl-C during a write (cli/signals.ts, as bin/peixun.js installs it): the write finishes, the target is
 * whole, no temporary file is left beside it, and the command ends with 130 and one line. Without the
 * handler Node would end mid-write and leave the `.…tmp` file (the second case shows the difference).
 * Run on the compiled lib/, in a fresh process that interrupts itself halfway through writing.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const LIB = path.resolve(__dirname, '../../lib');

function interruptedWrite(withHandler: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-signal-'));
  const target = path.join(dir, '汇总.xlsx');
  const code = `
    ${withHandler ? `require(${JSON.stringify(path.join(LIB, 'cli/signals.js'))}).endOnSignals();` : ''}
    const { writeFileSafely } = require(${JSON.stringify(path.join(LIB, 'hosts/files/write/safeWrite.js'))});
    writeFileSafely(${JSON.stringify(target)}, (write) => {
      write(Buffer.from('first half;'));
      process.kill(process.pid, 'SIGINT');
      const until = Date.now() + 200;
      while (Date.now() < until);
      write(Buffer.from('second half'));
    });
    setTimeout(() => process.stdout.write('went on'), 2000);`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  const left = fs.readdirSync(dir);
  const content = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
  fs.rmSync(dir, { recursive: true, force: true });
  return { r, left, content };
}

describe('Ctrl-C during a write', () => {
  test('with the handler: the write finishes whole, no temporary file, exit 130, one Chinese line', () => {
    const { r, left, content } = interruptedWrite(true);
    expect(content).toBe('first half;second half');
    expect(left).toEqual(['汇总.xlsx']);
    expect(r.status).toBe(130);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual(['peixun: 已中断。']);
  });

  test('without it (Node’s default) the process ends mid-write and leaves the temporary file', () => {
    const { r, left, content } = interruptedWrite(false);
    expect(r.signal).toBe('SIGINT');
    expect(content).toBeNull();
    expect(left.some((f) => f.endsWith('.tmp'))).toBe(true);
  });
});
