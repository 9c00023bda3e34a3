import type { Plan } from '../plan/schema.js';
import { termMonthsBetween } from './dates.js';
import type { EconomicsInput } from './types.js';

/** Where month 1 of a plan's economics comes from (SPEC §3 `start`), in order of precedence. */
export type StartSource = 'economics.start' | 'account.customerSince' | '--start' | 'as-of';

export interface PlanInputOptions {
  /** The "today" of the run (`--as-of`, else the clock): the last resort for `start`. */
  asOf: string;
  /** Months searched for break-even (`--horizon`, config `breakeven.horizon`, default 120). */
  horizon: number;
  /** `--start`: month 1 for plans that name neither `economics.start` nor `account.customerSince`. */
  start?: string | undefined;
}

export interface PlanStart {
  date: string;
  source: StartSource;
}

/**
 * Month 1 of a plan: `economics.start`, else `account.customerSince`, else `--start`,
 * else the as-of date (so the break-even date is then relative to today).
 */
export function planStart(plan: Plan, { asOf, start }: Pick<PlanInputOptions, 'asOf' | 'start'>): PlanStart {
  if (plan.economics?.start !== undefined) return { date: plan.economics.start, source: 'economics.start' };
  if (plan.account.customerSince !== undefined) return { date: plan.account.customerSince, source: 'account.customerSince' };
  if (start !== undefined) return { date: start, source: '--start' };
  return { date: asOf, source: 'as-of' };
}

/**
 * The one mapping from a validated plan to the break-even model's input (SPEC §3),
 * shared by `cro breakeven`, `cro report` and the `breakeven-horizon` rule so that
 * they can never disagree. The contract term runs from the start to
 * `account.renewalDate` (12 months without one). Null when the plan has no economics.
 *
 * The schema has already enforced the ranges, so computeBreakEven will not throw.
 */
export function economicsInputOf(plan: Plan, options: PlanInputOptions): EconomicsInput | null {
  const economics = plan.economics;
  if (!economics) return null;
  // The same object for the same plan and options, so the model built from it is built once (see breakeven.ts).
  const last = lastInput;
  if (last?.plan === plan && last.asOf === options.asOf && last.horizon === options.horizon && last.start === options.start) return last.input;
  const input = inputOf(plan, economics, options);
  lastInput = { plan, asOf: options.asOf, horizon: options.horizon, start: options.start, input };
  return input;
}

let lastInput: { plan: Plan; asOf: string; horizon: number; start: string | undefined; input: EconomicsInput } | undefined;

function inputOf(plan: Plan, economics: NonNullable<Plan['economics']>, options: PlanInputOptions): EconomicsInput {
  const start = planStart(plan, options).date;
  const input: EconomicsInput = {
    start,
    monthlyRevenue: economics.monthlyRevenue ?? 0,
    termMonths: termMonthsBetween(start, plan.account.renewalDate),
    horizon: options.horizon,
  };
  // Passed through as written: the model divides annualRevenue by 12 exactly, whereas
  // a float quotient (1,000 / 12) could pay back a month late.
  if (economics.annualRevenue !== undefined) input.annualRevenue = economics.annualRevenue;
  if (economics.acquisitionCost !== undefined) input.acquisitionCost = economics.acquisitionCost;
  if (economics.onboardingCost !== undefined) input.onboardingCost = economics.onboardingCost;
  if (economics.grossMargin !== undefined) input.grossMargin = economics.grossMargin;
  if (economics.supportCostMonthly !== undefined) input.supportCostMonthly = economics.supportCostMonthly;
  if (economics.monthlyExpansion !== undefined) input.monthlyExpansion = economics.monthlyExpansion;
  if (economics.monthlyChurn !== undefined) input.monthlyChurn = economics.monthlyChurn;
  if (economics.discountRate !== undefined) input.discountRate = economics.discountRate;
  return input;
}
