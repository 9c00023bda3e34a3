import { buildModel, contributionAt, cumulativeAt } from './model.js';
import { toRoundedNumber } from './ratio.js';
import { MONEY_DECIMALS, type EconomicsInput } from './types.js';

/*
 * Money figures the views show beside the break-even result, computed from the
 * exact model (never re-derived from rounded results) so that totals add up to the cent.
 */

/** C_1 + … + C_months, to the cent: the contribution earned over the first `months` months. */
export function cumulativeContribution(input: EconomicsInput, months: number): number {
  return toRoundedNumber(cumulativeAt(buildModel(input), Math.max(0, Math.floor(months))), MONEY_DECIMALS);
}

/** C_1 = R1 × grossMargin − support, to the cent: what month 1 earns towards the outlay. */
export function firstMonthContribution(input: EconomicsInput): number {
  return toRoundedNumber(contributionAt(buildModel(input), 1), MONEY_DECIMALS);
}
