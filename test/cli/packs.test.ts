/** `peixun review` / `peixun merge` without --packs: the packs the content suggests, said on stderr and in --json. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from './helpers';

const ex = (name: string) => path.join(__dirname, '../../examples', name);

describe('pack suggestion on the command line', () => {
  test('review without --packs runs the suggested packs per file and says which and why', async () => {
    const r = await run('review', ex('sc-plan.xlsx'), ex('most-online-form.xlsx'), '--as-of', '2024-07-01', '--json');
    const json = JSON.parse(r.stdout);
    expect(json.packs.used).toEqual(['common', 'zj2017', 'sc2020', 'most2022-online']);
    expect(json.packs.fromSuggestion).toBe(true);
    expect(json.packs.reasons.map((x: { pack: string }) => x.pack)).toEqual(['zj2017', 'sc2020', 'most2022-online']);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('按内容选用');
    expect(r.stderr).toContain('sc2020（组团单位“四川省农业科学院”含“四川”');
    const ids = (file: string) => new Set(json.findings.filter((f: { file: string }) => f.file === ex(file)).map((f: { ruleId: string }) => f.ruleId));
    // per file: the Sichuan plan is not reviewed against Zhejiang or MOST rules, nor the online form against Sichuan's
    expect([...ids('sc-plan.xlsx')].some((id) => /^(ZJ|MO)-/.test(id as string))).toBe(false);
    expect(ids('sc-plan.xlsx').has('SC-ORGDEPT-LOCAL')).toBe(true);
    expect([...ids('most-online-form.xlsx')].some((id) => /^SC-/.test(id as string))).toBe(false);
    expect(ids('most-online-form.xlsx').has('MO-FEE')).toBe(true);
    // findings carry their figures in --json
    const fee = json.findings.find((f: { ruleId: string }) => f.ruleId === 'MO-FEE');
    expect(fee.data).toMatchObject({ people: 160, days: 10, budgetWan: 120 });
  });
  test('review with --packs runs exactly those, and prints no suggestion line', async () => {
    const r = await run('review', ex('sc-plan.xlsx'), '--packs', 'zj2017', '--as-of', '2024-07-01', '--json');
    const json = JSON.parse(r.stdout);
    expect(json.packs).toMatchObject({ used: ['common', 'zj2017'], suggested: ['sc2020'], fromSuggestion: false });
    expect(r.stderr).toBe('');
    expect(json.findings.some((f: { ruleId: string }) => f.ruleId.startsWith('SC-'))).toBe(false);
  });
  test('merge without --packs says which packs ran', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-packs-'));
    const r = await run('merge', ex('sc-plan.xlsx'), '--out', path.join(dir, 's.xlsx'), '--as-of', '2024-07-01', '--json', '--jobs', '1');
    expect(r.stderr).toContain('按内容选用：common、sc2020');
    expect(JSON.parse(r.stdout).packs.used).toEqual(['common', 'sc2020']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('the bundled examples as `npm run examples` reviews them (no --packs)', () => {
  test('each file runs the packs its content suggests; the SC-/MO- findings are exactly those RULES.md revision 2 gives', async () => {
    const files = ['zj-clean.xlsx', 'zj-problems.xlsx', 'most-online-form.xlsx', 'sc-plan.xlsx', 'sc-plan-gbk.csv'].map(ex);
    const r = await run('review', ...files, '--as-of', '2024-07-01', '--json');
    const json = JSON.parse(r.stdout) as { findings: { ruleId: string; file: string; sheet: string; cell: string; severity: string }[] };
    const mine = (file: string) =>
      json.findings
        .filter((f) => f.file === ex(file) && /^(SC-|MO-|C-MODE-MISSING)/.test(f.ruleId))
        .map((f) => `${f.ruleId}:${f.severity}@${f.cell}`)
        .sort();
    expect(mine('zj-clean.xlsx')).toEqual([]);
    // the clean Zhejiang example is clean: no error or warning of any pack (a note only)
    expect(json.findings.filter((f) => f.file === ex('zj-clean.xlsx') && f.severity !== 'info').map((f) => `${f.ruleId}@${f.cell}`)).toEqual([]);
    expect(mine('zj-problems.xlsx')).toEqual([]);
    // the online form (培训形式 线上): the 001 limits, MO-FEE a warning
    expect(mine('most-online-form.xlsx')).toEqual(['MO-CLASS-SIZE:warning@D6', 'MO-DEADLINE:warning@B14', 'MO-DURATION:warning@F6', 'MO-FEE:warning@B7']);
    // the Sichuan plan: 成都市公安局 (综合管理类, 25 people, 10 days, 公安), 绵阳市委组织部 (SC-ORGDEPT-LOCAL, not SC-CADRE-LOCAL)
    expect(mine('sc-plan.xlsx')).toEqual([
      'SC-CADRE-LOCAL:warning@B5', 'SC-DURATION:error@F5', 'SC-GROUP-SIZE:warning@E5', 'SC-NO-BUDGET:error@I6', 'SC-ORGDEPT-LOCAL:error@B6',
      'SC-PARTNER:warning@K5', 'SC-PARTNER:warning@K7', 'SC-PROHIBITED:warning@B7', 'SC-PROHIBITED:warning@C7', 'SC-RESERVED-FIELD:warning@C5',
    ]);
    expect(mine('sc-plan-gbk.csv').map((x) => x.split('@')[0])).toEqual(mine('sc-plan.xlsx').map((x) => x.split('@')[0]));
  });
});
