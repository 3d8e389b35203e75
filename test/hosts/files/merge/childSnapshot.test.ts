/** childSnapshot: the merge child's start-up snapshot is used only when this Node built it. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readSources } from '../../../../src/hosts/files/merge';
import { childSnapshot, SNAPSHOT_BLOB, SNAPSHOT_META, type SnapshotMeta } from '../../../../src/hosts/files/merge/childSnapshot';

const ROOT = path.resolve(__dirname, '../../../..');
const LIB = path.join(ROOT, 'lib/hosts/files/merge');
const here: SnapshotMeta = { node: process.version, arch: process.arch, execPath: process.execPath, execArgv: ['--expose-gc'] };

describe('childSnapshot', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-child-snapshot-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (meta: unknown, blob = true) => {
    if (blob) fs.writeFileSync(path.join(dir, SNAPSHOT_BLOB), 'x');
    fs.writeFileSync(path.join(dir, SNAPSHOT_META), typeof meta === 'string' ? meta : JSON.stringify(meta));
  };

  it('gives the blob and its options when this Node built it', () => {
    write(here);
    expect(childSnapshot(dir)).toEqual({ blob: path.join(dir, SNAPSHOT_BLOB), execArgv: ['--expose-gc'] });
  });

  it.each([
    ['another Node version', { ...here, node: 'v20.0.0' }],
    ['another architecture', { ...here, arch: 'arm64-other' }],
    ['another Node binary', { ...here, execPath: '/elsewhere/node' }],
    ['no options', { ...here, execArgv: undefined }],
    ['a damaged description', '{"node": '],
  ])('is null for %s', (_why, meta) => {
    write(meta);
    expect(childSnapshot(dir)).toBeNull();
  });

  it('is null without the blob or without its description', () => {
    write(here, false);
    expect(childSnapshot(dir)).toBeNull();
    fs.rmSync(path.join(dir, SNAPSHOT_META));
    fs.writeFileSync(path.join(dir, SNAPSHOT_BLOB), 'x');
    expect(childSnapshot(dir)).toBeNull();
  });

  // build:cli ends with scripts/child-snapshot.js: the compiled merge has a snapshot this Node starts from
  (fs.existsSync(path.join(LIB, 'worker.js')) ? it : it.skip)('is built beside the compiled worker', () => {
    const snap = childSnapshot(LIB);
    expect(snap).not.toBeNull();
    const { childExecArgv } = require(
      path.join(ROOT, 'lib/hosts/files/read/isolate.js'),
    ) as typeof import('../../../../src/hosts/files/read/isolate');
    const { WORKER_LIMITS } = require(path.join(LIB, 'workers.js')) as typeof import('../../../../src/hosts/files/merge/workers');
    expect(snap!.execArgv).toEqual(childExecArgv(WORKER_LIMITS));
  });

  // warmUp.ts: the snapshot is taken after the examples' .xlsx files were read with both of its jobs
  (fs.existsSync(path.join(LIB, 'worker.js')) ? it : it.skip)('is warmed on the bundled examples', () => {
    const meta = JSON.parse(fs.readFileSync(path.join(LIB, SNAPSHOT_META), 'utf8')) as SnapshotMeta;
    const examples = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.xlsx')).sort();
    expect(examples.length).toBeGreaterThan(0);
    expect(meta.warmedWith).toEqual(examples);
    expect(meta.warmed).toBe(2 * examples.length);
  });

  // what the warm-up left in the snapshot (memos, the parsed-part cache) changes no result: the warm-up's own
  // files and others, good and bad, read in children started from it as in this thread
  (fs.existsSync(path.join(LIB, 'worker.js')) ? it : it.skip)('reads every file in a child from the warmed snapshot as in this thread', async () => {
    const examples = fs
      .readdirSync(path.join(ROOT, 'examples'))
      .sort()
      .map((f) => path.join(ROOT, 'examples', f));
    const fixtures = ['demand-list.xlsx', 'demand-list-openpyxl.xlsx', 'schedule.xlsx', 'date1904.xlsx', 'handmade-edge.xlsx', 'corrupt-truncated.xlsx', 'encrypted.xlsx', 'plan-gbk.csv']
      .concat(fs.readdirSync(path.join(ROOT, 'test/fixtures/files')).filter((f) => f.startsWith('unit-')))
      .map((f) => path.join(ROOT, 'test/fixtures/files', f));
    const files = [...examples, ...fixtures];
    const job = { options: { packs: [], suggestPacks: true }, importedAt: '2024-11-01T09:00:00+08:00' };
    const lib = require(path.join(LIB, 'index.js')) as typeof import('../../../../src/hosts/files/merge');
    const local = await readSources(files, { ...job, concurrency: 1 });
    const got = await lib.readSources(files, { ...job, concurrency: 2 });
    expect(got.filter((s) => s.status === 'read').length).toBeGreaterThan(examples.length);
    expect(got).toEqual(local);
  });

  // SheetJS and fflate are left out of the bundle and required at first use: a .xls and a .ods read in a child from the snapshot as in this thread
  (fs.existsSync(path.join(LIB, 'worker.js')) ? it : it.skip)('reads what needs SheetJS in a child started from it', async () => {
    const files = ['schedule.xls', 'schedule.ods', 'demand-form.xlsx'].map((f) => path.join(ROOT, 'test/fixtures/files', f));
    const job = { options: { packs: ['zj2017' as const] }, importedAt: '2024-11-01T09:00:00+08:00' };
    const lib = require(path.join(LIB, 'index.js')) as typeof import('../../../../src/hosts/files/merge');
    const local = await readSources(files, { ...job, concurrency: 1 });
    const got = await lib.readSources(files, { ...job, concurrency: 1 });
    expect(got.map((s) => s.status)).toEqual(['read', 'read', 'read']);
    expect(got).toEqual(local);
  });
});
