/**
 * InputSet's answers from what it noted when a file was added (inputAtKnown, subset) are the ones it
 * gives by asking the file system again (inputAt, a new set): through symbolic and hard links, for
 * missing files and folders, and with one file named twice.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InputSet } from '../../../../src/hosts/files/write/safeWrite';
import { collectWorkbooks } from '../../../../src/cli/files';

let dir: string;
let names: string[];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-inputset-'));
  const at = (n: string) => path.join(dir, n);
  for (const n of ['a.xlsx', 'b.xlsx', 'c.xlsx']) fs.writeFileSync(at(n), n);
  fs.symlinkSync(at('a.xlsx'), at('a-link.xlsx'));
  fs.linkSync(at('b.xlsx'), at('b-hard.xlsx'));
  fs.mkdirSync(at('folder'));
  // a folder reached through a link, and files in it that are links themselves
  fs.mkdirSync(at('real-dir'));
  fs.writeFileSync(at('real-dir/d.xlsx'), 'd');
  fs.symlinkSync(at('real-dir'), at('folder/linked-dir'));
  fs.symlinkSync(at('c.xlsx'), at('real-dir/c-link.xlsx'));
  fs.linkSync(at('c.xlsx'), at('real-dir/c-hard.xlsx'));
  // a hard link that is no input (not a workbook's name) to one that is
  fs.linkSync(at('real-dir/d.xlsx'), at('d-hard.txt'));
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

  it('the real paths collectWorkbooks knows are realpath\'s, and a set made with them answers as one made without', () => {
    // through the link (folder/linked-dir) first, then the folder itself: the same files by two paths
    const found = collectWorkbooks([path.join(dir, 'folder'), dir]);
    expect(found.reals.size).toBeGreaterThan(5);
    for (const [f, real] of found.reals) expect([f, real]).toEqual([f, fs.realpathSync(f)]);
    // a link is left to realpath
    expect(found.reals.has(path.join(dir, 'a-link.xlsx'))).toBe(false);
    const fast = new InputSet(found.files, found.reals);
    const plain = new InputSet(found.files);
    const targets = [...names, ...found.files, path.join(dir, 'real-dir', 'new.xlsx'), path.join(dir, 'd-hard.txt')];
    expect(fast.inputAt(path.join(dir, 'd-hard.txt'))).toBe(path.join(dir, 'folder', 'linked-dir', 'd.xlsx'));
    for (const t of targets) expect([t, fast.inputAt(t)]).toEqual([t, plain.inputAt(t)]);
    for (const target of [['c.xlsx'], ['real-dir/c-hard.xlsx'], ['d-hard.txt'], ['out.xlsx'], []]) {
      const set = new InputSet(target.map((n) => path.join(dir, n)));
      for (const f of found.files) expect([f, set.inputAtKnown(f, fast)]).toEqual([f, set.inputAt(f)]);
    }
    const some = found.files.filter((_, i) => i % 2 === 0);
    for (const t of targets) expect([t, fast.subset(some).inputAt(t)]).toEqual([t, new InputSet(some).inputAt(t)]);
  });

  it('links are the same input: a symbolic link reaches its target, a hard link the same inode', () => {
    const set = new InputSet([path.join(dir, 'a.xlsx'), path.join(dir, 'b.xlsx')]);
    const known = new InputSet(names);
    expect(set.inputAtKnown(path.join(dir, 'a-link.xlsx'), known)).toBe(path.join(dir, 'a.xlsx'));
    expect(set.inputAtKnown(path.join(dir, 'b-hard.xlsx'), known)).toBe(path.join(dir, 'b.xlsx'));
    expect(set.inputAtKnown(path.join(dir, 'c.xlsx'), known)).toBeUndefined();
  });
});
