import fc from 'fast-check';
import { a1, colLetters } from '../../../src/core/grid';
import { noteMessage } from '../../../src/core/values/result';
import { SharedTexts } from '../../../src/core/values/text';

// Texts the records keep shared instead of made per record: each must say what the plain way says,
// whatever was asked before (the caches are module-wide and outlive one review).

describe('a1 (addresses of the top-left cells made once)', () => {
  const plain = (row: number, col: number) => `${colLetters(col)}${row + 1}`;
  // rows and columns on both sides of the kept block (2 048 × 64), asked in any order and again
  const pos = fc.tuple(
    fc.oneof(fc.nat({ max: 40 }), fc.integer({ min: 2040, max: 2060 }), fc.nat({ max: 1_048_575 })),
    fc.oneof(fc.nat({ max: 5 }), fc.integer({ min: 60, max: 70 }), fc.nat({ max: 16_383 })),
  );
  test('is the column letters and the 1-based row', () => {
    fc.assert(
      fc.property(fc.array(pos, { maxLength: 60 }), (ps) => {
        for (const [r, c] of [...ps, ...ps.slice().reverse()]) expect(a1(r, c)).toBe(plain(r, c));
      }),
      { numRuns: 500 },
    );
  });
  test('cases', () => {
    expect(a1(0, 0)).toBe('A1');
    expect(a1(2047, 63)).toBe('BL2048');
    expect(a1(2048, 63)).toBe('BL2049');
    expect(a1(0, 64)).toBe('BM1');
    expect(a1(11, 1)).toBe('B12');
    expect(a1(11, 1)).toBe('B12');
  });
});

describe('noteMessage (a note\'s message remembered by its label and note)', () => {
  const label = fc.constantFrom('日期', '人数', '天数', '经费预算', '公示期', '行前教育日期', '');
  const note = fc.oneof(fc.constantFrom('', '去掉单位“人”', '文字日期“2024年5月8日”', '元→万元'), fc.string({ maxLength: 6 }));
  test('is `label：note`, for any order of asks', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(label, note), { maxLength: 40 }), (asks) => {
        for (const [l, n] of asks) expect(noteMessage(l, n)).toBe(`${l}：${n}`);
      }),
      { numRuns: 500 },
    );
  });
  test('past its bound (5 000 notes a label) it still says the same', () => {
    for (let i = 0; i < 12_000; i++) expect(noteMessage('人数', `n${i % 7000}`)).toBe(`人数：n${i % 7000}`);
  });
});

describe('SharedTexts', () => {
  test('gives back a text equal to the one asked, across its bound', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.string({ maxLength: 4 }), { maxLength: 50 }), (limit, texts) => {
        const shared = new SharedTexts(limit);
        for (const t of [...texts, ...texts]) expect(shared.of(t)).toBe(t);
      }),
      { numRuns: 500 },
    );
  });
  test('gives the kept string for an equal text made afresh', () => {
    const shared = new SharedTexts(10);
    const first = ['日程表：', '第3行'].join('');
    expect(shared.of(first)).toBe(first);
    expect(shared.of(`日程表：第${3}行`)).toBe('日程表：第3行');
  });
});
