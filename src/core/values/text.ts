/** Text helpers shared by the value normalisers: full-width → half-width, whitespace. */

/** Full-width ASCII (！ to ～) and the ideographic space become their half-width forms. */
const FULL_RE = /[\uff01-\uff5e\u3000]/;

export function toHalfWidth(s: string): string {
  if (!FULL_RE.test(s)) return s;
  // the runs between full-width characters are copied as slices: a string built one character at a
  // time made a piece per character (a 30-character title with one （ made 30)
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += s.slice(from, i) + String.fromCharCode(c - 0xfee0);
      from = i + 1;
    } else if (c === 0x3000) {
      out += s.slice(from, i) + ' ';
      from = i + 1;
    }
  }
  return from < s.length ? out + s.slice(from) : out;
}

/** True when the text holds full-width ASCII characters (digits, letters, punctuation). */
export function hasFullWidth(s: string): boolean {
  return /[\uff01-\uff5e]/.test(s);
}

const SPACE_RE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** True when `c` is a code unit a regular expression's `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
export function isRegexSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Every code unit isSpaceCode accepts (the zero-width space U+200B is the one isRegexSpaceCode does not), for
 * tables by code unit: asking the predicates of all 65 536 code units when a module loads cost a cold process
 * ≈ 50 million instructions (callgrind). Tested against the predicates for every code unit.
 */
export const SPACE_CODES: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/** True when `c` is removed by removeSpaces (SPACE_RE: `\s`, and the zero-width space). */
export function isSpaceCode(c: number): boolean {
  return c === 0x200b || isRegexSpaceCode(c);
}

/**
 * The length of compact(text), counted only up to `limit` (a larger count stops there): compact maps
 * each character to one and removes what isSpaceCode accepts. For a first look that needs no copy.
 */
export function compactLengthUpTo(text: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= limit; i++) if (!isSpaceCode(text.charCodeAt(i))) n++;
  return n;
}

/** Removes every space, tab, line break, non-breaking and zero-width space. */
export function removeSpaces(s: string): string {
  return s.replace(SPACE_RE, '');
}

/** Collapses runs of whitespace to one space and trims. */
export function collapseSpaces(s: string): string {
  return s.replace(SPACE_RE, ' ').trim();
}

/** Half-width, no spaces: the form in which short values (numbers, codes, yes/no words) are compared. */
export function compact(s: string): string {
  return removeSpaces(toHalfWidth(s));
}

/** Chinese numerals 一…九十 (up to 99) and Arabic digits → number; null otherwise. */
export function chineseNumber(s: string): number | null {
  const t = s.trim();
  if (/^\d+$/.test(t)) return Number(t);
  const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (t.length === 1 && t in digits) return digits[t];
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(t);
  if (m) return (m[1] ? digits[m[1]] : 1) * 10 + (m[2] ? digits[m[2]] : 0);
  return null;
}

/**
 * Texts said before, by their text, so that the records keep one string for the same words: a text made
 * afresh per record (a chain of young pieces) lives as long as the record and is copied by two scavenges,
 * where one kept here is copied once and then shared. Forgets everything when `limit` texts are kept.
 */
export class SharedTexts {
  private readonly seen = new Map<string, string>();
  constructor(private readonly limit: number) {}

  /** The text as kept (equal to `text`). */
  of(text: string): string {
    const seen = this.seen.get(text);
    if (seen !== undefined) return seen;
    if (this.seen.size >= this.limit) this.seen.clear();
    this.seen.set(text, text);
    return text;
  }
}
