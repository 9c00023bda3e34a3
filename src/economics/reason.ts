import { approximateCumulativeAt, contributionAt, cumulativeAt, expansionSign, type Model } from './model.js';
import { compare, div, isZero, mulInt, neg, sign, sub, toRoundedNumber, ONE, type Ratio } from './ratio.js';
import type { NeverReason } from './types.js';
import { constantContributionMonth, firstMonthReaching, positiveRun } from './search.js';

/**
 * How far past the horizon the explanation looks for the honest break-even
 * month, so that "too slow" can say when it would pay back. 100 years keeps
 * the exact powers small; beyond that the sentence just says "not within".
 */
export const EXPLANATION_MONTHS = 1200;

/**
 * Why a plan with an outlay never breaks even within the horizon, as data a view
 * says in words (src/text/never-reason.ts): the contribution is never positive;
 * revenue shrinks so the cumulative contribution peaks below the outlay; or it is too slow.
 */
export function explainNever(model: Model): NeverReason {
  const outlay = money(model.outlay);
  const first = contributionAt(model, 1);
  const trend = expansionSign(model);

  if (isZero(model.firstRevenue)) return { kind: 'no-revenue', outlay, support: sign(model.support) > 0 ? money(model.support) : 0 };
  if (trend <= 0 && sign(first) <= 0) return explainNoContribution(model, outlay);

  const horizon = model.horizon;
  const limit = Math.max(EXPLANATION_MONTHS, horizon);

  if (trend === 0) {
    // A constant positive contribution always pays back; the closed form says when.
    const month = constantContributionMonth(model) ?? 0;
    return { kind: 'too-slow', outlay, monthlyContribution: money(first), month, horizon };
  }

  if (trend < 0 && isZero(model.support)) {
    // Shrinking margin, no support cost: the cumulative contribution tends to
    // R1 × margin / (1 − growth) and never reaches that limit.
    const ceiling = div(model.firstMargin, sub(ONE, model.growth));
    if (compare(ceiling, model.outlay) <= 0) return { kind: 'ceiling', outlay, shrinkPercent: shrinkPercent(model), ceiling: money(ceiling) };
  }

  const run = positiveRun(model, limit);
  const month = run ? firstMonthReaching(
    model, Math.max(run.first, horizon + 1), run.last, cumulativeAt, approximateCumulativeAt,
  ) : null;
  if (month !== null) {
    return { kind: 'late', outlay, month, horizon, marginCoversSupportFrom: run && run.first > 1 ? run.first : null };
  }
  if (trend < 0 && run && run.last < limit) {
    return { kind: 'peak', outlay, shrinkPercent: shrinkPercent(model), peak: money(cumulativeAt(model, run.last)), peakMonth: run.last };
  }
  return { kind: 'not-within', outlay, months: limit, horizon };
}

/** Money to the cent, as the sentences show it. */
function money(amount: Ratio): number {
  return toRoundedNumber(amount, 2);
}

/** A fraction as a percentage of 100, to two decimals (0.0125 → 1.25). */
function percentOf(fraction: Ratio): number {
  return toRoundedNumber(mulInt(fraction, 100), 2);
}

function shrinkPercent(model: Model): number {
  return percentOf(neg(model.expansion));
}

/** Support eats the whole margin from month 1, and nothing grows. */
function explainNoContribution(model: Model, outlay: number): NeverReason {
  return {
    kind: 'no-contribution',
    outlay,
    support: money(model.support),
    margin: money(model.firstMargin),
    revenue: money(model.firstRevenue),
    grossMarginPercent: percentOf(model.grossMargin),
    equal: compare(model.firstMargin, model.support) === 0,
    shrinkPercent: expansionSign(model) < 0 ? shrinkPercent(model) : null,
    monthlyLoss: money(neg(contributionAt(model, 1))),
  };
}
