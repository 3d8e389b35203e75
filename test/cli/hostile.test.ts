/**
 * One bad workbook never costs the batch: `peixun review` and `peixun merge` over a folder of
 * hostile files beside a good one, as the command line runs (compiled lib/, each file in a child
 * process under the reading limits). The good file is reviewed and merged, each hostile one is
 * C-UNREADABLE naming its limit or damage, and every input is byte-identical afterwards. The pool
 * itself (isolate.ts) loses only the file whose child ran out of memory or time.
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbookBytes } from '../../src/hosts/files/read';
import { DEMAND_ROWS, sheetXml, xlsxEntries, zip } from '../hosts/files/read/craft';
import { LIB, ROOT, libIsCurrent } from '../support/compiledLib';

const compiled = libIsCurrent('hosts/files/read/isolate.js');

const good = xlsxEntries([{ name: '需求表', xml: sheetXml(DEMAND_ROWS) }]);
const sheet1 = (change: (xml: string) => Partial<(typeof good)[number]>) => good.map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, ...change(e.data as string) } : e));

const FILES: Record<string, Uint8Array> = {
  'a-good.xlsx': zip(good),
  'b-bomb.xlsx': zip(sheet1(() => ({ statedSize: 0x7fffffff }))),
  'c-sizelie.xlsx': zip(sheet1((xml) => ({ statedSize: Math.floor(xml.length / 2) }))),
  'd-duplicate.xlsx': zip([...good, good.find((e) => e.name === 'xl/worksheets/sheet1.xml')!]),
  'f-proto.xlsx': zip(xlsxEntries(['__proto__', 'constructor', 'toString'].map((name) => ({ name, xml: sheetXml([['__proto__', 'constructor', 'hasOwnProperty', 'toString'], ...DEMAND_ROWS]) })))),
  'g-lol.xlsx': zip(
    sheet1((xml) => ({
      data: xml.replace('<worksheet', '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet'),
    })),
  ),
  'e-far.xlsx': zip(
    sheet1((xml) => ({
      data: xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
    })),
  ),
};

const sha = (p: string) => crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');

(compiled ? describe : describe.skip)('a folder with hostile files (compiled lib/)', () => {
  let dir: string;
  let before: Map<string, string>;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-hostile-'));
    fs.mkdirSync(path.join(dir, 'in'));
    for (const [name, bytes] of Object.entries(FILES)) fs.writeFileSync(path.join(dir, 'in', name), bytes);
    before = new Map(Object.keys(FILES).map((n) => [n, sha(path.join(dir, 'in', n))]));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    for (const [n, h] of before) expect(sha(path.join(dir, 'in', n))).toBe(h);
  });

  const peixun = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/peixun.js'), ...args], { encoding: 'utf8', timeout: 120000 });

  it('review: the good file is reviewed, each hostile one is C-UNREADABLE with its reason', () => {
    const r = peixun('review', path.join(dir, 'in'), '--json');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    const out = JSON.parse(r.stdout) as { findings: { ruleId: string; file: string; message: string }[]; projects: { file?: string }[] };
    const unreadable = (name: string) => out.findings.find((f) => f.ruleId === 'C-UNREADABLE' && f.file.endsWith(name))?.message ?? '';
    expect(unreadable('b-bomb.xlsx')).toMatch(/超出读取限制.*256 MB/);
    expect(unreadable('c-sizelie.xlsx')).toContain('大小与压缩包记录的不符');
    expect(unreadable('d-duplicate.xlsx')).toContain('两个同名部件');
    expect(unreadable('a-good.xlsx')).toBe('');
    // odd but not hostile to the reader: reviewed like any other file
    for (const f of ['f-proto.xlsx', 'g-lol.xlsx']) expect(unreadable(f)).toBe('');
    // a merged area over the whole sheet hides every label: reviewed, and said so (not a limit, not a crash)
    expect(unreadable('e-far.xlsx')).toContain('不是可识别的表格');
    expect(JSON.stringify(out)).not.toContain('root:');
    expect(out.projects.length).toBeGreaterThanOrEqual(2);
    expect(r.status).toBe(1);
  });

  it('merge: the summary is written with the good file, the others logged as failed', () => {
    const outFile = path.join(dir, '汇总.xlsx');
    const r = peixun('merge', path.join(dir, 'in'), '--out', outFile);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(fs.existsSync(outFile)).toBe(true);
    const summary = readWorkbookBytes(new Uint8Array(fs.readFileSync(outFile)), outFile);
    const text = JSON.stringify(summary.sheets.map((s) => s.cells));
    expect(text).toContain('成都市公安局');
    expect(text).toContain('超出读取限制');
    expect(text).toContain('两个同名部件');
  });

  describe('the pool (isolate.ts)', () => {
    const script = () => {
      const p = path.join(dir, 'job.js');
      fs.writeFileSync(
        p,
        `const { serveJobs } = require(${JSON.stringify(path.join(LIB, 'hosts/files/read/isolate.js'))});
serveJobs((x) => {
  if (x === 'loop') for (;;);
  if (x === 'eat') { const a = []; for (;;) a.push(new Array(1e5).fill(Math.random())); }
  if (x === 'throw') throw new Error('boom');
  return x.toUpperCase();
});`,
      );
      return p;
    };

    it('loses only the file that loops, runs out of heap or crashes; the rest are answered', async () => {
      const { runPool } = require(path.join(LIB, 'hosts/files/read/isolate.js')) as typeof import('../../src/hosts/files/read/isolate');
      const inputs = ['a', 'loop', 'b', 'eat', 'c', 'throw', 'd'];
      const got: Record<number, string> = {};
      await runPool<string, string>({
        script: script(),
        inputs,
        threads: 2,
        resourceLimits: { maxOldGenerationSizeMb: 64 },
        timeMs: 3000,
        onResult: (i, out) => (got[i] = out),
        onLost: (i, why) => (got[i] = `lost:${why}`),
      });
      expect(got).toEqual({ 0: 'A', 1: 'lost:time', 2: 'B', 3: 'lost:memory', 4: 'C', 5: 'lost:crash', 6: 'D' });
    }, 60000);

    it('a child holds its next file before it dies (IN_FLIGHT): that file goes to a fresh child, not lost', async () => {
      const { runPool, IN_FLIGHT } = require(path.join(LIB, 'hosts/files/read/isolate.js')) as typeof import('../../src/hosts/files/read/isolate');
      expect(IN_FLIGHT).toBeGreaterThan(1);
      const p = path.join(dir, 'job-slow.js');
      // 'die' takes long enough for the next file to be sent to its child, then crashes it
      fs.writeFileSync(
        p,
        `const { serveJobs } = require(${JSON.stringify(path.join(LIB, 'hosts/files/read/isolate.js'))});
serveJobs((x) => {
  if (x === 'die') { const t = Date.now() + 500; while (Date.now() < t); throw new Error('boom'); }
  return x.toUpperCase();
});`,
      );
      const inputs = ['a', 'die', 'b', 'c'];
      // which inputs the pool sent, in order (it reads inputs[id] to send file id)
      const sent: number[] = [];
      const watched = new Proxy(inputs, { get: (t, k) => (typeof k === 'string' && /^\d+$/.test(k) && sent.push(Number(k)), Reflect.get(t, k)) });
      const got: Record<number, string> = {};
      await runPool<string, string>({
        script: p,
        inputs: watched,
        ids: [0, 1, 2, 3],
        threads: 1,
        resourceLimits: { maxOldGenerationSizeMb: 64 },
        timeMs: 10000,
        onResult: (i, out) => (got[i] = got[i] === undefined ? out : `twice:${out}`),
        onLost: (i, why) => (got[i] = got[i] === undefined ? `lost:${why}` : `twice:lost:${why}`),
      });
      expect(got).toEqual({ 0: 'A', 1: 'lost:crash', 2: 'B', 3: 'C' });
      // b was sent to the child that died reading 'die', then again to the fresh one
      expect(sent).toEqual([0, 1, 2, 2, 3]);
    }, 60000);
  });
});
