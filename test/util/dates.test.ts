import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, daysInMonth, isCalendarDate } from '../../src/util/dates.js';

/* Calendar arithmetic by hand (no Date per call, it is on the hot path), checked against Date. */

const iso = (d: Date) => d.toISOString().slice(0, 10);
const date = fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map(iso);

describe('calendar dates', () => {
  it('knows the length of every month, leap years included', () => {
    expect([2023, 2024, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => daysInMonth(y, m) === new Date(Date.UTC(y, m, 0)).getUTCDate()));
  });

  it('counts the days between two dates as Date does (property)', () => {
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-11-27', '2026-08-29')).toBe(-90);
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(daysBetween(a, b)).toBe(Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000));
      }),
    );
  });

  it('tells real calendar dates from the rest', () => {
    expect(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01'].map(isCalendarDate)).toEqual([false, false, false, false, false]);
    expect(['2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'].every(isCalendarDate)).toBe(true);
    fc.assert(fc.property(date, (d) => isCalendarDate(d)));
  });
});
