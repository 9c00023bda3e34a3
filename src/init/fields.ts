import { isCalendarDate } from '../util/dates.js';
import type { EconomicsAnswer } from '../templates/values.js';

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
    currency: 'use a three-letter ISO 4217 code such as USD, EUR or TRY',
    notNumber: (v: string) => `"${v}" is not a number; write digits only, e.g. 84000 or 0.78`,
    tooLarge: (v: string) => `"${v}" is too large`,
    negative: 'an amount cannot be negative',
    grossMargin: 'the gross margin is a fraction above 0 and at most 1, e.g. 0.78 (or 78%)',
    churn: 'monthly churn is a fraction from 0 up to (not including) 1, e.g. 0.01 (or 1%)',
    expansion: 'monthly expansion is above -1, e.g. 0.01 (or 1%); negative is downsell',
    discount: 'the discount rate cannot be negative, e.g. 0.10 (or 10%)',
  },
  tr: {
    dateFormat: 'tarihi YYYY-AA-GG biçiminde yazın, ör. 2027-02-01',
    notInCalendar: (v: string) => `${v} takvimde olan bir tarih değil`,
    currency: 'USD, EUR ya da TRY gibi üç harfli bir ISO 4217 kodu kullanın',
    notNumber: (v: string) => `"${v}" bir sayı değil; yalnızca rakam yazın, ör. 84000 ya da 0.78`,
    tooLarge: (v: string) => `"${v}" çok büyük`,
    negative: 'tutar eksi olamaz',
    grossMargin: 'brüt kâr marjı 0\'dan büyük, en fazla 1 olan bir orandır, ör. 0.78 (ya da %78)',
    churn: 'aylık müşteri kaybı 0 ile 1 arasında (1 hariç) bir orandır, ör. 0.01 (ya da %1)',
    expansion: 'aylık gelir artışı -1\'den büyük olmalı, ör. 0.01 (ya da %1); eksi değer gelir kaybıdır',
    discount: 'iskonto oranı eksi olamaz, ör. 0.10 (ya da %10)',
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
  const value = text.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(value) ? ok(value) : fail(MESSAGES[lang].currency);
}

/** A plain decimal number (`84000`, `84000.50`, `-0.02`); thousands separators are refused, not guessed. */
function parseNumber(text: string, lang: Lang): Parsed<number> {
  const value = text.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value)) return fail(MESSAGES[lang].notNumber(value));
  const number = Number(value);
  return Number.isFinite(number) ? ok(number) : fail(MESSAGES[lang].tooLarge(value));
}

/** A number, or a percentage (`78%` or `%78` → 0.78) for rates. */
function parseRate(text: string, lang: Lang): Parsed<number> {
  const value = text.trim();
  if (value.endsWith('%') || value.startsWith('%')) {
    const number = parseNumber(value.replace(/^%|%$/g, ''), lang);
    return number.ok ? ok(Number((number.value / 100).toPrecision(12))) : number;
  }
  return parseNumber(value, lang);
}

export function parseMoney(text: string, lang: Lang = 'en'): Parsed<number> {
  const number = parseNumber(text, lang);
  if (!number.ok) return number;
  return number.value < 0 ? fail(MESSAGES[lang].negative) : number;
}

export type EconomicsKey = keyof EconomicsAnswer;

/** Parses one economics value by the range the plan format gives it (SPEC §3). */
export function parseEconomics(key: EconomicsKey, text: string, lang: Lang = 'en'): Parsed<number> {
  const messages = MESSAGES[lang];
  const rate = (inRange: (n: number) => boolean, message: string): Parsed<number> => {
    const parsed = parseRate(text, lang);
    if (!parsed.ok) return parsed;
    return inRange(parsed.value) ? parsed : fail(message);
  };
  switch (key) {
    case 'grossMargin':
      return rate((n) => n > 0 && n <= 1, messages.grossMargin);
    case 'monthlyChurn':
      return rate((n) => n >= 0 && n < 1, messages.churn);
    case 'monthlyExpansion':
      return rate((n) => n > -1, messages.expansion);
    case 'discountRate':
      return rate((n) => n >= 0, messages.discount);
    default:
      return parseMoney(text, lang);
  }
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
