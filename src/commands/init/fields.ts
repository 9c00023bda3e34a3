import { isCalendarDate } from '../../util/dates.js';
import type { EconomicsAnswer } from './templates/values.js';
import { currencyCode } from '../../economics/currencies.js';
import { economicsField, parseEconomicsValue, type EconomicsKey } from '../../economics/fields.js';
import { messages } from '../../i18n/messages.js';

/*
 * Parsing of every value `cro init` accepts, shared by flags and prompts so that both
 * accept and refuse exactly the same things. Each parser returns the value or a message
 * that says what to type instead, in the language in use.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/**
 * A date as the language writes it (`dateForms` of the catalog: 2027-02-01 in English;
 * 01.02.2027, 1.2.2027 and 2027-02-01 in Turkish) → the plan's YYYY-MM-DD.
 */
export function parseDate(text: string): Parsed<string> {
  const value = text.trim();
  const iso = messages()
    .init.dateForms.map((form) => readDate(value, form))
    .find((found) => found !== undefined);
  if (iso === undefined) return fail(messages().init.dateFormat);
  if (!isCalendarDate(iso)) return fail(messages().init.notInCalendar({ value }));
  return ok(iso);
}

/** `value` read by a form such as `DD.MM.YYYY`: digits where the letters are (a day or month may be one digit), the rest as written. */
function readDate(value: string, form: string): string | undefined {
  const parts: Array<'YYYY' | 'MM' | 'DD'> = [];
  const pattern = form.replace(/YYYY|MM|DD|[^A-Z]/g, (token) => {
    if (token === 'YYYY' || token === 'MM' || token === 'DD') {
      parts.push(token);
      // ISO keeps its two digits; a day-first form takes 1.2.2027 as well.
      return token === 'YYYY' ? '(\\d{4})' : form.startsWith('YYYY') ? '(\\d{2})' : '(\\d{1,2})';
    }
    return token.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  });
  const match = new RegExp(`^${pattern}$`).exec(value);
  if (!match) return undefined;
  const field = (name: 'YYYY' | 'MM' | 'DD') => match[parts.indexOf(name) + 1]!.padStart(2, '0');
  return `${field('YYYY')}-${field('MM')}-${field('DD')}`;
}

/** A YYYY-MM-DD date as the language shows it (the first of its `dateForms`). */
export function showDate(iso: string): string {
  const [year = '', month = '', day = ''] = iso.split('-');
  return messages().init.dateForms[0]!.replace(/YYYY|MM|DD/g, (token) => (token === 'YYYY' ? year : token === 'MM' ? month : day));
}

export function parseCurrency(text: string): Parsed<string> {
  const code = currencyCode(text);
  return code !== undefined ? ok(code) : fail(messages().init.notCurrency);
}

export function parseMoney(text: string): Parsed<number> {
  return parseEconomics('acquisitionCost', text);
}

export type { EconomicsKey };

/** Parses one economics value by the grammar and range every command uses (economics/fields.ts). */
export function parseEconomics(key: EconomicsKey, text: string): Parsed<number> {
  return parseEconomicsValue(economicsField(key), text);
}

/** Checks the economics as a whole: exactly one revenue figure once anything is given. */
export function economicsProblem(economics: EconomicsAnswer): string | undefined {
  const given = Object.values(economics).some((v) => v !== undefined);
  if (!given) return undefined;
  if (economics.monthlyRevenue !== undefined && economics.annualRevenue !== undefined) return messages().init.bothRevenues;
  if (economics.monthlyRevenue === undefined && economics.annualRevenue === undefined) return messages().init.noRevenue;
  return undefined;
}

/** "Jane Doe, Ali Kaya" → two names; blanks dropped. */
export function parseNames(text: string): string[] {
  return text
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/** The same day `months` later (or earlier), the last day of the month when that day does not exist. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function addYears(date: string, years: number): string {
  return addMonths(date, 12 * years);
}

/**
 * The renewal to suggest for a customer since `since`: its first anniversary after
 * `today`, so that a customer of three years is not offered a renewal date long gone
 * (which the renewal-date rule would flag at once).
 */
export function nextAnniversary(since: string, today: string): string {
  let years = 1;
  while (addYears(since, years) <= today) years++;
  return addYears(since, years);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
