import { computeBreakEven, type EconomicsInput } from '../economics/index.js';
import { economicsInputOf, planStart, type PlanInputOptions } from '../economics/plan-input.js';
import type { PlanFileRef } from '../files/discover.js';
import { readPlanBytes, type ReadOutcome } from '../files/read.js';
import { compareFindings } from '../plan/finding.js';
import { loadPlan } from '../plan/load.js';
import type { BreakEvenEntry, EconomicsEntry } from './types.js';

export interface EvaluateOptions extends PlanInputOptions {
  /** For plans without `account.currency`: `--currency`, else the config's, else USD. */
  defaultCurrency: string;
  read?: (file: string) => ReadOutcome;
}

/**
 * One plan file's break-even. Null for a YAML file found by a folder scan that is not
 * a plan; a file that cannot be read or validated becomes an `invalid` entry with its
 * first finding (by position), so one broken plan never hides the others.
 */
export function evaluatePlanFile(ref: PlanFileRef, options: EvaluateOptions): BreakEvenEntry | null {
  const outcome = (options.read ?? readPlanBytes)(ref.absolute);
  if (!outcome.ok) {
    return {
      kind: 'invalid',
      file: ref.display,
      account: null,
      finding: { rule: 'yaml-syntax', severity: 'error', message: outcome.message, line: 1, column: 1, path: '' },
    };
  }
  const loaded = loadPlan(outcome.bytes, { explicit: ref.explicit });
  if (loaded === null) return null;
  const { plan } = loaded;
  if (!plan) {
    const [finding] = [...loaded.findings].sort(compareFindings);
    // A plan is undefined only with findings; the fallback keeps the types honest.
    return {
      kind: 'invalid',
      file: ref.display,
      account: loaded.account,
      finding: finding ?? { rule: 'schema', severity: 'error', message: 'not a valid plan', line: 1, column: 1, path: '' },
    };
  }
  const currency = plan.account.currency ?? options.defaultCurrency;
  const input = economicsInputOf(plan, options);
  if (!input) return { kind: 'no-economics', file: ref.display, account: plan.account.name, currency };
  return {
    kind: 'economics',
    file: ref.display,
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
