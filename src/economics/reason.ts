import { formatAmount, formatCount, formatPercent } from './format.js';
import { approximateCumulativeAt, contributionAt, cumulativeAt, expansionSign, type Model } from './model.js';
import { compare, div, isZero, neg, sign, sub, ONE } from './ratio.js';
import { constantContributionMonth, firstMonthReaching, positiveRun } from './search.js';

/**
 * How far past the horizon the explanation looks for the honest break-even
 * month, so that "too slow" can say when it would pay back. 100 years keeps
 * the exact powers small; beyond that the sentence just says "not within".
 */
export const EXPLANATION_MONTHS = 1200;

/**
 * Why a plan with an outlay never breaks even within the horizon, as a
 * sentence a CRO reads: the contribution is never positive; revenue shrinks
 * so the cumulative contribution peaks below the outlay; or it is too slow.
 */
export function explainNever(model: Model): string {
  const outlay = formatAmount(model.outlay);
  const first = contributionAt(model, 1);
  const trend = expansionSign(model);

  if (isZero(model.firstRevenue)) {
    return sign(model.support) > 0
      ? `there is no revenue and support costs ${formatAmount(model.support)} a month, so the outlay of ${outlay} is never paid back`
      : `there is no revenue, so the outlay of ${outlay} is never paid back`;
  }
  if (trend <= 0 && sign(first) <= 0) return explainNoContribution(model, outlay);

  const horizon = model.horizon;
  const limit = Math.max(EXPLANATION_MONTHS, horizon);
  const beyondHorizon = `beyond the ${formatCount(horizon)}-month horizon`;

  if (trend === 0) {
    // A constant positive contribution always pays back; the closed form says when.
    const month = constantContributionMonth(model) ?? 0;
    return `earning ${formatAmount(first)} a month after support, it pays back the outlay of ${outlay} only in month ${formatCount(month)}, ${beyondHorizon}`;
  }

  if (trend < 0 && isZero(model.support)) {
    // Shrinking margin, no support cost: the cumulative contribution tends to
    // R1 × margin / (1 − growth) and never reaches that limit.
    const ceiling = div(model.firstMargin, sub(ONE, model.growth));
    if (compare(ceiling, model.outlay) <= 0) {
      return `${shrinks(model)}, so the cumulative contribution stays below ${formatAmount(ceiling)} for ever and never reaches the outlay of ${outlay}`;
    }
  }

  const run = positiveRun(model, limit);
  const month = run ? firstMonthReaching(
    model, Math.max(run.first, horizon + 1), run.last, cumulativeAt, approximateCumulativeAt,
  ) : null;
  if (month !== null) {
    const lateStart = run && run.first > 1
      ? `the margin covers support costs only from month ${formatCount(run.first)}, so it`
      : 'it';
    return `${lateStart} pays back the outlay of ${outlay} only in month ${formatCount(month)}, ${beyondHorizon}`;
  }
  if (trend < 0 && run && run.last < limit) {
    const peak = cumulativeAt(model, run.last);
    return `${shrinks(model)}, so the cumulative contribution peaks at ${formatAmount(peak)} in month ${formatCount(run.last)} and never reaches the outlay of ${outlay}`;
  }
  if (limit === horizon) {
    return `it does not pay back the outlay of ${outlay} within the ${formatCount(horizon)}-month horizon`;
  }
  return `it does not pay back the outlay of ${outlay} within ${formatCount(limit)} months (${formatCount(limit / 12)} years), far ${beyondHorizon}`;
}

function shrinks(model: Model): string {
  return `revenue shrinks ${formatPercent(neg(model.expansion))} a month`;
}

/** Support eats the whole margin from month 1, and nothing grows. */
function explainNoContribution(model: Model, outlay: string): string {
  const support = formatAmount(model.support);
  const how = `${formatAmount(model.firstRevenue)} revenue at ${formatPercent(model.grossMargin)} gross margin`;
  const shrinking = expansionSign(model) < 0 ? ` and ${shrinks(model)}` : '';
  if (compare(model.firstMargin, model.support) === 0) {
    return `support costs ${support} a month, all that the margin earns (${how})${shrinking}, so nothing is left to pay back the outlay of ${outlay}`;
  }
  const loss = shrinking ? 'every month loses money' : `each month loses ${formatAmount(neg(contributionAt(model, 1)))}`;
  return `support costs ${support} a month but the margin earns only ${formatAmount(model.firstMargin)} (${how})${shrinking}, so ${loss} and the outlay of ${outlay} is never paid back`;
}
