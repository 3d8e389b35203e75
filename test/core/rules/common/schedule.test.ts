/** C-SCHEDULE-DATES, C-SCHEDULE-MISSING and C-SCHEDULE-DAYS at their boundaries, on sheets read by the real reader. */
import { sheetFromRows, type CellValue, type MergeArea } from '../../../../src/core/grid';
import { reviewWorkbook } from '../../../../src/core/review';
import type { PackId } from '../../../../src/core/model/review';
import { cells, dailySchedule, findings, project, workbook } from '../builders';

const KEY = 'P1';

const demand = (theme = '智能制造专题培训班', days: CellValue = 3, mode?: string) =>
  sheetFromRows('需求表', [
    ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '预计办班时间', ...(mode ? ['培训形式'] : [])],
    [1, theme, '浙江省科学技术厅', '德国', 20, days, '2023年5月', ...(mode ? [mode] : [])],
  ]);

function review(rows: CellValue[][], merges: MergeArea[] = [], packs: PackId[] = ['zj2017'], ruleId = 'C-SCHEDULE-DATES') {
  const s = sheetFromRows('日程表', [['《智能制造专题培训班》日程安排表'], ['日期', '星期', '时段', '城市', '内容', '类型'], ...rows], merges);
  const r = reviewWorkbook({ file: 's.xlsx', sheets: [demand(), s] }, { packs, asOf: '2024-06-01' });
  return r.findings.filter((f) => f.ruleId === ruleId);
}

describe('C-SCHEDULE-DATES: once per wrong date or 星期', () => {
  it('a wrong 星期 merged over the 上午 and 下午 rows is one finding', () => {
    const fs = review(
      [
        ['2023-05-08', '星期二', '上午', '柏林', '专题讲座', '专题培训'],
        [null, null, '下午', '柏林', '考察', '对口考察'],
        ['2023-05-09', '星期二', '全天', '柏林', '课程', '课堂学习'],
      ],
      [{ r0: 2, c0: 0, r1: 3, c1: 0 }, { r0: 2, c0: 1, r1: 3, c1: 1 }],
    );
    expect(cells(fs)).toEqual(['日程表!B3']);
    expect(fs[0].projectKey).toBe('s.xlsx#需求表#2');
  });

  it('an unreadable date the 下午 row inherits (blank cell below) is one finding', () => {
    const fs = review([
      ['5月八日', '星期一', '上午', '柏林', '专题讲座', '专题培训'],
      [null, null, '下午', '柏林', '考察', '对口考察'],
      ['2023-05-09', '星期二', '全天', '柏林', '课程', '课堂学习'],
    ]);
    expect(cells(fs)).toEqual(['日程表!A3']);
  });

  it('still reports two different wrong 星期 cells', () => {
    const fs = review([
      ['2023-05-08', '星期二', '上午', '柏林', '专题讲座', '专题培训'],
      ['2023-05-08', '星期三', '下午', '柏林', '考察', '对口考察'],
    ]);
    expect(cells(fs)).toEqual(['日程表!B3', '日程表!B4']);
  });
});

describe('C-SCHEDULE-MISSING (names the rules that could not run; not a breach)', () => {
  const wb = workbook({ projects: [project({ key: KEY })] });
  it('warns an offline project without a schedule when zj2017 runs, naming its schedule rules', () => {
    const fs = findings(wb, 'C-SCHEDULE-MISSING', { packs: ['zj2017'] });
    expect(cells(fs)).toEqual(['需求表!A2']);
    expect(fs[0]).toMatchObject({ severity: 'warning', projectKey: KEY });
    for (const id of ['ZJ-RATIO-STUDY', 'ZJ-RATIO-TOPIC', 'ZJ-INTERCITY', 'ZJ-INTERCITY-ENDS', 'ZJ-CITIES']) expect(fs[0].message).toContain(id);
    expect(fs[0].message).toContain('不属于违规');
    expect(fs[0].data).toEqual({ rules: 'ZJ-RATIO-STUDY、ZJ-RATIO-TOPIC、ZJ-INTERCITY、ZJ-INTERCITY-ENDS、ZJ-CITIES' });
  });
  it('warns a schedule without rows too, and names a project without a theme by its key', () => {
    const empty = { ...dailySchedule(KEY, '2024-06-03', 1, () => '课堂学习'), rows: [] };
    expect(findings({ ...wb, schedules: [empty] }, 'C-SCHEDULE-MISSING', { packs: ['zj2017'] })).toHaveLength(1);
    const noTheme = findings(workbook({ projects: [project({ key: KEY, text: { theme: null } })] }), 'C-SCHEDULE-MISSING', { packs: ['zj2017'] });
    expect(noTheme[0].message).toContain(`项目“${KEY}”没有日程表`);
  });
  it('says nothing for sc2020 or most2022-online alone, with a schedule, or for an online project', () => {
    expect(findings(wb, 'C-SCHEDULE-MISSING', { packs: ['sc2020', 'most2022-online'] })).toEqual([]);
    expect(findings({ ...wb, schedules: [dailySchedule(KEY, '2024-06-03', 15, () => '课堂学习')] }, 'C-SCHEDULE-MISSING', { packs: ['zj2017'] })).toEqual([]);
    expect(findings(workbook({ projects: [project({ key: KEY, mode: 'online' })] }), 'C-SCHEDULE-MISSING', { packs: ['zj2017'] })).toEqual([]);
  });
});

describe('C-SCHEDULE-DAYS boundaries', () => {
  const days = (declared: number, n: number) =>
    findings(workbook({ projects: [project({ key: KEY, days: declared })], schedules: [dailySchedule(KEY, '2024-06-03', n, () => '课堂学习')] }), 'C-SCHEDULE-DAYS');
  it('passes equal days, fails one more or one fewer, with its figures', () => {
    expect(days(3, 3)).toEqual([]);
    expect(days(3, 4)[0]).toMatchObject({ cell: 'E2', projectKey: KEY, data: { scheduleDays: 4, declaredDays: 3 } });
    expect(days(3, 2)).toHaveLength(1);
  });
  it('does not compare a declared 0 days (C-NUMBER reports it) — the days > 0 guard', () => {
    expect(days(0, 3)).toEqual([]);
    expect(findings(workbook({ projects: [project({ key: KEY, days: 0 })] }), 'C-NUMBER').length).toBeGreaterThan(0);
  });
});

describe('C-SCHEDULE-DATES: a 星期 written in the date cell', () => {
  it('is checked against the date, once per cell, and a right one passes', () => {
    const rows = (a: string) => [
      [a, null, '上午', '柏林', '专题讲座', '专题培训'],
      [null, null, '下午', '柏林', '考察', '对口考察'],
      ['2023-06-15', null, '全天', '柏林', '课程', '课堂学习'],
    ];
    const wrong = review(rows('2023年6月14日（周二）'));
    expect(cells(wrong)).toEqual(['日程表!A3']);
    expect(wrong[0].message).toContain('应为星期三');
    expect(review(rows('2023年6月14日（周三）'))).toEqual([]);
  });
  it('reads 星期 and 周 forms, on a row of its own', () => {
    expect(cells(review([['2023年6月14日 星期二', null, '全天', '柏林', '课程', '课堂学习']]))).toEqual(['日程表!A3']);
    expect(review([['2023年6月14日 星期三', null, '全天', '柏林', '课程', '课堂学习']])).toEqual([]);
    expect(cells(review([['2023年6月14日(周四)', null, '全天', '柏林', '课程', '课堂学习']]))).toEqual(['日程表!A3']);
  });
  it('a 星期 column in English: Sun on a Sunday passes, a word that is no weekday is left alone', () => {
    expect(review([['2023-06-18', 'Sun', '全天', '柏林', '休整', '休整']])).toEqual([]);
    expect(cells(review([['2023-06-19', 'Sun', '全天', '柏林', '课程', '课堂学习']]))).toEqual(['日程表!B3']);
    expect(review([['2023-06-19', 'tbd', '全天', '柏林', '课程', '课堂学习']])).toEqual([]);
  });
  it('a date that both skips a day and has a wrong 星期 is one finding at its cell', () => {
    const fs = review([
      ['2023-06-13', null, '全天', '柏林', '课程', '课堂学习'],
      ['2023年6月15日（周三）', null, '全天', '柏林', '课程', '课堂学习'],
    ]);
    expect(cells(fs)).toEqual(['日程表!A4']);
  });
});
