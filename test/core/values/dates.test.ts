import fc from 'fast-check';
import {
  addDays, addMonths, daysBetween, daysInMonth, displayText, isoToSerial, isWorkday, parseDateText, parsePeriodText, parseWeekday, readDate, readPeriod, serialToIso, weekdayOf, yearIn,
} from '../../../src/core/values/dates';

describe('Excel serials (1900 system)', () => {
  test('known serials', () => {
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(60)).toBeNull(); // the phantom 1900-02-29
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(45054)).toBe('2023-05-08');
    expect(serialToIso(45054.75)).toBe('2023-05-08');
    expect(serialToIso(0)).toBeNull();
    expect(serialToIso(NaN)).toBeNull();
  });
  test('round trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60), (n) => {
        expect(isoToSerial(serialToIso(n) as string)).toBe(n);
      }),
    );
  });
});

describe('text dates', () => {
  test.each([
    ['2023-05-08', '2023-05-08'],
    ['2023/5/8', '2023-05-08'],
    ['2023.5.8', '2023-05-08'],
    ['2023年5月8日', '2023-05-08'],
    ['２０２３年５月８日', '2023-05-08'],
    ['2023年5月8号', '2023-05-08'],
    ['2023年5月8日（星期一）', '2023-05-08'],
    ['20230508', '2023-05-08'],
  ])('%s', (text, iso) => {
    expect(parseDateText(text)).toMatchObject({ ok: true, value: iso });
  });
  test('ISO needs no note; other forms carry one', () => {
    expect(parseDateText('2023-05-08')).toEqual({ ok: true, value: '2023-05-08', text: '2023-05-08' });
    expect(parseDateText('2023年5月8日')).toMatchObject({ note: '“2023年5月8日”读作 2023-05-08' });
  });
  test('a date without a year takes the caller’s year, else is unreadable', () => {
    expect(parseDateText('5月8日', { year: 2023 })).toMatchObject({ ok: true, value: '2023-05-08', note: '“5月8日”按年份 2023 读作 2023-05-08' });
    expect(parseDateText('5月8日')).toMatchObject({ ok: false, problem: 'unreadable' });
  });
  test('impossible dates are unreadable', () => {
    for (const s of ['2023-02-29', '2023年13月1日', '2023.4.31', '明天', '2023', '5/8']) expect(parseDateText(s)).toMatchObject({ ok: false });
    expect(parseDateText('2024-02-29')).toMatchObject({ ok: true });
  });
});

describe('readDate', () => {
  test('date cells, serials without a format, text, errors', () => {
    expect(readDate({ v: 45054, date: true })).toEqual({ ok: true, value: '2023-05-08', text: '2023-05-08' });
    expect(readDate({ v: 45054 })).toMatchObject({ ok: true, value: '2023-05-08', note: expect.stringContaining('日期序号') });
    expect(readDate({ v: 20230508 })).toMatchObject({ ok: true, value: '2023-05-08' });
    expect(readDate({ v: 12 })).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(readDate({ v: null, err: '#VALUE!' })).toEqual({ ok: false, problem: 'error', text: '#VALUE!' });
    expect(readDate(undefined)).toMatchObject({ ok: false, problem: 'blank' });
  });
});

describe('periods (预计办班时间) and ranges (公示期)', () => {
  test.each([
    ['2023年5月', '2023-05-01', '2023-05-31'],
    ['2023.05', '2023-05-01', '2023-05-31'],
    ['2024年2月', '2024-02-01', '2024-02-29'],
    ['2023年第三季度', '2023-07-01', '2023-09-30'],
    ['2023年三季度', '2023-07-01', '2023-09-30'],
    ['2023年Q4', '2023-10-01', '2023-12-31'],
    ['2023年第1季度', '2023-01-01', '2023-03-31'],
    ['2023年下半年', '2023-07-01', '2023-12-31'],
    ['2023年', '2023-01-01', '2023-12-31'],
    ['2023年5月8日', '2023-05-08', '2023-05-08'],
    ['2023.5.8-5.12', '2023-05-08', '2023-05-12'],
    ['2023年5月8日至5月12日', '2023-05-08', '2023-05-12'],
    ['2023年5月8日-12日', '2023-05-08', '2023-05-12'],
    ['2023-05-08至2023-05-12', '2023-05-08', '2023-05-12'],
    ['2023年5-6月', '2023-05-01', '2023-06-30'],
    ['2023年5月—6月', '2023-05-01', '2023-06-30'],
  ])('%s', (text, from, to) => {
    expect(parsePeriodText(text)).toMatchObject({ ok: true, value: { from, to } });
  });
  test('ranges that go backwards or say nothing are unreadable', () => {
    expect(parsePeriodText('2023.5.12-5.8')).toMatchObject({ ok: false });
    expect(parsePeriodText('待定')).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(parsePeriodText('2023年第五季度')).toMatchObject({ ok: false });
  });
  test('a date cell formatted without a day is that month', () => {
    expect(readPeriod({ v: 45054, date: true, fmt: 'yyyy"年"m"月"' })).toMatchObject({ ok: true, value: { from: '2023-05-01', to: '2023-05-31' }, text: '2023年5月' });
    expect(readPeriod({ v: 45054, date: true, fmt: 'yyyy-mm-dd' })).toMatchObject({ ok: true, value: { from: '2023-05-08', to: '2023-05-08' } });
  });
});

describe('weekdays and date arithmetic', () => {
  test('parseWeekday', () => {
    expect(parseWeekday('星期一')).toBe(1);
    expect(parseWeekday('周三')).toBe(3);
    expect(parseWeekday('礼拜天')).toBe(7);
    expect(parseWeekday('星期日')).toBe(7);
    expect(parseWeekday('（周五）')).toBe(5);
    expect(parseWeekday('Monday')).toBe(1);
    expect(parseWeekday('Sat')).toBe(6);
    expect(parseWeekday('星期八')).toBeNull();
    expect(parseWeekday('上午')).toBeNull();
  });
  test('weekdayOf / isWorkday', () => {
    expect(weekdayOf('2023-05-08')).toBe(1);
    expect(weekdayOf('2023-05-14')).toBe(7);
    expect(isWorkday('2023-05-12')).toBe(true);
    expect(isWorkday('2023-05-13')).toBe(false);
  });
  test('addDays, daysBetween, addMonths', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(daysBetween('2023-05-08', '2023-05-22')).toBe(14);
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
  });
  test('yearIn', () => {
    expect(yearIn('2023年度因公出国（境）培训项目计划表')).toBe(2023);
    expect(yearIn('《智能制造》日程安排表')).toBeNull();
    // one distinct year, however often it is written; two different years name none
    expect(yearIn('2023年日程（2023-05-08至2023-05-20）')).toBe(2023);
    expect(yearIn('２０２４年日程')).toBe(2024);
    expect(yearIn('2023年12月28日至2024年1月5日日程')).toBeNull();
    expect(yearIn('2023年至2023年、2024年')).toBeNull();
    expect(yearIn('编号12023年')).toBe(2023);
    expect(yearIn('共2023人')).toBeNull();
  });
  test('no input throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        parseDateText(s, { year: 2023 });
        parsePeriodText(s);
        parseWeekday(s);
      }),
    );
  });
});

describe('daysInMonth (by table)', () => {
  test('agrees with the calendar (Date.UTC) for every month of 1900–2200 and for unusual input', () => {
    const byDate = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
    for (let y = 1900; y <= 2200; y++) for (let m = 1; m <= 12; m++) expect(daysInMonth(y, m)).toBe(byDate(y, m));
    for (const [y, m] of [[2024, 0], [2024, 13], [99, 2], [2023, 2.5], [-1, 2]]) expect(daysInMonth(y, m)).toBe(byDate(y, m));
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('texts read again (remembered by their text)', () => {
  it('a text read without a year and then with one gets each answer, in either order', () => {
    expect(readDate({ v: '6月14日' })).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(readDate({ v: '6月14日' }, { year: 2023 })).toMatchObject({ ok: true, value: '2023-06-14' });
    expect(readDate({ v: '7月2日' }, { year: 2024 })).toMatchObject({ ok: true, value: '2024-07-02' });
    expect(readDate({ v: '7月2日' })).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(readPeriod({ v: '5月' }, { year: 2023 })).toMatchObject({ ok: true, value: { from: '2023-05-01', to: '2023-05-31' } });
    expect(readPeriod({ v: '5月' })).toMatchObject({ ok: false });
  });

  it('the same text twice gives the same answer, and a result cannot be changed through one reading', () => {
    const a = readDate({ v: '2023年5月8日' });
    const b = readDate({ v: ' 2023年5月8日 ' });
    expect(b).toEqual(readDate({ v: ' 2023年5月8日 ' }));
    expect(a).toEqual({ ok: true, value: '2023-05-08', text: '2023年5月8日', note: expect.stringContaining('2023-05-08') });
    expect(Object.isFrozen(readDate({ v: '2023年5月8日' }))).toBe(true);
    expect(readPeriod({ v: '2023年5月' })).toEqual(readPeriod({ v: '2023年5月' }));
  });
});

describe('displayText (what a person sees in a cell)', () => {
  it('dates as ISO, other values as written, trimmed; blanks and errors as such', () => {
    expect(displayText({ v: 45054, date: true })).toBe('2023-05-08');
    expect(displayText({ v: 0, date: true })).toBe('0'); // not a date serial: the number
    expect(displayText({ v: 45054 })).toBe('45054');
    expect(displayText({ v: 1.5 })).toBe('1.5');
    expect(displayText({ v: true })).toBe('true');
    expect(displayText({ v: ' 柏林 ' })).toBe('柏林');
    expect(displayText({ v: '　' })).toBe('');
    expect(displayText({ v: null })).toBe('');
    expect(displayText({ v: null, err: '#N/A' })).toBe('#N/A');
    expect(displayText(undefined)).toBe('');
  });
});
