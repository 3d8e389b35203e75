/** ZJ-NOTICE and ZJ-NOTICE-LATE (000 三(二)). */
import { cells, findings, project, workbook } from '../builders';

const KEY = 'P1';
const run = (from: string | null, to: string | null, depart: string | null = '2024-07-01', ruleId = 'ZJ-NOTICE', settings: Record<string, string> = {}) =>
  findings(workbook({ projects: [project({ key: KEY, noticeStart: from, noticeEnd: to, departDate: depart })], settings }), ruleId);

describe('ZJ-NOTICE (公示期限原则上不少于5个工作日)', () => {
  it('passes exactly 5 working days (Mon–Fri), and 5 spanning a weekend', () => {
    expect(run('2024-06-03', '2024-06-07')).toEqual([]);
    expect(run('2024-05-14', '2024-05-20')).toEqual([]); // Tue–Mon
  });

  it('warns 4 working days, once, at the 公示结束 cell, with its figures', () => {
    const fs = run('2024-05-15', '2024-05-20'); // Wed–Mon
    expect(cells(fs)).toEqual(['需求表!T2']);
    expect(fs[0]).toMatchObject({ severity: 'warning', projectKey: KEY, clause: '浙外专发〔2017〕14号 三(二) 公示期限原则上不少于5个工作日' });
    expect(fs[0].message).toContain('仅4个工作日');
    expect(fs[0].data).toMatchObject({ workdays: 4, minWorkdays: 5, noticeStart: '2024-05-15', noticeEnd: '2024-05-20', basis: 'calendar' });
  });

  it('counts holidays out by the official calendar (清明 2024: 4.4 and 4.5 off)', () => {
    const fs = run('2024-04-01', '2024-04-05');
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toContain('仅3个工作日');
  });

  it('reaches 5 working days only with the 调休 Sunday 2024-04-28', () => {
    expect(run('2024-04-23', '2024-04-28')).toEqual([]);
    expect(run('2024-04-23', '2024-04-27')).toHaveLength(1); // Tue–Sat: 4
  });

  it('reaches 5 working days only with the 调休 Saturday 2024-05-11 (Tue 5.7 – Sat 5.11)', () => {
    expect(run('2024-05-07', '2024-05-11')).toEqual([]);
    expect(run('2024-05-07', '2024-05-10')[0].data).toMatchObject({ workdays: 4 });
    // and 2023-10-07 (Sat) and 10-08 (Sun) after 国庆: Sat 10.7 – Wed 10.11 = 5
    expect(run('2023-10-07', '2023-10-11', '2023-11-01')).toEqual([]);
  });

  it('falls back to Monday–Friday for a year outside the calendar, and says so', () => {
    const fs = run('2030-06-03', '2030-06-06', '2030-07-01');
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toContain('2030年不在节假日日历中，按周一至周五计算');
    expect(fs[0].data).toMatchObject({ workdays: 4, basis: 'weekdays' });
    expect(run('2030-06-03', '2030-06-07', '2030-07-01')).toEqual([]);
  });

  it('uses a year added in the 审核设置 sheet', () => {
    const fs = run('2030-06-03', '2030-06-07', '2030-07-01', 'ZJ-NOTICE', { 'calendar.2030.holidays': '2030-06-05', 'calendar.2030.source': '国办发明电〔2029〕1号' });
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toContain('仅4个工作日');
    expect(fs[0].message).not.toContain('不在节假日日历中');
  });

  it('still takes the zj2017.holidays parameter as further days off', () => {
    const wb = workbook({ projects: [project({ noticeStart: '2024-06-03', noticeEnd: '2024-06-07', departDate: '2024-07-01' })], settings: { 'zj2017.holidays': '2024-06-05' } });
    expect(findings(wb, 'ZJ-NOTICE')).toHaveLength(1);
  });

  it('a notice may run on after departure', () => {
    expect(run('2024-06-03', '2024-06-07', '2024-06-04')).toEqual([]);
  });

  it('warns a notice that starts on the departure day, at the 公示开始 cell; not one the day before', () => {
    const fs = run('2024-06-03', '2024-06-07', '2024-06-03');
    expect(cells(fs)).toEqual(['需求表!S2']);
    expect(fs[0]).toMatchObject({ severity: 'warning', projectKey: KEY });
    expect(fs[0].message).toContain('出发当天');
    expect(run('2024-06-03', '2024-06-07', '2024-06-02')).toEqual([]);
    // with only a start date
    expect(run('2024-06-03', null, '2024-06-03')).toHaveLength(1);
    expect(run('2024-06-03', null, '2024-06-04')).toEqual([]);
  });

  it('both problems make one finding', () => {
    const both = run('2024-06-05', '2024-06-10', '2024-06-05');
    expect(both).toHaveLength(1);
    expect(both[0].message).toContain('；');
  });

  it('does not run without 公示 fields (000 exempts 政府秘密或商业秘密)', () => {
    expect(run(null, null, '2024-06-05')).toEqual([]);
    expect(run(null, null, '2024-06-05', 'ZJ-NOTICE-LATE')).toEqual([]);
  });
});

describe('ZJ-NOTICE-LATE (应于团组出国前…及时公开)', () => {
  it('fails a notice starting the day after departure, at the 公示开始 cell; not one starting on the day', () => {
    const fs = run('2024-06-04', '2024-06-11', '2024-06-03', 'ZJ-NOTICE-LATE');
    expect(cells(fs)).toEqual(['需求表!S2']);
    expect(fs[0]).toMatchObject({ severity: 'error', projectKey: KEY, clause: '浙外专发〔2017〕14号 三(二) 应于团组出国前在本单位范围内及时公开' });
    expect(fs[0].data).toEqual({ noticeStart: '2024-06-04', departDate: '2024-06-03' });
    expect(run('2024-06-03', '2024-06-11', '2024-06-03', 'ZJ-NOTICE-LATE')).toEqual([]);
    // a late start is not also “starts on the departure day” (Tue 6.4 … Tue 6.11, 端午 6.10 off: 5 working days)
    expect(run('2024-06-04', '2024-06-11', '2024-06-03')).toEqual([]);
  });

  it('needs 出发日期', () => {
    expect(run('2024-06-04', '2024-06-10', null, 'ZJ-NOTICE-LATE')).toEqual([]);
  });
});

describe('ZJ-NOTICE with a mistyped year', () => {
  it('decides a notice running for years without counting them all', () => {
    expect(run('2024-06-03', '2199-06-07', '2199-07-01')).toEqual([]);
  });
});
