import fc from 'fast-check';
import { compact, compactLengthUpTo, isRegexSpaceCode, isSpaceCode, removeSpaces, SPACE_CODES, toHalfWidth } from '../../../src/core/values/text';

describe('space predicates by code unit', () => {
  test('isRegexSpaceCode is `\\s`, isSpaceCode is what removeSpaces removes, for every code unit', () => {
    let spaces = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(isRegexSpaceCode(c)).toBe(/\s/.test(ch));
      expect(isSpaceCode(c)).toBe(removeSpaces('a' + ch + 'b') === 'ab');
      if (isSpaceCode(c)) spaces++;
    }
    expect(spaces).toBe(26); // the 25 of `\s` and the zero-width space
    expect(isSpaceCode(0x200b)).toBe(true);
    expect(isRegexSpaceCode(0x200b)).toBe(false);
  });
  test('SPACE_CODES (what the tables by code unit are built from) are the code units isSpaceCode accepts, each once', () => {
    const all: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c)) all.push(c);
    expect([...SPACE_CODES].sort((a, b) => a - b)).toEqual(all);
  });
});

describe('compactLengthUpTo', () => {
  const part = fc.oneof(fc.constantFrom(' ', '\u3000', '\u200b', '\ufeff', '\t', 'Ｄ', 'ａ', '第', '天', '1', '１', '-', '\u0085'), fc.string({ maxLength: 3 }));
  test('is compact(text).length, counted up to one past the limit', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), fc.integer({ min: 0, max: 10 }), (parts, limit) => {
        const t = parts.join('');
        const n = compactLengthUpTo(t, limit);
        expect(n).toBe(Math.min(compact(t).length, limit + 1));
      }),
      { numRuns: 3000 },
    );
    expect(compactLengthUpTo('2023-05-08', 6)).toBe(7);
    expect(compactLengthUpTo(' 第 十 二 天 ', 6)).toBe(4);
    expect(compactLengthUpTo('', 6)).toBe(0);
  });
});

describe('toHalfWidth', () => {
  // the plain reading, one character at a time: what the copy by slices must give
  const plain = (s: string): string => Array.from(s, (ch) => {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
    return c === 0x3000 ? ' ' : ch;
  }).join('');

  test('every code unit, alone, first, last and between others', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, ch + '日程', '日程' + ch, 'a' + ch + 'b' + ch]) expect(toHalfWidth(s)).toBe(plain(s));
    }
    expect(toHalfWidth('《２０２３年》日程安排表（第一期）')).toBe('《2023年》日程安排表(第一期)');
    expect(toHalfWidth('合\u3000计：')).toBe('合 计:');
  });

  test('a text without full-width characters comes back as it is', () => {
    const s = '2023年日本·东京';
    expect(toHalfWidth(s)).toBe(s);
  });

  test('any mix of full-width, ideographic spaces and other text', () => {
    const part = fc.oneof(fc.constantFrom('（', '）', '：', '０', '９', 'Ａ', '～', '！', '\u3000', '\uff00', '\uff5f', '日', ' '), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 10 }), (parts) => {
        const t = parts.join('');
        expect(toHalfWidth(t)).toBe(plain(t));
      }),
      { numRuns: 3000 },
    );
  });
});
