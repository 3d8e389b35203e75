import fc from 'fast-check';
import { sheetFromRows, type MergeArea } from '../../../src/core/grid';
import { SheetView } from '../../../src/core/sheets/view';

describe('SheetView.fillDownRow (one call per column of a table row)', () => {
  // the plain way, as the schedule reader had it: the merge covering the cell, then its top if it starts in this column below the header
  function plain(v: SheetView, r: number, c: number, top: number): number {
    const m = v.merge(r, c);
    if (m && (m.r0 !== r || m.c0 !== c)) return m.c0 === c && m.r0 > top ? m.r0 : -1;
    return r;
  }
  const area = fc.tuple(fc.nat(7), fc.nat(4), fc.nat(3), fc.nat(2)).map(([r0, c0, h, w]): MergeArea => ({ r0, c0, r1: r0 + h, c1: c0 + w }));

  test('gives the row the plain way gives, with merges or none, for every cell and header row', () => {
    fc.assert(
      fc.property(fc.array(area, { maxLength: 4 }), fc.integer({ min: -1, max: 6 }), (merges, top) => {
        const rows = Array.from({ length: 10 }, (_, r) => Array.from({ length: 7 }, (_, c) => `${r},${c}`));
        const v = new SheetView(sheetFromRows('s', rows, merges));
        for (let r = 0; r < 12; r++) for (let c = 0; c < 8; c++) expect(v.fillDownRow(r, c, top)).toBe(plain(v, r, c, top));
      }),
      { numRuns: 200 },
    );
  });

  test('fills down a merge below the header, not one across or from the header', () => {
    const rows = [['日期', '内容'], ['2023-05-08', '讲座'], [null, '参观'], ['合并', null]];
    const v = new SheetView(sheetFromRows('s', rows, [{ r0: 1, c0: 0, r1: 2, c1: 0 }, { r0: 3, c0: 0, r1: 3, c1: 1 }, { r0: 0, c0: 1, r1: 1, c1: 1 }]));
    expect(v.fillDownRow(2, 0, 0)).toBe(1); // merged down from row 1
    expect(v.fillDownRow(1, 0, 0)).toBe(1); // the merge's own top
    expect(v.fillDownRow(3, 1, 0)).toBe(-1); // merged across: shows nothing of its own
    expect(v.fillDownRow(1, 1, 0)).toBe(-1); // merged down from the header row
    expect(v.fillDownRow(2, 0, 1)).toBe(-1); // …from a row that is the header
    expect(new SheetView(sheetFromRows('s', rows)).fillDownRow(2, 0, 0)).toBe(2); // no merges
  });
});
