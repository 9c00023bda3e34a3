import { computeBreakEven } from './breakeven.js';
import { economicsInputOf, planStart, type PlanInputOptions, type PlanStart } from './plan-input.js';
import type { BreakEvenResult, EconomicsInput } from './types.js';
import type { Finding } from '../plan/finding.js';
import type { Plan } from '../plan/schema.js';

/*
 * The break-even of one plan file, as `cro breakeven`, `cro report` and the break-even
 * gate read it: pure, so the check driver computes it beside the file's check (in a
 * worker, say) and drops the plan there.
 */

/** A plan (or a what-if from flags) with economics, and its break-even. */
export interface EconomicsEntry {
  kind: 'economics';
  /** Relative to cwd with `/` separators; null for a what-if from flags. */
  file: string | null;
  /** Null for a what-if from flags. */
  account: string | null;
  /** ISO 4217: the plan's, else `--currency`, else the config's, else USD. */
  currency: string;
  /** Exactly what the model computed from. */
  input: EconomicsInput;
  result: BreakEvenResult;
  start: PlanStart;
  /** `account.renewalDate`; null when the plan has none (the term is then 12 months). */
  renewalDate: string | null;
  /** The renewal date lies before `--as-of`: the plan still names a renewal that is over (the `renewal-date` rule). */
  renewalPassed: boolean;
}

/** A valid plan without an `economics` section: listed, but never fails the gate. */
export interface NoEconomicsEntry {
  kind: 'no-economics';
  file: string;
  account: string | null;
  currency: string;
}

/** A file that is not a valid plan: listed with its first finding, and the exit code is 1. */
export interface InvalidEntry {
  kind: 'invalid';
  file: string;
  account: string | null;
  finding: Finding;
}

export type BreakEvenEntry = EconomicsEntry | NoEconomicsEntry | InvalidEntry;

/** What break-even needs of a checked file: its name, account, findings in file order and, when valid, the plan. */
export interface CheckedPlan {
  file: string;
  account: string | null;
  findings: readonly Finding[];
  plan?: Plan;
}

/** The break-even entry of a checked file: pure, so the check driver computes it beside the file's check (in a worker, say). */
export function breakEvenEntryOf(checked: CheckedPlan, options: PlanInputOptions & { defaultCurrency: string }): BreakEvenEntry {
  const { plan } = checked;
  if (!plan) {
    // The entry names where to look, not what the finding is about: no subject (the findings of `cro check` have one).
    const { subject: _subject, ...finding } = checked.findings[0] ?? { rule: 'schema', severity: 'error', message: 'not a valid plan', line: 1, column: 1, path: '' };
    return { kind: 'invalid', file: checked.file, account: checked.account, finding };
  }
  const currency = plan.account.currency ?? options.defaultCurrency;
  const input = economicsInputOf(plan, options);
  if (!input) return { kind: 'no-economics', file: checked.file, account: plan.account.name, currency };
  return {
    kind: 'economics',
    file: checked.file,
    account: plan.account.name,
    currency,
    input,
    result: computeBreakEven(input),
    start: planStart(plan, options),
    renewalDate: plan.account.renewalDate ?? null,
    // ISO dates compare as strings; the renewal day itself has not passed yet.
    renewalPassed: plan.account.renewalDate !== undefined && plan.account.renewalDate < options.asOf,
  };
}

/** A what-if from flags: no file, no account, no renewal date (the term is 12 months). */
export function evaluateWhatIf(input: EconomicsInput, currency: string, startSource: '--start' | 'as-of'): EconomicsEntry {
  return {
    kind: 'economics',
    file: null,
    account: null,
    currency,
    input,
    result: computeBreakEven(input),
    start: { date: input.start, source: startSource },
    renewalDate: null,
    renewalPassed: false,
  };
}
