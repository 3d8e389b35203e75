import fc from 'fast-check';
import type { ActivityType, DaySlot, ScheduleRow } from '../../../src/core/model/records';
import { countScheduleDays, dayShares, groupDays, groupDaysByLookup } from '../../../src/core/tallies/days';
import { add, formatDays, frac, toNumber, type Fraction } from '../../../src/core/values/fraction';
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
  it('a day of one row: 上午 or 下午 half a day, 晚上 nothing, 全天 or no 时段 a whole day', () => {
    expect([{ slot: '上午' }, { slot: '下午' }, { slot: '晚上' }, { slot: '全天' }, {}].map((r) => shares([r as RowSpec])[0])).toEqual(['0.5', '0.5', '0', '1', '1']);
  });
  it('two 下午 rows split the afternoon; 全天 rows share what 上午 and 下午 leave; 晚上 never takes a share', () => {
    expect(shares([{ slot: '上午' }, { slot: '下午' }, { slot: '下午' }])).toEqual(['0.5', '0.25', '0.25']);
    expect(shares([{ slot: '上午' }, { slot: '全天' }])).toEqual(['0.5', '0.5']);
    expect(shares([{ slot: '下午' }, { slot: '全天' }, {}])).toEqual(['0.5', '0.25', '0.25']);
    expect(shares([{ slot: '上午' }, { slot: '晚上' }, { slot: '全天' }])).toEqual(['0.5', '0', '0.5']);
    expect(shares([{ slot: '上午' }, { slot: '下午' }, { slot: '全天' }])).toEqual(['0.5', '0.5', '0']);
    expect(shares([{ slot: '全天' }, { slot: '全天' }])).toEqual(['0.5', '0.5']);
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

describe('counting agrees with grouping every row by lookup and sharing every day by dayShares', () => {
  // The counting takes shortcuts for the usual case (the row above's day without a lookup, an 上午 + 下午
  // day without a list of shares); this is the plain reading it must agree with, on any mix of dates,
  // day numbers, blank dates, days that come back, and slots.
  function plainGroups(rows: ScheduleRow[]) {
    const byKey = new Map<string, { date: string | null; dayNumber: number | null; rows: ScheduleRow[] }>();
    const days: { date: string | null; dayNumber: number | null; rows: ScheduleRow[] }[] = [];
    let current: (typeof days)[number] | null = null;
    for (const row of rows) {
      const key = row.date && row.date.ok ? `D${row.date.value}` : row.dayNumber !== null ? `N${row.dayNumber}` : null;
      if (key === null) {
        if (!current) days.push((current = { date: null, dayNumber: null, rows: [] }));
        current.rows.push(row);
        continue;
      }
      let day = byKey.get(key);
      if (!day) {
        day = { date: row.date && row.date.ok ? row.date.value : null, dayNumber: row.dayNumber, rows: [] };
        byKey.set(key, day);
        days.push(day);
      }
      day.rows.push(row);
      current = day;
    }
    return days;
  }
  function plainCount(rows: ScheduleRow[]) {
    const days = plainGroups(rows);
    let study: Fraction = frac(0);
    let topic: Fraction = frac(0);
    const dates: string[] = [];
    const numbers = new Set<number>();
    for (const d of days) {
      const s = dayShares(d.rows);
      d.rows.forEach((r, i) => {
        if (['专题培训', '课堂学习', '对口考察'].includes(r.type)) study = add(study, s[i]);
        if (r.type === '专题培训') topic = add(topic, s[i]);
        if (r.dayNumber !== null) numbers.add(r.dayNumber);
      });
      if (d.date) dates.push(d.date);
    }
    dates.sort();
    const span = dates.length ? Math.round((Date.parse(dates[dates.length - 1]) - Date.parse(dates[0])) / 86400000) + 1 : null;
    return { days, study: formatDays(study), topic: formatDays(topic), totalDays: span ?? (numbers.size > 0 ? numbers.size : null), firstDate: dates[0] ?? null, lastDate: dates[dates.length - 1] ?? null };
  }
  const spec: fc.Arbitrary<RowSpec> = fc.record(
    {
      date: fc.constantFrom('2024-06-03', '2024-06-04', '2024-06-05', '2024-06-10'),
      day: fc.integer({ min: 1, max: 4 }),
      slot: fc.constantFrom('上午', '下午', '全天', '晚上') as fc.Arbitrary<DaySlot>,
      type: fc.constantFrom('专题培训', '课堂学习', '对口考察', '交通', '休整', '其他') as fc.Arbitrary<ActivityType>,
    },
    { requiredKeys: ['type'] },
  );

  it('same days, rows, study and topic days, span and first and last date', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 14 }), fc.array(fc.nat(13)), (specs, blanks) => {
        const s = schedule('P', specs);
        // some dates blank (merged or empty date cells)
        for (const i of blanks) if (s.rows[i]?.date) s.rows[i].date = { ok: false, problem: 'blank', ref: { sheet: '日程表', row: i + 1, col: 0 }, text: '' };
        const got = countScheduleDays(s);
        const want = plainCount(s.rows);
        expect(got.days.map((d) => [d.date, d.dayNumber, d.rows.map((r) => r.row)])).toEqual(want.days.map((d) => [d.date, d.dayNumber, d.rows.map((r) => r.row)]));
        expect([formatDays(got.study), formatDays(got.topic), got.totalDays, got.firstDate, got.lastDate]).toEqual([want.study, want.topic, want.totalDays, want.firstDate, want.lastDate]);
        // the days are kept only until first read: asked again (counts remembered, days grouped afresh) the same
        const again = countScheduleDays(s);
        expect(again).toBe(got);
        expect(again.days).toEqual(groupDaysByLookup(s.rows));
        expect(again.days.map((d) => d.rows)).toEqual(want.days.map((d) => d.rows));
        expect([formatDays(again.study), formatDays(again.topic), again.totalDays, again.firstDate, again.lastDate]).toEqual([want.study, want.topic, want.totalDays, want.firstDate, want.lastDate]);
      }),
      { numRuns: 800 },
    );
  });
  it('an 上午 + 下午 day in either order is two halves; a day of two 上午 rows is not', () => {
    const d = count([
      { date: '2024-06-03', slot: '下午', type: '专题培训' },
      { date: '2024-06-03', slot: '上午', type: '课堂学习' },
      { date: '2024-06-04', slot: '上午', type: '专题培训' },
      { date: '2024-06-04', slot: '上午', type: '专题培训' },
    ]);
    expect([formatDays(d.study), formatDays(d.topic)]).toEqual(['1.5', '1']);
  });
});

describe('grouping rows into days', () => {
  /** The i-th day from 2024-05-01 (i < 61). */
  const dateOf = (i: number) => (i < 31 ? `2024-05-${String(1 + i).padStart(2, '0')}` : `2024-06-${String(i - 30).padStart(2, '0')}`) as `${number}-${number}-${number}`;
  // a row: a date (of 45), a day number (of 45), an unreadable or blank date, or nothing (the day before's)
  const row = fc.oneof(
    fc.nat(44).map((i): RowSpec => ({ date: dateOf(i) })),
    fc.integer({ min: 1, max: 45 }).map((n): RowSpec => ({ day: n })),
    fc.constantFrom<RowSpec>({ date: { bad: '5月?日' } }, { date: '' }, {}),
  );
  const same = (rows: readonly ScheduleRow[]) => {
    const got = groupDays(rows);
    expect(got).toEqual(groupDaysByLookup(rows));
    for (const d of got) for (const r of d.rows) expect(rows).toContain(r); // the schedule's own rows
  };

  it('days in runs, a few dozen or more, give the days the plain way does', () => {
    // runs of 1–3 rows per day, in order; up to 45 days (past the runs' limit of 32)
    const runs = fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 3 })), { maxLength: 45 });
    fc.assert(
      fc.property(runs, fc.boolean(), (days, numbered) => {
        const specs: RowSpec[] = [];
        days.forEach(([blankFirst, n], i) => {
          for (let k = 0; k < n; k++) specs.push(k > 0 && blankFirst ? {} : numbered ? { day: i + 1 } : { date: dateOf(i) });
        });
        same(schedule('P', specs).rows);
      }),
    );
  });

  it('rows in any order, coming back to earlier days, give the days the plain way does', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 60 }), (specs) => same(schedule('P', specs).rows)));
  });

  it('a day come back to gets all its rows; 32 days in runs are cut, 33 grouped row by row, alike', () => {
    const rows = schedule('P', [{ date: '2024-05-01' }, { date: '2024-05-02' }, {}, { date: '2024-05-01' }]).rows;
    const days = groupDays(rows);
    expect(days.map((d) => d.rows.map((r) => r.row))).toEqual([[1, 4], [2, 3]]);
    for (const n of [31, 32, 33]) {
      const specs: RowSpec[] = [];
      for (let i = 0; i < n; i++) specs.push({ date: dateOf(i), slot: '上午' }, { date: dateOf(i), slot: '下午' });
      const got = groupDays(schedule('P', specs).rows);
      expect(got).toHaveLength(n);
      expect(got.every((d, i) => d.date === dateOf(i) && d.rows.length === 2 && d.rows[0].slot === '上午' && d.rows[1].slot === '下午')).toBe(true);
    }
  });

  it('rows before any date form a day of their own; a blank date row joins the day above', () => {
    const rows = schedule('P', [{}, {}, { date: '2024-05-01' }, { date: '' }, { day: 2 }, {}]).rows;
    expect(groupDays(rows).map((d) => [d.date, d.dayNumber, d.rows.map((r) => r.row)])).toEqual([
      [null, null, [1, 2]],
      ['2024-05-01', null, [3, 4]],
      [null, 2, [5, 6]],
    ]);
  });
});
