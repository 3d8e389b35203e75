/**
 * Every English template, word for word, from the figures a finding carries (Finding.data); and, on findings
 * the rules really give, the English text names the same figures as the Chinese message. Found by mutation
 * testing: the templates were reached, but no test read what they said (docs/MUTATION.md).
 */
import { runPacks } from '../../../src/core/rules/runner';
import { ENGLISH_RULES, englishMessage, findingText, messageWithoutClause } from '../../../src/core/rules/englishMessages';
import type { Finding } from '../../../src/core/model/findings';
import { dailySchedule, project, rate, standard, workbook } from './builders';
import { register, row } from '../ce/helpers';
import { run, scSample } from './englishSample';

const CASES: [string, Record<string, unknown>, string][] = [
  ['C-REQUIRED', { fields: '培训班主题、联系人', count: 2 }, "Required fields \"theme\", \"contact\" left blank"],
  ['C-REQUIRED', { fields: '电话', count: 1 }, "Required field \"phone\" left blank"],
  ['C-REQUIRED', { fields: '电话' }, "Required field \"phone\" left blank"],
  ['C-REQUIRED', { fields: '境外培训机构', projects: 1 }, "Required field(s) \"institution abroad\": blank or no column in the table (1 project)"],
  ['C-REQUIRED', { fields: '境外培训机构、某列', projects: 12 }, "Required field(s) \"institution abroad\", \"某列\": blank or no column in the table (12 projects)"],
  ['C-NUMBER', { field: '人数', text: '若干', problem: 'unreadable' }, "number of people \"若干\" cannot be read as a number"],
  ['C-NUMBER', { field: '天数', text: '0', problem: 'not-positive' }, "number of days \"0\" is not positive"],
  ['C-NUMBER', { field: '折合', text: '1.5', problem: 'odd' }, "折合 \"1.5\" odd"],
  ['C-PHONE', { phone: '8888' }, "Phone \"8888\" is not a recognisable number (landline with area code, or an 11-digit mobile)"],
  ['C-CHECKBOX', { question: '是否有境外资助', ticked: 'both' }, "\"funding from abroad\": both options ticked; tick exactly one"],
  ['C-CHECKBOX', { question: '是否境外培训合作机构', ticked: 'none' }, "\"partner institution\": neither option ticked; tick exactly one"],
  ['C-SPONSOR', {}, "Funding from abroad is ticked, but the sponsor is not named"],
  ['C-DUPLICATE', { unit: '浙江省科学技术厅', theme: '智能制造专题培训班', earlier: '需求表!A2' }, "\"智能制造专题培训班\" by \"浙江省科学技术厅\" duplicates the project at 需求表!A2"],
  ['C-MODE-MISSING', {}, "Training mode not stated (no \"培训形式\", no \"线上\" in the title or theme): reviewed as offline, so the online-training checks (most2022-online) did not run; write \"线上\" under \"培训形式\" if it is online"],
  ['C-NORMALISED', { content: '参观宝马工厂', type: '对口考察' }, "Activity type \"对口考察\" inferred from the content \"参观宝马工厂\" (no type given)"],
  ['SC-GROUP-SIZE', { people: 25, maxGroupSize: 20 }, "25 people in the group, more than 20 (as a rule)"],
  ['SC-DURATION', { days: 25, minDays: 7, maxDays: 21 }, "25 days of training, outside 7–21 days"],
  ['SC-RESERVED-FIELD', { text: '宗教事务管理专题培训', word: '宗教' }, "\"宗教事务管理专题培训\" is in the field of religion: declared by the central authority, not by local units"],
  ['SC-RESERVED-FIELD', { text: '外事管理专题培训', word: '外事' }, "\"外事管理专题培训\" is in the field of \"外事\": declared by the central authority, not by local units"],
  ['SC-ORGDEPT-LOCAL', { unit: '中共成都市委组织部' }, "\"中共成都市委组织部\" is a prefecture- or county-level Party organisation department, which does not organise training abroad directly"],
  ['SC-CADRE-LOCAL', { unit: '成都市科学技术局', category: '党政干部综合管理类' }, "Category \"党政干部综合管理类\" organised by \"成都市科学技术局\", a prefecture-level or lower unit: such units do not organise cadre management training"],
  ['SC-PARTNER', { category: '综合管理类' }, "Category \"综合管理类\": the institution abroad is not a formal partner of the Ministry of Science and Technology"],
  ['SC-NO-BUDGET', {}, "Not in the budget for official travel abroad: such units may not apply for training abroad"],
  ['SC-PROHIBITED', { kind: 'organiser', unit: '四川省旅游协会', word: '协会', cross: '跨地区' }, "\"四川省旅游协会\" (a \"协会\") organises a \"跨地区\" group: such bodies may not organise cross-region or cross-department groups"],
  ['SC-PROHIBITED', { kind: 'theme', theme: '旅游观光团', word: '观光' }, "Theme \"旅游观光团\" contains \"观光\" without training content: possibly sightseeing"],
  ['SC-LAST-SUMMARY', { unit: '成都市科学技术局' }, "\"成都市科学技术局\" has not sent last year's project summary"],
  ['MO-CLASS-SIZE', { people: 160, maxClassSize: 150 }, "Class of 160 people, more than 150 (as a rule)"],
  ['MO-DURATION', { days: 10, maxDays: 7 }, "10 days of training, more than 7 (generally within a week)"],
  ['MO-FEE', { budgetWan: 4, subsidyWan: 3.0885, people: 10, days: 5, country: '美国', feePerDay: 87, currency: 'USD', rate: 7.1 }, "Budget 4 (10k CNY) is above the ministry's subsidy at the standard, 3.0885 (10 people × 5 days × \"美国\" standard 87 USD × rate 7.1 ÷ 10 000); check what the excess is and who pays it"],
  ['MO-FEE-UNKNOWN', { missing: 'rate', country: '美国', currency: 'USD' }, "No USD exchange rate for the \"美国\" fee standard: the budget could not be checked (add it to the \"汇率\" sheet)"],
  ['MO-FEE-UNKNOWN', { missing: 'standard', country: '法国' }, "No fee standard for \"法国\": the budget could not be checked (add it to the \"费用标准\" sheet)"],
  ['MO-DEADLINE', { filedDate: '2022-06-25', deadline: '2022-06-20' }, "Filed on 2022-06-25, after the collection deadline 2022-06-20"],
  ['ZJ-RATIO-STUDY', { studyDays: 9, totalDays: 15 }, "Study and visits 9 of 15 days abroad (60.0%), less than two thirds"],
  ['ZJ-RATIO-TOPIC', { topicDays: 4, totalDays: 15 }, "Topic training 4 of 15 days abroad (26.7%), less than one third"],
  ['C-DATES-ORDER', { departDate: '2024-05-02', returnDate: '2024-05-01' }, "Departure 2024-05-02 is after return 2024-05-01: check both dates"],
  ['CE-ANNUAL-HOURS', { year: 2024, countedHours: 71.5, requiredHours: 72 }, "2024: 71.5 hours counted, fewer than 72"],
  ['CE-PUBLIC-SHARE', { year: 2024, publicHours: 30, limitHours: 24, excessHours: 6, excessCounted: false }, "2024: 30 hours of public subjects, above 24 (a third of the national requirement); the 6 hours above it are not counted"],
  ['CE-PUBLIC-SHARE', { year: 2024, publicHours: 30, limitHours: 24, baseHours: 72, excessHours: 6, excessCounted: true }, "2024: 30 hours of public subjects, above 24 (the share allowed of the national 72); the 6 hours above it still count"],
  ['CE-ABROAD-HOURS', { recordedHours: 40, days: 10, hoursPerDay: 6, countedHours: 60 }, "Training abroad recorded as 40 hours for 10 days; 6 a day makes 60"],
  ['CE-ABROAD-HOURS', { year: 2024, recordedHours: 40, days: 10, hoursPerDay: 6, countedHours: 60 }, "2024: training abroad recorded as 40 hours for 10 days; 6 a day makes 60"],
  ['CE-ABROAD-HOURS', { year: null, recordedHours: 40, days: 10, hoursPerDay: 6, countedHours: 60 }, "Training abroad recorded as 40 hours for 10 days; 6 a day makes 60"],
  ['CE-FUND-SHARE', { share: 0.0123, minShare: 0.015, permittedShare: 0.025 }, "Staff education fund is 1.23% of the payroll, below 1.5% (enterprises with high technical demands may set aside 2.5%)"],
  ['CAS-ANNUAL-HOURS', { name: '张三', year: 2024, hours: 60, required: 90 }, "\"张三\": 60 hours of training in 2024, fewer than 90"],
  ['CAS-LEADER-HOURS', { name: '李四', year: 2024, hours: 100, required: 110 }, "\"李四\" (institute-level leader): 100 hours of training in 2024, fewer than 110"],
];

describe('English templates, word for word', () => {
  it('one case at least for every rule with a template', () => {
    expect([...new Set(CASES.map((c) => c[0]))].sort()).toEqual([...ENGLISH_RULES].sort());
  });
  it.each(CASES)('%s %j', (ruleId, data, text) => {
    expect(englishMessage({ ruleId, data: data as Finding['data'] })).toBe(text);
  });
  it('a figure that is not a finite number, or a flag where a figure belongs, leaves the Chinese message', () => {
    expect(englishMessage({ ruleId: 'SC-GROUP-SIZE', data: { people: 25, maxGroupSize: null } })).toBeNull();
    expect(englishMessage({ ruleId: 'SC-GROUP-SIZE', data: { people: 25, maxGroupSize: true } })).toBeNull();
    expect(englishMessage({ ruleId: 'C-REQUIRED', data: { count: 2 } })).toBeNull();
    expect(englishMessage({ ruleId: 'C-REQUIRED', data: { fields: '', count: 0 } })).toBeNull();
    expect(englishMessage({ ruleId: 'C-REQUIRED', data: { fields: '电话', count: Number.NaN } })).toBe('Required field "phone" left blank');
    expect(englishMessage({ ruleId: 'C-REQUIRED', data: { fields: '电话', projects: '3' } })).toBe('Required field "phone" left blank');
    expect(englishMessage({ ruleId: 'C-REQUIRED', data: { fields: '电话', projects: Number.POSITIVE_INFINITY } })).toBe('Required field "phone" left blank');
  });
});

/** The numbers a text names (an ISO date is its year, month and day; `10 000` is 10000), as a sorted list. */
function figures(text: string): number[] {
  return (text.replace(/(\d) (?=\d{3}\b)/g, '$1').match(/\d+(?:\.\d+)?/g) ?? []).map(Number).sort((a, b) => a - b);
}


function realFindings(): Finding[] {
  const sc = scSample();
  const mo = run(
    [
      { mode: 'online', people: 160, days: 10, countries: ['美国'], budgetWan: 999, filedDate: '2022-06-25' },
      { mode: 'online', countries: ['法国'] },
      { text: { phone: '8888', contact: '' }, people: { bad: '若干' }, hasSponsor: { yes: true, no: false }, isPartner: { yes: true, no: true } },
      { departDate: '2024-05-02', returnDate: '2024-05-01' },
    ],
    ['most2022-online'],
    { rates: [rate('USD', 7.1)], standards: [standard('美国', 'USD', 87)] },
  ).concat(run([{ mode: 'online', countries: ['日本'] }], ['most2022-online'], { rates: [], standards: [standard('日本', 'JPY', 15000)] }));
  const zj = runPacks(
    workbook({ projects: [project({ key: 'Z', days: 15 })], schedules: [dailySchedule('Z', '2024-06-03', 15, (i) => (i < 9 ? (i < 4 ? '专题培训' : '对口考察') : '休整'))] }),
    { packs: ['zj2017'], asOf: '2024-06-01' },
  );
  const cas = runPacks(register([row('张三', 'A', 60), row('李四', 'B', 100, { category: '所局级领导人员' })]), { packs: ['cas'], asOf: '2025-01-01' });
  const ce = runPacks(register([row('王五', '330102198001010011', 40), row('赵六', '330102198001010022', 40, { subject: '公需科目' }), row('赵六', '330102198001010022', 40), row('钱七', '330102198001010033', 20, { form: '境外培训', days: 10 })]), { packs: ['ce2007'], asOf: '2025-01-01' });
  return [...sc, ...mo, ...zj, ...cas, ...ce];
}

describe('English findings name the figures of the Chinese ones', () => {
  const all = realFindings().filter((f) => ENGLISH_RULES.includes(f.ruleId));
  it('the sample meets most rules with a template', () => {
    const ids = new Set(all.map((f) => f.ruleId));
    for (const id of ['ZJ-RATIO-STUDY', 'ZJ-RATIO-TOPIC', 'MO-FEE', 'MO-FEE-UNKNOWN', 'CE-PUBLIC-SHARE', 'CE-ABROAD-HOURS', 'CAS-LEADER-HOURS', 'C-DATES-ORDER', 'SC-DURATION']) expect([id, ids.has(id)]).toEqual([id, true]);
    expect(ids.size).toBeGreaterThanOrEqual(25);
  });
  it('each English message names every figure its Chinese message does', () => {
    const missing: [string, string, number[]][] = [];
    for (const f of all) {
      const en = englishMessage(f);
      expect([f.ruleId, en === null]).toEqual([f.ruleId, false]);
      const inEn = figures(en!);
      const lost = figures(messageWithoutClause(f)).filter((n) => !inEn.includes(n));
      if (lost.length) missing.push([f.ruleId, f.message, lost]);
    }
    expect(missing).toEqual([]);
  });
});

describe('the clause taken out of the Chinese message', () => {
  it('also at its very start; a finding without a clause keeps its brackets', () => {
    expect(messageWithoutClause({ message: '（某通知 一）日程缺少日期', clause: '某通知 一' })).toBe('日程缺少日期');
    expect(messageWithoutClause({ message: '星期“（）”无法识别', clause: '' })).toBe('星期“（）”无法识别');
    expect(findingText({ ruleId: 'C-SCHEDULE-DATES', message: '星期“（）”无法识别', clause: '' }, 'en')).toBe('星期“（）”无法识别');
  });
});
