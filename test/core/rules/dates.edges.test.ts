/**
 * Calendar helpers at the edges the rule tests pass over: days added, months into December and to a
 * one-digit day, a working-day span ending on a Friday, the last day of a 400-year era, dates as messages
 * write them. Each call is a fresh date, so no cache answers in place of the arithmetic.
 */
import { addDays, addMonths, dayIndex, formatDate, fromDayIndex, isWorkday, workdaysBetween, yearOf } from '../../../src/core/rules/dates';

describe('dates at their edges', () => {
  it('addDays goes forward and back, across a month and a year', () => {
    expect(addDays('2031-01-30', 2)).toBe('2031-02-01');
    expect(addDays('2031-01-01', -1)).toBe('2030-12-31');
  });

  it('addMonths into December, and to a one-digit day', () => {
    expect(addMonths('2032-11-30', 1)).toBe('2032-12-30');
    expect(addMonths('2032-11-05', 1)).toBe('2032-12-05');
    expect(addMonths('2033-01-31', 1)).toBe('2033-02-28');
  });

  it('workdaysBetween counts both ends: Monday to Friday is 5, Friday alone 1', () => {
    expect(workdaysBetween('2034-06-05', '2034-06-09')).toBe(5);
    expect(workdaysBetween('2034-06-09', '2034-06-09')).toBe(1);
    expect(isWorkday('2034-06-09', [])).toBe(true);
  });

  it('the last day of a 400-year era (2000-02-29) and the day after', () => {
    expect(fromDayIndex(dayIndex('2000-02-29'))).toBe('2000-02-29');
    expect(fromDayIndex(dayIndex('2000-02-29') + 1)).toBe('2000-03-01');
    expect(fromDayIndex(11016)).toBe('2000-02-29');
  });

  it('dayIndex reads only a whole ISO date', () => {
    expect(dayIndex('2035-03-04')).toBe(23803);
    expect(Number.isNaN(dayIndex('x2035-03-04'))).toBe(true);
    expect(Number.isNaN(dayIndex('2035-03-04T08:00'))).toBe(true);
  });

  it('formatDate writes 2036年3月4日 without leading zeros; yearOf reads the year', () => {
    expect(formatDate('2036-03-04')).toBe('2036年3月4日');
    expect(formatDate('2036-03-04')).toBe('2036年3月4日');
    expect(yearOf('2036-03-04')).toBe(2036);
  });
});
