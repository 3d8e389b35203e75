/**
 * Labels and their synonyms (FORMS.md): fields are found by label, compared after removing spaces
 * and line breaks, unifying full- and half-width brackets and colons, dropping a trailing colon and a
 * unit in brackets (`（万元）`, `（人）`, `（天）`) — the unit is kept for conversion.
 *
 * The synonym tables are data: one object per sheet kind, English field key → Chinese labels.
 */
import type { DemandField } from '../model/records';
import { isSpaceCode, removeSpaces, SPACE_CODES, toHalfWidth } from './text';

export interface NormalisedLabel {
  /** The label as compared: half-width, no spaces, no trailing colon, no unit in brackets. */
  key: string;
  /** The unit that was in brackets (`万元`, `元`, `人`, `天`, …), or null. */
  unit: string | null;
}

/** Units that may sit in brackets after a label. */
const LABEL_UNITS = ['万元', '元', '人民币元', '人民币万元', '元人民币', '万元人民币', '人', '名', '天', '日', '个', '学时', '小时', '%'];
const UNIT_TAIL = new RegExp(`\\((?:单位:)?(${LABEL_UNITS.map((u) => u.replace(/[%]/g, '\\$&')).join('|')})\\)$`);

// Two generations, so that a pass over a large sheet of distinct texts does not evict the labels.
let cache = new Map<string, NormalisedLabel>();
let older = new Map<string, NormalisedLabel>();
const CACHE_SIZE = 50000;

/** True when normaliseLabel would change nothing: no space, full-width form, bracket, star, colon or unit tail. */
function isPlainLabel(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c <= 0x20 || c === 0x2a /* * */ || c === 0x3a /* : */ || c === 0x29 /* ) */) return false;
    } else if (isSpaceCode(c) || (c >= 0xff01 && c <= 0xff5e) || c === 0x3010 || c === 0x3011 || c === 0x3014 || c === 0x3015 || c === 0x203b) return false;
  }
  return true;
}

export function normaliseLabel(text: string): NormalisedLabel {
  const hit = cache.get(text);
  if (hit) return hit;
  const old = older.get(text);
  const out = old ?? normaliseLabelUncached(text);
  if (cache.size >= CACHE_SIZE) {
    older = cache;
    cache = new Map();
  }
  cache.set(text, out);
  return out;
}

function normaliseLabelUncached(text: string): NormalisedLabel {
  if (isPlainLabel(text)) return { key: text, unit: null };
  let key = removeSpaces(toHalfWidth(text))
    .replace(/[【〔［]/g, '(')
    .replace(/[】〕］]/g, ')')
    .replace(/^[*＊※]+|[*＊※]+$/g, '')
    .replace(/:+$/, '');
  let unit: string | null = null;
  const m = UNIT_TAIL.exec(key);
  if (m && m.index > 0) {
    unit = m[1].replace(/^人民币/, '').replace(/人民币$/, '');
    key = key.slice(0, m.index).replace(/:+$/, '');
  }
  key = key.replace(/^[*]+|[*]+$/g, '');
  return { key, unit };
}

/**
 * The char code that normaliseLabel(text).key starts with, found without normalising (-1 when the
 * key would be empty): leading spaces and stars are skipped, full-width forms made half-width,
 * 【〔 read as `(` and 】〕 as `)`. Lets a lookup reject most cell texts (contents, names, dates)
 * before building their key.
 */
export function labelHead(text: string): number {
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c === 0x2a || c === 0x203b) continue;
    if (c === 0x3010 || c === 0x3014) return 0x28;
    if (c === 0x3011 || c === 0x3015) return 0x29;
    return c;
  }
  return -1;
}

/** The first char codes of a set of label keys (for labelHead). */
function headsOf(keys: Iterable<string>): Set<number> {
  const s = new Set<number>();
  for (const k of keys) if (k !== '') s.add(k.charCodeAt(0));
  return s;
}

/** 需求表 fields → labels (FORMS.md table), plus a few forms units use. */
export const DEMAND_LABELS: Record<DemandField, string[]> = {
  projectId: ['项目编号', '编号', '项目代码'],
  adminDept: ['归口管理部门', '归口部门', '主管部门', '归口管理单位'],
  plannedTime: ['预计办班时间', '办班时间', '计划出访时间', '出访时间', '培训时间', '计划办班时间', '预计出访时间'],
  theme: ['培训班主题', '培训主题', '项目名称', '培训项目名称', '团组名称', '培训班名称'],
  unit: ['组团单位', '申报单位', '派出单位'],
  contact: ['联系人', '项目联系人'],
  phone: ['电话', '联系电话', '手机', '联系方式', '手机号码', '电话号码'],
  countries: ['国家（地区）', '国家/地区', '国家', '出访国家', '出访国家（地区）', '培训国家', '赴往国家', '国家或地区', '培训国家（地区）', '出访国家/地区', '国别'],
  people: ['人数', '团组人数', '参训人数', '申报人数', '培训人数', '出访人数'],
  days: ['天数', '在外天数', '培训天数', '在外停留天数', '在外时间', '停留天数'],
  budget: ['经费预算', '预算', '经费预算（万元）', '预算经费', '经费', '培训经费预算'],
  hasSponsor: ['是否有境外资助', '境外资助', '有无境外资助'],
  sponsor: ['资助方', '境外资助方'],
  targets: ['培训对象', '参训对象'],
  institution: ['境外培训机构', '培训机构', '承办机构', '境外承办机构', '境外合作机构名称'],
  isPartner: ['是否境外培训合作机构', '是否合作机构'],
  purpose: ['培训目的'],
  content: ['培训主要内容和必要性', '主要内容和必要性', '培训内容', '培训主要内容', '培训内容和必要性'],
  mode: ['培训形式'],
  category: ['项目类别', '团组类别', '项目类型'],
  civilServants: ['公务员人数', '其中公务员', '其中公务员人数', '其中:公务员'],
  inBudget: ['是否纳入因公出国（境）经费预算', '是否有出国经费预算', '是否纳入经费预算', '是否纳入因公出国经费预算'],
  filedDate: ['填报日期', '申报日期', '填表日期'],
  departDate: ['出发日期', '出境日期', '出访日期'],
  returnDate: ['回国日期', '入境日期', '返回日期'],
  noticeStart: ['公示开始日期', '公示开始', '公示起始日期'],
  noticeEnd: ['公示结束日期', '公示结束', '公示截止日期'],
  reportDate: ['总结报送日期', '绩效自评日期', '总结报送时间'],
  adminContact: ['归口管理部门联系人', '归口部门联系人'],
  adminPhone: ['归口管理部门联系电话', '归口部门联系电话', '归口管理部门电话'],
};

/** 公示期 as a range (FORMS.md: 公示开始 / 公示结束 … 公示期 (a range)). */
export const NOTICE_PERIOD_LABELS = ['公示期', '公示时间', '公示期间'];

/** 序号 of a list. */
export const SEQ_LABELS = ['序号', '编号序号', 'No', 'No.', 'NO', 'NO.'];

export type ScheduleField =
  | 'date'
  | 'dayNumber'
  | 'weekday'
  | 'slot'
  | 'city'
  | 'country'
  | 'content'
  | 'type'
  | 'teacher'
  | 'projectId'
  | 'theme';

export const SCHEDULE_LABELS: Record<ScheduleField, string[]> = {
  date: ['日期', '时间', '培训日期', '日程日期'],
  dayNumber: ['天次', '第几天', '日程天数', '天'],
  weekday: ['星期', '星期几', '周次'],
  slot: ['时段', '上下午', '时间段', '上午/下午'],
  city: ['城市', '地点', '所在城市', '培训地点', '城市（地点）', '所在地'],
  country: ['国家', '国家（地区）', '国家/地区', '所在国家'],
  content: ['内容', '培训内容', '日程安排', '活动内容', '主要内容', '日程内容', '活动安排', '学习内容'],
  type: ['类型', '活动类型', '形式', '日程类型', '类别'],
  teacher: ['授课机构', '机构', '授课人', '主讲', '主讲人', '授课单位', '授课老师', '授课教师', '拜访机构'],
  projectId: ['项目编号', '编号'],
  theme: ['培训班主题', '培训主题', '项目名称', '培训项目名称', '团组名称'],
};

export type ParticipantField =
  | 'name'
  | 'gender'
  | 'birth'
  | 'age'
  | 'workUnit'
  | 'position'
  | 'civilServant'
  | 'predeparture'
  | 'idNumber'
  | 'projectId'
  | 'theme';

export const PARTICIPANT_LABELS: Record<ParticipantField, string[]> = {
  name: ['姓名', '学员姓名', '人员姓名'],
  gender: ['性别'],
  birth: ['出生年月', '出生日期', '出生年月日'],
  age: ['年龄'],
  workUnit: ['工作单位', '单位', '所在单位', '工作单位及职务'],
  position: ['职务/职称', '职务', '职称', '职务职称', '职务（职称）'],
  civilServant: ['是否公务员（含参公）', '是否公务员', '是否公务员(含参公)', '是否参公', '公务员（含参公）', '是否公务员或参公人员'],
  predeparture: ['行前教育日期', '行前教育', '行前教育时间', '参加行前教育日期'],
  idNumber: ['身份证号', '身份证号码', '护照号'],
  projectId: ['项目编号', '编号'],
  theme: ['培训班主题', '培训主题', '项目名称', '培训项目名称', '团组名称'],
};

export type CeRegisterField =
  | 'name'
  | 'idNumber'
  | 'staffNumber'
  | 'unit'
  | 'year'
  | 'subject'
  | 'form'
  | 'hours'
  | 'days'
  | 'personCategory';

/** 继续教育学时 registers (read by src/core/ce; the table is shared here as data). */
export const CE_REGISTER_LABELS: Record<CeRegisterField, string[]> = {
  name: ['姓名'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码'],
  staffNumber: ['工号', '职工号', '人员编号'],
  unit: ['单位', '工作单位', '所在单位'],
  year: ['年度', '年份', '学年'],
  subject: ['科目类别', '科目', '类别'],
  form: ['形式', '学习形式', '培训形式'],
  hours: ['学时', '学时数', '小时'],
  days: ['天数', '培训天数'],
  personCategory: ['人员类别', '人员类型'],
};

export type StandardsField = 'country' | 'currency' | 'feePerDay' | 'lodging' | 'meals' | 'misc' | 'source';

export const STANDARDS_LABELS: Record<StandardsField, string[]> = {
  country: ['国家（地区）', '国家', '国家/地区', '国家或地区'],
  currency: ['币种', '币别', '货币'],
  feePerDay: ['培训费（每人每天）', '培训费', '培训费标准', '培训费(每人每天)', '培训费标准（每人每天）', '每人每天培训费'],
  lodging: ['住宿费', '住宿费标准'],
  meals: ['伙食费', '伙食费标准'],
  misc: ['公杂费', '公杂费标准'],
  source: ['来源', '依据', '出处'],
};

export type RatesField = 'currency' | 'cny' | 'date';

export const RATES_LABELS: Record<RatesField, string[]> = {
  currency: ['币种', '币别', '货币', '外币'],
  cny: ['折合人民币', '汇率', '兑人民币汇率', '人民币汇率', '折合人民币（元）', '中间价'],
  date: ['日期', '汇率日期', '时间'],
};

export const SETTINGS_LABELS = { key: ['参数', '设置项', '项目', '名称'], value: ['值', '取值', '设置值', '数值'] };

/** The labels of a table, indexed by their normalised key. */
export type LabelIndex<F extends string> = Map<string, F>;

/** First characters of an index's keys, kept on the index (an index is not changed after its first lookup). */
const HEADS = Symbol('label heads');
type WithHeads = Map<string, unknown> & { [HEADS]?: Set<number> };

function indexHeads(idx: WithHeads): Set<number> {
  let heads = idx[HEADS];
  if (!heads) {
    heads = headsOf(idx.keys());
    Object.defineProperty(idx, HEADS, { value: heads, enumerable: false });
  }
  return heads;
}

/** Builds the lookup for a synonym table (first field wins for a label in two fields). */
export function labelIndex<F extends string>(table: Record<F, string[]>): LabelIndex<F> {
  const idx = new Map<string, F>();
  for (const field of Object.keys(table) as F[]) {
    for (const label of table[field]) {
      const k = normaliseLabel(label).key;
      if (!idx.has(k)) idx.set(k, field);
    }
  }
  indexHeads(idx);
  return idx;
}

/** The field a label names in a table, or undefined. */
export function matchLabel<F extends string>(idx: LabelIndex<F>, text: string): F | undefined {
  if (!indexHeads(idx).has(labelHead(text))) return undefined;
  return idx.get(normaliseLabel(text).key);
}

export const DEMAND_INDEX = labelIndex(DEMAND_LABELS);
export const SCHEDULE_INDEX = labelIndex(SCHEDULE_LABELS);
export const PARTICIPANT_INDEX = labelIndex(PARTICIPANT_LABELS);
export const STANDARDS_INDEX = labelIndex(STANDARDS_LABELS);
export const RATES_INDEX = labelIndex(RATES_LABELS);
export const CE_REGISTER_INDEX = labelIndex(CE_REGISTER_LABELS);
const SEQ_KEYS = new Set(SEQ_LABELS.map((l) => normaliseLabel(l).key));
const NOTICE_KEYS = new Set(NOTICE_PERIOD_LABELS.map((l) => normaliseLabel(l).key));
const SEQ_HEADS = headsOf(SEQ_KEYS);
const NOTICE_HEADS = headsOf(NOTICE_KEYS);

export function isSeqLabel(text: string): boolean {
  return SEQ_HEADS.has(labelHead(text)) && SEQ_KEYS.has(normaliseLabel(text).key);
}

export function isNoticePeriodLabel(text: string): boolean {
  return NOTICE_HEADS.has(labelHead(text)) && NOTICE_KEYS.has(normaliseLabel(text).key);
}

const DEMAND_OR_NOTICE_HEADS = new Set([...headsOf(DEMAND_INDEX.keys()), ...NOTICE_HEADS]);
const DEMAND_OR_SEQ_HEADS = new Set([...DEMAND_OR_NOTICE_HEADS, ...SEQ_HEADS]);

/**
 * False when the text can be neither a demand label, 公示期 nor 序号 (demandLabelField and isSeqLabel both
 * fail), judged by its first character alone. labelHead skips every space trim() would, so the raw cell
 * value may be passed: a scan over a sheet's rows then rejects most cells before trimming them.
 */
export function mayBeDemandOrSeqLabel(text: string): boolean {
  return DEMAND_OR_SEQ_HEADS.has(labelHead(text));
}

const SCHEDULE_HEADS = indexHeads(SCHEDULE_INDEX as WithHeads);
/** labelHeadKinds: the text may be a demand label, 公示期 or 序号. */
export const MAY_BE_DEMAND = 1;
/** labelHeadKinds: the text may be a schedule label. */
export const MAY_BE_SCHEDULE = 2;

/**
 * Which label tables the text may name, judged by its first character alone: MAY_BE_DEMAND
 * (mayBeDemandOrSeqLabel) and MAY_BE_SCHEDULE (mayBeLabel of SCHEDULE_INDEX) as bits; 0 for most
 * cells. One labelHead for a scan that looks for both kinds of header in the same rows.
 */
export function labelHeadKinds(text: string): number {
  // (labelHead and HEAD_KINDS in one table read per code unit: recognition asks this of ≈ 1 million cells,
  // and a cold run, interpreting, paid three calls per cell — labelHead, isSpaceCode, isRegexSpaceCode)
  for (let i = 0; i < text.length; i++) {
    const k = HEAD_LOOK[text.charCodeAt(i)];
    if (k !== HEAD_SKIP) return k;
  }
  return 0;
}

/**
 * labelHeadKinds by first character code (labelHead gives one code unit, < 0x10000): one typed-array
 * read per cell instead of two Set lookups — recognition asks it of every cell in every sheet's top rows.
 */
const HEAD_KINDS = headKinds();

function headKinds(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const h of DEMAND_OR_SEQ_HEADS) t[h] |= MAY_BE_DEMAND;
  for (const h of SCHEDULE_HEADS) t[h] |= MAY_BE_SCHEDULE;
  return t;
}

/** HEAD_LOOK's mark of a code unit labelHead passes over (a space, `*`, `※`). */
export const HEAD_SKIP = 4;

/**
 * labelHead and HEAD_KINDS folded into one table by code unit: HEAD_KINDS of the code labelHead returns for
 * it (a full-width form folded, 【〔 as `(`, 】〕 as `)`), or HEAD_SKIP for one labelHead passes over.
 * labelHead decides each code unit alone, so the first code unit not marked HEAD_SKIP gives the kinds.
 */
const HEAD_LOOK = headLook();

function headLook(): Uint8Array {
  const t = HEAD_KINDS.slice();
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = HEAD_KINDS[c - 0xfee0];
  t[0x3010] = t[0x3014] = HEAD_KINDS[0x28];
  t[0x3011] = t[0x3015] = HEAD_KINDS[0x29];
  t[0x2a] = t[0xff0a] = t[0x203b] = HEAD_SKIP;
  for (const c of SPACE_CODES) t[c] = HEAD_SKIP;
  return t;
}

/**
 * labelHeadKinds' table by code unit (read only): the kinds of a text whose first code unit is not HEAD_SKIP,
 * else HEAD_SKIP (ask labelHeadKinds). For a scan that looks at every cell's first code unit itself, without a
 * call per cell (SheetView.scanLabels: a cold run interprets that loop over ≈ 1 million cells).
 */
export function labelHeadTable(): Readonly<Uint8Array> {
  return HEAD_LOOK;
}

/** What one cell's text names for a row's label scan (SheetView.scanLabels). */
export interface TextLabels {
  /** The demand field (or 公示期) of a text of at most 40 characters. */
  readonly demand: DemandField | 'noticePeriod' | undefined;
  /** A 序号 label of at most 40 characters. */
  readonly seq: boolean;
  /** The schedule field of a text of at most 20 characters. */
  readonly schedule: ScheduleField | undefined;
}

const NO_TEXT_LABELS: TextLabels = Object.freeze({ demand: undefined, seq: false, schedule: undefined });
let textLabelsSeen = new Map<string, TextLabels>();

/**
 * demandLabelField, isSeqLabel and matchLabel of SCHEDULE_INDEX for one trimmed cell text, within the
 * lengths a header label has, remembered by the text: the top rows of every sheet are scanned for both
 * kinds of header, and the texts that pass the first-character look (上午, 星期一, 培训…) repeat row after
 * row, each costing two label keys and four lookups when asked afresh.
 */
export function textLabels(text: string): TextLabels {
  let out = textLabelsSeen.get(text);
  if (out === undefined) {
    const kinds = labelHeadKinds(text);
    let demand: TextLabels['demand'];
    let seq = false;
    let schedule: TextLabels['schedule'];
    if ((kinds & MAY_BE_DEMAND) !== 0 && text.length <= 40) {
      seq = isSeqLabel(text);
      demand = demandLabelField(text);
    }
    if ((kinds & MAY_BE_SCHEDULE) !== 0 && text.length <= 20) schedule = matchLabel(SCHEDULE_INDEX, text);
    out = demand === undefined && !seq && schedule === undefined ? NO_TEXT_LABELS : Object.freeze({ demand, seq, schedule });
    if (textLabelsSeen.size >= 20000) textLabelsSeen = new Map();
    textLabelsSeen.set(text, out);
  }
  return out;
}

/** False when the text cannot be a schedule label (mayBeLabel of SCHEDULE_INDEX, without looking the index's heads up). */
export function mayBeScheduleLabel(text: string): boolean {
  return (labelHeadKinds(text) & MAY_BE_SCHEDULE) !== 0;
}

/** False when the text cannot name a field of the index (see mayBeDemandOrSeqLabel: the raw cell value may be passed). */
export function mayBeLabel<F extends string>(idx: LabelIndex<F>, text: string): boolean {
  return indexHeads(idx).has(labelHead(text));
}

/** The demand field a label names, or 'noticePeriod' for 公示期 (a range), or undefined. */
export function demandLabelField(text: string): DemandField | 'noticePeriod' | undefined {
  if (!DEMAND_OR_NOTICE_HEADS.has(labelHead(text))) return undefined;
  const key = normaliseLabel(text).key;
  return DEMAND_INDEX.get(key) ?? (NOTICE_KEYS.has(key) ? 'noticePeriod' : undefined);
}
