/**
 * readDate remembers a date cell's result by its serial and shares it (frozen): property against the plain
 * reading — the same answer as the serial read afresh, whatever was asked before.
 */
import fc from 'fast-check';
import { readDate, serialToIso } from '../../../src/core/values/dates';

/** A date cell read the plain way: its serial's ISO date, or unreadable. */
function plain(v: number) {
  const iso = serialToIso(v);
  return iso ? { ok: true, value: iso, text: iso } : { ok: false, problem: 'unreadable', text: String(v) };
}

describe('readDate of date cells, remembered by serial', () => {
  test('equals the plain reading, asked in any order, twice', () => {
    const serial = fc.oneof(
      fc.integer({ min: -5, max: 3_000_000 }),
      fc.double({ min: -10, max: 80_000, noNaN: true }),
      fc.constantFrom(0, 59, 60, 61, 45000.25, 45000.75),
    );
    fc.assert(
      fc.property(fc.array(serial, { minLength: 1, maxLength: 30 }), (vs) => {
        for (const v of [...vs, ...vs.slice().reverse()]) {
          const r = readDate({ v, date: true });
          expect(r).toEqual(plain(v));
          if (r.ok) expect(readDate({ v, date: true })).toBe(r); // shared
        }
      }),
    );
  });

  test('the shared result cannot be changed', () => {
    const r = readDate({ v: 45000, date: true }) as { value: string };
    expect(Object.isFrozen(r)).toBe(true);
    expect(() => {
      r.value = 'x';
    }).toThrow();
    expect(readDate({ v: 45000, date: true })).toEqual({ ok: true, value: serialToIso(45000), text: serialToIso(45000) });
  });

  test('a serial that is not a date cell is read as before, with its note', () => {
    const r = readDate({ v: 45000 });
    expect(r).toEqual({ ok: true, value: serialToIso(45000), text: '45000', note: expect.stringContaining('Excel 日期序号') });
  });
});
