import { oneLine } from '../../text/terminal-text.js';
import type { BreakEvenEntry, EconomicsEntry } from '../../economics/entry.js';

/**
 * The CI gate (`--max-months`, config `breakeven.maxMonths`): one line per plan that
 * breaks even later than the limit or never. Plans without economics and invalid
 * files are not the gate's business (invalid files fail the run on their own).
 *
 * @param limit how the limit was set, for the message: "--max-months 24"
 */
export interface Gate {
  maxMonths: number;
  /** How the limit was set, for messages: "--max-months 24". */
  label: string;
}

/** Whether a plan's economics fail the gate: later than the limit, or never. */
export function failsGate(entry: EconomicsEntry, gate: Gate | undefined): boolean {
  if (gate === undefined) return false;
  const { result } = entry;
  return result.never || result.breakEvenMonth === null || result.breakEvenMonth > gate.maxMonths;
}

export function gateFailures(entries: readonly BreakEvenEntry[], maxMonths: number, limit: string): string[] {
  const failures: string[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'economics') continue;
    // Each line goes to stderr as it is: a plan's name or file name cannot add one.
    const where = oneLine(entry.file ?? 'what-if');
    const who = oneLine(entry.account ?? 'it');
    const { result } = entry;
    if (result.never || result.breakEvenMonth === null) {
      failures.push(`${where}: ${who} never breaks even within the ${entry.input.horizon ?? 0}-month horizon (${limit})`);
    } else if (result.breakEvenMonth > maxMonths) {
      failures.push(`${where}: ${who} breaks even in month ${result.breakEvenMonth}, later than ${limit}`);
    }
  }
  return failures;
}
