import type { ChalkInstance } from 'chalk';
import { buildSchedule, DEFAULT_TERM_MONTHS, scheduleLength, type ScheduleRow } from '../../economics/index.js';
import { formatMoney, formatMoneyColumn, formatPercent } from '../../text/numbers.js';
import { oneLine } from '../../text/terminal-text.js';
import { plainTable, renderTable } from '../../text/terminal-table.js';
import type { EconomicsEntry } from '../../economics/entry.js';

/** The months `--schedule` shows: to the later of break-even and the contract term, within the horizon. */
export function scheduleRows(entry: EconomicsEntry): ScheduleRow[] {
  return buildSchedule(entry.input, scheduleLength(entry.input, entry.result));
}

/**
 * What happens in a month, for the marker column: break-even, the end of the contract
 * term, and the discounted and expected break-evens when they differ from the plain one.
 */
export function rowMarkers(entry: EconomicsEntry, month: number): string[] {
  const { result, input } = entry;
  const marks: string[] = [];
  if (month === result.breakEvenMonth) marks.push('break-even');
  if (month === (input.termMonths ?? DEFAULT_TERM_MONTHS)) marks.push(entry.renewalDate ? 'renewal' : 'end of term');
  if (month === result.discountedBreakEvenMonth && month !== result.breakEvenMonth) marks.push('discounted break-even');
  if (month === result.expectedBreakEvenMonth && month !== result.breakEvenMonth) marks.push('expected break-even');
  return marks;
}

/** One line above the schedule: what the cumulative column is racing against. */
export function scheduleHeading(entry: EconomicsEntry): string {
  const { result, currency, start } = entry;
  const who = oneLine(entry.account ?? 'What-if');
  const outlay = `outlay ${formatMoney(result.outlay, currency)} at the start (${start.date})`;
  const end = result.never ? `; never breaks even within ${entry.input.horizon ?? 0} months` : '';
  return `${who}: month by month, ${outlay}${end}`;
}

/** `--schedule`: the month table, the break-even row marked (and bold in colour). */
export function formatScheduleTable(entry: EconomicsEntry, chalk: ChalkInstance, rows: readonly ScheduleRow[] = scheduleRows(entry)): string {
  const money = (amount: number) => formatMoneyColumn(amount, entry.currency);
  const table = plainTable(
    ['month', 'date', 'revenue', 'contribution', 'cumulative', 'discounted', 'survival', ''].map((h) => chalk.bold(h)),
    ['right', 'left', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
  for (const row of rows) {
    const marks = rowMarkers(entry, row.month);
    const cells = [
      String(row.month), row.date, money(row.revenue), money(row.contribution), money(row.cumulative),
      money(row.discountedCumulative), formatPercent(row.survival),
      marks.length > 0 ? `◀ ${marks.join(', ')}` : '',
    ];
    const isBreakEven = row.month === entry.result.breakEvenMonth;
    table.push(isBreakEven ? cells.map((cell) => chalk.bold.green(cell)) : cells);
  }
  const lines = [chalk.bold(scheduleHeading(entry))];
  if (rows.length === 0) lines.push('Nothing to pay back: no acquisition or onboarding cost.');
  else lines.push(renderTable(table));
  return `${lines.join('\n')}\n`;
}
