/**
 * C-SCHEDULE-DATES reads a parsed row's date as the result its cell was read as (dateReadOf) and makes the
 * Reading only for a finding (round 14): the same findings, in the same order, as on the rows' plain copies
 * (their `date` a Reading, the plain way), over generated schedules — repeated, backward, skipped, unreadable
 * and carried dates, 星期 written in the date cell (the same text in several cells) and in its own column.
 */
import fc from 'fast-check';
import { sheetFromRows } from '../../../../src/core/grid';
import type { ScheduleRow } from '../../../../src/core/model/records';
import { runPacks } from '../../../../src/core/rules/runner';
import { parseWorkbook } from '../../../../src/core/sheets';
import { ParsedScheduleRow, dateCellRowOf, dateReadOf } from '../../../../src/core/sheets/schedule';

const WEEK = '日一二三四五六';
const dateCell = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }).map((d) => `2024-06-0${d}`) },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 6 })).map(([d, w]) => `2024年6月${d}日（周${WEEK[w]}）`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 6 })).map(([d, w]) => `6月${d}日（周${WEEK[w]}）`) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 9 }).map((d) => 45444 + d) },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('无法识别', '6/3', '2024年6月3日 星期一') },
);
const weekdayCell = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 6 }).map((w) => `星期${WEEK[w]}`));
const row = fc.tuple(dateCell, weekdayCell, fc.constantFrom('上午', '下午', ''));
const schedule = fc.array(row, { minLength: 1, maxLength: 14 });

const plain = (rows: readonly ScheduleRow[]): ScheduleRow[] => JSON.parse(JSON.stringify(rows));

const findingsOf = (rows: (string | number)[][], copy: boolean) => {
  const sheet = sheetFromRows('日程表', [['日期', '星期', '时段', '城市', '内容', '类型'], ...rows.map(([d, w, s]) => [d, w, s, '柏林', '专题讲座', '专题培训'])]);
  const parsed = parseWorkbook({ file: 'w.xlsx', sheets: [sheet] });
  if (copy) for (const s of parsed.schedules) s.rows = plain(s.rows);
  return { parsed, findings: JSON.stringify(runPacks(parsed, { packs: [] }).filter((f) => f.ruleId === 'C-SCHEDULE-DATES')) };
};

describe('C-SCHEDULE-DATES on the dates as read', () => {
  it('finds on parsed rows what it finds on their plain copies', () => {
    fc.assert(
      fc.property(schedule, (rows) => {
        const fast = findingsOf(rows, false);
        if (fast.parsed.schedules.length > 0) expect(fast.parsed.schedules[0].rows[0]).toBeInstanceOf(ParsedScheduleRow);
        expect(fast.findings).toBe(findingsOf(rows, true).findings);
      }),
      { numRuns: 400 },
    );
  });

  it("dateReadOf and dateCellRowOf say what the row's date Reading says", () => {
    fc.assert(
      fc.property(schedule, (rows) => {
        const { parsed } = findingsOf(rows, false);
        for (const s of parsed.schedules) {
          for (const r of s.rows) {
            const d = r.date;
            const read = dateReadOf(r);
            expect(read === null).toBe(d === null);
            if (d === null || read === null) continue;
            expect(dateCellRowOf(r)).toBe(d.ref.row);
            expect(read.ok).toBe(d.ok);
            expect(read.text).toBe(d.text);
            if (read.ok && d.ok) expect(read.value).toBe(d.value);
            if (!read.ok && !d.ok) expect(read.problem).toBe(d.problem);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the same 星期-tailed date text in two cells is looked at in each', () => {
    // 2024-06-05 is a Wednesday: 周四 is wrong in both cells, and both are reported
    const rows = [
      ['2024年6月5日（周四）', '', '上午'],
      ['', '', '下午'],
      ['2024年6月5日（周四）', '', '上午'],
    ];
    const cells = JSON.parse(findingsOf(rows, false).findings).map((f: { cell: string; message: string }) => f.cell);
    expect(cells).toEqual(expect.arrayContaining(['A2', 'A4']));
  });
});
