/**
 * How ZJ-INTERCITY, ZJ-INTERCITY-ENDS and ZJ-CITIES name the places of a schedule (travel.ts): a note in
 * brackets, 及周边 / 市区 / 市 are the same city; a transit point, however the sentence goes on, is no city.
 * Each case is one a reviewer's schedule shows; found by mutation testing (docs/MUTATION.md).
 */
import { findings, project, schedule, workbook, type RowSpec } from '../builders';

const KEY = 'P1';
// Thu 06-06 (first, working) … Sat 06-08, Sun 06-09, Mon 06-10 (working), Tue 06-11 (last, working)
const WEEK = ['2024-06-06', '2024-06-07', '2024-06-08', '2024-06-09', '2024-06-10', '2024-06-11'];
const ONE_CITY = { 'zj2017.maxCities': '1' } as never;

function trip(cityOf: (i: number) => string, ruleId = 'ZJ-INTERCITY', params: Record<string, unknown> = {}) {
  const rows: RowSpec[] = WEEK.map((date, i) => ({ date, city: cityOf(i), type: '课堂学习' }));
  const wb = workbook({ projects: [project({ key: KEY, days: WEEK.length })], schedules: [schedule(KEY, rows)] });
  return findings(wb, ruleId, { params: params as never });
}

describe('one city, however the schedule names it', () => {
  it('巴黎（含周边） the first days and 巴黎 from Monday is no move', () => {
    expect(trip((i) => (i < 3 ? '巴黎（含周边）' : '巴黎'))).toEqual([]);
    expect(trip((i) => (i < 3 ? '巴黎 （含周边）' : '巴黎'))).toEqual([]);
  });

  it('东京市区 and 东京, 慕尼黑及周边 and 慕尼黑 are one city; 市川市 is 市川 (市 only at the end)', () => {
    expect(trip((i) => (i < 4 ? '东京市区' : '东京'))).toEqual([]);
    expect(trip((i) => (i < 4 ? '慕尼黑及周边地区' : '慕尼黑'))).toEqual([]);
    expect(trip((i) => (i < 4 ? '市川市' : '市川'))).toEqual([]);
  });

  it('a note in brackets before the name: （德国）柏林 is 柏林', () => {
    expect(trip((i) => (i === 0 ? '（德国）柏林' : '柏林'))).toEqual([]);
  });

  it('but two cities with notes are still two: 柏林（含波茨坦） then 慕尼黑 on a Monday is a move', () => {
    expect(trip((i) => (i < 4 ? '柏林（含波茨坦）' : '慕尼黑（市区）')).map((f) => f.data?.move)).toEqual(['柏林→慕尼黑']);
  });
});

describe('a transit point is no city, whatever follows it', () => {
  it('杭州—经停迪拜后飞往开普敦: a day in 开普敦, no move 迪拜→开普敦 on the working first day', () => {
    const first = (i: number) => (i === 0 ? '杭州—经停迪拜后飞往开普敦' : '开普敦');
    expect(trip(first, 'ZJ-INTERCITY-ENDS')).toEqual([]);
    expect(trip(first, 'ZJ-CITIES', ONE_CITY)).toEqual([]);
    expect(trip((i) => (i === 0 ? '乘机经迪拜转机后再飞往开普敦' : '开普敦'), 'ZJ-CITIES', ONE_CITY)).toEqual([]);
  });

  it('a flight number in the sentence is no city: 乘KL898航班经阿姆斯特丹转机抵达卑尔根 is a day in 卑尔根', () => {
    for (const t of [
      '乘KL898航班经阿姆斯特丹转机抵达卑尔根',
      '搭乘3U8888次航班经阿姆斯特丹转机飞抵卑尔根',
      '乘坐CA 931航班，在阿姆斯特丹转机，抵达卑尔根',
      'KL898航班经阿姆斯特丹转机抵达卑尔根',
      '乘坐KL898经阿姆斯特丹转机抵达卑尔根',
      '乘U2 8210航班经阿姆斯特丹转机抵达卑尔根',
    ]) {
      const first = (i: number) => (i === 0 ? t : '卑尔根');
      expect([t, trip(first, 'ZJ-INTERCITY-ENDS')]).toEqual([t, []]);
      expect([t, trip(first, 'ZJ-CITIES', ONE_CITY)]).toEqual([t, []]);
    }
    // two flights in one cell: both numbers are left out
    const two = (i: number) => (i === 0 ? '乘CA931航班飞抵法兰克福转乘LH1234航班飞往卑尔根' : '卑尔根');
    expect(trip(two, 'ZJ-CITIES', ONE_CITY)).toEqual([]);
    // the same sentence to another city on a working first day is still a move there
    expect(trip((i) => (i === 0 ? '乘KL898航班经阿姆斯特丹转机抵达卑尔根' : '奥斯陆'), 'ZJ-CITIES', ONE_CITY).map((f) => f.data?.names)).toEqual(['卑尔根、奥斯陆']);
  });

  it('a transit point named with 市区 is the same place: 乘机经新加坡市区转机抵达悉尼 is a day in 悉尼', () => {
    expect(trip((i) => (i === 0 ? '乘机经新加坡市区转机抵达悉尼' : '悉尼'), 'ZJ-CITIES', ONE_CITY)).toEqual([]);
  });

  it('two transit points in one cell are both left out', () => {
    expect(trip((i) => (i === 0 ? '杭州—迪拜（转机）—多哈（转机）—开普敦' : '开普敦'), 'ZJ-CITIES', ONE_CITY)).toEqual([]);
    expect(trip((i) => (i === 0 ? '乘机经迪拜转机、经多哈转机抵达开普敦' : '开普敦'), 'ZJ-CITIES', ONE_CITY)).toEqual([]);
  });

  it('without transit words the same cell names 迪拜 and 开普敦', () => {
    const fs = trip((i) => (i === 0 ? '杭州—迪拜（转机）—开普敦' : '开普敦'), 'ZJ-CITIES', { ...(ONE_CITY as object), 'zj2017.transitWords': [] });
    expect(fs.map((f) => f.data?.names)).toEqual(['迪拜、开普敦']);
  });
});

describe('transit words from the settings are matched as written', () => {
  it('a word with a stray bracket (转机() is no pattern: it neither breaks the rules nor matches 转机 alone', () => {
    const params = { ...(ONE_CITY as object), 'zj2017.transitWords': ['转机('] };
    const fs = trip((i) => (i === 0 ? '杭州—阿姆斯特丹(转机)—卑尔根' : '卑尔根'), 'ZJ-CITIES', params);
    expect(fs.map((f) => f.data?.names)).toEqual(['阿姆斯特丹、卑尔根']);
    const wb = workbook({ projects: [project({ key: KEY, days: WEEK.length })], schedules: [schedule(KEY, WEEK.map((date, i) => ({ date, city: i === 0 ? '杭州—阿姆斯特丹(转机)—卑尔根' : '卑尔根', type: '课堂学习' as const })))] });
    for (const id of ['ZJ-INTERCITY', 'ZJ-INTERCITY-ENDS']) expect(findings(wb, id, { params: params as never }).filter((f) => f.message.includes('运行出错'))).toEqual([]);
  });

  it('a word written with ASCII brackets ((转)) matches only itself, not every 转: 奥斯陆(转车) is a stop unless 转车 is a word', () => {
    const D = ['转机', '经停', '转乘', '中转'];
    const first = (i: number) => (i === 0 ? '杭州—迪拜(转)—奥斯陆(转车)—卑尔根' : '卑尔根');
    for (const words of [[...D, '(转)'], ['(转)', ...D]]) {
      const fs = trip(first, 'ZJ-CITIES', { ...(ONE_CITY as object), 'zj2017.transitWords': words });
      expect([words, fs.map((f) => f.data?.names)]).toEqual([words, ['奥斯陆、卑尔根']]);
    }
    expect(trip(first, 'ZJ-CITIES', { ...(ONE_CITY as object), 'zj2017.transitWords': [...D, '(转)', '转车'] })).toEqual([]);
  });

  it('an empty word among them changes nothing: the move to 卑尔根 on Monday is still found', () => {
    const rows = (i: number) => (i < 4 ? '柏林' : i === 4 ? '乘机经阿姆斯特丹转机抵达卑尔根' : '卑尔根');
    for (const words of [['转机'], ['转机', ''], ['', '转机']]) {
      const fs = trip(rows, 'ZJ-INTERCITY', { 'zj2017.transitWords': words });
      expect([words, fs.map((f) => [f.cell, f.data?.move])]).toEqual([words, [['D6', '柏林→卑尔根']]]);
    }
  });

  it('迪拜转机 written as a stop of its own (杭州—迪拜转机—开普敦) is a transit point too', () => {
    expect(trip((i) => (i === 0 ? '杭州—迪拜转机—开普敦' : '开普敦'), 'ZJ-CITIES', ONE_CITY)).toEqual([]);
    expect(trip((i) => (i === 0 ? '杭州—迪拜转机—开普敦' : '开普敦'), 'ZJ-INTERCITY-ENDS')).toEqual([]);
  });
});

describe('only a row naming several places, a 交通 row or a sentence reads its content for transit points', () => {
  it('a study visit to a transfer hub (在阿姆斯特丹转机枢纽考察) is a day in 阿姆斯特丹: the Monday move is found', () => {
    const rows: RowSpec[] = WEEK.map((date, i) =>
      i < 4 ? { date, city: '柏林', type: '课堂学习' } : { date, city: '阿姆斯特丹', content: '在阿姆斯特丹转机枢纽考察', type: '对口考察' },
    );
    const wb = workbook({ projects: [project({ key: KEY, days: WEEK.length })], schedules: [schedule(KEY, rows)] });
    expect(findings(wb, 'ZJ-INTERCITY').map((f) => [f.cell, f.data?.move])).toEqual([['D6', '柏林→阿姆斯特丹']]);
  });
});

describe('home cities from the settings', () => {
  it('an empty entry among them makes no city abroad a home city', () => {
    for (const home of [['杭州'], ['杭州', ''], ['', '杭州']]) {
      const fs = trip((i) => (i < 4 ? '柏林' : '慕尼黑'), 'ZJ-INTERCITY', { 'zj2017.homeCities': home });
      expect([home, fs.map((f) => f.data?.move)]).toEqual([home, ['柏林→慕尼黑']]);
    }
  });
});
