/**
 * serveJobs collects a child's garbage after a file that leaves more than COLLECT_ABOVE in use
 * (bigHeapCheck). A heap capped at or below that can never pass it: its statistics are then not
 * asked for after every file. The merge's children are such heaps (WORKER_LIMITS); the child that
 * reads a file again with the full heap (FILE_HEAP) is not, and still looks after each file.
 */
import { execFileSync } from 'child_process';
import { bigHeapCheck, COLLECT_ABOVE } from '../../../../src/hosts/files/read/serve';
import { childExecArgv, FILE_HEAP } from '../../../../src/hosts/files/read/isolate';
import { WORKER_LIMITS } from '../../../../src/hosts/files/merge/workers';

function fakeStats(limit: number, used: number[]) {
  let calls = 0;
  let i = 0;
  const stats = () => {
    calls++;
    return { heap_size_limit: limit, used_heap_size: used[Math.min(i++, used.length - 1)] };
  };
  return { stats, calls: () => calls };
}

describe('bigHeapCheck', () => {
  it('with a cap above COLLECT_ABOVE: true exactly when more than COLLECT_ABOVE is in use, asked after every file', () => {
    const f = fakeStats(COLLECT_ABOVE + 1, [0, COLLECT_ABOVE, COLLECT_ABOVE + 1, 5]);
    const big = bigHeapCheck(f.stats);
    // the first call read the cap (and used one value)
    expect([big(), big(), big()]).toEqual([false, true, false]);
    expect(f.calls()).toBe(4);
  });

  it('with a cap at COLLECT_ABOVE or below: never true, and the statistics are read only once', () => {
    for (const limit of [COLLECT_ABOVE, 70 * 1024 * 1024]) {
      const f = fakeStats(limit, [COLLECT_ABOVE + 1]);
      const big = bigHeapCheck(f.stats);
      expect([big(), big(), big()]).toEqual([false, false, false]);
      expect(f.calls()).toBe(1);
    }
  });
});

describe('the heaps the pool starts', () => {
  const limitOf = (args: string[]) => Number(execFileSync(process.execPath, [...args, '-p', "require('v8').getHeapStatistics().heap_size_limit"], { encoding: 'utf8' }));

  it("a merge child's (WORKER_LIMITS) never reaches COLLECT_ABOVE: no look after each file", () => {
    expect(limitOf(childExecArgv(WORKER_LIMITS))).toBeLessThanOrEqual(COLLECT_ABOVE);
  });

  it('the full heap (FILE_HEAP) can: a large file there is still collected after', () => {
    expect(limitOf(childExecArgv(FILE_HEAP))).toBeGreaterThan(COLLECT_ABOVE);
  });
});
