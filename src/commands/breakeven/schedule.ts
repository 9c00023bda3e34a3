import type { ChalkInstance } from 'chalk';
import { buildSchedule, DEFAULT_TERM_MONTHS, scheduleLength, type ScheduleRow } from '../../economics/index.js';
import { formatMoney, formatMoneyColumn, formatPercent } from '../../text/numbers.js';
import { oneLine } from '../../text/terminal-text.js';
import { plainTable, renderTable } from '../../text/terminal-table.js';
import type { EconomicsEntry } from '../../economics/entry.js';
import { messages } from '../../i18n/messages.js';

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
  const says = messages().breakeven.schedule.marks;
  if (month === result.breakEvenMonth) marks.push(says.breakEven);
  if (month === (input.termMonths ?? DEFAULT_TERM_MONTHS)) marks.push(entry.renewalDate ? says.renewal : says.endOfTerm);
  if (month === result.discountedBreakEvenMonth && month !== result.breakEvenMonth) marks.push(says.discounted);
  if (month === result.expectedBreakEvenMonth && month !== result.breakEvenMonth) marks.push(says.expected);
  return marks;
}

/** One line above the schedule: what the cumulative column is racing against. */
export function scheduleHeading(entry: EconomicsEntry): string {
  const { result, currency, start } = entry;
  const who = oneLine(entry.account ?? messages().breakeven.whatIf);
  return messages().breakeven.schedule.heading({ who, outlay: formatMoney(result.outlay, currency), date: start.date, never: result.never, horizon: entry.input.horizon ?? 0 });
}

/** `--schedule`: the month table, the break-even row marked (and bold in colour). */
export function formatScheduleTable(entry: EconomicsEntry, chalk: ChalkInstance, rows: readonly ScheduleRow[] = scheduleRows(entry)): string {
  const money = (amount: number) => formatMoneyColumn(amount, entry.currency);
  const table = plainTable(
    [...Object.values(messages().breakeven.schedule.head), ''].map((h) => chalk.bold(h)),
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
  if (rows.length === 0) lines.push(messages().breakeven.schedule.nothing);
  else lines.push(renderTable(table));
  return `${lines.join('\n')}\n`;
}
