/** The compiled command line (lib/, built by `npm run build:cli`), for tests that run it as users do. */
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../..');
export const LIB = path.join(ROOT, 'lib');

const newest = (dir: string): number => {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
};

/** lib/ holds `file` and is newer than every source (else the tests of the compiled code are skipped). */
export const libIsCurrent = (file: string): boolean => fs.existsSync(path.join(LIB, file)) && newest(LIB) >= newest(path.join(ROOT, 'src'));
