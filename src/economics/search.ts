import {
  approximateContributionAt, approximateCumulativeAt, contributionAt, cumulativeAt, expansionSign, reachesOutlay,
  type Model,
} from './model.js';
import { ceil, div, sign, type Ratio } from './ratio.js';

/**
 * Months k in [first, last] where C_k > 0. C_k is monotone in k (it grows
 * with expansion, shrinks with downsell, is flat otherwise), so the positive
 * months form one run, and the cumulative contribution rises exactly on it:
 * before the run it is <= 0, after it, it falls. So on the run "cumulative
 * >= O" is monotone and a search finds the first month that pays back.
 */
export interface PositiveRun {
  first: number;
  last: number;
}

export function positiveRun(model: Model, limit: number): PositiveRun | null {
  if (limit < 1) return null;
  const positive = (k: number) => sign(contributionAt(model, k)) > 0;
  const roughlyPositive = (k: number) => approximateContributionAt(model, k) > 0;
  switch (expansionSign(model)) {
    case 0:
      return positive(1) ? { first: 1, last: limit } : null;
    case 1: {
      const first = firstTrueNear(1, limit, guessFirst(1, limit, roughlyPositive), positive);
      return first === null ? null : { first, last: limit };
    }
    case -1: {
      if (!positive(1)) return null;
      const negative = (k: number) => !positive(k);
      const firstNegative = firstTrueNear(2, limit, guessFirst(2, limit, (k) => !roughlyPositive(k)), negative);
      return { first: 1, last: firstNegative === null ? limit : firstNegative - 1 };
    }
  }
}

/**
 * The first month in [lo, hi] where `amountAt` reaches the outlay, for an
 * `amountAt` that rises on [lo, hi]; null when it does not get there by hi.
 * A float version of the same amount says where to look, so the exact
 * (BigInt) amount is usually evaluated only twice.
 */
export function firstMonthReaching(
  model: Model,
  lo: number,
  hi: number,
  amountAt: (model: Model, m: number) => Ratio,
  roughAmountAt: (model: Model, m: number) => number,
): number | null {
  const guess = guessFirst(lo, hi, (m) => roughAmountAt(model, m) >= model.approx.outlay);
  return firstTrueNear(lo, hi, guess, (m) => reachesOutlay(model, amountAt(model, m)));
}

/**
 * The plain break-even month within `limit` months (O > 0), or null.
 * Without expansion the contribution is a constant C and m = ceil(O / C),
 * which keeps the common case O(1).
 */
export function plainBreakEvenMonth(model: Model, limit: number): number | null {
  if (expansionSign(model) === 0) {
    const month = constantContributionMonth(model);
    return month !== null && month <= limit ? month : null;
  }
  const run = positiveRun(model, limit);
  return run ? firstMonthReaching(model, run.first, run.last, cumulativeAt, approximateCumulativeAt) : null;
}

/** ceil(O / C) for a constant contribution C > 0 (at least 1); null when C <= 0. */
export function constantContributionMonth(model: Model): number | null {
  const contribution = contributionAt(model, 1);
  if (sign(contribution) <= 0) return null;
  const months = ceil(div(model.outlay, contribution));
  return Number(months < 1n ? 1n : months);
}

/** Smallest k in [lo, hi] with test(k), for test false…false true…true and test(hi) true. */
export function firstWhere(lo: number, hi: number, test: (k: number) => boolean): number {
  let low = lo;
  let high = hi;
  while (low < high) {
    const mid = low + Math.floor((high - low) / 2);
    if (test(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** A starting point for firstTrueNear: binary search on a cheap, approximately right test. */
function guessFirst(lo: number, hi: number, roughTest: (k: number) => boolean): number {
  if (lo >= hi) return lo;
  return firstWhere(lo, hi, (k) => k === hi || roughTest(k));
}

/**
 * Smallest k in [lo, hi] with test(k) for a monotone (false…true) test, or
 * null. Gallops from the guess and then bisects, so a good guess costs two
 * tests and a bad one O(log distance) — the answer never depends on the guess.
 */
export function firstTrueNear(lo: number, hi: number, guess: number, test: (k: number) => boolean): number | null {
  if (lo > hi) return null;
  const start = Math.min(hi, Math.max(lo, Math.round(guess)));
  if (test(start)) {
    let high = start;
    for (let step = 1; ; step *= 2) {
      const probe = high - step;
      if (probe < lo) return firstWhere(lo, high, test);
      if (!test(probe)) return firstWhere(probe + 1, high, test);
      high = probe;
    }
  }
  let low = start;
  for (let step = 1; low < hi; step *= 2) {
    const probe = Math.min(hi, low + step);
    if (test(probe)) return firstWhere(low + 1, probe, test);
    low = probe;
  }
  return null;
}
