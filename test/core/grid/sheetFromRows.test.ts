/**
 * sheetFromRows (plain rows of values → a grid: tests, the benches): blanks ('' / null / undefined) are
 * no cell, every other value is `{ v }`, each row keeps its length, a missing row stays missing.
 * (Built by pushing since round 11 — one elements kind whatever V8 has optimised — with the same result.)
 */
import { sheetFromRows, type CellValue } from '../../../src/core/grid';

describe('sheetFromRows', () => {
  test('values become cells; blanks become no cell; zero, false and spaces are values', () => {
    const s = sheetFromRows('表', [['a', '', null, 0, false, ' ', undefined as unknown as CellValue, 1.5]]);
    expect(s).toEqual({ name: '表', cells: [[{ v: 'a' }, undefined, undefined, { v: 0 }, { v: false }, { v: ' ' }, undefined, { v: 1.5 }]], merges: [] });
    expect(s.cells[0]).toHaveLength(8);
  });

  test('rows keep their own lengths (a trailing blank included); merges are kept', () => {
    const merges = [{ r0: 0, c0: 0, r1: 0, c1: 2 }];
    const s = sheetFromRows('表', [['标题'], [], ['x', 'y', '']], merges);
    expect(s.cells.map((r) => r.length)).toEqual([1, 0, 3]);
    expect(s.cells[2][2]).toBeUndefined();
    expect(s.merges).toBe(merges);
  });

  test('a missing row (a sparse list of rows) stays missing', () => {
    const rows: CellValue[][] = [];
    rows[2] = ['c'];
    const s = sheetFromRows('表', rows);
    expect(s.cells).toHaveLength(3);
    expect(s.cells[0]).toBeUndefined();
    expect(s.cells[1]).toBeUndefined();
    expect(s.cells[2]).toEqual([{ v: 'c' }]);
  });

  test('each value is its own cell object (no cell shared between positions)', () => {
    const s = sheetFromRows('表', [['a', 'a'], ['a']]);
    expect(s.cells[0][0]).not.toBe(s.cells[0][1]);
    expect(s.cells[0][0]).not.toBe(s.cells[1][0]);
  });
});
