import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { addMonthsIso, isIsoDate, termMonthsBetween } from '../../src/economics/index.js';

describe('addMonthsIso', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2026-03-31', 1)).toBe('2026-04-30');
  });

  it('knows leap years', () => {
    expect(addMonthsIso('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsIso('2028-02-29', 12)).toBe('2029-02-28');
  });

  it('counts from the start, never chained through a short month', () => {
    expect(addMonthsIso('2026-01-31', 2)).toBe('2026-03-31');
    expect(addMonthsIso(addMonthsIso('2026-01-31', 1), 1)).toBe('2026-03-28'); // what chaining would give
  });

  it('adds zero months and crosses years', () => {
    expect(addMonthsIso('2026-02-01', 0)).toBe('2026-02-01');
    expect(addMonthsIso('2026-11-15', 15)).toBe('2028-02-15');
  });

  it('rejects dates that are not on the calendar', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(() => addMonthsIso('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('termMonthsBetween', () => {
  it('is 12 without a renewal date', () => {
    expect(termMonthsBetween('2026-02-01', undefined)).toBe(12);
  });

  it('counts whole months to the renewal date', () => {
    expect(termMonthsBetween('2026-02-01', '2027-02-01')).toBe(12);
    expect(termMonthsBetween('2026-02-01', '2027-08-01')).toBe(18);
    // The 12th month would end on 2027-02-15, after the renewal: not whole.
    expect(termMonthsBetween('2026-02-15', '2027-02-01')).toBe(11);
    expect(termMonthsBetween('2026-02-01', '2027-01-31')).toBe(11);
  });

  it('uses the same end-of-month rule as the break-even date', () => {
    expect(termMonthsBetween('2026-01-31', '2026-02-28')).toBe(1);
    expect(termMonthsBetween('2026-01-31', '2026-03-30')).toBe(1);
    expect(termMonthsBetween('2026-01-31', '2026-03-31')).toBe(2);
    expect(termMonthsBetween('2028-02-29', '2029-02-28')).toBe(12);
  });

  it('is never below 1, even when the renewal is on or before the start', () => {
    expect(termMonthsBetween('2026-02-01', '2026-02-20')).toBe(1);
    expect(termMonthsBetween('2026-02-01', '2026-02-01')).toBe(1);
    expect(termMonthsBetween('2026-02-01', '2025-02-01')).toBe(1);
  });

  it('rejects invalid dates', () => {
    expect(() => termMonthsBetween('2026-02-01', '2027-02-30')).toThrow(RangeError);
    expect(() => termMonthsBetween('nope', '2027-02-01')).toThrow(RangeError);
  });
});

describe('the month arithmetic is date-fns', () => {
  // What these functions were before they did the arithmetic themselves: date-fns on local-noon Dates.
  const noon = (iso: string) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), 12);
  const iso = (d: Date) => `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const calendarDate = fc.date({ min: new Date(1990, 0, 1), max: new Date(2090, 11, 31), noInvalidDate: true }).map(iso);

  it('addMonthsIso is addMonths', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 0, max: 400 }), (start, months) => {
        expect(addMonthsIso(start, months)).toBe(iso(addMonths(noon(start), months)));
      }),
      { numRuns: 3000 },
    );
  });

  it('termMonthsBetween counts the anniversaries as differenceInCalendarMonths and addMonths did', () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (start, renewal) => {
        const from = noon(start);
        const to = noon(renewal);
        let months = differenceInCalendarMonths(to, from);
        if (months > 0 && addMonths(from, months).getTime() > to.getTime()) months -= 1;
        expect(termMonthsBetween(start, renewal)).toBe(Math.max(1, months));
      }),
      { numRuns: 3000 },
    );
  });
});
