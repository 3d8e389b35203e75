/**
 * citiesAbroad remembers its answers (travel.ts): a one-place row by the reader's shared list of the city
 * cell, any other row by that list and the row's own texts. Rows that share a list but differ in their
 * content, their city text or whether they are a 交通 row must each get their own answer — the one a row
 * with a list of its own (never seen before, so nothing remembered) gets.
 */
import type { ScheduleRow } from '../../../../src/core/model/records';
import { citiesAbroad } from '../../../../src/core/rules/zj2017/travel';
import { zj2017Params, type Zj2017Params } from '../../../../src/core/rules/zj2017/params';
import { schedule, type RowSpec } from '../builders';

const params: Zj2017Params = zj2017Params.parse({});

/** The row as the builders make it, with its list of cities replaced by `list` (shared between rows, as the reader's are). */
function rowWith(spec: RowSpec, list: string[]): ScheduleRow {
  const row = schedule('P1', [spec]).rows[0];
  return { ...row, cities: list };
}

/** The answer for a row with a list of its own (a copy: nothing remembered for it). */
function fresh(spec: RowSpec, list: string[]): readonly string[] {
  return citiesAbroad(rowWith(spec, [...list]), params);
}

describe('rows sharing one list of cities', () => {
  const list = ['柏林', '汉堡'];
  const specs: RowSpec[] = [
    { city: '柏林—汉堡', content: '乘车前往汉堡', type: '交通' },
    { city: '柏林—汉堡', content: '经汉堡转机前往慕尼黑', type: '交通' }, // 汉堡 is a transit point here
    { city: '柏林—汉堡', content: '参观', type: '对口考察' },
    { city: '柏林—经汉堡转机', content: '参观', type: '对口考察' }, // the city text alone differs
  ];

  it('get the answers of rows with lists of their own, in any order, asked again', () => {
    const expected = specs.map((s) => fresh(s, list));
    // the transit point makes a difference, so the memo's key must tell these rows apart
    expect(expected[0]).toEqual(['柏林', '汉堡']);
    expect(expected[1]).toEqual(['柏林']);
    expect(expected[3]).toEqual(['柏林']);
    const shared = [...list];
    for (const order of [[0, 1, 2, 3], [3, 2, 1, 0], [1, 0, 3, 2, 1, 0]]) {
      for (const i of order) expect(citiesAbroad(rowWith(specs[i], shared), params)).toEqual(expected[i]);
    }
  });

  it('a 交通 row and another row with the same texts are told apart', () => {
    const shared = ['法兰克福'];
    const travel: RowSpec = { city: '法兰克福', content: '经法兰克福转机', type: '交通' };
    const visit: RowSpec = { city: '法兰克福', content: '经法兰克福转机', type: '对口考察' };
    const a = citiesAbroad(rowWith(travel, shared), params);
    const b = citiesAbroad(rowWith(visit, shared), params);
    expect(a).toEqual(fresh(travel, shared));
    expect(b).toEqual(fresh(visit, shared));
    expect(a).toEqual([]); // the 交通 row reads its content: 法兰克福 is only a transit point
    expect(b).toEqual(['法兰克福']); // a one-place row is its city
  });

  it('a city text and a content that join into the same text are told apart', () => {
    const shared = ['柏林', '汉堡'];
    const cut: RowSpec = { city: '柏林—汉', content: '堡转机', type: '交通' }; // no transit point 汉堡 here
    const whole: RowSpec = { city: '柏林—汉堡', content: '转机', type: '交通' }; // 汉堡 is one
    expect(fresh(cut, shared)).toEqual(['柏林', '汉堡']);
    expect(fresh(whole, shared)).toEqual(['柏林']);
    expect(citiesAbroad(rowWith(cut, shared), params)).toEqual(['柏林', '汉堡']);
    expect(citiesAbroad(rowWith(whole, shared), params)).toEqual(['柏林']);
  });

  it('a row built without a city cell but with cities is read from its list (no city text to read)', () => {
    const one = { ...rowWith({ content: '参观', type: '对口考察' }, ['维也纳']), city: null };
    const two = { ...rowWith({ content: '乘车前往萨尔茨堡', type: '交通' }, ['维也纳', '萨尔茨堡']), city: null };
    expect(citiesAbroad(one, params)).toEqual(['维也纳']);
    expect(citiesAbroad(two, params)).toEqual(['维也纳', '萨尔茨堡']);
  });

  it('answers are remembered per set of parameters', () => {
    const shared = ['柏林', '汉堡'];
    const spec: RowSpec = { city: '柏林—汉堡', content: '经汉堡中转', type: '交通' };
    expect(citiesAbroad(rowWith(spec, shared), params)).toEqual(['柏林']);
    const noTransit = zj2017Params.parse({ transitWords: ['经停'] });
    expect(citiesAbroad(rowWith(spec, shared), noTransit)).toEqual(['柏林', '汉堡']);
    expect(citiesAbroad(rowWith(spec, shared), params)).toEqual(['柏林']);
  });

  it('many texts for one list are still answered right after the memo for that list is emptied', () => {
    const shared = ['柏林', '汉堡'];
    for (let i = 0; i < 1100; i++) {
      const transit = i % 2 === 0;
      const spec: RowSpec = { city: '柏林—汉堡', content: transit ? `经汉堡转机（第${i}次）` : `乘车前往汉堡（第${i}次）`, type: '交通' };
      expect(citiesAbroad(rowWith(spec, shared), params)).toEqual(transit ? ['柏林'] : ['柏林', '汉堡']);
    }
  });
});
