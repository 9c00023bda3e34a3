import { currentLocale } from '../i18n/messages.js';
import { roundHalfUp } from '../economics/index.js';

/*
 * How text writes numbers and money: in the locale of the language in use (en-US, tr-TR;
 * never the machine's, so output, CI logs and tests are the same everywhere); the
 * currency is the plan's. Machine formats (JSON, SARIF…) write plain numbers instead.
 */

const formatters = new Map<string, Intl.NumberFormat>();

function cached(key: string, make: (locale: string) => Intl.NumberFormat): Intl.NumberFormat {
  const locale = currentLocale();
  key = `${locale}:${key}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = make(locale);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Minor units of a currency as Intl knows them (2 for USD, 0 for JPY). */
function minorDigits(currency: string): number {
  return cached(`minor:${currency}`, (locale) => new Intl.NumberFormat(locale, { style: 'currency', currency })).resolvedOptions()
    .maximumFractionDigits ?? 2;
}

/**
 * Money for sentences: "$84,000" when whole, "$1,410.26" when there are cents.
 * Null (not applicable) is written as an em dash, never "NaN" or "undefined".
 */
export function formatMoney(amount: number | null, currency: string): string {
  if (amount === null || !Number.isFinite(amount)) return '—';
  const digits = minorDigits(currency);
  const whole = Number.isInteger(roundHalfUp(amount, digits));
  const formatter = cached(`money:${currency}:${whole}`, (locale) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: whole ? 0 : digits, maximumFractionDigits: digits }));
  return formatter.format(roundHalfUp(amount, digits));
}

/** Money for tables, where columns must line up: always the currency's minor units ("$9,500.00"). */
export function formatMoneyColumn(amount: number | null, currency: string): string {
  if (amount === null || !Number.isFinite(amount)) return '—';
  const formatter = cached(`column:${currency}`, (locale) => new Intl.NumberFormat(locale, { style: 'currency', currency }));
  return formatter.format(roundHalfUp(amount, minorDigits(currency)));
}

/** Money for chart axes: "$96K", "€1.2M". */
export function formatMoneyCompact(amount: number, currency: string): string {
  if (!Number.isFinite(amount)) return '—';
  const formatter = cached(`compact:${currency}`, (locale) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }));
  return formatter.format(amount);
}

/** A fraction as a percentage with up to `decimals` decimals: 0.2534 → "25.34%" (Turkish: "%25,34"), 0.01 → "1%". */
export function formatPercent(fraction: number | null, decimals = 2, { grouped = true }: { grouped?: boolean } = {}): string {
  if (fraction === null || !Number.isFinite(fraction)) return '—';
  const percent = roundHalfUp(fraction * 100, decimals);
  return cached(`percent:${decimals}:${grouped}`, (locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: decimals, useGrouping: grouped })).format(percent === 0 ? 0 : percent / 100);
}

/** A count for sentences: "10,000" (Turkish: "10.000"). */
export function formatCount(count: number): string {
  return cached('count', (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(count);
}

/** Fractional months as the model rounds them: 8.55, 15, 0. */
export function formatMonths(months: number | null): string {
  if (months === null || !Number.isFinite(months)) return '—';
  return cached('months', (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(months);
}

/** An amount without its currency, for sentences that have named it: "84,000", "1,410.26" (Turkish: "84.000", "1.410,26"). */
export function formatAmount(amount: number): string {
  if (!Number.isFinite(amount)) return '—';
  const rounded = roundHalfUp(amount, 2);
  const whole = Number.isInteger(rounded);
  return cached(`amount:${whole}`, (locale) => new Intl.NumberFormat(locale, { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 })).format(rounded);
}
