import fc from 'fast-check';
import { compact, compactLengthUpTo, isRegexSpaceCode, isSpaceCode, removeSpaces } from '../../../src/core/values/text';

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
