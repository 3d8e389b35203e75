/**
 * Schedule.hasDates is read from the rows' kept date results (anyDateRead in sheets/index.ts, round 15): over
 * generated schedules — readable, blank, carried and unreadable dates, serials, a sheet without a 日期 column —
 * it equals the plain way, `rows.some((row) => row.date !== null && row.date.ok)` on the rows' Readings.
 */
import fc from 'fast-check';
import { sheetFromRows } from '../../../src/core/grid';
import { parseWorkbook } from '../../../src/core/sheets';

const dateCell = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 9 }).map((d) => `2024-06-0${d}`) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 9 }).map((d) => 45444 + d) },
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.constantFrom('无法识别', '待定', '2024年13月40日', '第1天') },
);
const row = fc.tuple(dateCell, fc.constantFrom('上午', '下午', ''));
const schedule = fc.tuple(fc.array(row, { minLength: 1, maxLength: 12 }), fc.boolean());

describe('Schedule.hasDates', () => {
  it('is true exactly when a row has a readable date Reading', () => {
    let some = 0;
    let none = 0;
    fc.assert(
      fc.property(schedule, ([rows, dated]) => {
        const head = dated ? ['日期', '时段', '城市', '内容'] : ['第几天', '时段', '城市', '内容'];
        const body = rows.map(([d, s], i) => [dated ? d : `第${i + 1}天`, s, '柏林', '专题讲座']);
        const parsed = parseWorkbook({ file: 'w.xlsx', sheets: [sheetFromRows('日程表', [head, ...body])] });
        for (const s of parsed.schedules) {
          const plain = s.rows.some((r) => r.date !== null && r.date.ok);
          expect(s.hasDates).toBe(plain);
          if (plain) some++;
          else none++;
        }
      }),
      { numRuns: 400 },
    );
    expect(some).toBeGreaterThan(20);
    expect(none).toBeGreaterThan(20);
  });
});
