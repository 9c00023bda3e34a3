import { isIsoDate } from './dates.js';
import type { EconomicsInput } from './types.js';

/**
 * What is wrong with an input, one sentence per problem; empty when valid.
 * The plan schema already enforces these ranges; this guards the other
 * callers (flags, tests) so that no NaN or Infinity can reach an output.
 */
export function validateEconomicsInput(input: EconomicsInput): string[] {
  const problems: string[] = [];
  const check = (name: string, value: unknown, ok: (x: number) => boolean, range: string) => {
    if (value === undefined) return;
    if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
      problems.push(`${name} must be ${range}, got ${String(value)}`);
    }
  };
  if (typeof input.start !== 'string' || !isIsoDate(input.start)) {
    problems.push(`start must be a calendar date (YYYY-MM-DD), got ${String(input.start)}`);
  }
  const atLeastZero = (x: number) => x >= 0;
  if (input.annualRevenue === undefined) {
    if (input.monthlyRevenue === undefined) problems.push('monthlyRevenue or annualRevenue is required');
    check('monthlyRevenue', input.monthlyRevenue, atLeastZero, 'a number >= 0');
  } else {
    check('annualRevenue', input.annualRevenue, atLeastZero, 'a number >= 0');
  }
  check('acquisitionCost', input.acquisitionCost, atLeastZero, 'a number >= 0');
  check('onboardingCost', input.onboardingCost, atLeastZero, 'a number >= 0');
  check('supportCostMonthly', input.supportCostMonthly, atLeastZero, 'a number >= 0');
  check('grossMargin', input.grossMargin, (x) => x > 0 && x <= 1, 'in (0, 1]');
  check('monthlyExpansion', input.monthlyExpansion, (x) => x > -1, 'greater than -1');
  check('monthlyChurn', input.monthlyChurn, (x) => x >= 0 && x < 1, 'in [0, 1)');
  check('discountRate', input.discountRate, atLeastZero, 'a number >= 0');
  check('termMonths', input.termMonths, (x) => Number.isInteger(x) && x >= 1, 'a whole number >= 1');
  check('horizon', input.horizon, (x) => Number.isInteger(x) && x >= 0, 'a whole number >= 0');
  return problems;
}
