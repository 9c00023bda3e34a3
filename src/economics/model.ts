import {
  add, compare, div, fromNumber, mul, mulInt, ONE, pow, ratio, reduce, sign, sub, toApproximateNumber, ZERO,
  type Ratio,
} from './ratio.js';
import { exactMonthlyRevenue } from './revenue.js';
import { ECONOMICS_DEFAULTS, type EconomicsInput } from './types.js';
import { validateEconomicsInput } from './validate.js';

/**
 * The SPEC §3 model with every input as an exact fraction, and each quantity
 * as a closed form of the month, so that any month costs a few BigInt powers
 * instead of a loop whose fractions grow with every step.
 */
export interface Model {
  start: string;
  horizon: number;
  termMonths: number;
  /** O */
  outlay: Ratio;
  /** R1 */
  firstRevenue: Ratio;
  grossMargin: Ratio;
  /** R1 × grossMargin: what the margin earns in month 1. */
  firstMargin: Ratio;
  support: Ratio;
  expansion: Ratio;
  churn: Ratio;
  /** 1 + expansion */
  growth: Ratio;
  /** 1 − churn */
  retention: Ratio;
  /** growth × retention, the ratio of the churn-weighted margin series. */
  retainedGrowth: Ratio;
  discountRate: number;
  /** The same model in floats, only to guess where the exact search should look. */
  approx: ApproximateModel;
}

export interface ApproximateModel {
  outlay: number;
  firstMargin: number;
  support: number;
  /** ln(1 + expansion), expansion */
  logGrowth: number;
  expansion: number;
  /** ln(1 − churn), −churn */
  logRetention: number;
  retentionMinusOne: number;
  /** ln((1 + expansion)(1 − churn)), (1 + expansion)(1 − churn) − 1 */
  logRetainedGrowth: number;
  retainedGrowthMinusOne: number;
}

export function buildModel(input: EconomicsInput): Model {
  const problems = validateEconomicsInput(input);
  if (problems.length > 0) throw new RangeError(`invalid economics: ${problems.join('; ')}`);
  const value = (x: number | undefined, fallback: number) => fromNumber(x ?? fallback);
  const firstRevenue = reduce(exactMonthlyRevenue(input));
  const grossMargin = value(input.grossMargin, ECONOMICS_DEFAULTS.grossMargin);
  const expansion = value(input.monthlyExpansion, ECONOMICS_DEFAULTS.monthlyExpansion);
  const churn = value(input.monthlyChurn, ECONOMICS_DEFAULTS.monthlyChurn);
  const growth = reduce(add(ONE, expansion));
  const retention = reduce(sub(ONE, churn));
  const firstMargin = reduce(mul(firstRevenue, grossMargin));
  const support = value(input.supportCostMonthly, ECONOMICS_DEFAULTS.supportCostMonthly);
  const outlay = reduce(add(
    value(input.acquisitionCost, ECONOMICS_DEFAULTS.acquisitionCost),
    value(input.onboardingCost, ECONOMICS_DEFAULTS.onboardingCost),
  ));
  const e = input.monthlyExpansion ?? ECONOMICS_DEFAULTS.monthlyExpansion;
  const c = input.monthlyChurn ?? ECONOMICS_DEFAULTS.monthlyChurn;
  return {
    start: input.start,
    horizon: input.horizon ?? ECONOMICS_DEFAULTS.horizon,
    termMonths: input.termMonths ?? ECONOMICS_DEFAULTS.termMonths,
    outlay,
    firstRevenue,
    grossMargin,
    firstMargin,
    support,
    expansion,
    churn,
    growth,
    retention,
    retainedGrowth: reduce(mul(growth, retention)),
    discountRate: input.discountRate ?? ECONOMICS_DEFAULTS.discountRate,
    approx: {
      outlay: toApproximateNumber(outlay),
      firstMargin: toApproximateNumber(firstMargin),
      support: toApproximateNumber(support),
      logGrowth: Math.log1p(e),
      expansion: e,
      logRetention: Math.log1p(-c),
      retentionMinusOne: -c,
      logRetainedGrowth: Math.log1p(e) + Math.log1p(-c),
      retainedGrowthMinusOne: e - c - e * c,
    },
  };
}

/** 1 + x + … + x^(n−1), exactly. */
export function geometricSum(x: Ratio, n: number): Ratio {
  if (n <= 0) return ZERO;
  return geometricSumFromPower(x, n, pow(x, n));
}

/** The same, given x^n already (a month-by-month walk keeps the powers). */
export function geometricSumFromPower(x: Ratio, n: number, xToTheN: Ratio): Ratio {
  if (n <= 0) return ZERO;
  if (x.num === x.den) return ratio(BigInt(n));
  // (x^n − 1) / (x − 1)
  return div(sub(xToTheN, ONE), sub(x, ONE));
}

/** 1 + x + … + x^(n−1) in floats from ln x and x − 1; expm1 avoids cancellation near x = 1. */
function approximateGeometricSum(logRatio: number, ratioMinusOne: number, n: number): number {
  return ratioMinusOne === 0 ? n : Math.expm1(n * logRatio) / ratioMinusOne;
}

export function approximateContributionAt(model: Model, k: number): number {
  const a = model.approx;
  return a.firstMargin * Math.exp((k - 1) * a.logGrowth) - a.support;
}

export function approximateCumulativeAt(model: Model, m: number): number {
  const a = model.approx;
  return a.firstMargin * approximateGeometricSum(a.logGrowth, a.expansion, m) - a.support * m;
}

export function approximateExpectedCumulativeAt(model: Model, m: number): number {
  const a = model.approx;
  return a.firstMargin * approximateGeometricSum(a.logRetainedGrowth, a.retainedGrowthMinusOne, m)
    - a.support * approximateGeometricSum(a.logRetention, a.retentionMinusOne, m);
}

/** R_k = R1 × (1 + expansion)^(k−1) */
export function revenueAt(model: Model, k: number): Ratio {
  return mul(model.firstRevenue, pow(model.growth, k - 1));
}

/** C_k = R_k × grossMargin − support */
export function contributionAt(model: Model, k: number): Ratio {
  return sub(mul(model.firstMargin, pow(model.growth, k - 1)), model.support);
}

/** C_1 + … + C_m */
export function cumulativeAt(model: Model, m: number): Ratio {
  return sub(mul(model.firstMargin, geometricSum(model.growth, m)), mulInt(model.support, m));
}

/** S_k = (1 − churn)^(k−1) */
export function survivalAt(model: Model, k: number): Ratio {
  return pow(model.retention, Math.max(0, k - 1));
}

/** S_1 C_1 + … + S_m C_m */
export function expectedCumulativeAt(model: Model, m: number): Ratio {
  return sub(
    mul(model.firstMargin, geometricSum(model.retainedGrowth, m)),
    mul(model.support, geometricSum(model.retention, m)),
  );
}

export function expansionSign(model: Model): -1 | 0 | 1 {
  return sign(model.expansion);
}

export function reachesOutlay(model: Model, amount: Ratio): boolean {
  return compare(amount, model.outlay) >= 0;
}

/** m − 1 + (O − (C_1 + … + C_(m−1))) / C_m, for a break-even month m >= 1. */
export function fractionalMonths(model: Model, m: number): Ratio {
  const missing = sub(model.outlay, cumulativeAt(model, m - 1));
  return add(ratio(BigInt(m - 1)), div(missing, contributionAt(model, m)));
}

/**
 * Discounting is irrational ((1 + rate)^(1/12)), so it runs in floats:
 * C_k / (1 + r)^k with (1 + r)^k = (1 + rate)^(k/12), each power taken
 * directly from k rather than by repeated multiplication. Absurd growth could
 * overflow a float; values are clamped so that no Infinity or NaN escapes.
 * Returns the discounted cumulative contribution of months 1..n at index k − 1.
 */
export function discountedCumulatives(model: Model, months: number): number[] {
  const margin = toApproximateNumber(model.firstMargin);
  const support = toApproximateNumber(model.support);
  const growth = toApproximateNumber(model.growth);
  const base = 1 + model.discountRate;
  const sums: number[] = [];
  let sum = 0;
  for (let k = 1; k <= months; k += 1) {
    const contribution = clampFinite(margin * clampFinite(Math.pow(growth, k - 1)) - support);
    sum = clampFinite(sum + contribution * Math.pow(base, -k / 12));
    sums.push(sum);
  }
  return sums;
}

export function clampFinite(x: number): number {
  if (Number.isNaN(x)) return 0;
  return Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, x));
}
