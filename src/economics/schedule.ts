import { addMonthsIso } from './dates.js';
import { buildModel, discountedCumulatives, geometricSumFromPower } from './model.js';
import { mul, mulInt, ONE, sub, toRoundedNumber, type Ratio } from './ratio.js';
import { roundHalfUp } from './round.js';
import {
  ECONOMICS_DEFAULTS, MONEY_DECIMALS, SURVIVAL_DECIMALS, type BreakEvenResult, type EconomicsInput, type ScheduleRow,
} from './types.js';

/**
 * Months 1..months of the model, each figure exact for its month (never
 * accumulated from rounded rows, so the cumulative column is the exact sum
 * rounded once). The powers are carried from month to month so a long
 * schedule stays linear. The discounted column is float-based, like the
 * discounted break-even.
 */
export function buildSchedule(input: EconomicsInput, months: number): ScheduleRow[] {
  const model = buildModel(input);
  const count = Math.max(0, Math.floor(months));
  const discounted = model.discountRate === 0 ? null : discountedCumulatives(model, count);
  const money = (x: Ratio) => toRoundedNumber(x, MONEY_DECIMALS);
  const rows: ScheduleRow[] = [];
  // x^(k−1) before month k's row, x^k after it.
  let growthPower: Ratio = ONE;
  let retentionPower: Ratio = ONE;
  let retainedGrowthPower: Ratio = ONE;
  for (let k = 1; k <= count; k += 1) {
    const revenue = mul(model.firstRevenue, growthPower);
    const contribution = sub(mul(model.firstMargin, growthPower), model.support);
    const survival = retentionPower;
    growthPower = mul(growthPower, model.growth);
    retentionPower = mul(retentionPower, model.retention);
    retainedGrowthPower = mul(retainedGrowthPower, model.retainedGrowth);
    const cumulative = sub(
      mul(model.firstMargin, geometricSumFromPower(model.growth, k, growthPower)),
      mulInt(model.support, k),
    );
    const expected = sub(
      mul(model.firstMargin, geometricSumFromPower(model.retainedGrowth, k, retainedGrowthPower)),
      mul(model.support, geometricSumFromPower(model.retention, k, retentionPower)),
    );
    rows.push({
      month: k,
      date: addMonthsIso(model.start, k),
      revenue: money(revenue),
      contribution: money(contribution),
      cumulative: money(cumulative),
      discountedCumulative: discounted ? roundHalfUp(discounted[k - 1] ?? 0, MONEY_DECIMALS) : money(cumulative),
      survival: toRoundedNumber(survival, SURVIVAL_DECIMALS),
      expectedCumulative: money(expected),
    });
  }
  return rows;
}

/**
 * How many months `--schedule` shows: the later of the break-even month and
 * the contract term, within the horizon (all of it when it never breaks even).
 */
export function scheduleLength(input: EconomicsInput, result: BreakEvenResult): number {
  const horizon = input.horizon ?? ECONOMICS_DEFAULTS.horizon;
  const term = input.termMonths ?? ECONOMICS_DEFAULTS.termMonths;
  return Math.min(horizon, Math.max(result.breakEvenMonth ?? horizon, term));
}
