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
