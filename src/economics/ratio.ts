/**
 * Exact rational numbers on BigInt, just enough for the break-even model.
 *
 * Plan values are decimals typed into YAML; as binary floats, 170 × 0.70 is
 * 118.99999999999999 and a 1,190 outlay would wrongly break even in month 11.
 * Reading each number back from its shortest decimal string gives the value
 * the user wrote, and keeping it as numerator/denominator keeps every
 * comparison exact.
 *
 * Values are not reduced after each operation (gcd on BigInt is slow); callers
 * evaluate closed forms with a handful of operations, so sizes stay small.
 */
export interface Ratio {
  readonly num: bigint;
  /** Always > 0. */
  readonly den: bigint;
}

export const ZERO: Ratio = { num: 0n, den: 1n };
export const ONE: Ratio = { num: 1n, den: 1n };

export function ratio(num: bigint, den: bigint = 1n): Ratio {
  if (den === 0n) throw new RangeError('ratio with a zero denominator');
  return den < 0n ? { num: -num, den: -den } : { num, den };
}

export function fromInt(n: number | bigint): Ratio {
  return { num: BigInt(n), den: 1n };
}

/**
 * The exact decimal value of a finite number as JavaScript prints it
 * (`String(0.7)` is "0.7", `String(1e-7)` is "1e-7").
 */
export function fromNumber(x: number): Ratio {
  // A whole number prints as its digits: no string to read back (most money in plans is whole).
  if (Number.isSafeInteger(x)) return { num: BigInt(x), den: 1n };
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  // Rates and margins repeat from plan to plan (0.78, 0.01): each is read from its string once.
  let known = decimalsSeen.get(x);
  if (known === undefined) {
    known = fromDecimalString(String(x));
    if (decimalsSeen.size >= DECIMALS_SEEN_MAX) decimalsSeen.clear();
    decimalsSeen.set(x, known);
  }
  return known;
}

/** Ratios are never changed once made, so one may serve every plan that wrote the same number. */
const decimalsSeen = new Map<number, Ratio>();
const DECIMALS_SEEN_MAX = 4096;

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

export function fromDecimalString(text: string): Ratio {
  const match = DECIMAL.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) {
    throw new RangeError(`not a decimal number: ${text}`);
  }
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const digits = BigInt((whole + fraction) || '0');
  const exponent = Number(exponentText) - fraction.length;
  const signed = sign === '-' ? -digits : digits;
  const value = exponent >= 0
    ? { num: signed * 10n ** BigInt(exponent), den: 1n }
    : { num: signed, den: 10n ** BigInt(-exponent) };
  return reduce(value);
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Lowest terms; worth it once for inputs, too slow to do after every step. */
export function reduce(r: Ratio): Ratio {
  if (r.num === 0n) return ZERO;
  const g = gcd(r.num, r.den);
  return g === 1n ? r : { num: r.num / g, den: r.den / g };
}

export function add(a: Ratio, b: Ratio): Ratio {
  if (a.den === b.den) return { num: a.num + b.num, den: a.den };
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

export function sub(a: Ratio, b: Ratio): Ratio {
  if (a.den === b.den) return { num: a.num - b.num, den: a.den };
  return { num: a.num * b.den - b.num * a.den, den: a.den * b.den };
}

export function neg(a: Ratio): Ratio {
  return { num: -a.num, den: a.den };
}

export function mul(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.num, den: a.den * b.den };
}

export function mulInt(a: Ratio, n: number | bigint): Ratio {
  return { num: a.num * BigInt(n), den: a.den };
}

export function div(a: Ratio, b: Ratio): Ratio {
  if (b.num === 0n) throw new RangeError('division by zero');
  return ratio(a.num * b.den, a.den * b.num);
}

export function pow(a: Ratio, exponent: number): Ratio {
  if (!Number.isInteger(exponent) || exponent < 0) {
    throw new RangeError(`pow needs a whole exponent >= 0, got ${exponent}`);
  }
  if (exponent === 0) return ONE;
  const e = BigInt(exponent);
  return { num: a.num ** e, den: a.den ** e };
}

export function sign(a: Ratio): -1 | 0 | 1 {
  return a.num === 0n ? 0 : a.num > 0n ? 1 : -1;
}

export function compare(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left === right ? 0 : left > right ? 1 : -1;
}

export function isZero(a: Ratio): boolean {
  return a.num === 0n;
}

export function equals(a: Ratio, b: Ratio): boolean {
  return compare(a, b) === 0;
}

/** Smallest integer >= a. */
export function ceil(a: Ratio): bigint {
  const q = a.num / a.den; // truncates toward zero
  return a.num > 0n && q * a.den !== a.num ? q + 1n : q;
}

/**
 * Round half away from zero ("half-up" as accountants mean it) to `decimals`
 * places, as a decimal string without exponent ("-1234.50"); never "-0".
 */
export function toRoundedDecimal(a: Ratio, decimals: number): string {
  const magnitude = roundedUnits(a, decimals);
  const units = magnitude < 0n ? -magnitude : magnitude;
  const digits = units.toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  const text = decimals > 0 ? `${whole}.${fraction}` : whole;
  return a.num < 0n && units !== 0n ? `-${text}` : text;
}

/** `a` in units of 10^−decimals, rounded half away from zero. */
function roundedUnits(a: Ratio, decimals: number): bigint {
  const magnitude = a.num < 0n ? -a.num : a.num;
  const scaled = magnitude * (POWERS_OF_TEN[decimals] ?? 10n ** BigInt(decimals));
  let units = scaled / a.den;
  if ((scaled % a.den) * 2n >= a.den) units += 1n;
  return a.num < 0n ? -units : units;
}

const POWERS_OF_TEN = Array.from({ length: 8 }, (_, n) => 10n ** BigInt(n));

/** Powers of ten up to 10^22 are exact as floats. */
const MAX_EXACT_POWER_OF_TEN = 22;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * toRoundedDecimal as a number: the float closest to that decimal (as reading its
 * string would give); zero is never negative, and the result is always finite.
 */
export function toRoundedNumber(a: Ratio, decimals: number): number {
  if (decimals <= MAX_EXACT_POWER_OF_TEN) {
    const units = roundedUnits(a, decimals);
    // Both exact as floats, so the one correctly rounded division gives the float nearest
    // the decimal, as reading its string would, without making the string.
    if (units <= MAX_SAFE && units >= -MAX_SAFE) return Number(units) / 10 ** decimals + 0;
  }
  const value = Number(toRoundedDecimal(a, decimals));
  if (value === 0) return 0;
  // Only absurd growth gets here (beyond 1.8e308); stay finite regardless.
  return Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, value));
}

/** Nearest float, for the paths that are irrational anyway (discounting). */
export function toApproximateNumber(a: Ratio): number {
  const whole = a.num / a.den;
  const rest = a.num - whole * a.den;
  // Split so that huge numerators and denominators do not overflow to Infinity.
  return Number(whole) + scaledFraction(rest, a.den);
}

function scaledFraction(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const bits = den.toString(2).length;
  const shift = bits > 60 ? BigInt(bits - 60) : 0n;
  return Number(num >> shift) / Number(den >> shift);
}
