import fc from 'fast-check';
import type { Cell } from '../../../src/core/grid';
import { seqOf } from '../../../src/core/sheets/demandList';
import { readNumber } from '../../../src/core/values/number';

/** The plain way: readNumber of the cell, its value when it is a whole number. */
function plainSeq(cell: Cell | undefined): number | undefined {
  const n = readNumber(cell);
  return n.ok && Number.isInteger(n.value) ? n.value : undefined;
}

const numbers = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double(), fc.constantFrom(0, -0, 1.5, 1e21, NaN, Infinity, -Infinity));
const texts = fc.oneof(fc.constantFrom('1', ' 2 ', '１２', '3号', '约4', '5.0', '6.5', '', '  ', '第1', '1,000', 'abc', '７人'), fc.string());
const cells: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ v: numbers }),
  fc.record({ v: numbers, date: fc.boolean() }),
  fc.record({ v: numbers, fmt: fc.constantFrom('0', '0.00', 'yyyy-mm-dd') }),
  fc.record({ v: fc.constant(null), err: fc.constantFrom('#N/A', '#VALUE!') }),
  fc.record({ v: numbers, err: fc.constant('#REF!') }),
  fc.record({ v: texts }),
  fc.record({ v: fc.boolean() }),
  fc.record({ v: fc.constant(null) }),
);

describe('seqOf (a list row 序号, number cells read in hand)', () => {
  it('equals readNumber’s whole number for every kind of cell', () => {
    fc.assert(
      fc.property(cells, (cell) => {
        expect(Object.is(seqOf(cell), plainSeq(cell))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the usual cells', () => {
    expect(seqOf({ v: 3 })).toBe(3);
    expect(seqOf({ v: 3.5 })).toBeUndefined();
    expect(seqOf({ v: 45000, date: true })).toBeUndefined();
    expect(seqOf({ v: 7, err: '#N/A' })).toBeUndefined();
    expect(seqOf({ v: '１２' })).toBe(12);
    expect(seqOf(undefined)).toBeUndefined();
  });
});
