/**
 * The merge's parent process only hands out paths, merges and writes: it must not load zod or the rule
 * packs (≈ 0.1 s of CPU before the first child starts, on every merge). Checked on the compiled lib/, as
 * the command line runs: the modules a process holds after loading the command line and `peixun merge`.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { LIB, ROOT, libIsCurrent } from '../support/compiledLib';

const compiled = libIsCurrent('cli/merge.js');

/** The modules (relative to the repository) a fresh process holds after requiring `modules` from lib/. */
function loaded(...modules: string[]): string[] {
  const code = `${modules.map((m) => `require(${JSON.stringify(path.join(LIB, m))});`).join('')}process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return (JSON.parse(r.stdout) as string[]).map((f) => path.relative(ROOT, f).split(path.sep).join('/'));
}

const heavy = (files: string[]) => files.filter((f) => f.includes('node_modules/zod/') || f.startsWith('lib/core/rules/') || f === 'lib/core/index.js');

(compiled ? describe : describe.skip)('the merge parent (compiled lib/)', () => {
  it('loads neither zod nor the rules', () => {
    const files = loaded('cli/main.js', 'cli/merge.js');
    expect(files).toContain('lib/core/merge/merge.js');
    expect(heavy(files)).toEqual([]);
  });

  it('nor, until the merge and the writer are needed, the sheet readers, the reader, fflate or the writer (the children start first)', () => {
    const early = loaded('cli/main.js', 'cli/merge.js');
    const late = (files: string[]) =>
      files.filter((f) => f.startsWith('lib/core/sheets/') || f === 'lib/core/merge/prepare.js' || f.startsWith('lib/hosts/files/read/x') || f.includes('node_modules/fflate/') || f === 'lib/hosts/files/write/xlsx.js');
    expect(late(early)).toEqual([]);
    expect(early).toContain('lib/hosts/files/read/isolate.js');
    // the merge and the writer, as runMerge loads them once the children are started: still no sheet reader, reader or fflate
    const all = loaded('cli/main.js', 'cli/merge.js', 'hosts/files/merge/index.js', 'hosts/files/write/outSheets.js');
    expect(late(all)).toEqual(['lib/hosts/files/write/xlsx.js']);
    // (the child, which reads, loads them: the check can fail)
    expect(late(loaded('hosts/files/merge/source.js')).length).toBeGreaterThan(3);
  });

  it('while a child, which reads and reviews, loads both (so the check above can fail)', () => {
    expect(heavy(loaded('hosts/files/merge/worker.js')).length).toBeGreaterThan(10);
  });
});
