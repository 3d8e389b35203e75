/**
 * Schedule values (RULES.md "Counting schedule days"): activity types, their inference from the
 * content, day slots (上午/下午/全天/晚上) and day numbers (第3天, D3, 3).
 */
import type { ActivityType, DaySlot } from '../model/records';
import { chineseNumber, compact, compactLengthUpTo, toHalfWidth } from './text';

/** 类型 words → type (the 类型 column). */
const TYPE_WORDS: [ActivityType, string[]][] = [
  ['专题培训', ['专题培训', '专题讲座', '专题', '讲座', '专题授课', '专题研讨']],
  ['课堂学习', ['课堂学习', '课堂教学', '课堂培训', '课堂', '授课', '课程', '课程学习', '培训', '研讨', '学习', '座谈交流']],
  ['对口考察', ['对口考察', '考察实践', '实践', '考察', '现场考察', '实地考察', '参观考察', '对口考察实践', '访问', '参观']],
  ['交通', ['交通', '抵达', '离开', '城市间交通', '出发', '返程', '回国', '离境', '入境', '航程', '转机', '乘机', '路途']],
  ['休整', ['休整', '休息', '自由活动', '整理']],
  ['其他', ['其他', '其它']],
];
const TYPE_MAP = new Map<string, ActivityType>();
for (const [t, words] of TYPE_WORDS) for (const w of words) TYPE_MAP.set(w, t);

/** The type a 类型 cell names; null when the word is not one of them. */
export function mapActivityType(text: string): ActivityType | null {
  return TYPE_MAP.get(text) ?? TYPE_MAP.get(compact(text).replace(/[()（）]/g, '')) ?? null;
}

/**
 * Infers a type from the content (RULES.md: 讲座/授课/课程/研讨/专题 → 专题培训 or 课堂学习;
 * 考察/参观/访问/实践 → 对口考察; 抵达/离开/飞抵/前往/乘机/转机 → 交通).
 *
 * Our reading of "专题培训 or 课堂学习": 专题 and 讲座 name a topic lecture (专题培训); 课程, 授课,
 * 研讨, 课堂 name classroom study (课堂学习). Study words win over travel words (`前往慕尼黑工业大学
 * 参加专题讲座` is a lecture), 考察 words over travel words; 休整/休息 → 休整; anything else → 其他.
 */
export function inferActivityType(content: string): ActivityType {
  const s = compact(content);
  if (s === '') return '其他';
  if (/专题|讲座/.test(s)) return '专题培训';
  if (/课程|授课|研讨|课堂|培训课|教学|讲授|案例分析|座谈/.test(s)) return '课堂学习';
  if (/考察|参观|访问|实践|走访|调研/.test(s)) return '对口考察';
  if (/抵达|离开|飞抵|前往|乘机|转机|乘车|航班|出发|返回|回国|返程|启程|离境|入境|赴/.test(s)) return '交通';
  if (/休整|休息|自由活动/.test(s)) return '休整';
  return '其他';
}

/** 上午/下午/全天/晚上 and the forms people write (上午9:00-12:00, 9:00-12:00, 白天, 晚间). */
const SLOT_WORDS: [DaySlot, RegExp][] = [
    ['全天', /^(全天|全日|整天|一天|白天|上下午|上午、下午|上午\/下午|上午及下午|上午和下午)$/],
    ['上午', /^(上午|早上|早晨|上午半天|am|a\.m\.)$/i],
    ['下午', /^(下午|午后|下午半天|pm|p\.m\.)$/i],
    ['晚上', /^(晚上|晚间|夜间|傍晚|晚|夜晚|晚餐)$/],
];

export function parseSlot(text: string): { slot: DaySlot; converted: boolean } | null {
  if (text === '上午' || text === '下午' || text === '全天' || text === '晚上') return { slot: text, converted: false };
  const s = compact(text);
  if (s === '') return null;
  for (const [slot, re] of SLOT_WORDS) if (re.test(s)) return { slot, converted: s !== slot };
  // a word with times after it: 上午9:00-12:00
  const lead = /^(上午|下午|晚上|全天)/.exec(s);
  if (lead) return { slot: lead[1] as DaySlot, converted: true };
  // times: 9:00-12:00
  const m = /^(\d{1,2})[:：.](\d{2})[-~—–至到](\d{1,2})[:：.](\d{2})$/.exec(toHalfWidth(s));
  if (m) {
    const from = Number(m[1]) + Number(m[2]) / 60;
    const to = Number(m[3]) + Number(m[4]) / 60;
    if (from >= 18) return { slot: '晚上', converted: true };
    if (from < 12 && to <= 13.5) return { slot: '上午', converted: true };
    if (from >= 12 && to <= 18.5) return { slot: '下午', converted: true };
    if (from < 12 && to > 13.5) return { slot: '全天', converted: true };
  }
  return null;
}

/** The longest day number parseDayNumber reads, in characters of its compact form (`第十二天`, `day123`). */
const MAX_DAY_NUMBER = 6;

/** 第3天, 第三天, D3, Day 3, 3 → 3; null otherwise. */
export function parseDayNumber(text: string): number | null {
  // every form below is at most 6 characters once compact (第十二天, day123): a longer text — a date such as
  // 2023-05-08, asked of every text date cell — is no day number, seen without making the compact copy
  if (text.length > MAX_DAY_NUMBER && compactLengthUpTo(text, MAX_DAY_NUMBER) > MAX_DAY_NUMBER) return null;
  return readDayNumber(text);
}

/** parseDayNumber without its first look at the length (the tests hold the two to the same answers). */
export function readDayNumber(text: string): number | null {
  const s = compact(text).toLowerCase();
  let m = /^第(.{1,3})天$/.exec(s);
  if (m) {
    const n = chineseNumber(m[1]);
    return n && n > 0 ? n : null;
  }
  m = /^(?:d|day)(\d{1,3})$/.exec(s);
  if (m) return Number(m[1]) > 0 ? Number(m[1]) : null;
  m = /^(\d{1,3})$/.exec(s);
  if (m) return Number(m[1]) > 0 ? Number(m[1]) : null;
  return null;
}
