/** The command line's first hour (issue 12 items 12, 13, 15): help, version, suggestions, where it wrote, per-file summary. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { COMMAND_DOCS } from '../../src/cli/help';
import { SPEC as CE_SPEC } from '../../src/cli/ce';
import { SPEC as EXPORT_SPEC } from '../../src/cli/export';
import { SPEC as MERGE_SPEC } from '../../src/cli/merge';
import { SPEC as REVIEW_SPEC } from '../../src/cli/review';
import { SPEC as TEMPLATE_SPEC } from '../../src/cli/template';
import { readWorkbookBytes } from '../../src/hosts/files/read';
import { run } from './helpers';

const EX = path.join(__dirname, '../../examples');
const SPECS: Record<string, Record<string, boolean>> = { review: REVIEW_SPEC, merge: MERGE_SPEC, export: EXPORT_SPEC, template: TEMPLATE_SPEC, ce: CE_SPEC };

describe('help', () => {
  test('peixun --help says what each command does and names each pack with its notice', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    for (const c of ['review', 'template', 'merge', 'export', 'ce']) expect(r.stdout).toMatch(new RegExp(`peixun ${c}\\s+\\S`));
    expect(r.stdout).toMatch(/zj2017\s+浙江省 浙外专发〔2017〕14号/);
    expect(r.stdout).toContain('国科才函〔2022〕39号');
  });

  test.each(Object.keys(SPECS))('peixun %s --help lists every option the command accepts, with meaning, default and example', async (cmd) => {
    const r = await run(cmd, '--help');
    expect(r.code).toBe(0);
    const doc = COMMAND_DOCS.find((d) => d.name === cmd)!;
    // the documentation and the parser agree: no option undocumented, none documented that does not exist
    expect(doc.options.map((o) => o.name).sort()).toEqual(Object.keys(SPECS[cmd]).sort());
    for (const o of doc.options) {
      expect(r.stdout).toContain(`--${o.name}`);
      expect(o.meaning.length).toBeGreaterThan(3);
      // a value option says what it takes; every option but --help has a default and an example
      expect(Boolean(o.value)).toBe(SPECS[cmd][o.name]);
      if (o.name !== 'help') {
        expect(o.default).toBeTruthy();
        expect(o.example).toBeTruthy();
      }
    }
    expect(r.stdout).toContain('默认：');
    expect(r.stdout).toContain('例：');
  });

  test('review --help names each pack with its notice', async () => {
    const r = await run('review', '--help');
    expect(r.stdout).toMatch(/zj2017\s+浙江省 浙外专发〔2017〕14号/);
    expect(r.stdout).toMatch(/sc2020\s+四川省/);
  });

  test('--version prints the package version', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = await run(flag);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(`peixun ${version}`);
    }
  });
});

describe('suggestions', () => {
  test('an unknown option suggests the nearest: --pack → --packs, --ouput → --out, --summery → --summary', async () => {
    const pack = await run('review', path.join(EX, 'zj-clean.xlsx'), '--pack', 'zj2017');
    expect(pack.code).toBe(2);
    expect(pack.stderr).toContain('未知选项 --pack，是不是 --packs？');
    expect((await run('merge', EX, '--ouput', 'x.xlsx')).stderr).toContain('是不是 --out？');
    expect((await run('review', EX, '--summery')).stderr).toContain('是不是 --summary？');
  });

  test('nothing near: no guess', async () => {
    const r = await run('review', EX, '--frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未知选项 --frobnicate');
    expect(r.stderr).not.toContain('是不是');
  });

  test('a bad --kind names the value and the valid ones', async () => {
    const r = await run('template', '--kind', 'demand-from', '--out', path.join(os.tmpdir(), 'never.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('“demand-from”');
    expect(r.stderr).toContain('是不是 demand-form？');
    for (const k of ['demand-form', 'demand-list', 'schedule', 'participants', 'standards', 'ce-register']) expect(r.stderr).toContain(k);
  });

  test('an unknown pack and an unknown command suggest too', async () => {
    expect((await run('review', EX, '--packs', 'zj2071')).stderr).toContain('是不是 zj2017？');
    expect((await run('reveiw', EX)).stderr).toContain('是不是 review？');
  });
});

describe('where it wrote, and the per-file summary', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'px-help-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('every command that writes names what it wrote', async () => {
    const t = path.join(dir, 't.xlsx');
    expect((await run('template', '--kind', 'schedule', '--out', t)).stdout).toContain(`已写出空白表样：${t}`);
    const s = path.join(dir, 's.xlsx');
    expect((await run('merge', path.join(EX, 'zj-clean.xlsx'), '--out', s)).stdout).toContain(`已写入汇总：${s}`);
    const copies = path.join(dir, 'copies');
    const rv = await run('review', path.join(EX, 'zj-clean.xlsx'), path.join(EX, 'sc-plan.xlsx'), '--out', copies);
    expect(rv.stdout).toContain(`已写出标记副本：${path.join(copies, 'zj-clean（已审核）.xlsx')}`);
    expect(rv.stdout).toContain(`已写出标记副本：${path.join(copies, 'sc-plan（已审核）.xlsx')}`);
    for (const f of fs.readdirSync(copies)) expect(readWorkbookBytes(fs.readFileSync(path.join(copies, f)), f).sheets.map((x) => x.name)).toContain('审核结果');
    const ce = path.join(dir, 'ce.xlsx');
    expect((await run('ce', path.join(EX, 'ce-register.xlsx'), '--out', ce)).stdout).toContain(ce);
  });

  test('several --out targets of the same name do not overwrite each other', async () => {
    const a = path.join(dir, 'a');
    const b = path.join(dir, 'b');
    fs.mkdirSync(a);
    fs.mkdirSync(b);
    fs.copyFileSync(path.join(EX, 'zj-clean.xlsx'), path.join(a, '回执.xlsx'));
    fs.copyFileSync(path.join(EX, 'sc-plan.xlsx'), path.join(b, '回执.xlsx'));
    const out = path.join(dir, 'out');
    const r = await run('review', a, b, '--out', out);
    expect(fs.readdirSync(out).sort()).toEqual(['回执（已审核）.xlsx', '回执（已审核）（2）.xlsx']);
    expect(r.stdout).toContain('回执（已审核）（2）.xlsx');
  });

  test('copies written into the reviewed folder never take the name of an input', async () => {
    const folder = path.join(dir, 'returns');
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(EX, 'zj-clean.xlsx'), path.join(folder, 'a.xlsx'));
    fs.copyFileSync(path.join(EX, 'sc-plan.xlsx'), path.join(folder, 'a（已审核）.xlsx'));
    const before = fs.readFileSync(path.join(folder, 'a（已审核）.xlsx'));
    const r = await run('review', folder, '--out', folder);
    expect([0, 1]).toContain(r.code);
    expect(fs.readFileSync(path.join(folder, 'a（已审核）.xlsx')).equals(before)).toBe(true);
    expect(fs.readdirSync(folder).sort()).toEqual(['a.xlsx', 'a（已审核）.xlsx', 'a（已审核）（2）.xlsx', 'a（已审核）（已审核）.xlsx']);
  });

  test('a folder review prints one line per file (errors / warnings / infos) before the details; --summary prints only those', async () => {
    const files = ['zj-clean.xlsx', 'zj-problems.xlsx', 'sc-plan.xlsx'].map((f) => path.join(EX, f));
    const full = await run('review', ...files, '--packs', 'zj2017', '--as-of', '2024-07-01');
    const json = JSON.parse((await run('review', ...files, '--packs', 'zj2017', '--as-of', '2024-07-01', '--json')).stdout) as { findings: { file: string; severity: string }[] };
    const lines = full.stdout.split('\n');
    const firstDetail = lines.findIndex((l) => l.startsWith('文件 '));
    for (const f of files) {
      const n = (sev: string) => json.findings.filter((x) => x.file === f && x.severity === sev).length;
      const i = lines.findIndex((l) => l.endsWith(f) && l.includes('错误'));
      expect(i).toBeGreaterThanOrEqual(0);
      expect(i).toBeLessThan(firstDetail);
      expect(lines[i]).toContain(`错误 ${n('error')}，警告 ${n('warning')}，提示 ${n('info')}`);
    }
    const summary = await run('review', ...files, '--packs', 'zj2017', '--as-of', '2024-07-01', '--summary');
    expect(summary.code).toBe(full.code);
    expect(summary.stdout).not.toMatch(/^文件 /m);
    expect(summary.stdout).not.toContain('[C-');
    expect(summary.stdout.split('\n').filter((l) => /^ {2}.*错误 \d+，警告 \d+，提示 \d+/.test(l))).toHaveLength(3);
    expect(summary.stdout).toMatch(/合计：3 个文件/);
  });
});
