import type { BreakEvenResult } from '../../../economics/types.js';
import type { BreakEvenEntry } from '../../../economics/entry.js';
import { describeNever } from '../../../text/never-reason.js';

/** One result of `--format json` (SPEC §4): where it comes from, then the model's figures (keys are written in SPEC order below). */
export type JsonResult = { file: string | null; account: string | null; currency: string } & Pick<
  BreakEvenResult,
  | 'breakEvenMonth' | 'breakEvenMonths' | 'breakEvenDate' | 'discountedBreakEvenMonth' | 'expectedBreakEvenMonth'
  | 'survivalAtBreakEven' | 'roi' | 'ltv' | 'never'
> & { reason: string | null };

/**
 * `{ version: 1, results: [...] }` in the order of the table (soonest break-even first).
 * A plan without economics is a result with every figure null and `never: false`;
 * an invalid file has no figures at all, so it is not a result (its finding goes to
 * stderr and the exit code is 1).
 */
export function formatBreakEvenJson(entries: readonly BreakEvenEntry[]): string {
  const results: JsonResult[] = [];
  for (const entry of entries) {
    if (entry.kind === 'invalid') continue;
    if (entry.kind === 'no-economics') {
      results.push({
        file: entry.file, account: entry.account, currency: entry.currency,
        breakEvenMonth: null, breakEvenMonths: null, breakEvenDate: null, discountedBreakEvenMonth: null,
        expectedBreakEvenMonth: null, survivalAtBreakEven: null, roi: null, ltv: null, never: false, reason: null,
      });
      continue;
    }
    const { result } = entry;
    results.push({
      file: entry.file,
      account: entry.account,
      currency: entry.currency,
      breakEvenMonth: result.breakEvenMonth,
      breakEvenMonths: result.breakEvenMonths,
      breakEvenDate: result.breakEvenDate,
      discountedBreakEvenMonth: result.discountedBreakEvenMonth,
      expectedBreakEvenMonth: result.expectedBreakEvenMonth,
      survivalAtBreakEven: result.survivalAtBreakEven,
      roi: result.roi,
      ltv: result.ltv,
      never: result.never,
      reason: result.reason === null ? null : describeNever(result.reason),
    });
  }
  return `${JSON.stringify({ version: 1, results }, null, 2)}\n`;
}
