import { countScheduleDays, dayShares } from '../../../src/core/tallies/days';
import { formatDays, toNumber } from '../../../src/core/values/fraction';
import { schedule, type RowSpec } from '../rules/builders';

const count = (rows: RowSpec[]) => countScheduleDays(schedule('P', rows));
const shares = (rows: RowSpec[]) => dayShares(schedule('P', rows).rows).map(formatDays);

describe('a row\'s share of its day', () => {
  it('上午 and 下午 are half a day each', () => expect(shares([{ slot: '上午' }, { slot: '下午' }])).toEqual(['0.5', '0.5']));
  it('全天 or no 时段 is a whole day', () => {
    expect(shares([{ slot: '全天' }])).toEqual(['1']);
    expect(shares([{}])).toEqual(['1']);
  });
  it('晚上 counts nothing', () => expect(shares([{ slot: '上午' }, { slot: '下午' }, { slot: '晚上' }])).toEqual(['0.5', '0.5', '0']));
  it('several rows without 时段 on one date split the day equally', () => {
    const s = dayShares(schedule('P', [{}, {}, {}]).rows);
    expect(s.map((f) => `${f.n}/${f.d}`)).toEqual(['1/3', '1/3', '1/3']);
  });
  it('two 上午 rows split the morning; an untimed row beside 上午 takes the afternoon', () => {
    expect(shares([{ slot: '上午' }, { slot: '上午' }, { slot: '下午' }])).toEqual(['0.25', '0.25', '0.5']);
    expect(shares([{ slot: '上午' }, {}])).toEqual(['0.5', '0.5']);
  });
});

describe('counting a schedule', () => {
  it('adds study and topic days exactly from half days', () => {
    const d = count([
      { date: '2024-06-03', slot: '上午', type: '专题培训' },
      { date: '2024-06-03', slot: '下午', type: '对口考察' },
      { date: '2024-06-03', slot: '晚上', type: '专题培训' },
      { date: '2024-06-04', type: '课堂学习' },
      { date: '2024-06-05', slot: '上午', type: '交通' },
      { date: '2024-06-05', slot: '下午', type: '休整' },
    ]);
    expect(d.totalDays).toBe(3);
    expect(formatDays(d.study)).toBe('2');
    expect(formatDays(d.topic)).toBe('0.5');
  });
  it('groups rows with a blank date under the date above (merged date cells)', () => {
    const rows: RowSpec[] = [{ date: '2024-06-03', slot: '上午', type: '专题培训' }, { slot: '下午', type: '专题培训' }];
    const s = schedule('P', rows);
    s.rows[1].date = { ok: false, problem: 'blank', ref: { sheet: '日程表', row: 2, col: 0 }, text: '' };
    const d = countScheduleDays(s);
    expect(d.totalDays).toBe(1);
    expect(toNumber(d.topic)).toBe(1);
  });
  it('counts 在外总日程 as the calendar span of the dates', () => {
    expect(count([{ date: '2024-06-03' }, { date: '2024-06-17' }]).totalDays).toBe(15);
  });
  it('counts distinct 第N天 where there are no dates', () => {
    expect(count([{ day: 1 }, { day: 1 }, { day: 2 }, { day: 3 }]).totalDays).toBe(3);
  });
  it('gives null, not 0, when neither dates nor day numbers are there', () => {
    expect(count([{ type: '课堂学习' }]).totalDays).toBeNull();
  });
});
