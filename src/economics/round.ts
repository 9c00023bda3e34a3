import { fromNumber, toRoundedNumber } from './ratio.js';

/**
 * Round half away from zero to `decimals` places, from the number's decimal
 * value as printed: roundHalfUp(1.005, 2) is 1.01, although the float 1.005
 * is slightly below it and `Math.round(1.005 * 100) / 100` gives 1.
 */
export function roundHalfUp(x: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError(`decimals must be a whole number >= 0, got ${decimals}`);
  }
  return toRoundedNumber(fromNumber(x), decimals);
}
