import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { DEFAULT_TERM_MONTHS } from './types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A Date at local noon for a real calendar date, or null (2026-02-30 is null).
 * Noon, not midnight: in zones whose DST switch happens at midnight, a local
 * midnight may not exist and would slide into the neighbouring hour or day.
 */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(year, month - 1, day, 12);
  // setFullYear keeps years 0000-0099 from being read as 1900-1999.
  date.setFullYear(year, month - 1, day);
  const real = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return real ? date : null;
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

export function formatIsoDate(date: Date): string {
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

function requireIsoDate(text: string, what: string): Date {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`${what} is not a calendar date (YYYY-MM-DD): ${text}`);
  return date;
}

/**
 * `start` plus `months` calendar months, always counted from `start` and never
 * chained month by month: 2026-01-31 + 2 is 2026-03-31, whereas going through
 * 2026-02-28 would give 2026-03-28. date-fns clamps to the end of a shorter month.
 */
export function addMonthsIso(start: string, months: number): string {
  return formatIsoDate(addMonths(requireIsoDate(start, 'start'), months));
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
  let months = differenceInCalendarMonths(to, from);
  if (months > 0 && addMonths(from, months).getTime() > to.getTime()) months -= 1;
  return Math.max(1, months);
}
