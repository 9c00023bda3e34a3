import type { BreakEvenResult, EconomicsInput } from '../economics/index.js';
import type { PlanStart } from '../economics/plan-input.js';
import type { Finding } from '../plan/finding.js';

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

/** Everything a view needs besides the entries. */
export interface ViewOptions {
  /** Months searched for break-even, to say "not within 120 months". */
  horizon: number;
  /** Width the terminal chart may use (80, or the terminal's columns). */
  width: number;
}
