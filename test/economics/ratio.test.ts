import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roundHalfUp } from '../../src/economics/index.js';
import {
  ceil, compare, fromDecimalString, fromNumber, mul, toRoundedDecimal, toRoundedNumber,
} from '../../src/economics/ratio.js';
import { formatAmount, formatPercent } from '../../src/economics/format.js';

describe('fromNumber reads the decimal the user wrote', () => {
  it('keeps 0.7 as 7/10, so 170 × 0.7 is exactly 119', () => {
    const product = mul(fromNumber(170), fromNumber(0.7));
    expect(compare(product, fromNumber(119))).toBe(0);
    expect(170 * 0.7).not.toBe(119); // the float drift this module exists to avoid
  });

  it('handles exponent notation and signs', () => {
    expect(fromNumber(1e-7)).toEqual({ num: 1n, den: 10_000_000n });
    expect(fromNumber(1.5e21)).toEqual({ num: 1_500_000_000_000_000_000_000n, den: 1n });
    expect(fromNumber(-0.05)).toEqual({ num: -1n, den: 20n });
    expect(fromNumber(-0)).toEqual({ num: 0n, den: 1n });
    expect(fromDecimalString('.5')).toEqual({ num: 1n, den: 2n });
  });

  it('rejects what is not a finite decimal', () => {
    expect(() => fromNumber(Number.NaN)).toThrow(RangeError);
    expect(() => fromNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => fromDecimalString('1,5')).toThrow(RangeError);
  });

  it('ceil rounds toward +infinity', () => {
    expect(ceil({ num: 7n, den: 2n })).toBe(4n);
    expect(ceil({ num: 8n, den: 2n })).toBe(4n);
    expect(ceil({ num: -7n, den: 2n })).toBe(-3n);
  });
});

describe('rounding half away from zero', () => {
  it('rounds 1.005 up to 1.01, which Math.round gets wrong', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(roundHalfUp(8.545, 2)).toBe(8.55);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
  });

  it('rounds negative halves away from zero and never returns -0', () => {
    expect(roundHalfUp(-1.005, 2)).toBe(-1.01);
    expect(roundHalfUp(-0.22375, 4)).toBe(-0.2238);
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
    expect(Object.is(toRoundedNumber(fromNumber(-0.004), 2), 0)).toBe(true);
  });

  it('rounds exact fractions: 8,000 / 936 is 8.547… → 8.55', () => {
    expect(toRoundedDecimal({ num: 8000n, den: 936n }, 2)).toBe('8.55');
    expect(toRoundedDecimal({ num: 1n, den: 3n }, 0)).toBe('0');
    expect(toRoundedDecimal({ num: -1n, den: 200n }, 2)).toBe('-0.01');
  });

  it('refuses a non-whole number of decimals', () => {
    expect(() => roundHalfUp(1, 1.5)).toThrow(RangeError);
  });
});

describe('number formatting for sentences', () => {
  it('groups thousands and shows cents only when there are any', () => {
    expect(formatAmount(84000)).toBe('84,000');
    expect(formatAmount(1410.26)).toBe('1,410.26');
    expect(formatAmount(1234.5)).toBe('1,234.50');
    expect(formatAmount(999.999)).toBe('1,000');
    expect(formatAmount(-1200)).toBe('-1,200');
    expect(formatAmount(1e21)).toBe('1,000,000,000,000,000,000,000');
  });

  it('writes fractions as percentages with up to two decimals', () => {
    expect(formatPercent(0.78)).toBe('78%');
    expect(formatPercent(0.0125)).toBe('1.25%');
    expect(formatPercent(1)).toBe('100%');
  });
});

describe('the fast paths agree with reading the decimal string', () => {
  it('toRoundedNumber is the float of toRoundedDecimal, for any ratio and places', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }), (num, den, places) => {
        const r = { num, den };
        const viaString = Number(toRoundedDecimal(r, places));
        expect(toRoundedNumber(r, places)).toBe(viaString === 0 ? 0 : viaString);
      }),
      { numRuns: 2000 },
    );
  });

  it('fromNumber of any finite double (twice, as plans repeat numbers) is the value of its string', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const expected = fromDecimalString(String(x));
        expect(fromNumber(x)).toEqual(expected);
        expect(fromNumber(x)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
