import {
  HOLIDAY_NOTICES,
  SHIPPED_CALENDAR,
  calendarFor,
  calendarSettingError,
  calendarYears,
  isWorkingDayAbroad,
  isWorkingDayInChina,
  workingDaysInChina,
} from '../../../src/core/calendar';
import { weekday } from '../../../src/core/rules/dates';
import { WorkbookSettingsSchema } from '../../../src/core/settings';
import { parseSettings as parseSettingsSheet } from '../../../src/core/sheets/settings';
import { SheetView } from '../../../src/core/sheets/view';
import type { ReadProblem } from '../../../src/core/model/records';
import { reviewWorkbook } from '../../../src/core/review';
import { sheetFromRows } from '../../../src/core/grid';

const working = (d: string) => isWorkingDayInChina(d).working;

describe('the shipped holiday calendar', () => {
  it('covers every year from 2017 to 2026, each with its notice', () => {
    expect(HOLIDAY_NOTICES.map((n) => n.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const n of HOLIDAY_NOTICES) expect(n.source).toMatch(new RegExp(`国办发明电〔${n.year - 1}〕\\d+号 国务院办公厅关于${n.year}年部分节假日安排的通知`));
    expect(isWorkingDayInChina('2023-10-02').source).toContain('国办发明电〔2022〕16号');
  });

  it('2023 国庆: 9.29–10.6 off, 10.7 (Sat) and 10.8 (Sun) working', () => {
    for (const d of ['2023-09-29', '2023-09-30', '2023-10-01', '2023-10-02', '2023-10-03', '2023-10-04', '2023-10-05', '2023-10-06']) {
      expect({ d, w: working(d) }).toEqual({ d, w: false });
    }
    expect(working('2023-10-07')).toBe(true);
    expect(working('2023-10-08')).toBe(true);
    expect(working('2023-09-28')).toBe(true); // the Thursday before
    expect(working('2023-10-09')).toBe(true);
  });

  it('2024 劳动节: 5.1–5.5 off, 4.28 (Sun) and 5.11 (Sat) working', () => {
    for (const d of ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05']) expect({ d, w: working(d) }).toEqual({ d, w: false });
    expect(working('2024-04-28')).toBe(true);
    expect(working('2024-05-11')).toBe(true);
    expect(working('2024-05-12')).toBe(false); // an ordinary Sunday
    expect(working('2024-04-27')).toBe(false); // an ordinary Saturday
    expect(isWorkingDayInChina('2024-05-11')).toEqual({ working: true, basis: 'calendar', source: expect.stringContaining('国办发明电〔2023〕7号') });
  });

  it('清明 2024 (4.4–4.6) is not working; 2020 春节 as extended (2.1 Saturday no longer worked)', () => {
    expect(working('2024-04-04')).toBe(false);
    expect(working('2024-04-07')).toBe(true);
    expect(working('2020-01-31')).toBe(false);
    expect(working('2020-02-01')).toBe(false);
    expect(working('2020-01-19')).toBe(true);
  });

  it('a notice line may start in the year before (2019 元旦: 2018-12-29 worked, 12-31 off)', () => {
    expect(working('2018-12-29')).toBe(true);
    expect(working('2018-12-31')).toBe(false);
  });

  it('a year outside the calendar falls back to Monday–Friday and says so', () => {
    // 2016-10-03 was a 国庆 holiday, but 2016 is not in the calendar
    expect(isWorkingDayInChina('2016-10-03')).toEqual({ working: true, basis: 'weekdays' });
    expect(isWorkingDayInChina('2030-10-05')).toEqual({ working: false, basis: 'weekdays' }); // a Saturday
    const n = workingDaysInChina('2016-12-26', '2017-01-06');
    // 2016: Mon 26 – Fri 30 = 5 (weekdays); 2017: 1.2 off, 1.3–1.6 = 4
    expect(n).toEqual({ count: 9, weekdaysOnly: [2016], sources: [expect.stringContaining('2017年')] });
  });

  it('the data is consistent: 调休 days are weekend days, ranges run forward, no date both off and worked', () => {
    for (const n of HOLIDAY_NOTICES) {
      const off = new Set<string>();
      for (const [name, from, to, ...work] of n.holidays) {
        expect({ name, ok: from <= to }).toEqual({ name, ok: true });
        expect(Number(from.slice(0, 4))).toBeGreaterThanOrEqual(n.year - 1);
        expect(to.slice(0, 4)).toBe(String(n.year));
        for (const w of work) expect({ w, day: [0, 6].includes(weekday(w)) }).toEqual({ w, day: true });
        for (let d = from; d <= to; d = new Date(Date.parse(d) + 86400000).toISOString().slice(0, 10)) off.add(d);
        for (const w of work) expect(off.has(w)).toBe(false);
      }
    }
  });

  it('counts working days inclusive, 0 when the end is before the start', () => {
    expect(workingDaysInChina('2024-06-03', '2024-06-07').count).toBe(5);
    expect(workingDaysInChina('2024-06-07', '2024-06-03').count).toBe(0);
    // with the 调休 Sunday 4.28: Tue 4.23 … Sun 4.28 = 5
    expect(workingDaysInChina('2024-04-23', '2024-04-28').count).toBe(5);
    expect(workingDaysInChina('2024-04-23', '2024-04-28', SHIPPED_CALENDAR, ['2024-04-28']).count).toBe(4);
  });
});

describe('working days abroad', () => {
  it('are Monday to Friday whatever the Chinese calendar says', () => {
    expect(isWorkingDayAbroad('2023-10-02')).toBe(true); // 国庆 in China, Monday abroad
    expect(isWorkingDayAbroad('2023-10-07')).toBe(false); // 调休 Saturday in China
    expect(isWorkingDayAbroad('2024-06-07')).toBe(true);
    expect(isWorkingDayAbroad('2024-06-08')).toBe(false);
  });
});

describe('years added in the settings', () => {
  const added = { 'calendar.2027.holidays': '2027-01-01~2027-01-03、2027-02-05', 'calendar.2027.workdays': '2027-02-06', 'calendar.2027.source': '国办发明电〔2026〕X号' };

  it('add a year to the calendar, with its source', () => {
    const c = calendarFor(added);
    expect(isWorkingDayInChina('2027-01-01', c)).toEqual({ working: false, basis: 'calendar', source: '国办发明电〔2026〕X号' });
    expect(isWorkingDayInChina('2027-02-05', c).working).toBe(false); // a Friday
    expect(isWorkingDayInChina('2027-02-06', c).working).toBe(true); // a Saturday
    expect(isWorkingDayInChina('2027-01-04', c)).toEqual({ working: true, basis: 'calendar', source: '国办发明电〔2026〕X号' });
    expect(isWorkingDayInChina('2027-01-01').basis).toBe('weekdays'); // the shipped calendar is unchanged
  });

  it('correct a shipped year, the workbook sheet over the settings object', () => {
    const c = calendarFor({ 'calendar.2024.workdays': ['2024-05-02'] }, { 'calendar.2024.holidays': '2024-05-06' });
    expect(isWorkingDayInChina('2024-05-02', c).working).toBe(true);
    expect(isWorkingDayInChina('2024-05-06', c).working).toBe(false);
    expect(isWorkingDayInChina('2024-05-03', c).working).toBe(false); // the rest of the notice stands
    expect(calendarFor({}, {})).toBe(SHIPPED_CALENDAR);
  });

  it('read ranges inclusively; a reversed range or a bad end is refused', () => {
    expect(calendarYears({ 'calendar.2027.holidays': '2027-02-05~2027-02-05' })[0].holidays).toEqual(['2027-02-05']);
    expect(calendarYears({ 'calendar.2027.holidays': '2027-02-05至2027-02-07' })[0].holidays).toEqual(['2027-02-05', '2027-02-06', '2027-02-07']);
    expect(calendarSettingError('calendar.2027.holidays', '2027-02-11~2027-02-05')).toContain('不是日期');
    expect(calendarSettingError('calendar.2027.holidays', '2027-02-30~2027-03-02')).toContain('不是日期');
    expect(calendarSettingError('calendar.2027.holidays', '2027-02-27~2027-02-30')).toContain('不是日期');
    expect(calendarSettingError('calendar.2027.source', 12)).toBeNull();
    expect(calendarSettingError('calendar.2027.source', ['x'])).toBe('日历设置 calendar.2027.source 应为文字（通知文号）');
    expect(calendarFor()).toBe(SHIPPED_CALENDAR);
    expect(calendarFor({ 'zj2017.maxCities': 3 }, null)).toBe(SHIPPED_CALENDAR);
  });

  it('leave out bad entries and say what is wrong', () => {
    expect(calendarSettingError(' calendar.2027.holiday ', '2027-01-01')).toBe(
      '未知的日历设置 calendar.2027.holiday（应为 calendar.<年>.holidays、calendar.<年>.workdays 或 calendar.<年>.source）',
    );
    expect(calendarSettingError('calendar.2027.holidays', '2027-02-30')).toContain('“2027-02-30”不是日期');
    expect(calendarSettingError('calendar.2027.holiday', '2027-01-01')).toContain('未知的日历设置');
    expect(calendarSettingError('calendar.2027.workdays', ['2027-02-06'])).toBeNull();
    expect(calendarYears({ 'calendar.2027.holidays': 'soon' })).toEqual([]);
  });

  it('are checked in the settings file (zod)', () => {
    expect(WorkbookSettingsSchema.safeParse({ params: added }).success).toBe(true);
    const bad = WorkbookSettingsSchema.safeParse({ params: { 'calendar.2027.holidays': ['2027-13-01'] } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toContain('2027-13-01');
  });

  it('are read from the 审核设置 sheet; a bad row is reported at its value cell and not used', () => {
    const v = new SheetView({
      name: '审核设置',
      cells: [
        [{ v: '参数' }, { v: '值' }],
        [{ v: 'calendar.2027.holidays' }, { v: '2027-01-01' }],
        [{ v: 'calendar.2027.workdays' }, { v: '二月六日' }],
      ],
      merges: [],
    });
    const problems: ReadProblem[] = [];
    const s = parseSettingsSheet(v, problems);
    expect({ ...s }).toEqual({ 'calendar.2027.holidays': '2027-01-01' });
    expect(problems).toEqual([{ sheet: '审核设置', cell: 'B3', message: expect.stringContaining('“二月六日”不是日期') }]);
  });
});

describe('the calendar in a review', () => {
  const demand = sheetFromRows('需求表', [
    ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '出发日期', '公示开始日期', '公示结束日期'],
    [1, '智能制造专题培训班', '浙江省科学技术厅', '德国', 20, 15, '2030-07-01', '2030-06-03', '2030-06-07'],
  ]);
  const run = (rows: string[][]) =>
    reviewWorkbook({ file: 'c.xlsx', sheets: [demand, sheetFromRows('审核设置', [['参数', '值'], ...rows])] }, { packs: ['zj2017'], asOf: '2030-06-01' }).findings;

  it('a year added in the 审核设置 sheet counts its holidays (2030-06-05 off: 4 working days)', () => {
    expect(run([]).filter((f) => f.ruleId === 'ZJ-NOTICE')).toEqual([]);
    const fs = run([['calendar.2030.holidays', '2030-06-05'], ['calendar.2030.source', '国办发明电〔2029〕1号']]).filter((f) => f.ruleId === 'ZJ-NOTICE');
    expect(fs).toHaveLength(1);
    expect(fs[0].data).toMatchObject({ workdays: 4, basis: 'calendar' });
  });

  it('a malformed calendar row is C-UNREADABLE at its value cell and not used', () => {
    const fs = run([['calendar.2030.holidays', '六月五日']]);
    expect(fs.filter((f) => f.ruleId === 'C-UNREADABLE').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['审核设置!B2']);
    expect(fs.filter((f) => f.ruleId === 'ZJ-NOTICE')).toEqual([]);
  });
});
