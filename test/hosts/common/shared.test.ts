/** The helpers both object-model hosts share (src/hosts/common): list sources, report cells, styled areas, sheet names, mark groups. */
import { MAX_LIST_SOURCE, listSource, modelCell } from '../../../src/hosts/common/cells';
import { groupMarks } from '../../../src/hosts/common/marks';
import { freeName, tempName } from '../../../src/hosts/common/sheetNames';
import { styleRects } from '../../../src/hosts/common/styles';

describe('listSource', () => {
  test('items inline up to the limit, a range as a formula, nothing when too long or empty', () => {
    const items = (n: number) => ['x'.repeat(n)];
    expect(listSource({ range: 'A2:A9', items: items(MAX_LIST_SOURCE) })).toBe('x'.repeat(MAX_LIST_SOURCE));
    expect(listSource({ range: 'A2:A9', items: items(MAX_LIST_SOURCE + 1) })).toBeNull();
    expect(listSource({ range: 'A2:A9', items: ['是', '否'] })).toBe('是,否');
    expect(listSource({ range: 'A2:A9', source: "'费用标准'!$A$2:$A$200" })).toBe("='费用标准'!$A$2:$A$200");
    expect(listSource({ range: 'A2:A9', source: '=$B$1:$B$3' })).toBe('=$B$1:$B$3');
    expect(listSource({ range: 'A2:A9', items: [] })).toBeNull();
  });
});

describe('modelCell', () => {
  test('numbers keep their cell’s format, dates without one get yyyy-mm-dd, blanks the column’s, text is text', () => {
    expect(modelCell({ value: 0.25, style: { numFmt: '0.0%' } }, undefined)).toEqual({ value: 0.25, format: '0.0%' });
    expect(modelCell({ value: 45200, isDate: true }, undefined)).toEqual({ value: 45200, format: 'yyyy-mm-dd' });
    expect(modelCell({ value: 45200 }, '0.00')).toEqual({ value: 45200, format: 'General' });
    expect(modelCell(undefined, 'yyyy-mm-dd')).toEqual({ value: '', format: 'yyyy-mm-dd' });
    expect(modelCell({ value: '=1+1', style: { numFmt: '0%' } }, undefined)).toEqual({ value: "'=1+1", format: 'General' });
    expect(modelCell({ value: '00123', isDate: true }, undefined)).toEqual({ value: '00123', format: '@' });
    expect(modelCell({ value: 5, error: '#N/A' }, undefined)).toEqual({ value: '', format: 'General' });
  });
});

describe('styleRects', () => {
  test('equal runs in a row, joined over consecutive rows; a number format alone is no style', () => {
    const b = { bold: true };
    const rows = [
      [{ value: 'a', style: b }, { value: 'b', style: b }, 'c'],
      [{ value: 'a', style: b }, { value: 'b', style: b }, { value: 1, style: { numFmt: '0%' } }],
      ['x', { value: 'b', style: b }],
    ];
    expect(styleRects(rows)).toEqual([
      { r0: 0, c0: 0, r1: 1, c1: 1, style: b },
      { r0: 2, c0: 1, r1: 2, c1: 1, style: b },
    ]);
  });
});

describe('sheet names', () => {
  test('never one that is taken, case-blind, within 31 characters', () => {
    const taken = new Set(['日程表', '~省级汇总']);
    expect(freeName('日程表', taken)).toBe('日程表 (2)');
    expect(freeName('日程表', taken)).toBe('日程表 (3)');
    expect(freeName('人员名单', taken)).toBe('人员名单');
    expect(tempName('省级汇总', taken)).toBe('~省级汇总~2');
    expect(tempName('A'.repeat(40), new Set())).toHaveLength(31);
    expect(freeName('SHEET', new Set(['sheet']))).toBe('SHEET (2)');
  });
});

describe('groupMarks', () => {
  test('a cell keeps its highest severity; groups per sheet × severity, lower severities first; blocks count their cells', () => {
    const s1 = { id: 'A' };
    const s2 = { id: 'B' };
    const cell = (r: number, c: number) => ({ r0: r, c0: c, r1: r, c1: c });
    const groups = groupMarks([
      { sheet: s1, rect: cell(1, 1), severity: 'warning' },
      { sheet: s1, rect: cell(1, 1), severity: 'error' },
      { sheet: s1, rect: cell(2, 1), severity: 'error' },
      { sheet: s1, rect: cell(5, 0), severity: 'info' },
      { sheet: s2, rect: { r0: 0, c0: 0, r1: 2, c1: 1 }, severity: 'warning' },
    ]);
    expect(groups.map((g) => [g.sheet.id, g.severity, g.cellCount])).toEqual([
      ['A', 'info', 1],
      ['B', 'warning', 6],
      ['A', 'error', 2],
    ]);
    expect(groups[2].rects).toEqual([{ r0: 1, c0: 1, r1: 2, c1: 1 }]);
  });
});
