/**
 * C-SCHEDULE-DATES on rows as the reader makes them (ParsedScheduleRow: the 星期 cell is kept as its text
 * and made into a FieldCell only for a finding), beside the builder rows the other tests use.
 */
import { sheetFromRows } from '../../../../src/core/grid';
import { runPacks } from '../../../../src/core/rules/runner';
import { parseWorkbook } from '../../../../src/core/sheets';
import { ParsedScheduleRow } from '../../../../src/core/sheets/schedule';

const review = (weekdays: (string | null)[]) => {
  const rows = weekdays.map((w, i) => [`2024-06-0${3 + i}`, w, '上午', '柏林', '专题讲座', '专题培训']);
  const parsed = parseWorkbook({ file: 'w.xlsx', sheets: [sheetFromRows('日程表', [['日期', '星期', '时段', '城市', '内容', '类型'], ...rows])] });
  expect(parsed.schedules[0].rows[0]).toBeInstanceOf(ParsedScheduleRow);
  return runPacks(parsed, { packs: [] })
    .filter((f) => f.ruleId === 'C-SCHEDULE-DATES')
    .map((f) => [f.cell, f.message]);
};

describe('C-SCHEDULE-DATES on parsed rows: the 星期 column', () => {
  it('a 星期 that matches its date (2024-06-03 is a Monday) gives nothing; a wrong one is pointed at its cell', () => {
    expect(review(['星期一', '周二', null])).toEqual([]);
    expect(review(['星期一', ' 星期三 ', '星期三'])).toEqual([['B3', '星期“星期三”与日期2024年6月4日不符（应为星期二）']]);
  });
});
