/**
 * Findings carry their parts (Finding.data) and render in English from them: every rule of common (but the
 * schedule rules), sc2020, most2022-online and cas gives data, and its English template uses it; a rule
 * without a template, or a finding without the figures, falls back to the Chinese message. The clause is
 * never part of the text shown (views show it once, on its own).
 */
import { runPacks } from '../../../src/core/rules/runner';
import { ENGLISH_RULES, englishMessage, findingText, messageWithoutClause } from '../../../src/core/rules/englishMessages';
import type { Finding } from '../../../src/core/model/findings';
import { rate } from './builders';
import { register, row } from '../ce/helpers';
import { run, scSample } from './englishSample';


/** Findings of (nearly) every rule these packs have, from projects made to break them. */
function sample(): Finding[] {
  const sc = scSample();
  const mo = run(
    [
      { mode: 'online', people: 160, days: 10, countries: ['美国'], budgetWan: 999, filedDate: '2022-06-25' },
      { mode: 'online', countries: ['法国'] },
      { mode: 'online', countries: ['美国'] },
      { text: { phone: '8888', contact: '' }, people: { bad: '若干' }, hasSponsor: { yes: true, no: false }, isPartner: { yes: true, no: true } },
      { text: { contact: '' } },
    ],
    ['most2022-online'],
    { rates: [] },
  ).concat(run([{ mode: 'online', countries: ['美国'], people: 10, days: 5, budgetWan: 4 }], ['most2022-online'], { rates: [rate('USD', 7.1)] }));
  const dup = run([{ key: 'a' }, { key: 'b' }], []);
  const cas = runPacks(register([row('张三', 'A', 60), row('李四', 'B', 100, { category: '所局级领导人员' })]), { packs: ['cas'], asOf: '2025-01-01' });
  return [...sc, ...mo, ...dup, ...cas];
}

const CJK = /[\u4e00-\u9fff]/;

describe('English findings from their parts', () => {
  const all = sample();
  const ids = new Set(all.map((f) => f.ruleId));

  it('the sample meets every rule with a template but the ZJ ones (other packs give their own data)', () => {
    for (const id of ENGLISH_RULES.filter((x) => !/^(ZJ-|CE-|C-DATES-ORDER)/.test(x) && x !== 'C-NORMALISED')) expect([id, ids.has(id)]).toEqual([id, true]);
  });

  it('every finding of these rules carries data, and renders in English from it', () => {
    const mine = all.filter((f) => /^(C-(REQUIRED|NUMBER|PHONE|CHECKBOX|SPONSOR|DUPLICATE|MODE-MISSING)|SC-|MO-|CAS-(ANNUAL|LEADER))/.test(f.ruleId));
    expect(mine.length).toBeGreaterThan(20);
    for (const f of mine) {
      expect([f.ruleId, f.data !== undefined]).toEqual([f.ruleId, true]);
      const en = englishMessage(f);
      expect([f.ruleId, en === null]).toEqual([f.ruleId, false]);
      // English apart from the names and values it quotes from the workbook
      expect([f.ruleId, CJK.test(en!.replace(/"[^"]*"/g, '').replace(/ at \S+!/, ' at '))]).toEqual([f.ruleId, false]);
    }
  });

  it('MO-FEE in English says the subsidy at the standard, with the figures', () => {
    const f = all.find((x) => x.ruleId === 'MO-FEE' && x.data?.people === 10)!;
    expect(englishMessage(f)).toBe(
      `Budget 4 (10k CNY) is above the ministry's subsidy at the standard, 3.0885 (10 people × 5 days × "美国" standard 87 USD × rate 7.1 ÷ 10 000); check what the excess is and who pays it`,
    );
  });

  it('SC-ORGDEPT-LOCAL and SC-GROUP-SIZE in English', () => {
    expect(englishMessage(all.find((x) => x.ruleId === 'SC-ORGDEPT-LOCAL')!)).toBe(
      '"中共成都市委组织部" is a prefecture- or county-level Party organisation department, which does not organise training abroad directly',
    );
    expect(englishMessage(all.find((x) => x.ruleId === 'SC-GROUP-SIZE')!)).toBe('25 people in the group, more than 20 (as a rule)');
  });

  it('falls back to the Chinese message, without its clause, when there is no template or no figures', () => {
    const f: Finding = { ruleId: 'SC-GROUP-SIZE', severity: 'warning', file: 'a', sheet: 'S', cell: 'A1', message: '每团申报人数25人，超过20人（某通知 四(三)）', clause: '某通知 四(三)' };
    expect(englishMessage(f)).toBeNull();
    expect(findingText(f, 'en')).toBe('每团申报人数25人，超过20人');
    expect(findingText({ ...f, data: { people: 25 } }, 'en')).toBe('每团申报人数25人，超过20人'); // maxGroupSize missing
    expect(findingText({ ...f, data: { people: 25, maxGroupSize: 20 } }, 'en')).toBe('25 people in the group, more than 20 (as a rule)');
    expect(findingText({ ...f, ruleId: 'X-NONE', data: { people: 25 } }, 'en')).toBe('每团申报人数25人，超过20人');
    expect(findingText({ ...f, data: { people: 25, maxGroupSize: 20 } }, 'zh')).toBe('每团申报人数25人，超过20人');
  });

  it('templates for the figures other packs give (CE, C-DATES-ORDER), used once their findings carry them', () => {
    const f = (ruleId: string, data: Finding['data']) => englishMessage({ ruleId, data });
    expect(f('CE-ANNUAL-HOURS', { year: 2024, countedHours: 71.5, requiredHours: 72, shortfallHours: 0.5 })).toBe('2024: 71.5 hours counted, fewer than 72');
    expect(f('CE-PUBLIC-SHARE', { year: 2024, publicHours: 30, limitHours: 24, excessHours: 6, excessCounted: true })).toBe(
      '2024: 30 hours of public subjects, above 24 (a third of the national requirement); the 6 hours above it still count',
    );
    expect(f('CE-PUBLIC-SHARE', { year: 2024, publicHours: 30, limitHours: 24, excessHours: 6, excessCounted: false })).toContain('are not counted');
    expect(f('CE-FUND-SHARE', { fund: 1, payroll: 100, share: 0.01, minShare: 0.015, permittedShare: 0.025 })).toBe(
      'Staff education fund is 1.00% of the payroll, below 1.5% (enterprises with high technical demands may set aside 2.5%)',
    );
    expect(f('CE-ABROAD-HOURS', { year: 2024, recordedHours: 40, days: 10, hoursPerDay: 6, countedHours: 60 })).toBe('2024: training abroad recorded as 40 hours for 10 days; 6 a day makes 60');
    expect(f('C-DATES-ORDER', { departDate: '2024-05-02', returnDate: '2024-05-01' })).toBe('Departure 2024-05-02 is after return 2024-05-01: check both dates');
    expect(f('CE-ANNUAL-HOURS', { year: 2024 })).toBeNull();
  });

  it('takes the clause out once, wherever it sits in the message', () => {
    expect(messageWithoutClause({ message: '甲（条款）；另有2行', clause: '条款' })).toBe('甲；另有2行');
    expect(messageWithoutClause({ message: '甲', clause: '条款' })).toBe('甲');
    expect(messageWithoutClause({ message: '甲（条款）' })).toBe('甲（条款）');
  });
});
