import { computeBreakEven, type EconomicsInput } from '../economics/index.js';
import { economicsInputOf, planStart, type PlanInputOptions } from '../economics/plan-input.js';
import type { PlanFileRef } from '../files/discover.js';
import { readPlanBytes, type ReadOutcome } from '../files/read.js';
import { compareFindings, type Finding } from '../plan/finding.js';
import type { Plan } from '../plan/schema.js';
import { loadPlan } from '../plan/load.js';
import type { BreakEvenEntry, EconomicsEntry } from './types.js';

export interface EvaluateOptions extends PlanInputOptions {
  /** For plans without `account.currency`: `--currency`, else the config's, else USD. */
  defaultCurrency: string;
  read?: (file: string) => ReadOutcome;
}

/** What break-even needs of a checked file: its name, account, findings in file order and, when valid, the plan. */
export interface CheckedPlan {
  file: string;
  account: string | null;
  findings: readonly Finding[];
  plan?: Plan;
}

/**
 * One plan file's break-even. Null for a YAML file found by a folder scan that is not
 * a plan; a file that cannot be read or validated becomes an `invalid` entry with its
 * first finding (by position), so one broken plan never hides the others.
 */
export function evaluatePlanFile(ref: PlanFileRef, options: EvaluateOptions): BreakEvenEntry | null {
  const outcome = (options.read ?? readPlanBytes)(ref.absolute);
  if (!outcome.ok) {
    return breakEvenEntryOf({ file: ref.display, account: null, findings: [{ rule: 'yaml-syntax', severity: 'error', message: outcome.message, line: 1, column: 1, path: '' }] }, options);
  }
  const loaded = loadPlan(outcome.bytes, { explicit: ref.explicit });
  if (loaded === null) return null;
  const checked: CheckedPlan = { file: ref.display, account: loaded.account, findings: [...loaded.findings].sort(compareFindings) };
  if (loaded.plan) checked.plan = loaded.plan;
  return breakEvenEntryOf(checked, options);
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

export function evaluatePlanFiles(refs: readonly PlanFileRef[], options: EvaluateOptions): BreakEvenEntry[] {
  const entries: BreakEvenEntry[] = [];
  for (const ref of refs) {
    const entry = evaluatePlanFile(ref, options);
    if (entry) entries.push(entry);
  }
  return entries;
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
