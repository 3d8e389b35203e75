/**
 * One finding per offending thing (RULES.md "Where a finding points"): the engine drops a rule's second
 * finding at the same sheet and cell for the same project, and no rule should need it to. Every rule of
 * every pack runs here on the bundled examples, the test fixtures and a generated set of unit returns
 * (shared/bench/gen_units.py), and any finding the engine had to drop fails the test with its rule and cell.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Finding } from '../../../src/core/model/findings';
import type { ParsedWorkbook } from '../../../src/core/model/records';
import { parseWorkbook } from '../../../src/core/sheets';
import { buildContext, runPacks, runRule } from '../../../src/core/rules/runner';
import { registeredPacks } from '../../../src/core/rules/registry';
import type { Pack, Rule } from '../../../src/core/rules/types';
import { PACK_IDS } from '../../../src/core/model/review';
import { readWorkbookBytes } from '../../../src/hosts/files/read';
import { project, schedule, workbook } from './builders';

const ROOT = path.join(__dirname, '../../..');
const GEN = path.join(ROOT, '../shared/bench/gen_units.py');

function read(file: string): ParsedWorkbook | null {
  try {
    return parseWorkbook(readWorkbookBytes(fs.readFileSync(file), file));
  } catch {
    return null; // unreadable fixtures (corrupt, encrypted) have nothing for rules to report twice
  }
}

/** Every rule of every registered pack over the workbook; the findings the engine dropped as repeats. */
function dropped(parsed: ParsedWorkbook): Finding[] {
  const options = { packs: PACK_IDS.filter((p) => p !== 'common'), asOf: '2024-07-01' };
  const ctx = buildContext(parsed, options);
  ctx.packs = PACK_IDS;
  const out: Finding[] = [];
  for (const pack of registeredPacks()) {
    const params = pack.params.parse({});
    for (const rule of pack.rules as Rule[]) runRule(rule, ctx, params, (f) => out.push(f));
  }
  return out;
}

const show = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.file} ${f.sheet}!${f.cell}: ${f.message}`);

describe('the engine keeps one finding per rule, cell and project', () => {
  it('drops a repeat and reports it; a finding elsewhere, for another project or without a cell is kept', () => {
    const twice: Rule = {
      id: 'X-TWICE',
      pack: 'common',
      severity: 'warning',
      clause: '',
      check(_ctx, _p, emit) {
        emit({ sheet: 'S', cell: 'A1' }, 'first', { projectKey: 'p' });
        emit({ sheet: 'S', cell: 'A1' }, 'again', { projectKey: 'p' });
        emit({ sheet: 'S', cell: 'A1' }, 'other project', { projectKey: 'q' });
        emit({ sheet: 'S', cell: 'A2' }, 'other cell', { projectKey: 'p' });
        emit({ sheet: 'T', cell: 'A1' }, 'other sheet', { projectKey: 'p' });
        emit({ sheet: '', cell: '' }, 'file 1');
        emit({ sheet: '', cell: '' }, 'file 2');
      },
    };
    const seen: Finding[] = [];
    const kept = runRule(twice, buildContext(workbook(), { packs: [] }), {}, (f) => seen.push(f));
    expect(kept.map((f) => f.message)).toEqual(['first', 'other project', 'other cell', 'other sheet', 'file 1', 'file 2']);
    expect(seen.map((f) => f.message)).toEqual(['again']);
  });

  it('in runPacks, each rule has its own repeats: the next rule at the same cell is kept; a rule that throws keeps what it found', () => {
    const rule = (id: string, messages: string[], fail = false): Rule => ({
      id,
      pack: 'common',
      severity: 'warning',
      clause: '',
      check(_ctx, _p, emit) {
        for (const m of messages) emit({ sheet: 'S', cell: 'A1' }, m, { projectKey: 'p' });
        if (fail) throw new Error('坏了');
      },
    });
    const pack: Pack = { id: 'common', rules: [rule('X-A', ['a1', 'a2']), rule('X-B', ['b1', 'b2'], true), rule('X-C', ['c1'])] } as unknown as Pack;
    const found = runPacks(workbook(), { packs: [] }, [pack]);
    expect(found.map((f) => `${f.ruleId}:${f.message}`)).toEqual(['X-B:检查“X-B”运行出错，未能完成：坏了', 'X-A:a1', 'X-B:b1', 'X-C:c1']);
  });

  it('C-NORMALISED: an inferred 类型 the reader already noted is one finding', () => {
    const s = schedule('k', [{ date: '2024-04-08', city: '柏林', content: '专题讲座', type: '专题培训', inferred: true }]);
    const wb = workbook({ projects: [project({ key: 'k' })], schedules: [s], notes: [{ ref: s.rows[0].typeRef!, message: '类型未填，按内容推断为专题培训', projectKey: 'k' }] });
    expect(show(dropped(wb))).toEqual([]);
  });

  it('no rule repeats itself on builder cases that used to invite it (a 下午 row under the 上午 date)', () => {
    const p = project({ key: 'k', days: 2 });
    const s = schedule('k', [
      { date: '2024-04-08', slot: '上午', city: '柏林', type: '专题培训' },
      { date: '2024-04-08', slot: '下午', city: '柏林—慕尼黑', type: '交通' },
      { date: '2024-04-10', slot: '上午', city: '慕尼黑', type: '专题培训' },
      { date: '2024-04-10', slot: '下午', city: '慕尼黑—柏林', type: '交通' },
    ]);
    expect(show(dropped(workbook({ projects: [p], schedules: [s] })))).toEqual([]);
  });

  it('no rule repeats itself on the bundled examples and the test fixtures', () => {
    const dirs = [path.join(ROOT, 'examples'), path.join(ROOT, 'test/fixtures/files'), path.join(ROOT, 'test/fixtures/merge/units'), path.join(ROOT, 'test/fixtures/ce')];
    const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => /\.(xlsx|xls|csv)$/i.test(f)).map((f) => path.join(d, f)));
    expect(files.length).toBeGreaterThan(20);
    const all: Finding[] = [];
    for (const f of files) {
      const parsed = read(f);
      if (parsed) all.push(...dropped(parsed));
    }
    expect(show(all)).toEqual([]);
  });

  it('no rule repeats itself on the core benchmark\'s in-memory unit workbooks (bench/core.js)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bench = require(path.join(ROOT, 'bench/core.js')) as { generateUnits(g: unknown, projects: number, rows: number): Parameters<typeof parseWorkbook>[0][] };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const books = bench.generateUnits(require('../../../src/core/grid'), 300, 4500);
    const all: Finding[] = [];
    for (const b of books) all.push(...dropped(parseWorkbook(b)));
    expect(show(all)).toEqual([]);
  });

  it('no rule repeats itself on a generated set of unit returns (merged and text dates, 上午/下午 rows)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-onefinding-'));
    try {
      execFileSync('/usr/bin/python3', [GEN, dir, '40', '--seed', 'one-finding', '--schedule-days', '9'], { stdio: 'pipe' });
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx'));
      expect(files).toHaveLength(40);
      const all: Finding[] = [];
      for (const f of files) all.push(...dropped(read(path.join(dir, f))!));
      expect(show(all)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
