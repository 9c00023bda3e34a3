import { termMonthsBetween, type EconomicsInput } from '../economics/index.js';
import type { Plan } from '../plan/schema.js';

/**
 * A plan's economics as the break-even model's input (SPEC §3): month 1 starts at
 * `economics.start`, else `account.customerSince`, else as-of; the contract term runs
 * to `account.renewalDate` (12 months without one). Null when the plan has no economics.
 */
export function economicsInputOf(plan: Plan, asOf: string, horizon: number): EconomicsInput | null {
  const economics = plan.economics;
  if (!economics) return null;
  const start = economics.start ?? plan.account.customerSince ?? asOf;
  const input: EconomicsInput = {
    start,
    monthlyRevenue: economics.monthlyRevenue ?? 0,
    termMonths: termMonthsBetween(start, plan.account.renewalDate),
    horizon,
  };
  // The model divides annualRevenue by 12 exactly; a float quotient could pay back a month late.
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
