/**
 * C-SCHEDULE-DATES reading a 星期 column as units write it (周日, 星期7, 7, 二, Tuesday), and not reading a
 * cell that only looks like one (节假日, 五一假期, Sat/Sun, Day 3, 6.14); C-SCHEDULE-MISSING naming each rule
 * once with its separator. Found by mutation testing (docs/MUTATION.md).
 */
import { findings, project, schedule, workbook, type RowSpec } from '../builders';

const KEY = 'P1';
const dates = (rows: RowSpec[]) =>
  findings(workbook({ projects: [project({ key: KEY, days: rows.length })], schedules: [schedule(KEY, rows)] }), 'C-SCHEDULE-DATES');
/** 2024-06-03 is a Monday, 2024-06-09 a Sunday, 2024-05-01 a Wednesday, 2024-06-14 a Friday. */
const on = (date: string, weekday: string) => dates([{ date, weekday }]);

describe('C-SCHEDULE-DATES: a 星期 column as units write it', () => {
  it('Sunday written 周日, 星期日, 星期7, 周7 or 7 agrees with a Sunday and not with a Monday', () => {
    for (const w of ['周日', '星期日', '星期7', '周7', '礼拜7', '7']) {
      expect([w, on('2024-06-09', w)]).toEqual([w, []]);
      const fs = on('2024-06-03', w);
      expect([w, fs.map((f) => [f.cell, f.data])]).toEqual([w, [['B2', { date: '2024-06-03', weekday: w, expected: '星期一' }]]]);
    }
  });

  it('周1 … 周6 and 星期3 are read as their day', () => {
    expect(on('2024-06-03', '周1')).toEqual([]);
    expect(on('2024-06-03', '星期3')).toHaveLength(1);
    expect(on('2024-06-14', '星期5')).toEqual([]);
  });

  it('a bare 二 is a 星期 (Tuesday), wrong on a Monday', () => {
    expect(on('2024-06-03', '二')[0].message).toBe('星期“二”与日期2024年6月3日不符（应为星期一）');
    expect(on('2024-06-04', '二')).toEqual([]);
  });

  it('English names in full are read by their first three letters', () => {
    expect(on('2024-06-03', 'Monday')).toEqual([]);
    expect(on('2024-06-03', 'Tuesday')).toHaveLength(1);
    expect(on('2024-06-03', 'tue.')).toHaveLength(1);
  });

  it('a cell that only ends or starts like a 星期 is not read as one (no finding)', () => {
    expect(on('2024-06-03', '节假日')).toEqual([]); // ends with 日, not 星期日
    expect(on('2024-05-01', '五一假期')).toEqual([]); // starts with 五, not 星期五
    expect(on('2024-06-03', '第7天')).toEqual([]);
    expect(on('2024-06-09', 'Sat/Sun')).toEqual([]);
    expect(on('2024-06-03', 'Day 3')).toEqual([]);
    expect(on('2024-06-14', '6.14')).toEqual([]); // the date typed in the 星期 column
    expect(on('2024-06-03', '17')).toEqual([]);
  });
});

describe('C-SCHEDULE-MISSING names each schedule rule once', () => {
  const wb = workbook({ projects: [project({ key: KEY })] });
  const LIST = 'ZJ-RATIO-STUDY、ZJ-RATIO-TOPIC、ZJ-INTERCITY、ZJ-INTERCITY-ENDS、ZJ-CITIES';
  it('in the message, joined by 、', () => {
    const [f] = findings(wb, 'C-SCHEDULE-MISSING', { packs: ['zj2017'] });
    expect(f.message).toContain(`没有日程表，${LIST}无法检查`);
  });
  it('even when the pack is chosen twice', () => {
    const fs = findings(wb, 'C-SCHEDULE-MISSING', { packs: ['zj2017', 'zj2017'] });
    expect(fs.map((f) => f.data)).toEqual([{ rules: LIST }]);
  });
});
