import { fromNumber, mulInt, toRoundedDecimal, type Ratio } from './ratio.js';

/**
 * Numbers for the sentences this library writes (the command formats its own
 * tables): thousands separators, no currency symbol, locale-independent so
 * that output and tests are the same everywhere.
 */
function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Trailing zeros dropped when `trim`; otherwise all the decimals, or none when they are all zero. */
function formatDecimal(value: Ratio, decimals: number, trim: boolean): string {
  const rounded = toRoundedDecimal(value, decimals);
  const negative = rounded.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? rounded.slice(1) : rounded).split('.');
  const shown = trim ? fraction.replace(/0+$/, '') : /^0*$/.test(fraction) ? '' : fraction;
  return `${negative ? '-' : ''}${groupThousands(whole)}${shown ? `.${shown}` : ''}`;
}

function exact(value: Ratio | number): Ratio {
  return typeof value === 'number' ? fromNumber(value) : value;
}

/** Money: 84,000 or 1,410.26 (cents only when there are any). */
export function formatAmount(amount: Ratio | number): string {
  return formatDecimal(exact(amount), 2, false);
}

/** A fraction as a percentage: 0.78 → "78%", 0.0125 → "1.25%". */
export function formatPercent(fraction: Ratio | number): string {
  return `${formatDecimal(mulInt(exact(fraction), 100), 2, true)}%`;
}

/** A count of months: 1,200. */
export function formatCount(count: number): string {
  return groupThousands(String(count));
}
