import fc from 'fast-check';
import { add, frac, FractionSum, ZERO, type Fraction } from '../../../src/core/values/fraction';

describe('FractionSum', () => {
  const share = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 12 })).map(([n, d]) => frac(n, d));

  test('gives exactly what adding one by one with add gives (reduced)', () => {
    fc.assert(
      fc.property(fc.array(share, { maxLength: 60 }), (xs) => {
        const sum = new FractionSum();
        let expected: Fraction = ZERO;
        for (const x of xs) {
          sum.add(x);
          expected = add(expected, x);
        }
        expect(sum.value()).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  test('cases', () => {
    const s = new FractionSum();
    expect(s.value()).toEqual({ n: 0, d: 1 });
    s.add(frac(1, 2));
    s.add(frac(1, 2));
    expect(s.value()).toEqual({ n: 1, d: 1 });
    s.add(frac(1, 3));
    s.add(frac(1, 6));
    expect(s.value()).toEqual({ n: 3, d: 2 });
    s.add(ZERO);
    expect(s.value()).toEqual({ n: 3, d: 2 });
  });
});
