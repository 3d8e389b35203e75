import { cellsToRects, documentReference, parseAreasAddress, parseRect, splitAddresses, MAX_ADDRESS_CHARS } from '../../../src/hosts/common/addresses';

describe('addresses', () => {
  test('parseRect accepts plain A1 cells and rectangles only', () => {
    expect(parseRect('B3')).toEqual({ r0: 2, c0: 1, r1: 2, c1: 1 });
    expect(parseRect('$D$9:b3')).toEqual({ r0: 2, c0: 1, r1: 8, c1: 3 });
    expect(parseRect('XFD1048576')).toEqual({ r0: 1048575, c0: 16383, r1: 1048575, c1: 16383 });
    expect(parseRect('XFE1')).toBeNull();
    expect(parseRect('A1048577')).toBeNull();
    expect(parseRect('Sheet1!A1')).toBeNull();
    expect(parseRect('A1,B2')).toBeNull();
    expect(parseRect('')).toBeNull();
  });

  test('parseAreasAddress splits on commas outside quoted sheet names', () => {
    expect(parseAreasAddress("Sheet1!A1:B2, 'a, b'!C3:D4, 'it''s'!E5")).toEqual([
      { r0: 0, c0: 0, r1: 1, c1: 1 },
      { r0: 2, c0: 2, r1: 3, c1: 3 },
      { r0: 4, c0: 4, r1: 4, c1: 4 },
    ]);
  });

  test('cellsToRects joins vertical runs only', () => {
    expect(cellsToRects([{ row: 3, col: 1 }, { row: 1, col: 1 }, { row: 2, col: 1 }, { row: 5, col: 1 }, { row: 2, col: 2 }])).toEqual([
      { r0: 1, c0: 1, r1: 3, c1: 1 },
      { r0: 5, c0: 1, r1: 5, c1: 1 },
      { r0: 2, c0: 2, r1: 2, c1: 2 },
    ]);
  });

  test('splitAddresses keeps each string within the budget and loses no area', () => {
    const rects = Array.from({ length: 3000 }, (_, i) => ({ r0: i * 2, c0: 3, r1: i * 2, c1: 3 }));
    const parts = splitAddresses(rects);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(8000);
    expect(parts.join(',').split(',')).toHaveLength(3000);
    expect(MAX_ADDRESS_CHARS).toBe(8192);
    // at the boundary: a string of exactly the budget stays one piece, one more character splits
    expect(splitAddresses([{ r0: 0, c0: 0, r1: 0, c1: 0 }, { r0: 1, c0: 0, r1: 1, c1: 0 }], 5)).toEqual(['A1,A2']);
    expect(splitAddresses([{ r0: 0, c0: 0, r1: 0, c1: 0 }, { r0: 1, c0: 0, r1: 1, c1: 0 }], 4)).toEqual(['A1', 'A2']);
  });

  test('documentReference quotes the sheet and refuses what is not an address', () => {
    expect(documentReference("O'Brien 表", 'c3')).toBe("'O''Brien 表'!C3");
    expect(documentReference('S', 'A1:B2')).toBe("'S'!A1:B2");
    expect(documentReference('S', '=A1')).toBeNull();
    expect(documentReference('S', 'A1"),x')).toBeNull();
    expect(documentReference('', 'A1')).toBeNull();
  });
});
