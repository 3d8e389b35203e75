/**
 * groupDays reads a parsed row's date as the result its cell was read as (dateReadOf, round 14), not its
 * Reading: on generated schedule sheets — carried, repeated, unreadable, serial and text dates, 第N天 — the
 * days are those groupDaysByLookup gives (the plain way, through `row.date`).
 */
import fc from 'fast-check';
import { sheetFromRows } from '../../../src/core/grid';
import { parseWorkbook } from '../../../src/core/sheets';
import { ParsedScheduleRow } from '../../../src/core/sheets/schedule';
import { groupDays, groupDaysByLookup } from '../../../src/core/tallies/days';

const dateCell = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }).map((d) => `2024-06-0${d}`) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 9 }).map((d) => 45444 + d) },
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('无法识别', '6/3') },
);
const dayCell = fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 6 }).map((n) => `第${n}天`));

describe('groupDays on parsed rows', () => {
  it('gives the days groupDaysByLookup gives through row.date', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.tuple(dateCell, dayCell, fc.constantFrom('上午', '下午')), { minLength: 1, maxLength: 16 }), (dated, rows) => {
        const head = dated ? ['日期', '时段', '城市', '内容'] : ['天次', '时段', '城市', '内容'];
        const body = rows.map(([d, n, s]) => [dated ? d : n, s, '柏林', '专题讲座']);
        const parsed = parseWorkbook({ file: 'w.xlsx', sheets: [sheetFromRows('日程表', [head, ...body])] });
        for (const sch of parsed.schedules) {
          if (sch.rows.length > 0) expect(sch.rows[0]).toBeInstanceOf(ParsedScheduleRow);
          const got = groupDays(sch.rows);
          expect(got).toEqual(groupDaysByLookup(sch.rows));
        }
      }),
      { numRuns: 400 },
    );
  });
});
