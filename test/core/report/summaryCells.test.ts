/**
 * The 省级汇总's cells (summarySheet: each column's kind looked up once, not once a cell) are what
 * the plain way makes of every cell by its column's name: 导入时间 a date-time, the shares a
 * percentage and the 万元 columns two decimals when they hold a number, anything else as it is —
 * whatever the header (columns named like a prototype's, repeated) and the values, copied or streamed.
 */
import fc from 'fast-check';
import { CANONICAL_COLUMNS, COL, type MergeResult, type OutValue } from '../../../src/core/merge';
import { summarySheet } from '../../../src/core/report/summary';
import { dateTimeCell } from '../../../src/core/report/time';

const PERCENT = new Set<string>([COL.studyShare, COL.topicShare, COL.budgetShare]);
const WAN = new Set<string>([COL.budget, COL.feeCap]);

/** The plain way: a cell by its column's name. */
function plainCell(column: string, v: OutValue | undefined) {
  if (column === COL.importedAt) return dateTimeCell(v);
  if (typeof v === 'number' && PERCENT.has(column)) return { value: v, style: { numFmt: '0.0%' } };
  if (typeof v === 'number' && WAN.has(column)) return { value: v, style: { numFmt: '0.00' } };
  return v ?? null;
}

const COLUMNS = [COL.importedAt, COL.studyShare, COL.topicShare, COL.budgetShare, COL.budget, COL.feeCap, COL.file, CANONICAL_COLUMNS[2], '__proto__', 'constructor', '备注'];
const value: fc.Arbitrary<OutValue | undefined> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.double({ noNaN: true }),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom('', '2024-11-01T09:00:00+08:00', '2024-11-01 09:00', '12%', '甲'),
);

describe('summarySheet cells', () => {
  it('are the plain way’s, copied and streamed', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...COLUMNS), { minLength: 1 }), fc.array(fc.array(value, { minLength: COLUMNS.length, maxLength: COLUMNS.length }), { maxLength: 6 }), (header, cells) => {
        const rows = cells.map((vs) => {
          const r: Record<string, OutValue> = Object.create(null);
          header.forEach((h, k) => {
            if (vs[k] !== undefined) r[h] = vs[k] as OutValue;
          });
          return r;
        });
        const result = { header, rows } as unknown as MergeResult;
        const want = rows.map((r) => header.map((h) => plainCell(h, r[h])));
        expect(summarySheet(result).rows.slice(1)).toEqual(want);
        const streamed = summarySheet(result, true);
        expect(Array.from({ length: rows.length }, (_, i) => streamed.more!.row(i))).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });
});
