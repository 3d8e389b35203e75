/**
 * A new project's row copied from the first row of its set of extra columns (newProjectRow) is the
 * row replaceRow builds from nothing: the same columns in the same order, the same values, no
 * prototype — whatever the extra columns' names (a prototype's, a standard column's, repeated, or
 * names that would run together if joined) and whatever the values, in any order of projects.
 */
import fc from 'fast-check';
import { CANONICAL_COLUMNS, COL, type OutValue, type SourceProject } from '../../../src/core/merge';
import { newProjectRow, replaceRow } from '../../../src/core/merge/merge';
import { project } from './helpers';

const LABELS = ['__proto__', 'constructor', 'toString', '备注', '联系人', COL.errors, COL.mergeChecks, COL.file, CANONICAL_COLUMNS[3], '2024', 'a', 'a","b', 'b', '审核意见', 'x\u0000y', 'x'];

const value: fc.Arbitrary<OutValue> = fc.oneof(fc.constant(null), fc.integer(), fc.double({ noNaN: true }), fc.string({ maxLength: 4 }), fc.boolean());

const aProject: fc.Arbitrary<SourceProject> = fc
  .record({
    extras: fc.array(fc.record({ label: fc.constantFrom(...LABELS), value }), { maxLength: 4 }),
    cells: fc.array(value, { minLength: CANONICAL_COLUMNS.length, maxLength: CANONICAL_COLUMNS.length }),
    tallies: fc.option(fc.record({ studyShare: fc.option(fc.double({ noNaN: true })), feeCapWan: fc.option(fc.integer({ min: 0, max: 90 })) })),
    rules: fc.array(fc.constantFrom('Z-1', 'C-2'), { maxLength: 2 }),
    errors: fc.nat(3),
    sha: fc.constantFrom('', 'abc'),
    row: fc.integer({ min: 2, max: 500 }),
    // a key that is no canonical column (the merge sets canonical columns only), and values as the
    // parent receives them (a plain object, deserialised) or as prepareSource makes them (no prototype)
    stray: fc.option(fc.constantFrom('不是标准列', 'toString', COL.errors, COL.file, '审核意见')),
    plain: fc.boolean(),
  })
  .map(({ extras, cells, tallies, rules, errors, sha, row, stray, plain }) => {
    const p = project('u.xlsx', row, { unit: '单位', theme: '主题', rules, errors });
    CANONICAL_COLUMNS.forEach((c, k) => {
      if (cells[k] === null) delete p.values[c];
      else p.values[c] = cells[k];
    });
    if (stray !== null) p.values[stray] = 7;
    if (plain) p.values = { ...p.values };
    p.extras = extras;
    p.sha256 = sha;
    p.tallies = tallies && { totalDays: 10, studyDays: 8, topicDays: 3, studyShare: tallies.studyShare, topicShare: 0.3, feeCapWan: tallies.feeCapWan, budgetWan: null };
    return p;
  });

/** A row as [key, value] pairs in its order, and whether it has no prototype. */
function laid(row: Record<string, OutValue>) {
  return { entries: Object.entries(row), keys: Reflect.ownKeys(row), bare: Object.getPrototypeOf(row) === null };
}

describe('newProjectRow', () => {
  it('gives the row replaceRow(null, …) gives, for any projects in any order', () => {
    const renamed = (l: string) => (l === '审核意见' ? `${l}（单位填报）` : l);
    fc.assert(
      fc.property(fc.array(aProject, { minLength: 1, maxLength: 12 }), (projects) => {
        const templates = new Map<string, Record<string, OutValue>>();
        for (const p of projects) expect(laid(newProjectRow(p, renamed, templates))).toEqual(laid(replaceRow(null, p, renamed)));
      }),
      { numRuns: 100 },
    );
  });

  it('tells sets of extra columns apart that would run together if their names were joined', () => {
    const withExtras = (labels: string[]) => {
      const p = project('u.xlsx', 2, { unit: '单位', theme: '主题' });
      p.extras = labels.map((label, i) => ({ label, value: i }));
      return p;
    };
    for (const [a, b] of [
      [['x\u0000y'], ['x', 'y']],
      [['a","b'], ['a', 'b']],
      [['a'], ['a', 'a']],
    ]) {
      const templates = new Map<string, Record<string, OutValue>>();
      newProjectRow(withExtras(a), (l) => l, templates);
      expect(laid(newProjectRow(withExtras(b), (l) => l, templates))).toEqual(laid(replaceRow(null, withExtras(b), (l) => l)));
    }
  });

  it('keeps a column named __proto__ a column, never the prototype', () => {
    const templates = new Map<string, Record<string, OutValue>>();
    const p = project('u.xlsx', 2, { unit: '单位', theme: '主题' });
    p.extras = [{ label: '__proto__', value: '甲' }];
    newProjectRow(p, (l) => l, templates);
    const row = newProjectRow({ ...p, extras: [{ label: '__proto__', value: '乙' }] }, (l) => l, templates);
    expect(Object.getPrototypeOf(row)).toBeNull();
    expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe('乙');
  });
});
