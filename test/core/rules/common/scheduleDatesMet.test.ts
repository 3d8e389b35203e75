/**
 * C-SCHEDULE-DATES keeps the dates met so far only once a date is not past all of them (a schedule in
 * order never makes the set). Its findings on any sequence of dates must be what judging each date
 * against every earlier one gives: the plain way below keeps the dates met from the first row.
 */
import fc from 'fast-check';
import type { Finding } from '../../../../src/core/model/findings';
import type { IsoDate } from '../../../../src/core/model/records';
import { scheduleDates, messages, datesBefore } from '../../../../src/core/rules/common/scheduleDates';
import { dayIndex, formatDate } from '../../../../src/core/rules/dates';
import { buildContext, runRule } from '../../../../src/core/rules/runner';
import { schedule, workbook, type RowSpec } from '../builders';

/** The rule's judgement of the dates, the plain way: every date met kept in a set from the first row. */
function plain(specs: RowSpec[]): string[] {
  const out: string[] = [];
  const met = new Set<string>();
  let prev: string | null = null;
  let base: string | null = null;
  specs.forEach((s, i) => {
    const at = `A${i + 2}`;
    const v = s.date;
    if (v === undefined || v === '') return;
    if (typeof v === 'object' && 'bad' in v) {
      out.push(`${at} ${messages.unreadable(v.bad)}`);
      return;
    }
    const d = v as IsoDate;
    if (d === prev) return;
    if (met.has(d)) out.push(`${at} ${messages.repeat(formatDate(d))}`);
    else if (base !== null && dayIndex(d) < dayIndex(base)) out.push(`${at} ${messages.backwards(formatDate(d), formatDate(base))}`);
    else {
      if (base !== null && dayIndex(d) !== dayIndex(base) + 1) out.push(`${at} ${messages.skip(formatDate(d), formatDate(base))}`);
      base = d;
    }
    met.add(d);
    prev = d;
  });
  return out;
}

const run = (specs: RowSpec[]): Finding[] => runRule(scheduleDates, buildContext(workbook({ schedules: [schedule('P1', specs)] }), { packs: [] }), {});

// a few days close together (repeats, steps back, skips), a day written two ways ('2023-02-30' is
// 3 March's day number), a value with no day number at all, blanks and unreadable text
const DATES: RowSpec['date'][] = ['2023-02-27', '2023-02-28', '2023-03-01', '2023-03-02', '2023-03-03', '2023-03-05', '2023-02-30', 'x-y', '', { bad: '某日' }];

describe('C-SCHEDULE-DATES: the dates met, kept only when needed', () => {
  it('finds on any sequence of dates what judging each against all earlier ones finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...DATES), { maxLength: 14 }), (dates) => {
        const specs: RowSpec[] = dates.map((date) => ({ date, type: '专题培训' }));
        expect(run(specs).map((f) => `${f.cell} ${f.message}`)).toEqual(plain(specs));
      }),
      { numRuns: 2000 },
    );
  });

  it('a repeat of the latest date after a step back, and of a day written another way', () => {
    expect(run([{ date: '2023-03-02' }, { date: '2023-03-01' }, { date: '2023-03-02' }]).map((f) => f.message)).toEqual([
      messages.backwards(formatDate('2023-03-01'), formatDate('2023-03-02')),
      messages.repeat(formatDate('2023-03-02')),
    ]);
    expect(run([{ date: '2023-03-01' }, { date: '2023-03-02' }, { date: '2023-02-30' }]).map((f) => f.message)).toEqual([messages.skip(formatDate('2023-02-30'), formatDate('2023-03-02'))]);
  });

  it('datesBefore: the readable dates of the rows before the given one', () => {
    const rows = schedule('P1', [{ date: '2023-03-01' }, { date: '' }, { date: { bad: 'x' } }, { date: '2023-03-03' }, { date: '2023-03-04' }]).rows;
    expect([...datesBefore(rows, 4)]).toEqual(['2023-03-01', '2023-03-03']);
    expect([...datesBefore(rows, 0)]).toEqual([]);
  });
});
