/** zj2017's schedule rules at edges the main tests leave: no schedule, rows in China, the ZJ-CITIES wording. */
import { cells, findings, project, schedule, workbook, type RowSpec } from '../builders';

const KEY = 'P1';
// Thu 06-06 (first) … Tue 06-11 (last); Mon 06-10 is a working day in the middle
const WEEK = ['2024-06-06', '2024-06-07', '2024-06-08', '2024-06-09', '2024-06-10', '2024-06-11'];

function run(ruleId: string, rowsOf: (date: string, i: number) => RowSpec[]) {
  const rows = WEEK.flatMap((date, i) => rowsOf(date, i).map((r) => ({ date, type: '课堂学习' as const, ...r })));
  const s = schedule(KEY, rows);
  return { s, fs: () => findings(workbook({ projects: [project({ key: KEY, days: WEEK.length })], schedules: [s] }), ruleId) };
}

describe('zj2017 schedule rules without a schedule', () => {
  it.each(['ZJ-INTERCITY', 'ZJ-INTERCITY-ENDS', 'ZJ-CITIES'])('%s says nothing', (ruleId) => {
    expect(findings(workbook({ projects: [project({ key: KEY })] }), ruleId)).toEqual([]);
  });
});

describe('rows in China', () => {
  it('a row whose 国家 is only 中国 names no city abroad, even a city the home list lacks', () => {
    const { fs } = run('ZJ-INTERCITY', (_d, i) => (i === 4 ? [{ city: '敦煌', country: '中国' }] : [{ city: '法兰克福' }]));
    expect(fs()).toEqual([]);
  });

  it('a row in China and abroad keeps its city abroad: the next working day in another city is a move', () => {
    const { s, fs } = run('ZJ-INTERCITY', (_d, i) => (i === 3 ? [{ city: '上海—法兰克福', type: '交通' }] : i === 4 ? [{ city: '柏林' }] : i < 3 ? [] : [{ city: '柏林' }]));
    const flight = s.rows.find((r) => r.cities.length === 2)!;
    flight.countries = ['中国', '德国'];
    expect(cells(fs())).toEqual(['日程表!D3']);
    expect(fs()[0].data).toMatchObject({ from: '法兰克福', to: '柏林' });
  });
});

describe('ZJ-CITIES', () => {
  it('lists the cities in its message and its data', () => {
    const names = ['柏林', '汉堡', '科隆', '慕尼黑'];
    const { fs } = run('ZJ-CITIES', (_d, i) => [{ city: names[Math.min(i, 3)] }]);
    const [f] = fs();
    expect(f.message).toContain('日程涉及4个境外城市（柏林、汉堡、科隆、慕尼黑），多于本工具默认的3个');
    expect(f.data).toMatchObject({ cities: 4, maxCities: 3, names: '柏林、汉堡、科隆、慕尼黑' });
  });
});

describe('transit words as a reviewer may set them', () => {
  // Mon 06-10: 乘机经阿姆斯特丹转机抵达卑尔根, every other day in 卑尔根
  const wb = () => {
    const rows: RowSpec[] = WEEK.map((date, i) => (i === 4 ? { date, city: '乘机经阿姆斯特丹转机抵达卑尔根', type: '交通' } : { date, city: '卑尔根', type: '课堂学习' }));
    return workbook({ projects: [project({ key: KEY, days: WEEK.length })], schedules: [schedule(KEY, rows)] });
  };
  const moves = (transitWords: string[]) => findings(wb(), 'ZJ-INTERCITY', { params: { 'zj2017.transitWords': transitWords } }).map((f) => f.data?.move);

  it('a transit point is no stop: no move on the Monday', () => expect(moves(['转机'])).toEqual([]));
  it('an empty word in the list changes nothing', () => expect(moves(['转机', ''])).toEqual([]));
  it('without transit words the stop in 阿姆斯特丹 is a move, with a list of empty words too', () => {
    expect(moves([])).toEqual(['阿姆斯特丹转机→卑尔根']);
    expect(moves([''])).toEqual(['阿姆斯特丹转机→卑尔根']);
  });
});
