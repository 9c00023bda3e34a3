import { roundHalfUp, type EconomicsInput } from '../economics/index.js';
import { isCalendarDate } from '../util/dates.js';
import { UsageError } from '../util/errors.js';

/** The figure flags of a what-if, as commander hands them over (strings, camelCased). */
export interface FigureFlags {
  acquisitionCost?: string | undefined;
  onboardingCost?: string | undefined;
  monthlyRevenue?: string | undefined;
  annualRevenue?: string | undefined;
  grossMargin?: string | undefined;
  supportCost?: string | undefined;
  expansion?: string | undefined;
  churn?: string | undefined;
  discountRate?: string | undefined;
}

/** Flag name → key in FigureFlags; the flags that make a run a what-if instead of reading plans. */
export const FIGURE_FLAGS = {
  '--acquisition-cost': 'acquisitionCost',
  '--onboarding-cost': 'onboardingCost',
  '--monthly-revenue': 'monthlyRevenue',
  '--annual-revenue': 'annualRevenue',
  '--gross-margin': 'grossMargin',
  '--support-cost': 'supportCost',
  '--expansion': 'expansion',
  '--churn': 'churn',
  '--discount-rate': 'discountRate',
} as const satisfies Record<string, keyof FigureFlags>;

export type FigureFlag = keyof typeof FIGURE_FLAGS;

export function givenFigureFlags(flags: FigureFlags): FigureFlag[] {
  return (Object.keys(FIGURE_FLAGS) as FigureFlag[]).filter((flag) => flags[FIGURE_FLAGS[flag]] !== undefined);
}

export interface WhatIf {
  input: EconomicsInput;
  /** Values that are valid but probably not meant (a 1,000% discount rate): one line each for stderr. */
  notes: string[];
}

/**
 * The model's input from figure flags, or a UsageError naming the flag, the value and
 * what to write instead. Every range of SPEC §3 is checked here, so the model never
 * sees a value it would reject.
 */
export function parseWhatIf(flags: FigureFlags, { start, horizon }: { start: string; horizon: number }): WhatIf {
  const notes: string[] = [];
  if (flags.monthlyRevenue === undefined && flags.annualRevenue === undefined) {
    throw new UsageError('a what-if needs the revenue: add --monthly-revenue <amount> (e.g. --monthly-revenue 9500) or --annual-revenue <amount>');
  }
  if (flags.monthlyRevenue !== undefined && flags.annualRevenue !== undefined) {
    throw new UsageError('give --monthly-revenue or --annual-revenue, not both');
  }
  if (!isCalendarDate(start)) throw new UsageError(`--start ${start}: not a calendar date; write it as YYYY-MM-DD, e.g. --start 2026-02-01`);

  const input: EconomicsInput = { start, monthlyRevenue: 0, horizon };
  if (flags.monthlyRevenue !== undefined) input.monthlyRevenue = money('--monthly-revenue', flags.monthlyRevenue);
  // Passed through as written, so that the model divides by 12 exactly.
  if (flags.annualRevenue !== undefined) input.annualRevenue = money('--annual-revenue', flags.annualRevenue);
  if (flags.acquisitionCost !== undefined) input.acquisitionCost = money('--acquisition-cost', flags.acquisitionCost);
  if (flags.onboardingCost !== undefined) input.onboardingCost = money('--onboarding-cost', flags.onboardingCost);
  if (flags.supportCost !== undefined) input.supportCostMonthly = money('--support-cost', flags.supportCost);
  if (flags.grossMargin !== undefined) input.grossMargin = grossMargin(flags.grossMargin);
  if (flags.churn !== undefined) input.monthlyChurn = churn(flags.churn);
  if (flags.expansion !== undefined) {
    input.monthlyExpansion = expansion(flags.expansion);
    if (input.monthlyExpansion >= 1) notes.push(`--expansion ${flags.expansion} is revenue growth of ${percent(input.monthlyExpansion)} a month; did you mean ${asFraction(input.monthlyExpansion)}?`);
  }
  if (flags.discountRate !== undefined) {
    input.discountRate = discountRate(flags.discountRate);
    if (input.discountRate > 1) notes.push(`--discount-rate ${flags.discountRate} is ${percent(input.discountRate)} a year; did you mean ${asFraction(input.discountRate)}?`);
  }
  return { input, notes };
}

// A plain decimal: 9500, 0.78, .5, 1e3. No thousands separators (is 1,500 fifteen hundred or one and a half?).
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A number from a flag. Fractions may be written as percentages ("78%" is 0.78, as
 * `cro init` accepts); money may not, and a bare 78 for a fraction is caught by the caller.
 */
function number(flag: string, text: string, example: string, { percent = false } = {}): number {
  const trimmed = text.trim();
  const percentage = /^(.*?)\s*%$/.exec(trimmed);
  if (percentage) {
    if (!percent || !DECIMAL.test(percentage[1]!)) throw new UsageError(`${flag} ${text}: not a number; write it like ${flag} ${example}`);
    // Shifting the decimal point in the text keeps 1.1% exactly 0.011, not 1.1 / 100.
    const digits = percentage[1]!;
    return finite(flag, text, /[eE]/.test(digits) ? Number(digits) / 100 : Number(`${digits}e-2`));
  }
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) {
    throw new UsageError(`${flag} ${text}: write the number without thousands separators, e.g. ${flag} ${trimmed.replace(/,/g, '')}`);
  }
  if (!DECIMAL.test(trimmed)) throw new UsageError(`${flag} ${text}: not a number; write it like ${flag} ${example}`);
  return finite(flag, text, Number(trimmed));
}

function finite(flag: string, text: string, value: number): number {
  if (!Number.isFinite(value)) throw new UsageError(`${flag} ${text}: the number is too large`);
  return value === 0 ? 0 : value; // never -0
}

function money(flag: string, text: string): number {
  const value = number(flag, text, '9500');
  if (value < 0) throw new UsageError(`${flag} ${text}: money cannot be negative`);
  return value;
}

function grossMargin(text: string): number {
  const flag = '--gross-margin';
  const value = number(flag, text, '0.78', { percent: true });
  if (value > 1 && value <= 100) throw new UsageError(`${flag} ${text}: the margin is a fraction in (0, 1]; did you mean ${asFraction(value)}?`);
  if (value <= 0 || value > 1) throw new UsageError(`${flag} ${text}: the margin is a fraction above 0 and at most 1 (0.78 for 78%)`);
  return value;
}

function churn(text: string): number {
  const flag = '--churn';
  const value = number(flag, text, '0.02', { percent: true });
  if (value > 1 && value <= 100) throw new UsageError(`${flag} ${text}: churn is a monthly probability below 1; did you mean ${asFraction(value)}?`);
  if (value < 0 || value >= 1) {
    throw new UsageError(`${flag} ${text}: churn is the monthly probability of losing the customer, at least 0 and below 1 (0.02 for 2%)`);
  }
  return value;
}

function expansion(text: string): number {
  const value = number('--expansion', text, '0.01', { percent: true });
  if (value <= -1) throw new UsageError(`--expansion ${text}: a monthly change must be above -1 (-0.02 is 2% downsell a month)`);
  return value;
}

function discountRate(text: string): number {
  const value = number('--discount-rate', text, '0.1', { percent: true });
  if (value < 0) throw new UsageError(`--discount-rate ${text}: the annual discount rate cannot be negative (0.1 for 10%)`);
  return value;
}

/** 78 → "0.78": the fraction someone who typed a percentage meant. */
function asFraction(percentValue: number): string {
  return String(roundHalfUp(percentValue / 100, 10));
}

function percent(fraction: number): string {
  return `${roundHalfUp(fraction * 100, 4)}%`;
}
