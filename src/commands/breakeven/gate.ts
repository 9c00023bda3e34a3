import { oneLine } from '../../text/terminal-text.js';
import { messages } from '../../i18n/messages.js';
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
  const says = messages().breakeven;
  for (const entry of entries) {
    if (entry.kind !== 'economics') continue;
    // Each line goes to stderr as it is: a plan's name or file name cannot add one.
    const where = oneLine(entry.file ?? says.whatIfFile);
    const who = oneLine(entry.account ?? says.it);
    const { result } = entry;
    if (result.never || result.breakEvenMonth === null) {
      failures.push(says.gate.never({ where, who, horizon: entry.input.horizon ?? 0, limit }));
    } else if (result.breakEvenMonth > maxMonths) {
      failures.push(says.gate.later({ where, who, month: result.breakEvenMonth, limit }));
    }
  }
  return failures;
}
