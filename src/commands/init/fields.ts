import { isCalendarDate } from '../../util/dates.js';
import type { EconomicsAnswer } from './templates/values.js';
import { currencyCode } from '../../economics/currencies.js';
import { economicsField, parseEconomicsValue, type EconomicsKey } from '../../economics/fields.js';

/*
 * Parsing of every value `cro init` accepts, shared by flags and prompts so that both
 * accept and refuse exactly the same things. Each parser returns the value or a message
 * that says what to type instead.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Prompts speak the template's language; flags and errors speak English. */
export type Lang = 'en' | 'tr';

const MESSAGES = {
  en: {
    dateFormat: 'write the date as YYYY-MM-DD, e.g. 2027-02-01',
    notInCalendar: (v: string) => `${v} is not a date in the calendar`,
    currency: 'not an ISO 4217 currency code; use one such as USD, EUR or TRY',
  },
  tr: {
    dateFormat: 'tarihi YYYY-AA-GG biçiminde yazın, ör. 2027-02-01',
    notInCalendar: (v: string) => `${v} takvimde olan bir tarih değil`,
    currency: 'bir ISO 4217 para birimi kodu değil; USD, EUR ya da TRY gibi bir kod kullanın',
  },
} as const;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

export function parseDate(text: string, lang: Lang = 'en'): Parsed<string> {
  const value = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return fail(MESSAGES[lang].dateFormat);
  if (!isCalendarDate(value)) return fail(MESSAGES[lang].notInCalendar(value));
  return ok(value);
}

export function parseCurrency(text: string, lang: Lang = 'en'): Parsed<string> {
  const code = currencyCode(text);
  return code !== undefined ? ok(code) : fail(MESSAGES[lang].currency);
}

export function parseMoney(text: string, lang: Lang = 'en'): Parsed<number> {
  return parseEconomics('acquisitionCost', text, lang);
}

export type { EconomicsKey };

/** Parses one economics value by the grammar and range every command uses (economics/fields.ts). */
// The language in use (i18n/messages.ts): the number messages are in the catalogs.
export function parseEconomics(key: EconomicsKey, text: string, _lang: Lang = 'en'): Parsed<number> {
  return parseEconomicsValue(economicsField(key), text);
}

/** Checks the economics as a whole: exactly one revenue figure once anything is given. */
export function economicsProblem(economics: EconomicsAnswer): string | undefined {
  const given = Object.values(economics).some((v) => v !== undefined);
  if (!given) return undefined;
  if (economics.monthlyRevenue !== undefined && economics.annualRevenue !== undefined) return 'give the monthly or the annual revenue, not both';
  if (economics.monthlyRevenue === undefined && economics.annualRevenue === undefined) return 'the economics need the revenue: the monthly or the annual figure';
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
