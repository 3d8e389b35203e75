/**
 * The travel walk reads a schedule's days as runs of its rows (dayRuns: no day objects, no slices) in the usual
 * schedule and as groupDaysByLookup's days otherwise (round 17). Here it must give what the plain walk gives:
 * the days grouped by lookup, dated from 出发日期 where only 第N天 is known, put in date order (stable), the
 * move of each day by the same reading of its rows — on schedules in runs (up to 40 days, past the runs' limit
 * of 32, some out of order), and on any rows (days come back to, blank dates, day numbers).
 */
import fc from 'fast-check';
import type { IsoDate, Schedule } from '../../../../src/core/model/records';
import { citiesAbroad, travelDays, type Move, type TravelDay } from '../../../../src/core/rules/zj2017/travel';
import { zj2017Params, type Zj2017Params } from '../../../../src/core/rules/zj2017/params';
import { addDays } from '../../../../src/core/rules/dates';
import { containsAny } from '../../../../src/core/rules/util';
import { isWorkingDayAbroad } from '../../../../src/core/calendar';
import { countScheduleDays, dayShares, groupDaysByLookup } from '../../../../src/core/tallies/days';
import { add, formatDays, frac, type Fraction } from '../../../../src/core/values/fraction';
import { schedule, type RowSpec } from '../builders';

const params = zj2017Params.parse({});

/** The plain walk: what travelDays said before it read runs (round 16's code, by day objects). */
function plainTravelDays(s: Schedule, depart: IsoDate | undefined, p: Zj2017Params): TravelDay[] {
  const dated: { date: IsoDate; rows: Schedule['rows'] }[] = [];
  for (const d of groupDaysByLookup(s.rows)) {
    const date = d.date ?? (depart && d.dayNumber !== null ? addDays(depart, d.dayNumber - 1) : null);
    if (date !== null) dated.push({ date, rows: d.rows });
  }
  const sorted = [...dated].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = sorted[0]?.date;
  const last = sorted[sorted.length - 1]?.date;
  const out: TravelDay[] = [];
  let city: string | null = null;
  for (const { date, rows } of sorted) {
    let move: Move | null = null;
    for (const row of rows) {
      const named = citiesAbroad(row, p);
      if (move === null) {
        if (named.length >= 2) move = { row, from: named[0], to: named[1], text: named.join('→') };
        else if (named.length === 1 && city !== null && named[0] !== city) move = { row, from: city, to: named[0], text: `${city}→${named[0]}` };
        else if (row.type === '交通') {
          const text = (row.content?.text ?? '').trim();
          if (containsAny(text, p.moveWords) && !containsAny(text, p.localPlaceWords)) move = { row, from: city, to: null, text };
        }
      }
      if (named.length > 0) city = named[named.length - 1];
    }
    out.push({ date, position: date === first ? 'first' : date === last ? 'last' : 'middle', working: isWorkingDayAbroad(date), move });
  }
  return out;
}

/** The i-th day from 2024-05-01 (i < 61). */
const dateOf = (i: number) => (i < 31 ? `2024-05-${String(1 + i).padStart(2, '0')}` : `2024-06-${String(i - 30).padStart(2, '0')}`) as IsoDate;
const city = fc.constantFrom('柏林', '慕尼黑', '柏林—慕尼黑', '汉堡', '上海', '乘机经阿姆斯特丹转机抵达卑尔根', '');
const content = fc.constantFrom('专题讲座', '乘车前往汉堡', '乘车前往酒店', '城市间交通', '参观');
const type = fc.constantFrom('专题培训' as const, '交通' as const, '对口考察' as const);
const depart = fc.option(fc.constantFrom(dateOf(0), dateOf(5), dateOf(12)), { nil: undefined });

describe('the travel walk by runs against the plain walk by day objects', () => {
  it('schedules in runs of 1–3 rows a day, up to 40 days, dated or numbered, some days swapped', () => {
    const day = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.boolean(), city, content, type);
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 40 }), fc.boolean(), fc.array(fc.nat(39), { maxLength: 2 }), depart, (days, numbered, swaps, from) => {
        const order = days.map((_, i) => i);
        for (const i of swaps) if (i + 1 < order.length) [order[i], order[i + 1]] = [order[i + 1], order[i]];
        const specs: RowSpec[] = [];
        for (const i of order) {
          const [n, blankAfter, c, t, ty] = days[i];
          for (let k = 0; k < n; k++) {
            const when: RowSpec = k > 0 && blankAfter ? {} : numbered ? { day: i + 1 } : { date: dateOf(i) };
            specs.push({ ...when, city: k === 0 ? c : '柏林', content: t, type: ty });
          }
        }
        const s = schedule('P', specs);
        expect(travelDays(s, from, params)).toEqual(plainTravelDays(s, from, params));
      }),
      { numRuns: 300 },
    );
  });

  it('any rows: days come back to, blank and unreadable dates, day numbers', () => {
    const row: fc.Arbitrary<RowSpec> = fc.record(
      {
        date: fc.oneof(fc.nat(8).map(dateOf), fc.constant({ bad: '5月?日' }), fc.constant('')),
        day: fc.integer({ min: 1, max: 6 }),
        city,
        content,
        type,
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), depart, (rows, from) => {
        const s = schedule('P', rows);
        expect(travelDays(s, from, params)).toEqual(plainTravelDays(s, from, params));
      }),
      { numRuns: 400 },
    );
  });

  it('31 to 34 days in runs (either side of the runs\' limit of 32): the walk and the count as the plain way', () => {
    for (const n of [31, 32, 33, 34]) {
      const specs: RowSpec[] = [];
      for (let i = 0; i < n; i++) specs.push({ date: dateOf(i), slot: '上午', city: i % 3 === 0 ? '慕尼黑' : '柏林', type: '专题培训' }, { date: dateOf(i), slot: '下午', city: '柏林', type: '对口考察' }, { date: dateOf(i), slot: '晚上', type: '交通', content: '城市间交通' });
      const s = schedule('P', specs);
      expect(travelDays(s, undefined, params)).toEqual(plainTravelDays(s, undefined, params));
      let study: Fraction = frac(0);
      let topic: Fraction = frac(0);
      for (const d of groupDaysByLookup(s.rows)) {
        const shares = dayShares(d.rows);
        d.rows.forEach((r, i) => {
          if (r.type !== '交通') study = add(study, shares[i]);
          if (r.type === '专题培训') topic = add(topic, shares[i]);
        });
      }
      const got = countScheduleDays(s);
      expect([got.totalDays, formatDays(got.study), formatDays(got.topic)]).toEqual([n, formatDays(study), formatDays(topic)]);
    }
  });
});
