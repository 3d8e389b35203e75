import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbookBytes } from '../../src/hosts/files/read';
import { run } from './helpers';

const EX = path.join(__dirname, '../../examples');
const ex = (name: string) => path.join(EX, name);
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

interface Json {
  findings: { ruleId: string; severity: string; file: string; sheet: string; cell: string; message: string }[];
  projects: { file: string; sheet: string; key: string; theme: string; unit: string; tallies: Record<string, number | null> }[];
}

async function reviewJson(...args: string[]): Promise<{ code: number; json: Json }> {
  const r = await run('review', ...args, '--json');
  return { code: r.code, json: JSON.parse(r.stdout) as Json };
}

describe('peixun review: usage', () => {
  test('no command, unknown command, unknown option, bad date and unknown pack are usage errors (exit 2)', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('review', ex('zj-clean.xlsx'), '--colour')).code).toBe(2);
    const badDate = await run('review', ex('zj-clean.xlsx'), '--as-of', '2024-02-30');
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--as-of');
    const badPack = await run('review', ex('zj-clean.xlsx'), '--packs', 'zj2099');
    expect(badPack.code).toBe(2);
    expect(badPack.stderr).toContain('zj2099');
    expect((await run('review')).code).toBe(2);
  });
});

describe('peixun review: the JSON contract', () => {
  test('prints exactly one JSON object with the contract keys; a clean return exits 0', async () => {
    const r = await run('review', ex('zj-clean.xlsx'), '--packs', 'zj2017', '--as-of', '2024-07-01', '--json');
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    const json = JSON.parse(r.stdout) as Json;
    expect(Object.keys(json).sort()).toEqual(['findings', 'packs', 'projects']);
    expect(json.projects).toHaveLength(1);
    const p = json.projects[0];
    expect(p.file).toBe(ex('zj-clean.xlsx'));
    expect(p.theme).toBe('设施农业与精准灌溉技术专题培训班');
    expect(p.unit).toBe('浙江省农业科学院');
    expect(Object.keys(p.tallies)).toEqual(expect.arrayContaining(['totalDays', 'studyDays', 'topicDays', 'studyShare', 'topicShare', 'feeCapWan', 'budgetWan']));
    // 15 days: 7 topic days + 4 visit days + ½ day of class on the last morning (scripts/make-examples.py)
    expect(p.tallies.totalDays).toBe(15);
    expect(p.tallies.studyDays).toBe(11.5);
    expect(p.tallies.topicDays).toBe(7);
    expect(p.tallies.budgetWan).toBe(52.5);
    expect(p.tallies.feeCapWan).toBeNull(); // no exchange rate for EUR in this file: not computable, never 0
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'file', 'sheet', 'cell', 'message']));
      expect(f.severity).not.toBe('error');
    }
    expect(r.code).toBe(0);
  });

  test('a return with problems: the expected rule IDs, at their cells, and exit 1', async () => {
    const { code, json } = await reviewJson(ex('zj-problems.xlsx'), '--packs', 'zj2017', '--as-of', '2024-07-01');
    expect(code).toBe(1);
    const ids = new Set(json.findings.map((f) => f.ruleId));
    for (const id of ['ZJ-RATIO-STUDY', 'ZJ-RATIO-TOPIC', 'ZJ-INTERCITY', 'C-SCHEDULE-PLACE', 'ZJ-CIVIL-SERVANTS', 'C-PHONE', 'C-NUMBER', 'C-NORMALISED', 'ZJ-PLAN-DEADLINE', 'ZJ-NOTICE', 'ZJ-GENERAL-PROJECT', 'ZJ-REPORT-LATE', 'C-SCHEDULE-MISSING']) {
      expect(ids).toContain(id);
    }
    // 天数 #N/A of project 2 is C-NUMBER at that cell (F3), never a silent 0
    const nan = json.findings.find((f) => f.ruleId === 'C-NUMBER' && f.cell === 'F3');
    expect(nan).toBeDefined();
    // 奥地利 is visited but not declared: once, at its first row
    expect(json.findings.filter((f) => f.ruleId === 'C-SCHEDULE-PLACE')).toHaveLength(1);
    const p1 = json.projects.find((p) => p.theme === '德国考察')!;
    expect(p1.tallies.budgetWan).toBe(48); // 480000元 → 48 万元
    const p2 = json.projects.find((p) => p.theme.startsWith('智能制造'))!;
    expect(p2.tallies.totalDays).toBeNull();
  });

  test('the Sichuan plan in xlsx (two-row header) and GBK CSV give the same findings', async () => {
    const a = await reviewJson(ex('sc-plan.xlsx'), '--packs', 'sc2020');
    const b = await reviewJson(ex('sc-plan-gbk.csv'), '--packs', 'sc2020');
    const key = (j: Json) => j.findings.filter((f) => f.ruleId.startsWith('SC-')).map((f) => `${f.ruleId}@${f.cell}`).sort();
    expect(key(a.json).length).toBeGreaterThan(0);
    expect(key(a.json).map((k) => k.split('@')[0])).toEqual(key(b.json).map((k) => k.split('@')[0]));
    const ids = new Set(a.json.findings.map((f) => f.ruleId));
    for (const id of ['SC-GROUP-SIZE', 'SC-DURATION', 'SC-RESERVED-FIELD', 'SC-CADRE-LOCAL', 'SC-NO-BUDGET', 'SC-PROHIBITED', 'SC-PARTNER']) expect(ids).toContain(id);
    expect(a.json.projects).toHaveLength(4); // the 合计 row is not a project
    expect(b.json.projects[0].sheet).toBe('sc-plan-gbk'); // a CSV's sheet is named after its stem
  });
});

describe('peixun review: bad files and safety', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-cli-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a file that is not a workbook is C-UNREADABLE naming it; the batch goes on', async () => {
    const bad = path.join(dir, '不是工作簿.xlsx');
    fs.writeFileSync(bad, 'this is a text file, not a workbook');
    const { code, json } = await reviewJson(bad, ex('sc-plan.xlsx'), '--packs', 'sc2020');
    expect(code).toBe(1);
    const u = json.findings.find((f) => f.ruleId === 'C-UNREADABLE' && f.file === bad)!;
    expect(u.severity).toBe('error');
    expect(u.message).toContain(bad);
    expect(json.projects.some((p) => p.file === ex('sc-plan.xlsx'))).toBe(true);
  });

  test('--out writes a marked copy with 审核结果 and never modifies the input', async () => {
    const input = ex('zj-problems.xlsx');
    const before = sha(input);
    const out = path.join(dir, 'marked.xlsx');
    const r = await run('review', input, '--packs', 'zj2017', '--out', out);
    expect(r.code).toBe(1);
    expect(sha(input)).toBe(before);
    const grid = readWorkbookBytes(fs.readFileSync(out), out);
    expect(grid.sheets.map((s) => s.name)).toContain('审核结果');
    // values of the original sheets are unchanged in the copy
    const orig = readWorkbookBytes(fs.readFileSync(input), input);
    for (const s of orig.sheets) {
      const copy = grid.sheets.find((x) => x.name === s.name)!;
      const vals = (g: typeof s) => g.cells.map((row) => (row ?? []).map((c) => (c ? (c.err ?? c.v) : null)));
      expect(vals(copy)).toEqual(vals(s));
    }
  });

  test('--out refuses to overwrite the input', async () => {
    const copy = path.join(dir, 'in.xlsx');
    fs.copyFileSync(ex('zj-clean.xlsx'), copy);
    const before = sha(copy);
    const r = await run('review', copy, '--out', copy);
    expect(r.code).toBe(2);
    expect(sha(copy)).toBe(before);
  });

  test('the text report is Chinese, grouped by file and project', async () => {
    const r = await run('review', ex('zj-problems.xlsx'), '--packs', 'zj2017');
    expect(r.stdout).toContain(`文件 ${ex('zj-problems.xlsx')}`);
    expect(r.stdout).toContain('项目「德国考察」');
    expect(r.stdout).toMatch(/合计：1 个文件，2 个项目；错误 \d+/);
  });
});

describe('peixun template', () => {
  test('writes each blank form, readable by our reader', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-tpl-'));
    for (const kind of ['demand-form', 'demand-list', 'schedule', 'participants', 'standards', 'ce-register']) {
      const out = path.join(dir, `${kind}.xlsx`);
      const r = await run('template', '--kind', kind, '--out', out);
      expect(r.code).toBe(0);
      expect(readWorkbookBytes(fs.readFileSync(out), out).sheets.length).toBeGreaterThan(0);
    }
    expect((await run('template', '--kind', 'nonsense', '--out', path.join(dir, 'x.xlsx'))).code).toBe(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
