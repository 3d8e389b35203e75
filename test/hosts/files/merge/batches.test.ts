/**
 * A large source's projects cross from the child in batches (batches.ts): a source of exactly the
 * batch size goes whole, one over goes in parts that join back in order; a child that dies between
 * batches loses only its own file, which becomes a failed source — never a half-merged one.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { MergeSource, SourceProject } from '../../../../src/core/merge';
import { readSources } from '../../../../src/hosts/files/merge';
import { joinBatches, projectBatches } from '../../../../src/hosts/files/merge/batches';

const DIR = path.join(__dirname, '../../../fixtures/merge/units');
const ROOT = path.resolve(__dirname, '../../../..');
const WORKER = path.join(ROOT, 'lib/hosts/files/merge/worker.js');
const compiled = ['batches', 'workers', 'worker'].every((f) => {
  const lib = path.join(ROOT, `lib/hosts/files/merge/${f}.js`);
  return fs.existsSync(lib) && fs.statSync(lib).mtimeMs >= fs.statSync(path.join(ROOT, `src/hosts/files/merge/${f}.ts`)).mtimeMs;
});

const job = { options: { packs: ['zj2017' as const] }, importedAt: '2024-11-01T09:00:00+08:00' };
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.xlsx')).sort().map((f) => path.join(DIR, f));
const summary = (s: MergeSource) => (s.status === 'read' ? { file: s.file, projects: s.projects, rejected: s.rejected, skipped: s.skipped, fileFindings: s.fileFindings } : { file: s.file, reason: s.reason });
const count = (s: MergeSource) => (s.status === 'read' ? s.projects.length : -1);

function source(n: number): MergeSource {
  const projects = Array.from({ length: n }, (_, i) => ({ key: `k${i}` }) as SourceProject);
  return { status: 'read', file: 'f.xlsx', sha256: '', importedAt: '', projects, rejected: [], skipped: 0, unmappedHeaders: [], fileFindings: [] };
}

describe('projectBatches / joinBatches', () => {
  it('sends a source of exactly the batch size whole', () => {
    const s = source(4);
    expect(projectBatches(s, 4)).toBeNull();
    expect(count(s)).toBe(4);
  });

  it('takes a source one over the batch size apart, and joins it back in order', () => {
    const s = source(5);
    const keys = (s as { projects: SourceProject[] }).projects.map((p) => p.key);
    const parts = [...projectBatches(s, 4)!];
    expect(parts.map((p) => p.length)).toEqual([4, 1]);
    expect(count(s)).toBe(0); // the child keeps none of what it sends
    const joined = joinBatches(s, parts);
    expect((joined as { projects: SourceProject[] }).projects.map((p) => p.key)).toEqual(keys);
  });

  it('leaves failed sources and sources without parts as they are', () => {
    const failed: MergeSource = { status: 'failed', file: 'f', importedAt: '', reason: 'x' };
    expect(projectBatches(failed, 1)).toBeNull();
    const s = source(2);
    expect(joinBatches(s, [])).toBe(s);
  });
});

(compiled ? describe : describe.skip)('readSources with batches (compiled lib/)', () => {
  const lib = () => require(path.join(ROOT, 'lib/hosts/files/merge')) as typeof import('../../../../src/hosts/files/merge');
  let tmp: string;
  let local: MergeSource[];
  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-batches-'));
    local = await readSources(files, { ...job, concurrency: 1 });
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** The real child, counting the parts it sends (and, with `dieAt`, exiting before that part). */
  function wrapper(name: string, dieAt?: number): { script: string; log: string } {
    const script = path.join(tmp, `${name}.js`);
    const log = path.join(tmp, `${name}.log`);
    fs.writeFileSync(
      script,
      `const fs = require('fs');
const send = process.send.bind(process);
let parts = 0;
process.send = (m, ...rest) => {
  if (m && 'part' in m) {
    parts++;
    if (${dieAt ?? 0} && parts === ${dieAt ?? 0}) process.exit(3);
    fs.appendFileSync(${JSON.stringify(log)}, 'part\\n');
  } else if (m && 'out' in m) parts = 0;
  return send(m, ...rest);
};
require(${JSON.stringify(WORKER)});
`,
    );
    return { script, log };
  }
  const partsSent = (log: string) => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0);

  it('gives the same sources with files at and one over the batch size', async () => {
    // batch 2: three files hold exactly 2 projects (sent whole), two hold 3 (sent as 2 + 1)
    expect(local.map(count).filter((n) => n === 2)).toHaveLength(3);
    expect(local.map(count).filter((n) => n === 3)).toHaveLength(2);
    const { script, log } = wrapper('at-size');
    const got = await lib().readSources(files, { ...job, concurrency: 2, batch: 2, script });
    expect(got.map(summary)).toEqual(local.map(summary));
    expect(partsSent(log)).toBe(4);
  });

  it('fails only the file whose child died between batches, whole', async () => {
    // batch 1: every file of 2 or 3 projects is batched; its child dies before sending its 2nd batch
    const { script } = wrapper('dies', 2);
    const got = await lib().readSources(files, { ...job, concurrency: 2, batch: 1, script });
    got.forEach((s, i) => {
      if (count(local[i]) >= 2) {
        expect(s.status).toBe('failed');
        expect(s.file).toBe(files[i]);
      } else expect(summary(s)).toEqual(summary(local[i]));
    });
    expect(got.filter((s) => s.status === 'failed')).toHaveLength(local.filter((s) => count(s) >= 2).length);
  });
});
