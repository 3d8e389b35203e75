/** The schedule rules of common at the edges the main tests leave: each finding's figures and words, guards. */
import { findings, project, schedule, workbook, type RowSpec } from '../builders';

const KEY = 'P1';
const dates = (rows: RowSpec[]) =>
  findings(workbook({ projects: [project({ key: KEY, days: rows.length })], schedules: [schedule(KEY, rows)] }), 'C-SCHEDULE-DATES');
const view = (fs: ReturnType<typeof dates>) => fs.map((f) => [f.cell, f.projectKey, f.message, f.data]);

describe('C-SCHEDULE-DATES: figures and words', () => {
  it('a repeat, a backward date and a skipped day', () => {
    expect(view(dates([{ date: '2024-06-03' }, { date: '2024-06-04' }, { date: '2024-06-03' }]))).toEqual([
      ['A4', KEY, '日期2024年6月3日在日程中重复出现', { date: '2024-06-03' }],
    ]);
    expect(view(dates([{ date: '2024-06-05' }, { date: '2024-06-04' }]))).toEqual([
      ['A3', KEY, '日期2024年6月4日早于前一天2024年6月5日', { date: '2024-06-04', previous: '2024-06-05' }],
    ]);
    expect(view(dates([{ date: '2024-06-03' }, { date: '2024-06-05' }]))).toEqual([
      ['A3', KEY, '日期2024年6月5日与前一天2024年6月3日之间跳过了日期', { date: '2024-06-05', previous: '2024-06-03' }],
    ]);
  });

  it('a date it cannot read is quoted; a blank one belongs to the day above', () => {
    expect(view(dates([{ date: '2024-06-03' }, { date: { bad: '六月四号' } }]))).toEqual([
      ['A3', KEY, '日期“六月四号”无法识别', { text: '六月四号' }],
    ]);
    expect(dates([{ date: '2024-06-03' }, { date: '' }, { date: '2024-06-04' }])).toEqual([]);
  });

  it('a wrong 星期 column, trimmed, with the right one', () => {
    expect(view(dates([{ date: '2024-06-03', weekday: ' 星期二 ' }]))).toEqual([
      ['B2', KEY, '星期“星期二”与日期2024年6月3日不符（应为星期一）', { date: '2024-06-03', weekday: '星期二', expected: '星期一' }],
    ]);
    expect(dates([{ date: '2024-06-03', weekday: '  ' }])).toEqual([]);
    expect(
      dates([
        { date: '2024-06-03', weekday: '周一' },
        { date: '2024-06-04', weekday: 'Tue' },
        { date: '2024-06-05', weekday: '3' },
      ]),
    ).toEqual([]);
  });

  it('reads 星期 as people write it: 周日, 礼拜天, Sun., 7 for Sunday', () => {
    const sunday = (w: string) => dates([{ date: '2024-06-09', weekday: w }]);
    for (const w of ['周日', '礼拜天', '星期日', 'Sun.', 'sunday', '7', '日']) expect(sunday(w)).toEqual([]);
    for (const w of ['周六', 'Sat', '6']) expect(sunday(w)).toHaveLength(1);
    expect(sunday('x7')).toEqual([]);
  });

  it('a 星期 in the date cell is checked once, with its figures', () => {
    const s = [{ date: { value: '2024-06-14', text: '6月14日（周三）', note: '' } as never }];
    expect(view(dates(s))).toEqual([
      ['A2', KEY, '星期“周三”与日期2024年6月14日不符（应为星期五）', { date: '2024-06-14', weekday: '周三', expected: '星期五' }],
    ]);
  });

  it('第N天 without dates: a repeat and a gap, with their figures, at the 天次 cell', () => {
    expect(view(dates([{ day: 1 }, { day: 2 }, { day: 1 }]))).toEqual([['A4', KEY, '第1天在日程中重复出现', { day: 1 }]]);
    expect(view(dates([{ day: 1 }, { day: 3 }]))).toEqual([['A3', KEY, '第3天排在第1天之后，顺序不连续', { day: 3, previous: 1 }]]);
  });
});

describe('C-SCHEDULE-DAYS and C-SCHEDULE-PLACE guards', () => {
  it('say nothing without a schedule, without the declared figure, or for a schedule with no days', () => {
    for (const id of ['C-SCHEDULE-DAYS', 'C-SCHEDULE-PLACE']) {
      expect(findings(workbook({ projects: [project({ key: KEY })] }), id)).toEqual([]);
      expect(
        findings(
          workbook({
            projects: [project({ key: KEY, days: null, countries: null })],
            schedules: [schedule(KEY, [{ date: '2024-06-03', city: '巴黎', country: '法国' }])],
          }),
          id,
        ),
      ).toEqual([]);
    }
    expect(
      findings(workbook({ projects: [project({ key: KEY, days: 3 })], schedules: [schedule(KEY, [{ city: '柏林' }])] }), 'C-SCHEDULE-DAYS'),
    ).toEqual([]);
  });

  it('C-SCHEDULE-DAYS relates the schedule header', () => {
    const [f] = findings(
      workbook({ projects: [project({ key: KEY, days: 3 })], schedules: [schedule(KEY, [{ date: '2024-06-03', city: '柏林' }])] }),
      'C-SCHEDULE-DAYS',
    );
    expect(f.related).toEqual([{ sheet: '日程表', cell: 'A1:G1' }]);
  });

  it('C-SCHEDULE-PLACE lists the declared countries', () => {
    const wb = workbook({
      projects: [project({ key: KEY, countries: ['德国', '奥地利'] })],
      schedules: [schedule(KEY, [{ date: '2024-06-03', city: '巴黎', country: '法国' }])],
    });
    const [f] = findings(wb, 'C-SCHEDULE-PLACE');
    expect(f.message).toMatch(/^日程安排前往“法国”，不在申报的国家（地区）“德国、奥地利”之内/);
    expect(f.data).toEqual({ country: '法国', declared: '德国、奥地利' });
  });
});
