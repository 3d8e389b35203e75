/** Reading never modifies the input file: bytes and modification time are the same afterwards. */
import { createHash } from 'crypto';
import * as fs from 'fs';
import { readWorkbookFile } from '../../../../src/hosts/files/read/node';
import { FIXTURES, fixturePath } from './helpers';

const sha256 = (p: string) => createHash('sha256').update(fs.readFileSync(p)).digest('hex');

describe('reading leaves the input file as it was', () => {
  const names = fs.readdirSync(FIXTURES).filter((n) => /\.(xlsx|xls|csv)$/.test(n));

  it('has fixtures of every kind to check', () => {
    expect(names.filter((n) => n.endsWith('.xls')).length).toBeGreaterThan(0);
    expect(names.filter((n) => n.endsWith('.csv')).length).toBeGreaterThan(0);
    expect(names.length).toBeGreaterThan(15);
  });

  it.each(names)('%s', async (name) => {
    const p = fixturePath(name);
    const before = sha256(p);
    const mtime = fs.statSync(p).mtimeMs;
    await readWorkbookFile(p).catch(() => undefined);
    expect(sha256(p)).toBe(before);
    expect(fs.statSync(p).mtimeMs).toBe(mtime);
  });
});
