/**
 * The compiler settings (tune.ts): the calling process keeps INTERRUPT_BUDGET, a merge child sets its
 * own lower CHILD_INTERRUPT_BUDGET (docs/BENCH.md round 14), and the settings are made once a process.
 */
const TUNE = '../../../../src/hosts/files/merge/tune';
const WORKER = '../../../../src/hosts/files/merge/worker';
const SERVE = '../../../../src/hosts/files/read/serve';

function withV8<T>(body: (flags: string[]) => T): { out: T; flags: string[] } {
  const flags: string[] = [];
  let out!: T;
  jest.isolateModules(() => {
    jest.doMock('v8', () => ({ ...jest.requireActual('v8'), setFlagsFromString: (f: string) => flags.push(f), startupSnapshot: undefined }));
    out = body(flags);
  });
  jest.dontMock('v8');
  return { out, flags };
}

describe('tuneCompiler', () => {
  it('sets the inlining budget and the calling process budget by default, once', () => {
    const { flags } = withV8(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const t = require(TUNE) as typeof import('../../../../src/hosts/files/merge/tune');
      t.tuneCompiler();
      t.tuneCompiler(t.CHILD_INTERRUPT_BUDGET);
      return t;
    });
    expect(flags).toEqual(['--max-inlined-bytecode-size-cumulative=120', '--interrupt-budget=1000000']);
  });

  it('a merge child sets its own, lower budget', () => {
    const { out, flags } = withV8(() => {
      const served: unknown[] = [];
      jest.doMock(SERVE, () => ({ serveJobs: (...a: unknown[]) => served.push(a) }));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const t = require(TUNE) as typeof import('../../../../src/hosts/files/merge/tune');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(WORKER);
      jest.dontMock(SERVE);
      return { t, served };
    });
    expect(out.served).toHaveLength(1);
    expect(out.t.CHILD_INTERRUPT_BUDGET).toBeLessThan(out.t.INTERRUPT_BUDGET);
    expect(flags).toEqual(['--max-inlined-bytecode-size-cumulative=120', `--interrupt-budget=${out.t.CHILD_INTERRUPT_BUDGET}`]);
  });
});
