/**
 * Yes/no questions answered with ticks (RULES.md C-CHECKBOX): `有☑（资助方XX）否☐`,
 * `是☐ 否☑`, `☑有 ☐无`; ☑ ☒ ■ √ ✓ ✔ x X count as ticks, ☐ □ as empty; in a list, 是/否, 有/无 words.
 */
import { removeSpaces, toHalfWidth } from './text';

const TICKS = '☑☒■√✓✔✗✘xX';
const EMPTY = '☐□';
const YES_WORDS = '有是';
const NO_WORDS = '无否';

export interface TickAnswer {
  yes: boolean;
  no: boolean;
  /** True when the text held options or a word this reader understood. */
  understood: boolean;
  /** 资助方 text inside the cell (`（资助方____）`), underscores and spaces removed; undefined when none. */
  inlineSponsor?: string;
}

/** Question phrases that carry 是/否/有 characters but are not answers. */
const QUESTION_RE = /是否(有)?(境外资助|境外培训合作机构|合作机构|纳入因公出国[(（]境[)）]经费预算|有出国经费预算|公务员[(（]?含参公[)）]?|公务员)[:：]?/g;

const SPONSOR_RE = /[(（]\s*资助方\s*[:：]?\s*([^)）]*)[)）]|资助方\s*[:：]\s*([^)）☐□☑■√✓✔]*)/;

/** A word answer: 是/否/有/无/Y/N/yes/no/√/×; null otherwise. */
export function parseYesNoWord(text: string): boolean | null {
  const s = removeSpaces(toHalfWidth(text)).toLowerCase().replace(/[.。!！]$/, '');
  if (['是', '有', 'y', 'yes', '√', '✓', '✔', '☑', '对', '属于', 'true', '1', '是(参公)', '参公', '参照公务员管理'].includes(s)) return true;
  if (['否', '无', '没有', 'n', 'no', '×', '✗', '✘', '不是', 'false', '0', '非', '不属于'].includes(s)) return false;
  return null;
}

/**
 * Reads the ticks of a yes/no cell. Boxes may follow their word (`有☑ 否☐`) or precede it
 * (`☑有 ☐否`); the orientation is decided by whether the text starts with a box.
 */
export function parseTicks(text: string): TickAnswer {
  let s = toHalfWidth(text).replace(/<input type="checkbox"\s*\/?>/g, '☐');
  let inlineSponsor: string | undefined;
  const sp = SPONSOR_RE.exec(s);
  if (sp) {
    inlineSponsor = removeSpaces(sp[1] ?? sp[2] ?? '').replace(/[_＿\-—.…]+/g, '');
    s = s.slice(0, sp.index) + ' ' + s.slice(sp.index + sp[0].length);
  }
  s = removeSpaces(s.replace(QUESTION_RE, ''));
  const word = parseYesNoWord(s);
  if (word !== null && !/[☐□]/.test(s)) {
    return { yes: word, no: !word, understood: true, ...(inlineSponsor !== undefined ? { inlineSponsor } : {}) };
  }
  const isBox = (ch: string | undefined) => ch !== undefined && (TICKS.includes(ch) || EMPTY.includes(ch));
  const firstWord = [...s].findIndex((ch) => YES_WORDS.includes(ch) || NO_WORDS.includes(ch));
  const boxFirst = firstWord > 0 && isBox(s[0]) ? true : firstWord === 0 ? false : isBox(s[0]);
  let yes = false;
  let no = false;
  let options = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const isYes = YES_WORDS.includes(ch);
    const isNo = NO_WORDS.includes(ch);
    if (!isYes && !isNo) continue;
    const box = boxFirst ? s[i - 1] : s[i + 1];
    if (!isBox(box)) continue;
    options++;
    const ticked = TICKS.includes(box as string);
    if (isYes) yes = yes || ticked;
    else no = no || ticked;
  }
  return { yes, no, understood: options > 0, ...(inlineSponsor !== undefined ? { inlineSponsor } : {}) };
}

/** `机构名称：XX（是否境外培训合作机构是☐否☑）` → the institution's name and the partner ticks. */
export function parseInstitutionCell(text: string): { name: string; partner: TickAnswer | null } {
  const s = toHalfWidth(text);
  const m = /^\s*(?:机构名称\s*[:：]?)?\s*(.*?)\s*[(（]?\s*是否(?:境外培训)?合作机构\s*[:：]?(.*?)[)）]?\s*$/s.exec(s);
  if (!m) {
    const name = s.replace(/^\s*机构名称\s*[:：]?\s*/, '').trim();
    return { name, partner: null };
  }
  const partner = parseTicks(m[2]);
  return { name: m[1].replace(/[(（]\s*$/, '').trim(), partner: partner.understood ? partner : null };
}
