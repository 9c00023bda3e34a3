import { ECONOMICS_FIELDS, parseEconomicsValue } from '../../economics/fields.js';
import { roundHalfUp, type EconomicsInput } from '../../economics/index.js';
import { isCalendarDate } from '../../util/dates.js';
import { UsageError } from '../../util/errors.js';
import { messages } from '../../i18n/messages.js';
import { formatPercent } from '../../text/numbers.js';

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
    throw new UsageError(messages().breakeven.errors.needsRevenue);
  }
  if (flags.monthlyRevenue !== undefined && flags.annualRevenue !== undefined) {
    throw new UsageError(messages().breakeven.errors.bothRevenues);
  }
  if (!isCalendarDate(start)) throw new UsageError(messages().breakeven.errors.startNotDate({ value: start }));

  const input: EconomicsInput = { start, monthlyRevenue: 0, horizon };
  for (const field of ECONOMICS_FIELDS) {
    const text = flags[FIGURE_FLAGS[field.flag as FigureFlag]];
    if (text === undefined) continue;
    const parsed = parseEconomicsValue(field, text);
    if (!parsed.ok) throw new UsageError(`${field.flag} ${text}: ${parsed.message}`);
    // annualRevenue passes through as written, so that the model divides by 12 exactly.
    input[field.key] = parsed.value;
  }
  if (input.monthlyExpansion !== undefined && input.monthlyExpansion >= 1) {
    notes.push(messages().breakeven.notes.expansion({ value: flags.expansion ?? '', percent: percent(input.monthlyExpansion), fraction: asFraction(input.monthlyExpansion) }));
  }
  if (input.discountRate !== undefined && input.discountRate > 1) {
    notes.push(messages().breakeven.notes.discountRate({ value: flags.discountRate ?? '', percent: percent(input.discountRate), fraction: asFraction(input.discountRate) }));
  }
  return { input, notes };
}

/** 78 → "0.78": the fraction someone who typed a percentage meant. */
function asFraction(percentValue: number): string {
  return String(roundHalfUp(percentValue / 100, 10));
}

/** 10 → "1000%" (Turkish "%1000"), to four decimals: what the value typed means, as typed (no thousands separator). */
function percent(fraction: number): string {
  return formatPercent(fraction, 4, { grouped: false });
}
