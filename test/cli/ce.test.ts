/**
 * `peixun ce` on real .xlsx files: the registers in test/fixtures/ce (written by openpyxl,
 * make_fixtures.py) and examples/ce-register.xlsx; `--from-plans` on a returned plan and on a
 * merge summary of examples/zj-clean.xlsx.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { tallyCe } from '../../src/core/ceReview';
import { parseWorkbook } from '../../src/core/sheets';
import { readWorkbookBytes } from '../../src/hosts/files/read';
import { gridToXlsx } from '../../src/hosts/files/write/mark';
import { run } from './helpers';

const FIX = path.join(__dirname, '../fixtures/ce');
const fx = (name: string) => path.join(FIX, name);
const EXAMPLE = path.join(__dirname, '../../examples/ce-register.xlsx');
const ZJ_CLEAN = path.join(__dirname, '../../examples/zj-clean.xlsx');
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

interface Person {
  key: string;
  name: string;
  unit: string;
  idNumber?: string;
  year: number | null;
  basis: string;
  professional: number | null;
  publicRecorded: number | null;
  publicCounted: number | null;
  publicCapped: boolean;
  abroad: number | null;
  total: number | null;
  required: number;
  shortfall: number | null;
  unreadableRows: number;
  sources: { file: string; sheet: string; cell: string }[];
}
interface FindingJson {
  ruleId: string;
  severity: string;
  file: string;
  sheet: string;
  cell: string;
  message: string;
  data?: Record<string, unknown>;
}
interface Json {
  persons: Person[];
  findings: FindingJson[];
  conflicts: { kind: string; id: string; names: { name: string; file: string; sheet: string; cell: string }[] }[];
}

async function ceJson(...args: string[]): Promise<{ code: number; json: Json; stderr: string }> {
  const r = await run('ce', ...args, '--json');
  return { code: r.code, json: JSON.parse(r.stdout) as Json, stderr: r.stderr };
}

const person = (json: Json, name: string, basis = 'ce2007', year: number | null = 2024) =>
  json.persons.find((p) => p.name === name && p.basis === basis && p.year === year)!;
const findingsAt = (json: Json, ruleId: string, cell: string) => json.findings.filter((f) => f.ruleId === ruleId && f.cell === cell);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-ce-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('peixun ce: usage errors exit 2', () => {
  test.each([
    [[]],
    [[EXAMPLE, '--packs', 'zj2099']],
    [[EXAMPLE, '--packs', 'zj2017']],
    [[EXAMPLE, '--year', '24']],
    [[EXAMPLE, '--year', '2024-01']],
    [[EXAMPLE, '--year', '1800']],
    [[EXAMPLE, '--colour']],
    [[EXAMPLE, '--out', 'tally.csv']],
    [[EXAMPLE, '--approved-only']],
    [['--from-plans', fx('plans-return.xlsx')]],
    [['--from-plans', fx('plans-return.xlsx'), '--out', 'x.xlsx', '--packs', 'ce2007']],
  ])('peixun ce %j', async (argv) => {
    const r = await run('ce', ...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^peixun ce: /);
    expect(r.stdout).toBe('');
  });

  test('the same arguments with a valid pack and year run (exit 0)', async () => {
    expect((await run('ce', EXAMPLE, '--packs', 'ce2007,cas', '--year', '2024')).code).toBe(0);
    expect((await run('ce', EXAMPLE, '--packs', 'common,ce2007')).code).toBe(0);
  });

  test('--out may not be an input file; the input is left as it was', async () => {
    const copy = path.join(dir, 'in.xlsx');
    fs.copyFileSync(EXAMPLE, copy);
    const before = sha(copy);
    const r = await run('ce', copy, '--out', copy);
    expect(r.code).toBe(2);
    expect(sha(copy)).toBe(before);
  });

  test('--help prints the usage and exits 0', async () => {
    const r = await run('ce', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--from-plans');
  });
});

describe('peixun ce --json: the contract and the boundaries', () => {
  let json: Json;
  let code: number;
  beforeAll(async () => {
    ({ json, code } = await ceJson(fx('register-boundary.xlsx'), '--packs', 'ce2007,cas'));
  });

  test('exactly one JSON object with persons, findings, conflicts and the contract keys', async () => {
    const r = await run('ce', fx('register-boundary.xlsx'), '--json');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const one = JSON.parse(r.stdout) as Json;
    expect(Object.keys(one).sort()).toEqual(['conflicts', 'findings', 'persons']);
    for (const p of one.persons) {
      expect(Object.keys(p)).toEqual(
        expect.arrayContaining(['key', 'name', 'unit', 'idNumber', 'year', 'professional', 'publicRecorded', 'publicCounted', 'abroad', 'total', 'required', 'shortfall', 'sources']),
      );
      for (const s of p.sources) expect(Object.keys(s).sort()).toEqual(['cell', 'file', 'sheet']);
      expect(p.sources[0].file).toBe(fx('register-boundary.xlsx'));
    }
    for (const f of one.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'file', 'sheet', 'cell', 'message']));
    // default pack: ce2007 only
    expect(new Set(one.persons.map((p) => p.basis))).toEqual(new Set(['ce2007']));
  });

  test('71.5 hours is 0.5 short (CE-ANNUAL-HOURS at the first row); 72 is not', () => {
    const a = person(json, '甲一');
    expect(a.total).toBe(71.5);
    expect(a.shortfall).toBe(0.5);
    expect(a.sources.map((s) => s.cell)).toEqual(['A2', 'A3']);
    expect(findingsAt(json, 'CE-ANNUAL-HOURS', 'A2')).toHaveLength(1);
    const b = person(json, '乙二');
    expect(b.total).toBe(72);
    expect(b.shortfall).toBe(0);
    expect(findingsAt(json, 'CE-ANNUAL-HOURS', 'A4')).toHaveLength(0);
  });

  test('public hours: exactly 1/3 of 72 (24) passes; 24.5 is a warning and every hour still counts', () => {
    const b = person(json, '乙二');
    expect([b.publicRecorded, b.publicCounted, b.publicCapped]).toEqual([24, 24, false]);
    expect(findingsAt(json, 'CE-PUBLIC-SHARE', 'A4')).toHaveLength(0);
    const c = person(json, '丙三');
    expect([c.publicRecorded, c.publicCounted, c.total, c.shortfall]).toEqual([24.5, 24.5, 72.5, 0]);
    expect(findingsAt(json, 'CE-PUBLIC-SHARE', 'A6')).toEqual([
      expect.objectContaining({ severity: 'warning', data: { year: 2024, publicHours: 24.5, limitHours: 24, baseHours: 72, excessHours: 0.5, excessCounted: true } }),
    ]);
  });

  test('outbound training counts approved days × 6, not the hours written', () => {
    const d = person(json, '丁四');
    expect([d.abroad, d.professional, d.total, d.shortfall]).toEqual([60, 0, 60, 12]);
    expect(json.findings.some((f) => f.ruleId === 'CE-ABROAD-HOURS' && f.cell === 'G8')).toBe(true);
  });

  test('days × 6 without 学时; each year on its own', () => {
    expect(person(json, '戊五', 'ce2007', 2024).professional).toBe(72);
    expect(person(json, '戊五', 'ce2007', 2023).total).toBe(72);
  });

  test('cas: a leader needs 110 — 109.5 is short (CAS-LEADER-HOURS), 110 is not', () => {
    const f = person(json, '己六', 'cas');
    expect([f.required, f.total, f.shortfall]).toEqual([110, 109.5, 0.5]);
    expect(findingsAt(json, 'CAS-LEADER-HOURS', 'A11')).toHaveLength(1);
    const g = person(json, '庚七', 'cas');
    expect([g.required, g.shortfall]).toEqual([110, 0]);
    expect(findingsAt(json, 'CAS-LEADER-HOURS', 'A12')).toHaveLength(0);
    // and a non-leader needs 100 under cas
    expect(person(json, '乙二', 'cas').required).toBe(100);
  });

  test('shortfalls are warnings: exit 0; a clean register has no warnings', async () => {
    expect(code).toBe(0);
    const clean = await ceJson(fx('register-clean.xlsx'));
    expect(clean.code).toBe(0);
    expect(clean.json.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(clean.json.persons.every((p) => p.shortfall === 0)).toBe(true);
    // the year comes from the 年度 column under a title row
    expect(clean.json.persons.map((p) => p.year)).toEqual([2024, 2024]);
  });

  test('unreadable hours: CE-VALUE (exit 1), figures null — never 0; an ID with two names reported, namesakes not', async () => {
    const { code: c, json: j } = await ceJson(fx('register-bad.xlsx'));
    expect(c).toBe(1);
    const x = person(j, '辛八');
    expect(x.professional).toBeNull();
    expect(x.total).toBeNull();
    expect(x.shortfall).toBeNull();
    expect(x.publicRecorded).toBe(20); // the readable bucket is still known
    expect(x.unreadableRows).toBe(1);
    expect(j.findings.some((f) => f.ruleId === 'CE-VALUE' && f.severity === 'error' && f.cell === 'G2')).toBe(true);
    // 80 readable hours already reach 72: no shortfall whatever the unreadable row holds
    const y = person(j, '壬九');
    expect(y.total).toBeNull();
    expect(y.shortfall).toBe(0);
    // 张三 twice with two IDs: namesakes, two people, no conflict; 130101199001010003 written as 癸十 and 葵十: one
    expect(j.persons.filter((p) => p.name === '张三')).toHaveLength(2);
    expect(j.conflicts).toEqual([
      {
        kind: 'idNumber',
        id: '130101199001010003',
        names: [
          { name: '癸十', file: fx('register-bad.xlsx'), sheet: '继续教育学时', cell: 'A8' },
          { name: '葵十', file: fx('register-bad.xlsx'), sheet: '继续教育学时', cell: 'A9' },
        ],
      },
    ]);
    expect(j.findings.filter((f) => f.ruleId === 'CE-ID-CONFLICT')).toEqual([
      expect.objectContaining({ cell: 'A9', data: { idKind: 'idNumber', id: '130101199001010003', names: 2 } }),
    ]);
    expect(person(j, '癸十').total).toBe(80);
  });
});

describe('peixun ce: --year, text, --out, bad files', () => {
  test('--year keeps that year only', async () => {
    const y23 = await ceJson(fx('register-boundary.xlsx'), '--year', '2023');
    expect(y23.json.persons.map((p) => [p.name, p.year])).toEqual([['戊五', 2023]]);
    const y24 = await ceJson(fx('register-boundary.xlsx'), '--year', '2024');
    expect(y24.json.persons.every((p) => p.year === 2024)).toBe(true);
    expect(y24.json.persons.map((p) => p.name)).toContain('戊五');
    const none = await ceJson(fx('register-boundary.xlsx'), '--year', '2030');
    expect(none.json.persons).toEqual([]);
  });

  test('the text report: Chinese columns per person and year, shortfall rows flagged, findings, a summary line', async () => {
    const r = await run('ce', fx('register-boundary.xlsx'));
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const a = lines.find((l) => l.includes('甲一'))!;
    expect(a).toContain('专业科目 47.5');
    expect(a).toContain('公需科目 24，');
    expect(a).toContain('合计 71.5，应修 72，差额 0.5');
    expect(a).toContain('未达标');
    expect(lines.find((l) => l.includes('乙二'))).not.toContain('未达标');
    expect(lines.find((l) => l.includes('丁四'))).toContain('出国（境）培训 60');
    expect(r.stdout).toContain('[CE-ANNUAL-HOURS] 继续教育学时!A2');
    expect(r.stdout).toMatch(/合计：1 个文件，7 人、8 个人员年度；未达标 2；错误 0，警告 3，提示 \d+/);
  });

  test('--out: 学时统计 with a 差额 column and shortfall rows filled, 审核结果; read back by our reader; input unchanged', async () => {
    const input = fx('register-boundary.xlsx');
    const before = sha(input);
    const out = path.join(dir, 'sub', 'tally.xlsx');
    const r = await run('ce', input, '--out', out);
    expect(r.code).toBe(0);
    expect(sha(input)).toBe(before);
    const grid = readWorkbookBytes(fs.readFileSync(out), out);
    expect(grid.sheets.map((s) => s.name)).toEqual(['学时统计', '审核结果']);
    const sheet = grid.sheets[0];
    const header = sheet.cells[0].map((c) => c?.v);
    const col = (h: string) => header.indexOf(h);
    expect(col('差额')).toBeGreaterThan(0);
    const rowOf = (name: string) => sheet.cells.findIndex((row) => row?.[col('姓名')]?.v === name);
    expect(sheet.cells[rowOf('甲一')][col('差额')]?.v).toBe(0.5);
    expect(sheet.cells[rowOf('甲一')][col('是否达标')]?.v).toBe('未达标');
    expect(sheet.cells[rowOf('乙二')][col('差额')]?.v).toBe(0);
    expect(sheet.cells[rowOf('丙三')][col('公需科目（登记）')]?.v).toBe(24.5);
    expect(sheet.cells[rowOf('丙三')][col('公需科目（计入）')]?.v).toBe(24.5);
    const results = grid.sheets[1];
    expect(results.cells.slice(1).map((row) => row?.[2]?.v)).toContain('CE-ANNUAL-HOURS');
    // the shortfall row's cells carry another style than a passing row's, and that style is the red fill
    const files = unzipSync(fs.readFileSync(out));
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']);
    const styleOf = (r1: number) => new RegExp(`<c r="O${r1}"[^>]* s="(\\d+)"`).exec(xml)?.[1];
    expect(styleOf(rowOf('甲一') + 1)).toBeDefined();
    expect(styleOf(rowOf('甲一') + 1)).not.toBe(styleOf(rowOf('乙二') + 1));
    expect(strFromU8(files['xl/styles.xml'])).toContain('FFC7CE');
  });

  test('--settings: ce2007.capPublicHours caps public hours at 24 (丙三 48 + 24.5 counts 72); a bad value is a usage error', async () => {
    const on = path.join(dir, 'cap.json');
    fs.writeFileSync(on, JSON.stringify({ params: { 'ce2007.capPublicHours': true } }));
    const j = await ceJson(fx('register-boundary.xlsx'), '--settings', on);
    const c = person(j.json, '丙三');
    expect([c.publicRecorded, c.publicCounted, c.publicCapped, c.total]).toEqual([24.5, 24, true, 72]);
    expect(findingsAt(j.json, 'CE-PUBLIC-SHARE', 'A6')[0].data).toMatchObject({ excessCounted: false });
    const text = await run('ce', fx('register-boundary.xlsx'), '--settings', on);
    expect(text.stdout.split('\n').find((l) => l.includes('丙三'))).toContain('公需科目 24.5/24（登记/计入）');

    const bad = path.join(dir, 'bad-param.json');
    fs.writeFileSync(bad, JSON.stringify({ params: { 'ce2007.capPublicHours': '也许' } }));
    const r = await run('ce', fx('register-boundary.xlsx'), '--settings', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--settings 中的参数有误');
    expect(r.stderr).toContain('ce2007.capPublicHours');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  describe('身份证号 on the terminal (issue 12 item 14)', () => {
    const FULL = '110101199001011111';
    const MASKED = '110101********1111';

    test('are masked by default, in the person lines and in finding messages', async () => {
      const r = await run('ce', fx('register-boundary.xlsx'));
      expect(r.stdout).not.toContain(FULL);
      expect(r.stdout.split('\n').find((l) => l.includes('甲一'))).toContain(`（浙江省某研究院，${MASKED}）`);
      const bad = await run('ce', fx('register-bad.xlsx'));
      expect(bad.stdout).not.toContain('130101199001010003');
      expect(bad.stdout).toContain('[CE-ID-CONFLICT]');
      expect(bad.stdout).toContain('身份证号“130101********0003”对应2个不同的姓名');
    });

    test('--show-ids prints them in full', async () => {
      const r = await run('ce', fx('register-boundary.xlsx'), '--show-ids');
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain(MASKED);
      expect(r.stdout.split('\n').find((l) => l.includes('甲一'))).toContain(`（浙江省某研究院，${FULL}）`);
      expect((await run('ce', fx('register-bad.xlsx'), '--show-ids')).stdout).toContain('身份证号“130101199001010003”');
    });

    test('JSON and the workbook keep them whole', async () => {
      const j = await ceJson(fx('register-boundary.xlsx'));
      expect(person(j.json, '甲一').idNumber).toBe(FULL);
      expect(JSON.stringify(j.json)).not.toContain('*');
      const out = path.join(dir, 'ids.xlsx');
      await run('ce', fx('register-boundary.xlsx'), '--out', out);
      const sheet = readWorkbookBytes(fs.readFileSync(out), out).sheets[0];
      const col = sheet.cells[0].map((c) => c?.v).indexOf('身份证号');
      expect(sheet.cells.slice(1).map((r) => r?.[col]?.v)).toContain(FULL);
    });

    test('the usage names --show-ids', async () => {
      expect((await run('ce', '--help')).stdout).toContain('--show-ids');
    });
  });

  test('a bad register writes 无法计算 where a figure cannot be computed, and amber marks the row', async () => {
    const out = path.join(dir, 'bad-tally.xlsx');
    expect((await run('ce', fx('register-bad.xlsx'), '--out', out)).code).toBe(1);
    const sheet = readWorkbookBytes(fs.readFileSync(out), out).sheets[0];
    const header = sheet.cells[0].map((c) => c?.v);
    const row = sheet.cells.find((r) => r?.[header.indexOf('姓名')]?.v === '辛八')!;
    expect(row[header.indexOf('合计')]?.v).toBe('无法计算');
    expect(row[header.indexOf('是否达标')]?.v).toBe('无法确定');
    expect(strFromU8(unzipSync(fs.readFileSync(out))['xl/styles.xml'])).toContain('FFEB9C');
  });

  test('a file that cannot be read is C-UNREADABLE naming it; a workbook without a register too; the batch goes on', async () => {
    const bad = path.join(dir, '不是工作簿.xlsx');
    fs.writeFileSync(bad, 'plain text, not a workbook');
    const missing = path.join(dir, 'missing.xlsx');
    const { code, json } = await ceJson(bad, missing, ZJ_CLEAN, fx('register-clean.xlsx'));
    expect(code).toBe(1);
    const un = json.findings.filter((f) => f.ruleId === 'C-UNREADABLE');
    expect(un.map((f) => f.file).sort()).toEqual([bad, missing, ZJ_CLEAN].sort());
    for (const f of un) {
      expect(f.severity).toBe('error');
      expect(f.message).toContain(f.file);
    }
    expect(un.find((f) => f.file === ZJ_CLEAN)!.message).toContain('继续教育学时登记表');
    expect(json.persons.map((p) => p.name)).toEqual(['钱一', '钱二']);
    const text = await run('ce', bad, fx('register-clean.xlsx'));
    expect(text.stdout).toMatch(/合计：2 个文件（1 个无法读取）/);
  });

  test('a folder is searched for workbooks; registers in several files tally together', async () => {
    const folder = path.join(dir, 'folder');
    fs.mkdirSync(path.join(folder, 'a'), { recursive: true });
    fs.copyFileSync(fx('register-clean.xlsx'), path.join(folder, 'a', 'one.xlsx'));
    fs.copyFileSync(fx('register-boundary.xlsx'), path.join(folder, 'two.xlsx'));
    fs.writeFileSync(path.join(folder, '~$two.xlsx'), 'lock file');
    const { code, json } = await ceJson(folder);
    expect(code).toBe(0);
    expect(new Set(json.persons.flatMap((p) => p.sources.map((s) => path.basename(s.file))))).toEqual(new Set(['one.xlsx', 'two.xlsx']));
  });

  test('examples/ce-register.xlsx as scripts/examples.js runs it', async () => {
    const out = path.join(dir, 'examples-tally.xlsx');
    const before = sha(EXAMPLE);
    const r = await run('ce', EXAMPLE, '--packs', 'ce2007,cas', '--year', '2024', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('王五');
    expect(fs.existsSync(out)).toBe(true);
    expect(sha(EXAMPLE)).toBe(before);
  });
});

describe('peixun ce --from-plans', () => {
  const readRegister = (file: string) => parseWorkbook(readWorkbookBytes(fs.readFileSync(file), file));

  test('approved projects give days × 6 per participant; the sheet reads back as a register and tallies to it', async () => {
    const input = fx('plans-return.xlsx');
    const before = sha(input);
    const out = path.join(dir, 'from-plans.xlsx');
    const r = await run('ce', '--from-plans', input, '--out', out, '--json');
    expect(r.code).toBe(0);
    expect(sha(input)).toBe(before);
    const j = JSON.parse(r.stdout) as { rows: { name: string; days: number; hours: number; year: number; projectKey: string }[]; skipped: { projectKey: string; reason: string }[] };
    // CE-T-1 (同意, 10 days, 3 people) and CE-T-3 (blank: not rejected, 8 days, 2 people); CE-T-2 (否) skipped
    expect(j.rows.map((x) => [x.projectKey, x.hours])).toEqual([
      ['CE-T-1', 60], ['CE-T-1', 60], ['CE-T-1', 60], ['CE-T-3', 48], ['CE-T-3', 48],
    ]);
    expect(j.skipped).toEqual([expect.objectContaining({ projectKey: 'CE-T-2', reason: expect.stringContaining('否') })]);

    const parsed = readRegister(out);
    expect(parsed.recognition.find((s) => s.sheet === '继续教育学时')?.kind).toBe('ce-register');
    expect(parsed.ce).toHaveLength(5);
    const t = tallyCe([parsed], { packs: ['ce2007'] });
    expect(t.persons.map((p) => [p.year, p.abroad, p.total])).toEqual([
      [2024, 60, 60], [2024, 60, 60], [2024, 60, 60], [2025, 48, 48], [2025, 48, 48],
    ]);
    // and the command itself reads it back
    const back = await ceJson(out);
    expect(back.json.persons.map((p) => p.abroad)).toEqual([60, 60, 60, 48, 48]);
  });

  test('text that looks like a formula stays text in the written register', async () => {
    const out = path.join(dir, 'formula.xlsx');
    await run('ce', '--from-plans', fx('plans-return.xlsx'), '--out', out);
    const sheet = readWorkbookBytes(fs.readFileSync(out), out).sheets.find((s) => s.name === '继续教育学时')!;
    const names = sheet.cells.slice(1).map((row) => row?.[0]?.v);
    const units = sheet.cells.slice(1).map((row) => row?.[3]?.v);
    expect(names).toEqual(expect.arrayContaining(['=1+1', '@SUM(A1)']));
    expect(units).toEqual(expect.arrayContaining(['+86研究所', '-测试单位']));
    const files = unzipSync(fs.readFileSync(out));
    for (const [name, bytes] of Object.entries(files)) if (name.startsWith('xl/worksheets/')) expect(strFromU8(bytes)).not.toContain('<f>');
  });

  test('--approved-only takes 是否同意 = 同意/是 only; --year keeps one year', async () => {
    const out = path.join(dir, 'approved.xlsx');
    const r = await run('ce', '--from-plans', fx('plans-return.xlsx'), '--out', out, '--approved-only', '--json');
    const j = JSON.parse(r.stdout) as { rows: { projectKey: string }[]; skipped: { projectKey: string; reason: string }[] };
    expect(j.rows.map((x) => x.projectKey)).toEqual(['CE-T-1', 'CE-T-1', 'CE-T-1']);
    expect(j.skipped.map((s) => s.projectKey).sort()).toEqual(['CE-T-2', 'CE-T-3']);
    expect(j.skipped.find((s) => s.projectKey === 'CE-T-3')!.reason).toContain('是否同意为空');
    expect(readRegister(out).ce).toHaveLength(3);
    const y = JSON.parse((await run('ce', '--from-plans', fx('plans-return.xlsx'), '--out', out, '--year', '2025', '--json')).stdout) as { rows: { year: number }[] };
    expect(y.rows.map((x) => x.year)).toEqual([2025, 2025]);
  });

  describe('with a merge summary deciding approval', () => {
    let summaryGrid: ReturnType<typeof readWorkbookBytes>;
    beforeAll(async () => {
      const summary = path.join(dir, 'summary.xlsx');
      const m = await run('merge', ZJ_CLEAN, '--out', summary, '--jobs', '1');
      expect(m.code).toBe(0);
      summaryGrid = readWorkbookBytes(fs.readFileSync(summary), summary);
    });

    /** The summary with 是否同意 set to `said` on every project row. */
    function summaryWith(said: string | null): string {
      const grid = structuredClone(summaryGrid);
      const sheet = grid.sheets.find((s) => s.name === '省级汇总')!;
      const headerRow = sheet.cells.findIndex((row) => row?.some((c) => c?.v === '是否同意'));
      const col = sheet.cells[headerRow].findIndex((c) => c?.v === '是否同意');
      for (let r = headerRow + 1; r < sheet.cells.length; r++) {
        if (!sheet.cells[r]?.some((c) => c && c.v !== null)) continue;
        sheet.cells[r][col] = said === null ? undefined : { v: said };
      }
      const file = path.join(dir, `summary-${said ?? 'blank'}.xlsx`);
      fs.writeFileSync(file, gridToXlsx(grid));
      return file;
    }

    async function fromPlans(...args: string[]) {
      const out = path.join(dir, `fp-${args.length}-${Math.random().toString(36).slice(2)}.xlsx`);
      const r = await run('ce', '--from-plans', ...args, '--out', out, '--json');
      return { code: r.code, out, json: JSON.parse(r.stdout) as { rows: { name: string; days: number; hours: number; year: number }[]; skipped: { reason: string }[]; notices: string[] } };
    }

    test('是否同意 = 同意: each of the 15 participants earns 15 days × 6 = 90 hours in 2024', async () => {
      const { code, json, out } = await fromPlans(summaryWith('同意'), ZJ_CLEAN, '--approved-only');
      expect(code).toBe(0);
      expect(json.rows).toHaveLength(15);
      expect(json.rows.every((x) => x.days === 15 && x.hours === 90 && x.year === 2024)).toBe(true);
      const back = tallyCe([readRegister(out)], { packs: ['ce2007'] });
      expect(back.persons).toHaveLength(15);
      expect(back.persons.every((p) => p.abroad === 90 && p.shortfall === 0)).toBe(true);
    });

    test('是否同意 = 否 gives no rows, with the reason', async () => {
      const { json } = await fromPlans(summaryWith('否'), ZJ_CLEAN);
      expect(json.rows).toHaveLength(0);
      expect(json.skipped[0].reason).toContain('否');
    });

    test('blank 是否同意: not taken with --approved-only, taken without it', async () => {
      const file = summaryWith(null);
      expect((await fromPlans(file, ZJ_CLEAN, '--approved-only')).json.rows).toHaveLength(0);
      expect((await fromPlans(file, ZJ_CLEAN)).json.rows).toHaveLength(15);
    });

    test('a summary project without its returned workbook is listed, not invented', async () => {
      const { json } = await fromPlans(summaryWith('同意'));
      expect(json.rows).toHaveLength(0);
      expect(json.skipped[0].reason).toContain('人员名单');
    });
  });

  test('without any 是否同意 column, --approved-only says so and keeps projects not rejected', async () => {
    const out = path.join(dir, 'zj.xlsx');
    const r = await run('ce', '--from-plans', ZJ_CLEAN, '--out', out, '--approved-only');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('没有“是否同意”列');
    expect(readRegister(out).ce).toHaveLength(15);
  });

  test('an unreadable input is C-UNREADABLE (exit 1) and the others still give rows', async () => {
    const bad = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(bad, 'not a workbook');
    const out = path.join(dir, 'with-bad.xlsx');
    const r = await run('ce', '--from-plans', bad, fx('plans-return.xlsx'), '--out', out, '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as { rows: unknown[]; findings: FindingJson[] };
    expect(j.rows).toHaveLength(5);
    expect(j.findings).toEqual([expect.objectContaining({ ruleId: 'C-UNREADABLE', file: bad })]);
  });
});
