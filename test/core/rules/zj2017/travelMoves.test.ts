/**
 * workingMoveDays keeps, per schedule, only the days that ZJ-INTERCITY and ZJ-INTERCITY-ENDS report (a
 * working day abroad with a move): it must give exactly travelDays's days filtered so, in the same order,
 * whatever the schedule (dates out of order, repeated, missing; 第N天 with or without 出发日期; moves by two
 * cities, by a change of city or by a 交通 row's content), asked once or again.
 */
import fc from 'fast-check';
import type { IsoDate } from '../../../../src/core/model/records';
import { travelDays, workingMoveDays, workingDayMoves } from '../../../../src/core/rules/zj2017/travel';
import { zj2017Params } from '../../../../src/core/rules/zj2017/params';
import { buildContext } from '../../../../src/core/rules/runner';
import { countScheduleDays } from '../../../../src/core/tallies/days';
import { project, schedule, workbook, type RowSpec } from '../builders';

const params = zj2017Params.parse({});

// Sat 06-01 … Tue 06-11: weekends and working days
const DATES: IsoDate[] = ['2024-06-01', '2024-06-03', '2024-06-04', '2024-06-05', '2024-06-07', '2024-06-08', '2024-06-10', '2024-06-11'];

const row: fc.Arbitrary<RowSpec> = fc.record(
  {
    date: fc.constantFrom(...DATES),
    day: fc.integer({ min: 1, max: 6 }),
    city: fc.constantFrom('柏林', '慕尼黑', '柏林—慕尼黑', '汉堡', '上海', '乘机经阿姆斯特丹转机抵达卑尔根', ''),
    content: fc.constantFrom('专题讲座', '乘车前往汉堡', '乘车前往酒店', '城市间交通', '参观'),
    type: fc.constantFrom('专题培训' as const, '交通' as const, '对口考察' as const),
  },
  { requiredKeys: ['type'] },
);

const plain = (days: ReturnType<typeof travelDays>) => days.filter((d) => d.working && d.move !== null);

describe('workingMoveDays against travelDays filtered', () => {
  it('gives the same days, in the same order, asked twice', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 14 }), fc.option(fc.constantFrom(...DATES), { nil: undefined }), (rows, depart) => {
        const want = plain(travelDays(schedule('P', rows), depart, params));
        const s = schedule('P', rows);
        expect(workingMoveDays(s, depart, params)).toEqual(want);
        expect(workingMoveDays(s, depart, params)).toEqual(want);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same days whether the schedule\'s days were counted, and read, before or not', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 14 }), (rows) => {
        const want = travelDays(schedule('P', rows), undefined, params);
        const counted = schedule('P', rows);
        countScheduleDays(counted);
        expect(travelDays(counted, undefined, params)).toEqual(want); // (the days kept by the count, read once)
        expect(travelDays(counted, undefined, params)).toEqual(want); // (grouped again)
        const read = schedule('P', rows);
        void countScheduleDays(read).days;
        expect(workingMoveDays(read, undefined, params)).toEqual(plain(want));
      }),
      { numRuns: 200 },
    );
  });

  it('answers again for another 出发日期 or other parameters (not what it kept for the first)', () => {
    const s = schedule('P', [
      { day: 1, city: '柏林', type: '专题培训' },
      { day: 2, city: '慕尼黑', type: '专题培训' },
      { day: 3, city: '汉堡', type: '专题培训' },
      { day: 4, city: '汉堡', type: '专题培训' },
    ]);
    const other = zj2017Params.parse({ moveWords: ['前往'] });
    for (const [depart, p] of [['2024-06-03', params], ['2024-06-08', params], ['2024-06-08', other], [undefined, params]] as const) {
      expect(workingMoveDays(s, depart, p)).toEqual(plain(travelDays(s, depart, p)));
    }
    expect(workingMoveDays(s, '2024-06-03', params).map((d) => d.date)).toEqual(['2024-06-04', '2024-06-05']);
    expect(workingMoveDays(s, '2024-06-08', params).map((d) => d.date)).toEqual(['2024-06-10']);
  });

  it('lets workingDayMoves report what travelDays says, middle days and the ends apart', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 14 }), (rows) => {
        const ctx = buildContext(workbook({ projects: [project({ key: 'P' })], schedules: [schedule('P', rows)] }), { packs: ['zj2017'] });
        const days = plain(travelDays(schedule('P', rows), undefined, params));
        for (const ends of [false, true]) {
          const got = workingDayMoves(ctx, params, ends).map((m) => [m.d.date, m.d.position, m.move.text, m.ref]);
          const want = days.filter((d) => (d.position !== 'middle') === ends).map((d) => [d.date, d.position, d.move?.text, d.move?.row.city?.ref ?? d.move?.row.content?.ref ?? d.move?.row.date?.ref]);
          expect(got).toEqual(want);
        }
      }),
      { numRuns: 200 },
    );
  });
});
