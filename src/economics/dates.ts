import { daysInMonth, isCalendarDate } from '../util/dates.js';
import { DEFAULT_TERM_MONTHS } from './types.js';

/*
 * Calendar months by arithmetic on the date's digits, as date-fns counts them (its
 * addMonths clamps to the end of a shorter month), without Date objects: no time zone
 * or daylight-saving switch can move a day, and every plan of a report costs a few
 * additions instead of several Dates (parsing dates was a tenth of the economics).
 * test/economics/dates.test.ts holds them to date-fns.
 */

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function isIsoDate(text: string): boolean {
  return isCalendarDate(text);
}

function requireIsoDate(text: string, what: string): CalendarDate {
  if (!isCalendarDate(text)) throw new RangeError(`${what} is not a calendar date (YYYY-MM-DD): ${text}`);
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) };
}

/** `months` after `date`, on the same day, or the last day of a shorter month. */
function plusMonths({ year, month, day }: CalendarDate, months: number): CalendarDate {
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { year: y, month: m, day: Math.min(day, daysInMonth(y, m)) };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * `start` plus `months` calendar months, always counted from `start` and never
 * chained month by month: 2026-01-31 + 2 is 2026-03-31, whereas going through
 * 2026-02-28 would give 2026-03-28.
 */
export function addMonthsIso(start: string, months: number): string {
  const { year, month, day } = plusMonths(requireIsoDate(start, 'start'), months);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The contract term T in whole months: how many monthly anniversaries of
 * `start` (as addMonthsIso counts them) fall on or before the renewal date.
 * 2026-02-01 → 2027-02-01 is 12; 2026-02-15 → 2027-02-01 is 11 (the 12th month
 * is not complete); 2026-01-31 → 2026-02-28 is 1.
 *
 * Because this is the same month arithmetic as the break-even date,
 * `breakEvenMonth <= T` exactly when the break-even date is on or before the
 * renewal date.
 *
 * 12 without a renewal date. Never below 1: a renewal date less than a month
 * after `start`, on it or before it (a data error the rules may flag) gives 1,
 * since month 1 is always paid.
 */
export function termMonthsBetween(start: string, renewalDate: string | undefined): number {
  if (renewalDate === undefined) return DEFAULT_TERM_MONTHS;
  const from = requireIsoDate(start, 'start');
  const to = requireIsoDate(renewalDate, 'renewal date');
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  // The anniversary in the renewal's month falls after the renewal: that month is not complete.
  if (months > 0 && plusMonths(from, months).day > to.day) months -= 1;
  return Math.max(1, months);
}
