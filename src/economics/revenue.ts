import { div, fromInt, fromNumber, toApproximateNumber, type Ratio } from './ratio.js';

export interface RevenueFields {
  monthlyRevenue?: number | undefined;
  annualRevenue?: number | undefined;
}

/**
 * R1 exactly: `annualRevenue / 12` as a fraction when an annual figure is
 * given (never the float quotient, which is off in the last digit for
 * 1,000 / 12), else `monthlyRevenue`. A plan has exactly one of the two.
 */
export function exactMonthlyRevenue(fields: RevenueFields): Ratio {
  if (fields.annualRevenue !== undefined) return div(fromNumber(fields.annualRevenue), fromInt(12));
  if (fields.monthlyRevenue !== undefined) return fromNumber(fields.monthlyRevenue);
  throw new RangeError('monthlyRevenue or annualRevenue is required');
}

/**
 * R1 as a number for display: `annualRevenue / 12`, else `monthlyRevenue`.
 * For computing, pass `annualRevenue` in EconomicsInput instead, which stays exact.
 */
export function monthlyRevenueOf(fields: RevenueFields): number {
  return toApproximateNumber(exactMonthlyRevenue(fields));
}
