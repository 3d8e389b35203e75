/** readMany: input order, per-file errors instead of throwing, progress. */
import * as fs from 'fs';
import * as path from 'path';
import { ReadError } from '../../../../src/hosts/files/read';
import { readMany } from '../../../../src/hosts/files/read/many';
import { fixturePath } from './helpers';

const files = ['demand-form.xlsx', 'empty.xlsx', 'schedule.xls', 'no-such-file.xlsx', 'plan-gbk.csv', 'encrypted.xlsx'].map(fixturePath);

function check(results: Awaited<ReturnType<typeof readMany>>) {
  expect(results.map((r) => r.file)).toEqual(files);
  expect(results.map((r) => (r.grid ? 'ok' : r.error?.kind))).toEqual(['ok', 'empty', 'ok', 'io', 'ok', 'encrypted']);
  for (const r of results) if (r.error) expect(r.error).toBeInstanceOf(ReadError);
  expect(results[0].grid?.sheets[0].name).toBe('需求表');
  expect(results[4].grid?.sheets[0].name).toBe('plan-gbk');
}

describe('readMany (in this thread)', () => {
  it('returns one outcome per path, in order, errors per file', async () => {
    const seen: number[] = [];
    const results = await readMany(files, { concurrency: 1, onProgress: (done, total) => seen.push(done / total) });
    check(results);
    expect(seen).toHaveLength(files.length);
    expect(seen[seen.length - 1]).toBe(1);
  });

  it('gives an empty list for no paths', async () => {
    expect(await readMany([])).toEqual([]);
  });
});

// The worker path needs the compiled worker script (npm run build:cli); jest runs the TypeScript sources.
const LIB_MANY = path.resolve(__dirname, '../../../../lib/hosts/files/read/many.js');
const compiled = fs.existsSync(LIB_MANY) && fs.statSync(LIB_MANY).mtimeMs >= fs.statSync(path.resolve(__dirname, '../../../../src/hosts/files/read/many.ts')).mtimeMs;
(compiled ? describe : describe.skip)('readMany (worker threads, compiled lib/)', () => {
  it('returns the same outcomes as in this thread', async () => {
    const lib = require(LIB_MANY) as typeof import('../../../../src/hosts/files/read/many');
    const results = await lib.readMany(files, { concurrency: 2 });
    expect(results.map((r) => (r.grid ? 'ok' : r.error?.kind))).toEqual(['ok', 'empty', 'ok', 'io', 'ok', 'encrypted']);
    const local = await readMany(files, { concurrency: 1 });
    expect(results.map((r) => r.grid?.sheets)).toEqual(local.map((r) => r.grid?.sheets));
    expect(results[3].error?.message).toContain('no-such-file.xlsx');
  });
});
