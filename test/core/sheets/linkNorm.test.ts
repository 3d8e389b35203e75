import fc from 'fast-check';
import { norm, plainNorm } from '../../../src/core/sheets/link';
import { SPACE_CODES } from '../../../src/core/values/text';

describe('link norm: its one look gives the text the four passes give', () => {
  const chars = [
    ...'培训班主题日程安排表项目编号德国柏林',
    ...'abcxyzABCXYZ0189-_.()/#',
    ...'（）ＡＺａｚ０９＂＇－',
    ...'《》“”‘’"\'',
    ...SPACE_CODES.map((c) => String.fromCharCode(c)),
    '\u3000', '\u0000', '\u0007', '\u001f', '\u007f', '\u00c4', '\u0130', 'Σ', 'ς', 'Ⅰ', '\ud83d\ude00', '\ud800', '\uff5f', '\uff00', '\u4dff', '\ua000',
  ];
  test('texts of CJK, ASCII, full-width forms, spaces, quotes and others', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 24 }), (parts) => {
        const s = parts.join('');
        expect(norm(s)).toBe(plainNorm(s));
      }),
      { numRuns: 20000 },
    );
  });
  test('any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20, unit: 'binary' }), (a, b) => {
      expect(norm(a)).toBe(plainNorm(a));
      expect(norm(b)).toBe(plainNorm(b));
      expect(norm(a + b)).toBe(plainNorm(a + b));
    }), { numRuns: 5000 });
  });
  test('every code unit alone and between ideographs', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, '培' + ch + '训', 'Ab' + ch]) expect(norm(s)).toBe(plainNorm(s));
    }
  });
  test('a theme as written is kept as it is when nothing changes', () => {
    const t = '数字经济专题研修班';
    expect(norm(t)).toBe(t);
    expect(norm('《数字经济（3）》 “专题”')).toBe('数字经济(3)专题');
  });
});
