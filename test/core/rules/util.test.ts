import fc from 'fast-check';
import { normaliseName } from '../../../src/core/rules/util';

/** normaliseName as it was written before its fast path (the reference). */
const reference = (s: string) => s.replace(/[\s\u3000]+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').toLowerCase();

describe('normaliseName', () => {
  const alphabet = ['杭州市', '科学技术局', '（', '）', '：', '(', ')', ':', ' ', '\u3000', '\n', '\u00a0', 'A', 'b', 'Z', '1', 'Ａ', 'É', 'Σ', '、', '·', '—', '\u200b', '\ufeff', 'İ'];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }).map((xs) => xs.join(''));

  test('gives what the regex version gives, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string(), fc.string({ unit: 'binary' })), (s) => {
        expect(normaliseName(s)).toBe(reference(s));
      }),
      { numRuns: 5000 },
    );
  });

  test('cases', () => {
    expect(normaliseName('杭州市科学技术局（12）')).toBe('杭州市科学技术局(12)');
    expect(normaliseName('杭州市科学技术局')).toBe('杭州市科学技术局');
    expect(normaliseName('Zhejiang Univ：（A）')).toBe('zhejianguniv:(a)');
    expect(normaliseName('ＡＢ')).toBe('ａｂ');
  });
});
