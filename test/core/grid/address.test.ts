import fc from 'fast-check';
import { colLetters, firstCellOf, parseA1 } from '../../../src/core/grid';

describe('firstCellOf (the sort key of a finding\'s cell)', () => {
  // pieces of addresses and ranges, with the characters parseA1 treats specially
  const piece = fc.constantFrom('', '$', 'A', 'b', 'Z', 'AA', 'XFD', 'ABCD', '1', '0', '12', '007', '1048576', '9999999999', ':', ' ', '\t', '-', '!', '１', 'Ａ', '@', '[', '`', '{');
  const ref = fc.array(piece, { maxLength: 7 }).map((xs) => xs.join(''));

  test('is parseA1 of the part before the first colon, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(ref, fc.string()), (s) => {
        expect(firstCellOf(s)).toEqual(parseA1(s.split(':')[0]));
      }),
      { numRuns: 5000 },
    );
  });

  test('cases', () => {
    expect(firstCellOf('B12')).toEqual({ row: 11, col: 1 });
    expect(firstCellOf('$c$3:D9')).toEqual({ row: 2, col: 2 });
    expect(firstCellOf('XFD1048576')).toEqual({ row: 1048575, col: 16383 });
    expect(firstCellOf(' B2')).toEqual({ row: 1, col: 1 }); // trimmed, as parseA1 does
    expect(firstCellOf('')).toBeNull();
    expect(firstCellOf('ABCD1')).toBeNull();
    expect(firstCellOf('A1B')).toBeNull();
  });
});

describe('colLetters', () => {
  test('gives the same letters from its table as computed, on both sides of the table\'s end', () => {
    const slow = (col: number) => {
      let s = '';
      for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      return s;
    };
    for (let c = 0; c < 1000; c++) expect(colLetters(c)).toBe(slow(c));
    for (let c = 0; c < 1000; c++) expect(colLetters(c)).toBe(slow(c)); // second time from the table
    expect(colLetters(0)).toBe('A');
    expect(colLetters(701)).toBe('ZZ');
    expect(colLetters(702)).toBe('AAA');
    expect(colLetters(16383)).toBe('XFD');
  });
});
