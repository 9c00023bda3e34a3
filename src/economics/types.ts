/**
 * The numbers of one customer's economics, as SPEC §3 defines them.
 * Optional fields take the plan format's defaults (ECONOMICS_DEFAULTS).
 */
export interface EconomicsInput {
  /** ISO YYYY-MM-DD; month 1 starts here. */
  start: string;
  /** >= 0. */
  acquisitionCost?: number;
  /** >= 0. */
  onboardingCost?: number;
  /**
   * R1, the first month's revenue, >= 0. Ignored when `annualRevenue` is set.
   * Prefer passing `annualRevenue` over `annualRevenue / 12`: the division is
   * then exact (1,000 / 12 as a float breaks even a month late at 250).
   */
  monthlyRevenue: number;
  /** When set, R1 = annualRevenue / 12 exactly, and `monthlyRevenue` is ignored. */
  annualRevenue?: number;
  /** (0, 1]. */
  grossMargin?: number;
  /** >= 0. */
  supportCostMonthly?: number;
  /** > -1; negative is downsell. */
  monthlyExpansion?: number;
  /** [0, 1). */
  monthlyChurn?: number;
  /** >= 0, annual. */
  discountRate?: number;
  /** Contract term T for ROI, >= 1 (see termMonthsBetween). */
  termMonths?: number;
  /** Months searched for break-even, a whole number >= 0. */
  horizon?: number;
}

export const DEFAULT_HORIZON = 120;
export const DEFAULT_TERM_MONTHS = 12;

export const ECONOMICS_DEFAULTS = {
  acquisitionCost: 0,
  onboardingCost: 0,
  grossMargin: 1,
  supportCostMonthly: 0,
  monthlyExpansion: 0,
  monthlyChurn: 0,
  discountRate: 0,
  termMonths: DEFAULT_TERM_MONTHS,
  horizon: DEFAULT_HORIZON,
} as const;

/** Decimal places of the rounded outputs (half away from zero). */
export const MONEY_DECIMALS = 2;
export const MONTHS_DECIMALS = 2;
export const ROI_DECIMALS = 4;
export const SURVIVAL_DECIMALS = 6;

export interface BreakEvenResult {
  /** O = acquisition + onboarding, in cents. */
  outlay: number;
  /** Smallest m with C_1 + … + C_m >= O; 0 when O = 0; null when never. */
  breakEvenMonth: number | null;
  /** m − 1 + (O − (C_1 + … + C_(m−1))) / C_m, rounded half-up to 2 decimals. */
  breakEvenMonths: number | null;
  /** start + m calendar months (addMonths from start, never chained). */
  breakEvenDate: string | null;
  /** Null when it does not arrive within the horizon. */
  discountedBreakEvenMonth: number | null;
  /** Churn-weighted (S_k × C_k); null when it does not arrive within the horizon. */
  expectedBreakEvenMonth: number | null;
  /** S_m, the chance the customer is still there in the break-even month; 1 when O = 0. */
  survivalAtBreakEven: number | null;
  /** (C_1 + … + C_T − O) / O over the contract term; null when O = 0. */
  roi: number | null;
  /** C_1 / churn when churn > 0 and expansion = 0, in cents; else null. */
  ltv: number | null;
  /** No plain break-even within the horizon. */
  never: boolean;
  /** Why it never breaks even, as data (the views say it in the language in use, src/text/never-reason.ts); null otherwise. */
  reason: NeverReason | null;
  /** breakEvenMonth <= termMonths; null when never. */
  paysBackBeforeTerm: boolean | null;
}

/** One month of the schedule; money in cents, survival to SURVIVAL_DECIMALS. */
export interface ScheduleRow {
  month: number;
  /** addMonths(start, month): the date the month ends and the next begins. */
  date: string;
  revenue: number;
  contribution: number;
  cumulative: number;
  discountedCumulative: number;
  survival: number;
  expectedCumulative: number;
}

/**
 * Why a plan with an outlay never breaks even within the horizon: which case of the
 * model it is, and the figures that show it. Words are the views' (src/text/never-reason.ts),
 * so that every language says it. Money is rounded to cents, in the plan's currency;
 * percentages are of 100 (1.25 for 1.25%), rounded to two decimals; months are whole.
 */
export type NeverReason =
  /** R1 is 0: nothing comes in; `support` is 0 when there is no support cost either. */
  | { kind: 'no-revenue'; outlay: number; support: number }
  /** Support eats the whole margin from month 1 (`equal`: exactly all of it), and nothing grows; `shrinkPercent` when revenue also shrinks. */
  | { kind: 'no-contribution'; outlay: number; support: number; margin: number; revenue: number; grossMarginPercent: number; equal: boolean; shrinkPercent: number | null; monthlyLoss: number }
  /** A constant positive contribution that pays back only after the horizon. */
  | { kind: 'too-slow'; outlay: number; monthlyContribution: number; month: number; horizon: number }
  /** Shrinking revenue without support: the cumulative contribution tends to `ceiling`, at most the outlay. */
  | { kind: 'ceiling'; outlay: number; shrinkPercent: number; ceiling: number }
  /** It pays back in `month`, after the horizon; `marginCoversSupportFrom` when growth must first lift the margin above support. */
  | { kind: 'late'; outlay: number; month: number; horizon: number; marginCoversSupportFrom: number | null }
  /** Shrinking revenue with support: the cumulative contribution peaks below the outlay. */
  | { kind: 'peak'; outlay: number; shrinkPercent: number; peak: number; peakMonth: number }
  /** Not within `months` months (the horizon itself when `months` equals it, else 100 years). */
  | { kind: 'not-within'; outlay: number; months: number; horizon: number };
