import { dailySchedule, findings, participant, project, schedule, workbook, cells, SCHEDULE, type RowSpec } from './builders';
import type { ActivityType } from '../../../src/core/model/records';

const KEY = 'P1';

/** 15 days from 2024-06-03 (a Monday); `study` full days of 课堂学习 first, the rest 休整. */
function ratioWorkbook(typeOf: (i: number) => ActivityType | RowSpec[]) {
  const p = project({ key: KEY, days: 15 });
  return workbook({ projects: [p], schedules: [dailySchedule(KEY, '2024-06-03', 15, typeOf)] });
}

describe('ZJ-RATIO-STUDY (二(二) 不少于在外总日程的三分之二)', () => {
  it('passes at exactly 2/3 (10 of 15 days)', () => {
    expect(findings(ratioWorkbook((i) => (i < 10 ? '课堂学习' : '休整')), 'ZJ-RATIO-STUDY')).toEqual([]);
  });

  it('fails half a day below 2/3 (9.5 of 15), at the theme cell with the header row related', () => {
    const wb = ratioWorkbook((i) => (i < 9 ? '课堂学习' : i === 9 ? [{ slot: '上午', type: '对口考察' }, { slot: '下午', type: '休整' }] : '休整'));
    const fs = findings(wb, 'ZJ-RATIO-STUDY');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'error', sheet: '需求表', cell: 'A2', projectKey: KEY, clause: '浙外专发〔2017〕14号 二(二)' });
    expect(fs[0].related).toEqual([{ sheet: SCHEDULE, cell: 'A1:G1' }]);
    expect(fs[0].message).toContain('9.5天');
  });

  it('names the day counts, the percentage and the clause', () => {
    const fs = findings(ratioWorkbook((i) => (i < 9 ? (i % 3 === 0 ? '专题培训' : '对口考察') : '休整')), 'ZJ-RATIO-STUDY');
    expect(fs[0].message).toBe('课堂学习和考察9天，占在外总日程15天的60.0%，低于三分之二（浙外专发〔2017〕14号 二(二)）');
  });

  it('counts 专题培训, 课堂学习 and 对口考察 but not 交通, 休整, 其他', () => {
    const types: ActivityType[] = ['专题培训', '课堂学习', '对口考察', '交通', '休整', '其他'];
    // 6 study-type days + 3 others = 9 of 15 → fails; the three study types alone make 6.
    const wb = ratioWorkbook((i) => (i < 6 ? types[i % 3] : i < 9 ? types[3 + (i % 3)] : '休整'));
    expect(findings(wb, 'ZJ-RATIO-STUDY')[0].message).toContain('课堂学习和考察6天');
  });

  it('takes 在外总日程 from the first to the last date, counting days without rows', () => {
    // Rows only on 3 of 4 calendar days: 3 study days of 4 = 75% passes; of 5 (gap of 2) = 60% fails.
    const s4 = schedule(KEY, [{ date: '2024-06-03', type: '课堂学习' }, { date: '2024-06-04', type: '课堂学习' }, { date: '2024-06-06', type: '课堂学习' }]);
    const s5 = schedule(KEY, [{ date: '2024-06-03', type: '课堂学习' }, { date: '2024-06-04', type: '课堂学习' }, { date: '2024-06-07', type: '课堂学习' }]);
    expect(findings(workbook({ projects: [project({ key: KEY, days: 4 })], schedules: [s4] }), 'ZJ-RATIO-STUDY')).toEqual([]);
    expect(findings(workbook({ projects: [project({ key: KEY, days: 5 })], schedules: [s5] }), 'ZJ-RATIO-STUDY')[0].message).toContain('在外总日程5天');
  });

  it('uses the distinct 第N天 where there are no dates', () => {
    const rows: RowSpec[] = [];
    for (let d = 1; d <= 3; d++) rows.push({ day: d, slot: '上午', type: '课堂学习' }, { day: d, slot: '下午', type: d === 3 ? '休整' : '课堂学习' });
    // 2.5 of 3 = 83% passes; with minStudyShare 0.9 it fails.
    const wb = workbook({ projects: [project({ key: KEY, days: 3 })], schedules: [schedule(KEY, rows)] });
    expect(findings(wb, 'ZJ-RATIO-STUDY')).toEqual([]);
    expect(findings(wb, 'ZJ-RATIO-STUDY', { params: { 'zj2017.minStudyShare': '0.9' } })[0].message).toBe(
      '课堂学习和考察2.5天，占在外总日程3天的83.3%，低于十分之九（浙外专发〔2017〕14号 二(二)）',
    );
  });
});

describe('ZJ-RATIO-TOPIC (其中专题培训不得少于三分之一)', () => {
  it('passes at exactly 1/3 (5 of 15) — no float turns 1/3 into 0.333…26', () => {
    expect(findings(ratioWorkbook((i) => (i < 5 ? '专题培训' : '课堂学习')), 'ZJ-RATIO-TOPIC')).toEqual([]);
  });

  it('passes at exactly 1/3 made of thirds of days (three untimed rows on one date)', () => {
    // Day 1: three untimed rows (⅓ each, one 专题培训); day 2: 上午 专题培训 (½); day 3: 晚上 专题培训 (0) + 全天.
    const s = schedule(KEY, [
      { date: '2024-06-03', type: '专题培训' },
      { date: '2024-06-03', type: '课堂学习' },
      { date: '2024-06-03', type: '课堂学习' },
      { date: '2024-06-04', slot: '上午', type: '专题培训' },
      { date: '2024-06-04', slot: '下午', type: '课堂学习' },
      { date: '2024-06-05', type: '专题培训', slot: '晚上' },
      { date: '2024-06-05', slot: '全天', type: '课堂学习' },
    ]);
    const wb = workbook({ projects: [project({ key: KEY, days: 3 })], schedules: [s] });
    // topic = ⅓ + ½ + 0 = 5/6 of 3 days < 1/3? 5/6 ÷ 3 = 5/18 < 6/18 → fails
    expect(findings(wb, 'ZJ-RATIO-TOPIC')).toHaveLength(1);
    const exact = schedule(KEY, [
      { date: '2024-06-03', type: '专题培训' },
      { date: '2024-06-03', type: '专题培训' },
      { date: '2024-06-03', type: '课堂学习' },
      { date: '2024-06-04', type: '专题培训' },
      { date: '2024-06-04', type: '课堂学习' },
      { date: '2024-06-04', type: '课堂学习' },
      { date: '2024-06-05', type: '课堂学习' },
    ]);
    // topic = ⅔ + ⅓ = 1 of 3 days: exactly 1/3 passes.
    expect(findings(workbook({ projects: [project({ key: KEY, days: 3 })], schedules: [exact] }), 'ZJ-RATIO-TOPIC')).toEqual([]);
  });

  it('fails half a day below 1/3 (4.5 of 15) with the figures in the message', () => {
    const wb = ratioWorkbook((i) => (i < 4 ? '专题培训' : i === 4 ? [{ slot: '上午', type: '专题培训' }, { slot: '下午', type: '课堂学习' }] : '课堂学习'));
    const fs = findings(wb, 'ZJ-RATIO-TOPIC');
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toBe('专题培训4.5天，占在外总日程15天的30.0%，低于三分之一（浙外专发〔2017〕14号 二(二)）');
    expect(fs[0].cell).toBe('A2');
  });
});

describe('ZJ-INTERCITY (工作日不安排城市间移动)', () => {
  // 2024-06-06 Thu (first) … 06-08 Sat, 06-09 Sun, 06-10 Mon, 06-11 Tue (last).
  const DATES = ['2024-06-06', '2024-06-07', '2024-06-08', '2024-06-09', '2024-06-10', '2024-06-11'];
  function trip(cityOf: (i: number) => string | RowSpec[], opts: { exempt?: boolean; holidays?: string[] } = {}) {
    const rows: RowSpec[] = [];
    DATES.forEach((date, i) => {
      const c = cityOf(i);
      if (typeof c === 'string') rows.push({ date, city: c, type: '课堂学习' });
      else for (const r of c) rows.push({ date, type: '课堂学习', ...r });
    });
    const wb = workbook({ projects: [project({ key: KEY, days: 6 })], schedules: [schedule(KEY, rows)] });
    const params: Record<string, string | boolean | string[]> = {};
    if (opts.exempt !== undefined) params['zj2017.exemptFirstLastDay'] = opts.exempt;
    if (opts.holidays) params['zj2017.holidays'] = opts.holidays;
    return findings(wb, 'ZJ-INTERCITY', { params });
  }

  it('passes when the group stays in one city', () => {
    expect(trip(() => '柏林')).toEqual([]);
  });

  it('passes a move on Saturday', () => {
    expect(trip((i) => (i < 2 ? '柏林' : '慕尼黑'))).toEqual([]);
  });

  it('fails a move on Monday, once, at the city cell of the first offending row', () => {
    const fs = trip((i) => (i < 4 ? '柏林' : i === 4 ? [{ slot: '上午', city: '慕尼黑' }, { slot: '下午', city: '纽伦堡' }] : '纽伦堡'));
    expect(cells(fs)).toEqual(['日程表!D6']);
    expect(fs[0].message).toContain('2024年6月10日（星期一）');
    expect(fs[0].message).toContain('柏林→慕尼黑');
  });

  it('passes moves on the first (arrival) and last (departure) day', () => {
    expect(trip((i) => (i === 0 ? [{ slot: '上午', city: '法兰克福' }, { slot: '下午', city: '柏林' }] : i === 5 ? [{ city: '柏林—法兰克福', type: '交通' }] : '柏林'))).toEqual([]);
  });

  it('fails a first-day move when the first/last day exemption is turned off', () => {
    const fs = trip((i) => (i === 0 ? [{ slot: '上午', city: '法兰克福' }, { slot: '下午', city: '柏林' }] : '柏林'), { exempt: false });
    expect(cells(fs)).toEqual(['日程表!D3']);
  });

  it('fails a row naming two cities on a working day', () => {
    expect(cells(trip((i) => (i === 1 ? [{ city: '柏林—汉堡', type: '交通' }] : i > 1 ? '汉堡' : '柏林')))).toEqual(['日程表!D3']);
  });

  it('fails a 交通 row saying 乘车前往 on a working day, even without a city', () => {
    const fs = trip((i) => (i === 4 ? [{ slot: '上午', type: '交通', content: '乘车前往德累斯顿' }, { slot: '下午', city: '柏林' }] : '柏林'));
    expect(cells(fs)).toEqual(['日程表!F6']);
  });

  it('passes a Monday move when that Monday is a holiday', () => {
    expect(trip((i) => (i < 4 ? '柏林' : '慕尼黑'), { holidays: ['2024-06-10'] })).toEqual([]);
    expect(trip((i) => (i < 4 ? '柏林' : '慕尼黑'))).toHaveLength(1);
  });

  it('dates 第N天 from 出发日期 when the schedule has no dates', () => {
    const rows: RowSpec[] = [1, 2, 3, 4].map((d) => ({ day: d, city: d < 3 ? '柏林' : '慕尼黑', type: '课堂学习' as ActivityType }));
    const mk = (depart: string) => findings(workbook({ projects: [project({ key: KEY, days: 4, departDate: depart })], schedules: [schedule(KEY, rows)] }), 'ZJ-INTERCITY');
    expect(mk('2024-06-05')).toHaveLength(1); // day 3 = Friday
    expect(mk('2024-06-06')).toEqual([]); // day 3 = Saturday
  });
});

describe('ZJ-CITIES (培训地点应当相对集中)', () => {
  const wbWith = (cities: string[]) =>
    workbook({ projects: [project({ key: KEY, days: cities.length + 1 })], schedules: [schedule(KEY, [...cities.map((c, i) => ({ date: `2024-06-0${i + 3}`, city: c, type: '课堂学习' as ActivityType })), { date: `2024-06-0${cities.length + 3}`, city: '北京', country: '中国', type: '交通' }])] });
  it('passes 3 cities', () => expect(findings(wbWith(['柏林', '慕尼黑', '汉堡']), 'ZJ-CITIES')).toEqual([]));
  it('warns at the 4th city', () => {
    const fs = findings(wbWith(['柏林', '慕尼黑', '汉堡', '科隆']), 'ZJ-CITIES');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'warning', cell: 'D5' });
    expect(fs[0].message).toContain('4个城市');
  });
});

describe('ZJ-CIVIL-SERVANTS (非党政类团组公务员一般不得超过2人)', () => {
  const people = (n: number) => [0, 1, 2, 3].map((i) => participant(KEY, i + 1, `人员${i}`, { civilServant: i < n }));
  it('passes 2 civil servants in the list', () => {
    expect(findings(workbook({ projects: [project({ key: KEY })], participants: people(2) }), 'ZJ-CIVIL-SERVANTS')).toEqual([]);
  });
  it('fails 3, at the third one', () => {
    const fs = findings(workbook({ projects: [project({ key: KEY, category: '专业技术类' })], participants: people(3) }), 'ZJ-CIVIL-SERVANTS');
    expect(cells(fs)).toEqual(['人员名单!B4']);
    expect(fs[0].message).toContain('3人');
  });
  it('exempts 党政类 groups', () => {
    expect(findings(workbook({ projects: [project({ key: KEY, category: '党政类' })], participants: people(4) }), 'ZJ-CIVIL-SERVANTS')).toEqual([]);
  });
  it('reads the 公务员人数 column when the list does not say', () => {
    expect(findings(workbook({ projects: [project({ key: KEY, civilServants: 2 })] }), 'ZJ-CIVIL-SERVANTS')).toEqual([]);
    expect(cells(findings(workbook({ projects: [project({ key: KEY, civilServants: 3 })] }), 'ZJ-CIVIL-SERVANTS'))).toEqual(['需求表!O2']);
  });
});

describe('ZJ-PLAN-DEADLINE (每年11月底前报下一年度项目)', () => {
  it('passes on 30 November of the year before the departure year, warns on 1 December', () => {
    expect(findings(workbook({ projects: [project({ departDate: '2025-03-01', filedDate: '2024-11-30' })] }), 'ZJ-PLAN-DEADLINE')).toEqual([]);
    const fs = findings(workbook({ projects: [project({ departDate: '2025-03-01', filedDate: '2024-12-01' })] }), 'ZJ-PLAN-DEADLINE');
    expect(cells(fs)).toEqual(['需求表!P2']);
    expect(fs[0].severity).toBe('warning');
  });
  it('uses 预计办班时间 when there is no departure date, and 出发日期 first', () => {
    expect(findings(workbook({ projects: [project({ plannedTime: { from: '2025-05-01', to: '2025-05-31' }, filedDate: '2024-12-01' })] }), 'ZJ-PLAN-DEADLINE')).toHaveLength(1);
    expect(findings(workbook({ projects: [project({ plannedTime: { from: '2025-05-01', to: '2025-05-31' }, departDate: '2026-02-01', filedDate: '2024-12-01' })] }), 'ZJ-PLAN-DEADLINE')).toEqual([]);
  });
  it('follows the planDeadline parameter', () => {
    const wb = workbook({ projects: [project({ departDate: '2025-03-01', filedDate: '2024-12-10' })], settings: { 'zj2017.planDeadline': '12-15' } });
    expect(findings(wb, 'ZJ-PLAN-DEADLINE')).toEqual([]);
  });
});

describe('ZJ-GENERAL-PROJECT (主题宽泛、参观考察)', () => {
  const theme = (t: string) => findings(workbook({ projects: [project({ text: { theme: t } })] }), 'ZJ-GENERAL-PROJECT');
  it('passes a 6-character theme, flags a 5-character one', () => {
    expect(theme('智能制造培训')).toEqual([]);
    expect(theme('智能制造班')).toHaveLength(1);
  });
  it('flags 考察/参观/访问/交流 without 培训/研修/课程/专题, as info', () => {
    const fs = theme('赴德国智能制造参观考察团');
    expect(fs).toHaveLength(1);
    expect(fs[0].severity).toBe('info');
    expect(theme('赴德国智能制造专题考察团')).toEqual([]);
  });
});

describe('ZJ-PREDEPARTURE (未经行前教育的人员不得派出)', () => {
  const wb = (pre: NonNullable<Parameters<typeof participant>[3]>['predeparture']) =>
    workbook({ projects: [project({ key: KEY, departDate: '2024-06-10' })], participants: [participant(KEY, 1, '李四', { predeparture: pre })] });
  it('passes a date on the departure day', () => expect(findings(wb('2024-06-10'), 'ZJ-PREDEPARTURE')).toEqual([]));
  it('fails a date after departure', () => expect(cells(findings(wb('2024-06-11'), 'ZJ-PREDEPARTURE'))).toEqual(['人员名单!C2']));
  it('fails a blank date', () => expect(cells(findings(wb(''), 'ZJ-PREDEPARTURE'))).toEqual(['人员名单!C2']));
  it('reports a list without the column once', () => {
    const w = workbook({ projects: [project({ key: KEY })], participants: [participant(KEY, 1, '甲'), participant(KEY, 2, '乙')] });
    expect(cells(findings(w, 'ZJ-PREDEPARTURE'))).toEqual(['人员名单!A2']);
  });
});

describe('ZJ-NOTICE (公示期限不少于5个工作日)', () => {
  const notice = (from: string, to: string, depart = '2024-07-01') =>
    findings(workbook({ projects: [project({ noticeStart: from, noticeEnd: to, departDate: depart })] }), 'ZJ-NOTICE');
  it('passes exactly 5 working days (Mon–Fri)', () => expect(notice('2024-06-03', '2024-06-07')).toEqual([]));
  it('passes 5 working days spanning a weekend (Tue–Mon)', () => expect(notice('2024-06-04', '2024-06-10')).toEqual([]));
  it('fails 4 working days spanning a weekend (Wed–Mon), once at the 公示结束 cell', () => {
    const fs = notice('2024-06-05', '2024-06-10');
    expect(cells(fs)).toEqual(['需求表!T2']);
    expect(fs[0].message).toContain('仅4个工作日');
  });
  it('fails a notice ending after departure; both problems make one finding', () => {
    expect(notice('2024-06-03', '2024-06-07', '2024-06-06')).toHaveLength(1);
    const both = notice('2024-06-05', '2024-06-10', '2024-06-07');
    expect(both).toHaveLength(1);
    expect(both[0].message).toContain('；');
  });
  it('counts holidays out of the working days', () => {
    const wb = workbook({ projects: [project({ noticeStart: '2024-06-03', noticeEnd: '2024-06-07', departDate: '2024-07-01' })], settings: { 'zj2017.holidays': '2024-06-10、2024-06-05' } });
    expect(findings(wb, 'ZJ-NOTICE')).toHaveLength(1);
  });
});

describe('ZJ-REPORT-LATE (回国后一个月内报送)', () => {
  const report = (back: string, rep: string | '' | null, asOf = '2024-06-01') =>
    findings(workbook({ projects: [project({ returnDate: back, reportDate: rep })] }), 'ZJ-REPORT-LATE', { asOf });
  it('passes a report exactly one month after return', () => expect(report('2024-03-15', '2024-04-15')).toEqual([]));
  it('warns one day later', () => expect(cells(report('2024-03-15', '2024-04-16'))).toEqual(['需求表!U2']));
  it('warns when the group is back and no report date is given', () => {
    expect(report('2024-03-15', '')).toHaveLength(1);
    expect(cells(report('2024-03-15', null))).toEqual(['需求表!R2']);
  });
  it('says nothing before the group is back', () => expect(report('2024-06-01', null)).toEqual([]));
  it('clamps to the month end (31 January → 29 February 2024)', () => {
    expect(report('2024-01-31', '2024-02-29')).toEqual([]);
    expect(report('2024-01-31', '2024-03-01')).toHaveLength(1);
  });
});
