/** ZJ-INTERCITY and ZJ-INTERCITY-ENDS (000 二(二) 工作日不安排城市间移动), ZJ-CITIES (培训地点应当相对集中). */
import { cells, findings, project, schedule, workbook, type RowSpec } from '../builders';
import type { ActivityType } from '../../../../src/core/model/records';
import { findRule, listPacks, ruleInfo } from '../../../../src/core/rules/registry';

const KEY = 'P1';

/** One row per date (or the rows given), 课堂学习 unless said. */
function trip(dates: string[], cityOf: (i: number) => string | RowSpec[], ruleId = 'ZJ-INTERCITY', params: Record<string, string | string[]> = {}) {
  const rows: RowSpec[] = [];
  dates.forEach((date, i) => {
    const c = cityOf(i);
    if (typeof c === 'string') rows.push({ date, city: c, type: '课堂学习' });
    else for (const r of c) rows.push({ date, type: '课堂学习', ...r });
  });
  const wb = workbook({ projects: [project({ key: KEY, days: dates.length })], schedules: [schedule(KEY, rows)] });
  return findings(wb, ruleId, { params });
}

// Thu 06-06 (first, working) … Sat 06-08, Sun 06-09, Mon 06-10, Tue 06-11 (last, working)
const WEEK = ['2024-06-06', '2024-06-07', '2024-06-08', '2024-06-09', '2024-06-10', '2024-06-11'];
// Wed 06-05 (first) … Sun 06-09 (last, not a working day)
const TO_SUNDAY = ['2024-06-05', '2024-06-06', '2024-06-07', '2024-06-08', '2024-06-09'];

describe('ZJ-INTERCITY (days 2…N−1)', () => {
  it('passes a group that stays in one city, and a move on Saturday', () => {
    expect(trip(WEEK, () => '柏林')).toEqual([]);
    expect(trip(WEEK, (i) => (i < 2 ? '柏林' : '慕尼黑'))).toEqual([]);
  });

  it('fails a move on a working Monday, once, at the city cell of the first offending row, with its figures', () => {
    const fs = trip(WEEK, (i) => (i < 4 ? '柏林' : i === 4 ? [{ slot: '上午', city: '慕尼黑' }, { slot: '下午', city: '纽伦堡' }] : '纽伦堡'));
    expect(cells(fs)).toEqual(['日程表!D6']);
    expect(fs[0]).toMatchObject({ severity: 'error', projectKey: KEY, clause: '浙外专发〔2017〕14号 二(二) 工作日不安排城市间移动' });
    expect(fs[0].message).toContain('2024年6月10日（星期一）');
    expect(fs[0].message).toContain('柏林→慕尼黑');
    expect(fs[0].data).toEqual({ date: '2024-06-10', weekday: 1, from: '柏林', to: '慕尼黑', move: '柏林→慕尼黑' });
  });

  it('fails a row naming two cities abroad on a working day', () => {
    const fs = trip(WEEK, (i) => (i === 1 ? [{ city: '柏林—汉堡', type: '交通' }] : i > 1 ? '汉堡' : '柏林'));
    expect(cells(fs)).toEqual(['日程表!D3']);
    expect(fs[0].projectKey).toBe(KEY);
  });

  it('fails a 交通 row saying 乘车前往 a city on a working day, even without a city cell; not 乘车前往机场', () => {
    const fs = trip(WEEK, (i) => (i === 4 ? [{ slot: '上午', type: '交通', content: '乘车前往德累斯顿' }, { slot: '下午', city: '柏林' }] : '柏林'));
    expect(cells(fs)).toEqual(['日程表!F6']);
    expect(trip(WEEK, (i) => (i === 4 ? [{ slot: '上午', type: '交通', content: '乘车前往机场接人' }, { slot: '下午', city: '柏林' }] : '柏林'))).toEqual([]);
  });

  it('leaves the first and last day to ZJ-INTERCITY-ENDS', () => {
    expect(trip(WEEK, (i) => (i === 0 ? '法兰克福—柏林' : i === 5 ? '柏林—法兰克福' : '柏林'))).toEqual([]);
  });

  it('never counts the flight from or to China as a move', () => {
    const home = (i: number) => (i === 0 ? '上海—法兰克福' : i === 5 ? '法兰克福—杭州' : '法兰克福');
    expect(trip(WEEK, home)).toEqual([]);
    expect(trip(WEEK, home, 'ZJ-INTERCITY-ENDS')).toEqual([]);
    // a row in China (国家 中国) between two days in 法兰克福 is not a city abroad either
    const viaHome = trip(WEEK, (i) => (i === 5 ? [{ city: '法兰克福' }, { city: '北京', country: '中国', type: '交通' }] : '法兰克福'), 'ZJ-INTERCITY-ENDS');
    expect(viaHome).toEqual([]);
  });

  it('a place named only as a transit point is not a city: 经阿姆斯特丹转机抵达卑尔根 is a day in 卑尔根', () => {
    const via = (i: number) => (i === 0 ? '乘机经阿姆斯特丹转机抵达卑尔根' : i === 5 ? '卑尔根—阿姆斯特丹（转机）—上海' : '卑尔根');
    expect(trip(WEEK, via)).toEqual([]);
    expect(trip(WEEK, via, 'ZJ-INTERCITY-ENDS')).toEqual([]);
    expect(trip(WEEK, (i) => (i === 0 ? '杭州—经停迪拜—开普敦' : '开普敦'), 'ZJ-INTERCITY-ENDS')).toEqual([]);
    expect(trip(WEEK, (i) => (i === 0 ? '乘机经阿姆斯特丹转机抵达卑尔根' : '卑尔根'), 'ZJ-CITIES', { 'zj2017.maxCities': '1' } as never)).toEqual([]);
  });

  it('compares places by name: a note in brackets, 市 or 及周边 is the same city; 上海浦东 is in China', () => {
    expect(trip(WEEK, (i) => (i === 1 ? '柏林（含波茨坦）' : i === 4 ? '柏林市' : '柏林'))).toEqual([]);
    expect(trip(WEEK, (i) => (i < 4 ? '慕尼黑及周边' : '慕尼黑'))).toEqual([]);
    expect(trip(WEEK, (i) => (i === 0 ? '上海浦东—法兰克福' : '法兰克福'), 'ZJ-INTERCITY-ENDS')).toEqual([]);
    expect(cells(trip(WEEK, (i) => (i < 4 ? '柏林（含波茨坦）' : '慕尼黑')))).toEqual(['日程表!D6']);
  });

  it('sorts an unsorted schedule by date before following the group', () => {
    // by date: 柏林 Thu–Sat, 慕尼黑 from Sunday — no move on a working day; in sheet order it would be two
    const dates = ['2024-06-06', '2024-06-10', '2024-06-07', '2024-06-08', '2024-06-09', '2024-06-11'];
    const city = ['柏林', '慕尼黑', '柏林', '柏林', '慕尼黑', '慕尼黑'];
    expect(trip(dates, (i) => city[i])).toEqual([]);
    // and the first day is the earliest date, not the first row: a move on 06-06 listed last is ZJ-INTERCITY-ENDS
    const late = ['2024-06-07', '2024-06-10', '2024-06-11', '2024-06-06'];
    const lateCity = ['汉堡', '汉堡', '汉堡', '柏林—汉堡'];
    expect(trip(late, (i) => lateCity[i])).toEqual([]);
    expect(cells(trip(late, (i) => lateCity[i], 'ZJ-INTERCITY-ENDS'))).toEqual(['日程表!D5']);
  });

  it('dates 第N天 from 出发日期 when the schedule has no dates', () => {
    const rows: RowSpec[] = [1, 2, 3, 4].map((d) => ({ day: d, city: d < 3 ? '柏林' : '慕尼黑', type: '课堂学习' as ActivityType }));
    const mk = (depart: string) => findings(workbook({ projects: [project({ key: KEY, days: 4, departDate: depart })], schedules: [schedule(KEY, rows)] }), 'ZJ-INTERCITY');
    expect(mk('2024-06-05')).toHaveLength(1); // day 3 = Friday
    expect(mk('2024-06-06')).toEqual([]); // day 3 = Saturday
  });

  it('working days abroad are Monday to Friday: a Chinese holiday (端午 2024-06-10) is still a working day abroad', () => {
    expect(trip(WEEK, (i) => (i < 4 ? '柏林' : '慕尼黑'))).toHaveLength(1);
  });
});

describe('ZJ-INTERCITY-ENDS (a move abroad on a working first or last day)', () => {
  it('warns a move on a working first day, at its city cell, with its figures', () => {
    const fs = trip(WEEK, (i) => (i === 0 ? [{ slot: '上午', city: '法兰克福' }, { slot: '下午', city: '柏林' }] : '柏林'), 'ZJ-INTERCITY-ENDS');
    expect(cells(fs)).toEqual(['日程表!D3']);
    expect(fs[0]).toMatchObject({ severity: 'warning', projectKey: KEY, clause: '浙外专发〔2017〕14号 二(二) 工作日不安排城市间移动' });
    expect(fs[0].message).toContain('首日');
    expect(fs[0].data).toMatchObject({ date: '2024-06-06', day: 'first', from: '法兰克福', to: '柏林' });
  });

  it('warns a move on a working last day, once', () => {
    const fs = trip(WEEK, (i) => (i === 5 ? [{ city: '柏林—法兰克福', type: '交通' }, { city: '法兰克福—上海', type: '交通' }] : '柏林'), 'ZJ-INTERCITY-ENDS');
    expect(cells(fs)).toEqual(['日程表!D7']);
    expect(fs[0].message).toContain('末日');
    expect(fs[0].data).toMatchObject({ day: 'last' });
  });

  it('passes a move on a Sunday last day', () => {
    expect(trip(TO_SUNDAY, (i) => (i === 4 ? '柏林—法兰克福' : '柏林'), 'ZJ-INTERCITY-ENDS')).toEqual([]);
    expect(trip(TO_SUNDAY, (i) => (i === 4 ? '柏林—法兰克福' : '柏林'))).toEqual([]);
  });

  it('says nothing of a middle day (that is ZJ-INTERCITY)', () => {
    expect(trip(WEEK, (i) => (i < 4 ? '柏林' : '慕尼黑'), 'ZJ-INTERCITY-ENDS')).toEqual([]);
  });

  it('a one-day schedule is its own first and last day', () => {
    expect(trip(['2024-06-06'], () => '柏林—汉堡', 'ZJ-INTERCITY-ENDS')).toHaveLength(1);
    expect(trip(['2024-06-06'], () => '柏林—汉堡')).toEqual([]);
  });
});

describe('the rule list (the pane’s and `peixun rules`) shows both under zj2017, with what they check', () => {
  it.each([
    ['ZJ-INTERCITY', /境外工作日.*城市间移动/],
    ['ZJ-INTERCITY-ENDS', /首日或末日.*城市间移动/],
  ])('%s', (id, what) => {
    const info = ruleInfo(findRule(id)!);
    expect(info).toMatchObject({ id, pack: 'zj2017', offlineOnly: true, onlineOnly: false });
    expect(info.description).toMatch(what);
    expect(listPacks().find((p) => p.id === 'zj2017')!.rules.map((r) => r.id)).toContain(id);
  });
});

describe('ZJ-CITIES (培训地点应当相对集中: a hint, maxCities is this tool’s default)', () => {
  const wbWith = (cities: string[]) =>
    workbook({
      projects: [project({ key: KEY, days: cities.length + 1 })],
      schedules: [schedule(KEY, [...cities.map((c, i) => ({ date: `2024-06-0${i + 3}`, city: c, type: '课堂学习' as ActivityType })), { date: `2024-06-0${cities.length + 3}`, city: '北京', country: '中国', type: '交通' }])],
    });
  it('passes 3 cities abroad (the home city not counted)', () => expect(findings(wbWith(['柏林', '慕尼黑', '汉堡']), 'ZJ-CITIES')).toEqual([]));
  it('notes the 4th city, as info, saying the limit is the tool’s default', () => {
    const fs = findings(wbWith(['柏林', '慕尼黑', '汉堡', '科隆']), 'ZJ-CITIES');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'info', cell: 'D5', projectKey: KEY });
    expect(fs[0].message).toContain('4个境外城市');
    expect(fs[0].message).toContain('本工具默认');
    expect(fs[0].data).toEqual({ cities: 4, maxCities: 3, names: '柏林、慕尼黑、汉堡、科隆' });
  });
  it('counts the cities of 交通 rows abroad as ZJ-INTERCITY does, but not home cities or transit points', () => {
    const wb = workbook({
      projects: [project({ key: KEY, days: 3 })],
      schedules: [schedule(KEY, [
        { date: '2024-06-03', city: '杭州—法兰克福', type: '交通' },
        { date: '2024-06-04', city: '柏林', type: '课堂学习' },
        { date: '2024-06-05', city: '柏林—经停迪拜—上海', type: '交通' },
      ])],
    });
    expect(findings(wb, 'ZJ-CITIES', { params: { 'zj2017.maxCities': 2 } })).toEqual([]);
    expect(findings(wb, 'ZJ-CITIES', { params: { 'zj2017.maxCities': 1 } })[0].data).toMatchObject({ cities: 2 });
  });
});

describe('ZJ-CITIES without dates', () => {
  it('counts the cities of a 第N天 schedule with no 出发日期', () => {
    const rows = ['柏林', '慕尼黑', '汉堡', '科隆'].map((c, i) => ({ day: i + 1, city: c, type: '课堂学习' as ActivityType }));
    const fs = findings(workbook({ projects: [project({ key: KEY, days: 4 })], schedules: [schedule(KEY, rows)] }), 'ZJ-CITIES');
    expect(cells(fs)).toEqual(['日程表!D5']);
  });
});

describe('ZJ-INTERCITY: what is and is not a move (edges)', () => {
  const wbOf = (rows: RowSpec[], spec: Parameters<typeof project>[0] = {}) => workbook({ projects: [project({ key: KEY, days: rows.length, ...spec })], schedules: [schedule(KEY, rows)] });

  it('a city whose country the reader does not know is still abroad', () => {
    const wb = wbOf(WEEK.map((date, i) => ({ date, city: i < 4 ? '卑尔根' : '特隆赫姆', type: '课堂学习' as ActivityType })));
    for (const r of wb.schedules[0].rows) r.countries = [];
    expect(cells(findings(wb, 'ZJ-INTERCITY'))).toEqual(['日程表!D6']);
  });

  it('a transit point named only in the content leaves a two-city row with one city', () => {
    const rows: RowSpec[] = WEEK.map((date, i) => ({ date, city: i === 0 ? '阿姆斯特丹—卑尔根' : '卑尔根', type: '课堂学习' as ActivityType, ...(i === 0 ? { content: '经阿姆斯特丹转机抵达', type: '交通' as ActivityType } : {}) }));
    expect(findings(wbOf(rows), 'ZJ-INTERCITY-ENDS')).toEqual([]);
    rows[0].content = '抵达阿姆斯特丹，乘火车前往卑尔根';
    expect(findings(wbOf(rows), 'ZJ-INTERCITY-ENDS')).toHaveLength(1);
    // a row of another type says the same
    rows[0] = { date: WEEK[0], city: '阿姆斯特丹—卑尔根', type: '其他', content: '经阿姆斯特丹转机抵达，入住' };
    expect(findings(wbOf(rows), 'ZJ-INTERCITY-ENDS')).toEqual([]);
  });

  it('a row with neither date nor day number before the dated ones is no day of its own', () => {
    const rows: RowSpec[] = [{ city: '法兰克福', type: '交通' }, ...WEEK.map((date) => ({ date, city: '柏林', type: '课堂学习' as ActivityType }))];
    expect(findings(wbOf(rows, { departDate: '2024-06-06' }), 'ZJ-INTERCITY')).toEqual([]);
  });

  it('a 交通 row naming one city that its content calls a transit point is no city', () => {
    const rows: RowSpec[] = WEEK.map((date, i) => ({ date, city: i === 2 ? '阿姆斯特丹' : '卑尔根', type: (i === 2 ? '交通' : '课堂学习') as ActivityType, content: i === 2 ? '经阿姆斯特丹转机返回卑尔根' : '课程' }));
    // Saturday 06-08 is the 交通 day: the next working day (Monday) in 卑尔根 is no move
    rows[2].date = '2024-06-10';
    rows[4].date = '2024-06-08';
    expect(findings(wbOf(rows), 'ZJ-INTERCITY')).toEqual([]);
  });

  it('only a 交通 row’s content makes a move without cities', () => {
    const rows: RowSpec[] = WEEK.map((date, i) => ({ date, city: '柏林', type: '课堂学习' as ActivityType, content: i === 4 ? '乘车前往德累斯顿参观' : '课程' }));
    rows[4] = { date: WEEK[4], type: '对口考察', content: '乘车前往德累斯顿参观' };
    expect(findings(wbOf(rows), 'ZJ-INTERCITY')).toEqual([]);
    rows[4] = { date: WEEK[4], type: '交通', content: '乘车前往德累斯顿参观' };
    expect(findings(wbOf(rows), 'ZJ-INTERCITY')).toHaveLength(1);
  });

  it('第N天 without 出发日期 cannot be dated: no check', () => {
    const rows: RowSpec[] = [1, 2, 3, 4].map((d) => ({ day: d, city: d < 3 ? '柏林' : '慕尼黑', type: '课堂学习' as ActivityType }));
    expect(findings(wbOf(rows), 'ZJ-INTERCITY')).toEqual([]);
    expect(findings(wbOf(rows), 'ZJ-INTERCITY-ENDS')).toEqual([]);
  });

  it('online projects skip the offline-only schedule rules', () => {
    const rows: RowSpec[] = WEEK.map((date, i) => ({ date, city: i === 0 ? '法兰克福—柏林' : i < 4 ? '柏林' : ['慕尼黑', '汉堡'][i - 4], type: '休整' as ActivityType }));
    const offline = wbOf(rows);
    const online = wbOf(rows, { mode: 'online' });
    for (const id of ['ZJ-INTERCITY', 'ZJ-INTERCITY-ENDS', 'ZJ-CITIES', 'ZJ-RATIO-STUDY', 'ZJ-RATIO-TOPIC']) {
      expect({ id, n: findings(offline, id).length > 0 }).toEqual({ id, n: true });
      expect({ id, n: findings(online, id).length }).toEqual({ id, n: 0 });
    }
  });
});
