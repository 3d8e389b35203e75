/**
 * Findings in English, built from their parts (Finding.data), not from the Chinese sentence: one template
 * per rule ID. A template returns null when a figure it needs is missing, and then — as for a rule without
 * a template — the Chinese message is used. The clause is not part of the text (shown on its own).
 */
import type { Finding, FindingData } from '../model/findings';

type Template = (d: FindingData) => string | null;

const FIELD_EN = new Map<string, string>([
  ['培训班主题', 'theme'], ['组团单位', 'organising unit'], ['国家（地区）', 'countries (regions)'], ['人数', 'number of people'],
  ['天数', 'number of days'], ['经费预算', 'budget'], ['境外培训机构', 'institution abroad'], ['培训对象', 'participants'],
  ['培训目的', 'purpose'], ['培训主要内容和必要性', 'content and need'], ['联系人', 'contact'], ['电话', 'phone'],
  ['是否有境外资助', 'funding from abroad'], ['是否境外培训合作机构', 'partner institution'],
]);
const PROBLEM_EN = new Map<string, string>([
  ['unreadable', 'cannot be read as a number'], ['error', 'is an Excel error value'], ['not-positive', 'is not positive'], ['not-whole', 'is not a whole number'],
]);

const FIELD_OF_WORK_EN = new Map<string, string>([['立法', 'legislation'], ['司法', 'justice'], ['公安', 'public security'], ['民族', 'ethnic affairs'], ['宗教', 'religion']]);

const str = (d: FindingData, k: string): string | null => (typeof d[k] === 'string' ? (d[k] as string) : null);
const num = (d: FindingData, k: string): number | null => (typeof d[k] === 'number' && Number.isFinite(d[k]) ? (d[k] as number) : null);
const field = (label: string) => FIELD_EN.get(label) ?? label;
const fields = (list: string) => list.split('、').map(field).map((f) => `"${f}"`).join(', ');
const amount = (x: number) => String(Math.round(x * 10000) / 10000);
const pct = (part: number, total: number) => `${((part / total) * 100).toFixed(1)}%`;

/** Every template needs all its figures: `need(d, ['a','b'], (a, b) => …)` gives null when one is missing. */
function need<K extends string>(d: FindingData, keys: readonly K[], f: (v: Record<K, string | number>) => string): string | null {
  const v = {} as Record<K, string | number>;
  for (const k of keys) {
    const x = d[k];
    if (x === undefined || x === null || typeof x === 'boolean') return null;
    v[k] = x;
  }
  return f(v);
}

const TEMPLATES = new Map<string, Template>([
  ['C-REQUIRED', (d) => {
    const list = str(d, 'fields');
    if (!list) return null;
    const projects = num(d, 'projects');
    return projects === null
      ? `Required field${(num(d, 'count') ?? 1) > 1 ? 's' : ''} ${fields(list)} left blank`
      : `Required field(s) ${fields(list)}: blank or no column in the table (${projects} project${projects === 1 ? '' : 's'})`;
  }],
  ['C-NUMBER', (d) => need(d, ['field', 'text', 'problem'], (v) => `${field(String(v.field))} "${v.text}" ${PROBLEM_EN.get(String(v.problem)) ?? String(v.problem)}`)],
  ['C-PHONE', (d) => need(d, ['phone'], (v) => `Phone "${v.phone}" is not a recognisable number (landline with area code, or an 11-digit mobile)`)],
  ['C-CHECKBOX', (d) => need(d, ['question', 'ticked'], (v) => `"${field(String(v.question))}": ${v.ticked === 'both' ? 'both options ticked' : 'neither option ticked'}; tick exactly one`)],
  ['C-SPONSOR', () => 'Funding from abroad is ticked, but the sponsor is not named'],
  ['C-DUPLICATE', (d) => need(d, ['unit', 'theme', 'earlier'], (v) => `"${v.theme}" by "${v.unit}" duplicates the project at ${v.earlier}`)],
  ['C-MODE-MISSING', () =>
    'Training mode not stated (no "培训形式", no "线上" in the title or theme): reviewed as offline, so the online-training checks (most2022-online) did not run; write "线上" under "培训形式" if it is online'],
  ['C-NORMALISED', (d) => need(d, ['content', 'type'], (v) => `Activity type "${v.type}" inferred from the content "${v.content}" (no type given)`)],
  ['SC-GROUP-SIZE', (d) => need(d, ['people', 'maxGroupSize'], (v) => `${v.people} people in the group, more than ${v.maxGroupSize} (as a rule)`)],
  ['SC-DURATION', (d) => need(d, ['days', 'minDays', 'maxDays'], (v) => `${v.days} days of training, outside ${v.minDays}–${v.maxDays} days`)],
  ['SC-RESERVED-FIELD', (d) => need(d, ['text', 'word'], (v) => `"${v.text}" is in the field of ${FIELD_OF_WORK_EN.get(String(v.word)) ?? `"${v.word}"`}: declared by the central authority, not by local units`)],
  ['SC-ORGDEPT-LOCAL', (d) => need(d, ['unit'], (v) => `"${v.unit}" is a prefecture- or county-level Party organisation department, which does not organise training abroad directly`)],
  ['SC-CADRE-LOCAL', (d) => need(d, ['unit', 'category'], (v) => `Category "${v.category}" organised by "${v.unit}", a prefecture-level or lower unit: such units do not organise cadre management training`)],
  ['SC-PARTNER', (d) => need(d, ['category'], (v) => `Category "${v.category}": the institution abroad is not a formal partner of the Ministry of Science and Technology`)],
  ['SC-NO-BUDGET', () => 'Not in the budget for official travel abroad: such units may not apply for training abroad'],
  ['SC-PROHIBITED', (d) =>
    d.kind === 'organiser'
      ? need(d, ['unit', 'word', 'cross'], (v) => `"${v.unit}" (a "${v.word}") organises a "${v.cross}" group: such bodies may not organise cross-region or cross-department groups`)
      : need(d, ['theme', 'word'], (v) => `Theme "${v.theme}" contains "${v.word}" without training content: possibly sightseeing`)],
  ['SC-LAST-SUMMARY', (d) => need(d, ['unit'], (v) => `"${v.unit}" has not sent last year's project summary`)],
  ['MO-CLASS-SIZE', (d) => need(d, ['people', 'maxClassSize'], (v) => `Class of ${v.people} people, more than ${v.maxClassSize} (as a rule)`)],
  ['MO-DURATION', (d) => need(d, ['days', 'maxDays'], (v) => `${v.days} days of training, more than ${v.maxDays} (generally within a week)`)],
  ['MO-FEE', (d) =>
    need(d, ['budgetWan', 'subsidyWan', 'people', 'days', 'country', 'feePerDay', 'currency', 'rate'], (v) =>
      `Budget ${amount(Number(v.budgetWan))} (10k CNY) is above the ministry's subsidy at the standard, ${amount(Number(v.subsidyWan))} ` +
      `(${v.people} people × ${v.days} days × "${v.country}" standard ${amount(Number(v.feePerDay))} ${v.currency} × rate ${v.rate} ÷ 10 000); check what the excess is and who pays it`)],
  ['MO-FEE-UNKNOWN', (d) =>
    d.missing === 'rate'
      ? need(d, ['country', 'currency'], (v) => `No ${v.currency} exchange rate for the "${v.country}" fee standard: the budget could not be checked (add it to the "汇率" sheet)`)
      : need(d, ['country'], (v) => `No fee standard for "${v.country}": the budget could not be checked (add it to the "费用标准" sheet)`)],
  ['MO-DEADLINE', (d) => need(d, ['filedDate', 'deadline'], (v) => `Filed on ${v.filedDate}, after the collection deadline ${v.deadline}`)],
  ['ZJ-RATIO-STUDY', (d) => need(d, ['studyDays', 'totalDays'], (v) => `Study and visits ${v.studyDays} of ${v.totalDays} days abroad (${pct(Number(v.studyDays), Number(v.totalDays))}), less than two thirds`)],
  ['ZJ-RATIO-TOPIC', (d) => need(d, ['topicDays', 'totalDays'], (v) => `Topic training ${v.topicDays} of ${v.totalDays} days abroad (${pct(Number(v.topicDays), Number(v.totalDays))}), less than one third`)],
  ['C-DATES-ORDER', (d) => need(d, ['departDate', 'returnDate'], (v) => `Departure ${v.departDate} is after return ${v.returnDate}: check both dates`)],
  ['CE-ANNUAL-HOURS', (d) =>
    need(d, ['year', 'countedHours', 'requiredHours'], (v) => `${v.year}: ${amount(Number(v.countedHours))} hours counted, fewer than ${amount(Number(v.requiredHours))}`)],
  ['CE-PUBLIC-SHARE', (d) =>
    need(d, ['year', 'publicHours', 'limitHours', 'excessHours'], (v) =>
      `${v.year}: ${amount(Number(v.publicHours))} hours of public subjects, above ${amount(Number(v.limitHours))} ` +
      `(${num(d, 'baseHours') === null ? 'a third of the national requirement' : `the share allowed of the national ${amount(num(d, 'baseHours')!)}`}); ` +
      `the ${amount(Number(v.excessHours))} hours above it ${d.excessCounted === false ? 'are not counted' : 'still count'}`)],
  ['CE-ABROAD-HOURS', (d) =>
    need(d, ['recordedHours', 'days', 'hoursPerDay', 'countedHours'], (v) =>
      `${num(d, 'year') === null ? 'T' : `${num(d, 'year')}: t`}raining abroad recorded as ${amount(Number(v.recordedHours))} hours for ${v.days} days; ${amount(Number(v.hoursPerDay))} a day makes ${amount(Number(v.countedHours))}`)],
  ['CE-FUND-SHARE', (d) =>
    need(d, ['share', 'minShare', 'permittedShare'], (v) =>
      `Staff education fund is ${(Number(v.share) * 100).toFixed(2)}% of the payroll, below ${amount(Number(v.minShare) * 100)}% ` +
      `(enterprises with high technical demands may set aside ${amount(Number(v.permittedShare) * 100)}%)`)],
  ['CAS-ANNUAL-HOURS', (d) => need(d, ['name', 'year', 'hours', 'required'], (v) => `"${v.name}": ${amount(Number(v.hours))} hours of training in ${v.year}, fewer than ${amount(Number(v.required))}`)],
  ['CAS-LEADER-HOURS', (d) => need(d, ['name', 'year', 'hours', 'required'], (v) => `"${v.name}" (institute-level leader): ${amount(Number(v.hours))} hours of training in ${v.year}, fewer than ${amount(Number(v.required))}`)],
]);

/** The English text of a finding, or null when its rule has no template or the finding lacks the figures. */
export function englishMessage(f: Pick<Finding, 'ruleId' | 'data'>): string | null {
  const t = TEMPLATES.get(f.ruleId);
  if (!t || !f.data) return null;
  try {
    return t(f.data);
  } catch {
    return null;
  }
}

/** The Chinese message without its `（clause）`, for views that show the clause on its own line. */
export function messageWithoutClause(f: Pick<Finding, 'message' | 'clause'>): string {
  if (!f.clause) return f.message;
  const cited = `（${f.clause}）`;
  const at = f.message.lastIndexOf(cited);
  return at < 0 ? f.message : f.message.slice(0, at) + f.message.slice(at + cited.length);
}

/**
 * The message in the interface language, without the clause (shown once, on its own): English from the
 * template where there is one, else the Chinese message.
 */
export function findingText(f: Pick<Finding, 'ruleId' | 'data' | 'message' | 'clause'>, lang: 'zh' | 'en'): string {
  return (lang === 'en' && englishMessage(f)) || messageWithoutClause(f);
}

/** Rule IDs with an English template (for tests and docs). */
export const ENGLISH_RULES: readonly string[] = [...TEMPLATES.keys()];
