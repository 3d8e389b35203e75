/**
 * readFileBytes: a file's bytes, read once through one open file; what cannot be read is a ReadError
 * naming why, and a file past LIMITS.fileBytes is refused before any of it is read.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { LIMITS } from '../../../../src/hosts/files/read/limits';
import { readFileBytes } from '../../../../src/hosts/files/read/node';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peixun-node-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function failure(path: string): { kind: string; reason: string } {
  try {
    readFileBytes(path);
  } catch (e) {
    return e as { kind: string; reason: string };
  }
  throw new Error('read without error');
}

describe('readFileBytes', () => {
  it('gives every byte of a file, and of an empty one none', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) & 0xff);
    writeFileSync(join(dir, 'a.xlsx'), bytes);
    expect(Buffer.from(readFileBytes(join(dir, 'a.xlsx'))).equals(Buffer.from(bytes))).toBe(true);
    writeFileSync(join(dir, 'empty.xlsx'), '');
    expect(readFileBytes(join(dir, 'empty.xlsx')).length).toBe(0);
  });

  it('a missing file, a folder: a ReadError naming why', () => {
    expect(failure(join(dir, 'none.xlsx'))).toMatchObject({ kind: 'io', reason: '文件不存在' });
    expect(failure(dir)).toMatchObject({ kind: 'io', reason: '这是文件夹，不是文件' });
  });

  it('refuses a file one byte past LIMITS.fileBytes (a sparse file: nothing is read), reads one at it', () => {
    const over = join(dir, 'over.xlsx');
    writeFileSync(over, '');
    truncateSync(over, LIMITS.fileBytes + 1);
    expect(failure(over)).toMatchObject({ kind: 'too-large' });
    truncateSync(over, LIMITS.fileBytes);
    expect(readFileBytes(over).length).toBe(LIMITS.fileBytes);
  });
});
