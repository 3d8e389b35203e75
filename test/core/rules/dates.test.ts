import { addMonths, isWorkday, workdaysBetween } from '../../../src/core/rules/dates';

describe('dates', () => {
  it('working days are Monday to Friday minus holidays', () => {
    expect(isWorkday('2024-06-07')).toBe(true); // Friday
    expect(isWorkday('2024-06-08')).toBe(false); // Saturday
    expect(isWorkday('2024-06-10', ['2024-06-10'])).toBe(false);
    expect(workdaysBetween('2024-06-03', '2024-06-09')).toBe(5);
    expect(workdaysBetween('2024-06-05', '2024-06-03')).toBe(0);
  });
  it('one month after is the same day of the next month, clamped to its end', () => {
    expect(addMonths('2024-03-15', 1)).toBe('2024-04-15');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-12-20', 1)).toBe('2025-01-20');
  });
});

describe('calendar arithmetic agrees with Date', () => {
  it('over 1900–2100, for day index, weekday and back', () => {
    const { dayIndex, fromDayIndex, weekday } = jest.requireActual('../../../src/core/rules/dates');
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000 * 7 + 3_600_000 * 5) {
      const d = new Date(t);
      const iso = d.toISOString().slice(0, 10);
      expect(dayIndex(iso)).toBe(Math.floor(t / 86_400_000));
      expect(fromDayIndex(dayIndex(iso))).toBe(iso);
      expect(weekday(iso)).toBe(d.getUTCDay());
    }
    expect(Number.isNaN(dayIndex('2024/06/01'))).toBe(true);
  });
});
