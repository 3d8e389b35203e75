/**
 * InputSet's answers from what it noted when a file was added (inputAtKnown, subset) are the ones it
 * gives by asking the file system again (inputAt, a new set): through symbolic and hard links, for
 * missing files and folders, and with one file named twice.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InputSet } from '../../../../src/hosts/files/write/safeWrite';

let dir: string;
let names: string[];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-inputset-'));
  const at = (n: string) => path.join(dir, n);
  for (const n of ['a.xlsx', 'b.xlsx', 'c.xlsx']) fs.writeFileSync(at(n), n);
  fs.symlinkSync(at('a.xlsx'), at('a-link.xlsx'));
  fs.linkSync(at('b.xlsx'), at('b-hard.xlsx'));
  fs.mkdirSync(at('folder'));
  names = ['a.xlsx', 'b.xlsx', 'c.xlsx', 'a-link.xlsx', 'b-hard.xlsx', 'folder', 'missing.xlsx', 'out.xlsx'].map(at);
  // the same file by another spelling of its path
  names.push(path.join(dir, 'folder', '..', 'c.xlsx'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('InputSet', () => {
  it('subset(files) answers as new InputSet(files), for every target', () => {
    const all = new InputSet(names);
    for (let mask = 1; mask < 1 << names.length; mask += 37) {
      const some = names.filter((_, i) => mask & (1 << i));
      const fresh = new InputSet(some);
      const sub = all.subset(some);
      for (const t of names) expect([t, sub.inputAt(t)]).toEqual([t, fresh.inputAt(t)]);
    }
  });

  it('inputAtKnown(file, known) answers as inputAt(file), for every file of known', () => {
    const known = new InputSet(names);
    for (const target of [['a.xlsx'], ['b-hard.xlsx'], ['a-link.xlsx', 'c.xlsx'], ['out.xlsx'], []]) {
      const set = new InputSet(target.map((n) => path.join(dir, n)));
      for (const f of names) expect([f, set.inputAtKnown(f, known)]).toEqual([f, set.inputAt(f)]);
    }
  });

  it('links are the same input: a symbolic link reaches its target, a hard link the same inode', () => {
    const set = new InputSet([path.join(dir, 'a.xlsx'), path.join(dir, 'b.xlsx')]);
    const known = new InputSet(names);
    expect(set.inputAtKnown(path.join(dir, 'a-link.xlsx'), known)).toBe(path.join(dir, 'a.xlsx'));
    expect(set.inputAtKnown(path.join(dir, 'b-hard.xlsx'), known)).toBe(path.join(dir, 'b.xlsx'));
    expect(set.inputAtKnown(path.join(dir, 'c.xlsx'), known)).toBeUndefined();
  });
});
