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

// ZJ-INTERCITY, ZJ-INTERCITY-ENDS, ZJ-CITIES, ZJ-CIVIL-SERVANTS, ZJ-NOTICE, ZJ-NOTICE-LATE, ZJ-REPORT-LATE: zj2017/*.test.ts

describe('zj2017 findings carry their figures and their project', () => {
  it('ZJ-RATIO-STUDY and ZJ-RATIO-TOPIC', () => {
    const wb = ratioWorkbook((i) => (i < 4 ? '专题培训' : i < 9 ? '课堂学习' : i === 9 ? [{ slot: '上午', type: '对口考察' }, { slot: '下午', type: '休整' }] : '休整'));
    expect(findings(wb, 'ZJ-RATIO-STUDY')[0]).toMatchObject({ projectKey: KEY, data: { studyDays: 9.5, totalDays: 15, share: '63.3%', minShare: '2/3' } });
    expect(findings(wb, 'ZJ-RATIO-TOPIC')[0]).toMatchObject({ projectKey: KEY, data: { topicDays: 4, totalDays: 15, share: '26.7%', minShare: '1/3' } });
  });
  it('ZJ-PLAN-DEADLINE', () => {
    const fs = findings(workbook({ projects: [project({ key: KEY, departDate: '2025-03-01', filedDate: '2024-12-01' })] }), 'ZJ-PLAN-DEADLINE');
    expect(fs[0]).toMatchObject({ projectKey: KEY, data: { filedDate: '2024-12-01', planYear: 2025, deadline: '2024-11-30' } });
  });
  it('ZJ-GENERAL-PROJECT', () => {
    const short = findings(workbook({ projects: [project({ key: KEY, text: { theme: '智能制造班' } })] }), 'ZJ-GENERAL-PROJECT');
    expect(short[0]).toMatchObject({ projectKey: KEY, data: { theme: '智能制造班', length: 5, minThemeLength: 6 } });
    const visit = findings(workbook({ projects: [project({ key: KEY, text: { theme: '赴德国智能制造参观考察团' } })] }), 'ZJ-GENERAL-PROJECT');
    expect(visit[0].data).toEqual({ theme: '赴德国智能制造参观考察团', word: '考察' });
  });
  it('ZJ-PREDEPARTURE', () => {
    const wb = (pre: string) => workbook({ projects: [project({ key: KEY, departDate: '2024-06-10' })], participants: [participant(KEY, 1, '李四', { predeparture: pre })] });
    expect(findings(wb('2024-06-11'), 'ZJ-PREDEPARTURE')[0]).toMatchObject({ projectKey: KEY, data: { name: '李四', predeparture: '2024-06-11', departDate: '2024-06-10' } });
    expect(findings(wb(''), 'ZJ-PREDEPARTURE')[0].data).toEqual({ name: '李四' });
  });
});
