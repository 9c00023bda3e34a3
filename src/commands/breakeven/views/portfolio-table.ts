import type { ChalkInstance } from 'chalk';
import { oneLine } from '../../../text/terminal-text.js';
import { formatMoney, formatMonths, formatPercent } from '../../../text/numbers.js';
import { wrapText } from '../../../text/words.js';
import { currencyTotals, sortEntries, type CurrencyTotal } from '../portfolio.js';
import { cutToWidth, fitToWidth, leftOutNote, plainTable, renderTable, shown, widestOf } from '../../../text/terminal-table.js';
import { failsGate, type Gate } from '../gate.js';
import type { BreakEvenEntry, EconomicsEntry, InvalidEntry } from '../../../economics/entry.js';
import { messages, type Catalog } from '../../../i18n/messages.js';
import { describeNever } from '../../../text/never-reason.js';

/** What a row says about a plan's economics, shared by the terminal and Markdown tables. */
export interface PlanCells {
  outlay: string;
  breakEven: string;
  date: string;
  discounted: string;
  expected: string;
  chance: string;
  roi: string;
  ltv: string;
  renewal: string;
}

export function planCells(entry: EconomicsEntry): PlanCells {
  const { result, currency } = entry;
  const month = (m: number | null) => (m === null ? '—' : String(m));
  const never = result.never || result.breakEvenMonth === null;
  const says = messages().breakeven.table;
  return {
    outlay: formatMoney(result.outlay, currency),
    breakEven: never ? says.never : says.breakEven({ month: result.breakEvenMonth!, months: formatMonths(result.breakEvenMonths) }),
    date: result.breakEvenDate ?? '—',
    discounted: month(result.discountedBreakEvenMonth),
    expected: month(result.expectedBreakEvenMonth),
    chance: formatPercent(result.survivalAtBreakEven, 1),
    roi: signed(result.roi),
    ltv: formatMoney(result.ltv, currency),
    renewal: entry.renewalPassed ? says.renewalPassed : result.paysBackBeforeTerm === null ? '—' : result.paysBackBeforeTerm ? says.before : says.after,
  };
}

export function totalCells(total: CurrencyTotal): { label: string; outlay: string; roi: string; ltv: string; renewal: string } {
  const says = messages().breakeven.table;
  return {
    label: says.total({ currency: total.currency, plans: total.plans }),
    outlay: formatMoney(total.outlay, total.currency),
    roi: signed(total.roi),
    ltv: formatMoney(total.ltv, total.currency),
    renewal: says.paysBack({ count: total.paysBackBeforeTerm, of: total.plans }),
  };
}

/** A ROI with its sign, so a loss cannot be misread: "+12.5%", "-25.3%" (one decimal in a table). */
function signed(roi: number | null): string {
  if (roi === null) return '—';
  const text = formatPercent(roi, 1);
  return roi > 0 ? `+${text}` : text;
}

/** Where an invalid plan's first finding is, `file:line:column`, as one line of a terminal. */
export function invalidLocation(entry: InvalidEntry): string {
  return `${oneLine(entry.file)}:${entry.finding.line}:${entry.finding.column}`;
}

const ALIGNS = ['left', 'right', 'right', 'left', 'right', 'right', 'right', 'right', 'right', 'left'] as const;
/** On a narrow terminal, the columns left out first; the plan, its outlay, break-even and renewal stay. */
const DROP_ORDER = [8, 5, 4, 6, 3, 7];

/** The legend of the columns a narrow terminal still shows (by their place in the table): a dropped column is not explained. */
function legendOf(parts: Catalog['breakeven']['table']['legend'], hidden: readonly number[]): string {
  const shownColumn = (...columns: number[]) => columns.some((column) => !hidden.includes(column));
  return [
    parts.breakEven,
    ...(shownColumn(4, 5) ? [parts.discountedExpected] : []),
    ...(shownColumn(6) ? [parts.chance] : []),
    ...(shownColumn(7) ? [parts.roi] : []),
    parts.renewal,
  ].join(' · ');
}
/** Notes and the legend wrap at this width when the terminal's is not known (a file, a pipe). */
const NOTE_WIDTH = 80;

/**
 * Several plans: one row each, the soonest break-even first and "never" last; then a
 * total per currency. Plans without economics and invalid files are listed below the
 * others with what to do about them.
 */
export function formatPortfolioTable(entries: readonly BreakEvenEntry[], chalk: ChalkInstance, width?: number, gate?: Gate): string {
  const sorted = sortEntries(entries);
  const says = messages().breakeven;
  const HEAD = Object.values(says.table.head);
  const notes: string[] = [];
  /** Rows after their first cell, the plan, which is drawn from `plans` to fit the width. */
  const rows: string[][] = [];
  const plans: Array<{ name: string; file: string | undefined }> = [];
  const blank = (count: number) => Array.from({ length: count }, () => '');
  for (const entry of sorted) {
    // Names and file names are the plan's text: one line each, whatever they hold.
    const label = oneLine(entry.account ?? entry.file ?? says.whatIf);
    plans.push({ name: label, file: entry.file && entry.account ? oneLine(entry.file) : undefined });
    const name = '';
    // Long explanations go below the table: in a cell they would stretch every column.
    if (entry.kind === 'no-economics') {
      rows.push([name, '', chalk.dim(says.table.noEconomics), ...blank(HEAD.length - 3)]);
      notes.push(chalk.dim(says.table.noEconomicsNote({ name: label })));
    } else if (entry.kind === 'invalid') {
      rows.push([name, '', chalk.red(says.table.invalid), ...blank(HEAD.length - 3)]);
      notes.push(chalk.red(`${invalidLocation(entry)}: ${oneLine(entry.finding.message)} (${entry.finding.rule})`));
    } else {
      const c = planCells(entry);
      const failed = failsGate(entry, gate);
      const paint = entry.result.never ? chalk.red : entry.result.paysBackBeforeTerm ? chalk.green : chalk.yellow;
      // The gate's verdict is in the cell itself, so a failing row never looks like a pass.
      const breakEven = failed ? chalk.red(`✘ ${c.breakEven}`) : paint(c.breakEven);
      rows.push([name, c.outlay, breakEven, c.date, c.discounted, c.expected, c.chance, c.roi, c.ltv, failed ? chalk.dim(c.renewal) : paint(c.renewal)]);
      if (failed && !entry.result.never) notes.push(chalk.red(says.table.failsGate({ name: label, month: entry.result.breakEvenMonth ?? 0, limit: gate!.label })));
      if (entry.result.never) {
        notes.push(chalk.red(says.table.neverNote({ name: label, horizon: entry.input.horizon ?? 0, reason: describeNever(entry.result.reason) })));
      }
    }
  }
  const totals = currencyTotals(sorted);
  if (totals.length > 0) rows.push(HEAD.map(() => ''));
  for (const total of totals) {
    const t = totalCells(total);
    rows.push([chalk.bold(t.label), chalk.bold(t.outlay), '', '', '', '', '', chalk.bold(t.roi), chalk.bold(t.ltv), t.renewal]);
  }

  // The totals' labels are never cut, so names need not be cut shorter than they are.
  const totalsLabelWidth = widestOf(totals.map((total) => totalCells(total).label));
  const fitted = fitToWidth(
    (hidden, nameLimit) => {
      const limit = Math.max(nameLimit, totalsLabelWidth);
      const table = plainTable(shown(HEAD, hidden).map((h) => chalk.bold(h)), shown(ALIGNS, hidden));
      rows.forEach((row, i) => {
        const plan = plans[i];
        if (plan) {
          const name = chalk.bold(cutToWidth(plan.name, limit));
          row = [plan.file ? `${name}\n${chalk.dim(cutToWidth(plan.file, limit, 'end'))}` : name, ...row.slice(1)];
        }
        table.push(shown(row, hidden));
      });
      return renderTable(table);
    },
    DROP_ORDER,
    width,
    widestOf(plans.flatMap((plan) => (plan.file ? [plan.name, plan.file] : [plan.name]))),
  );
  const noteWidth = Math.min(width ?? NOTE_WIDTH, NOTE_WIDTH);
  const lines = [fitted.text];
  if (notes.length > 0) lines.push('', ...notes.flatMap((note) => wrapNote(note, noteWidth)));
  lines.push('', ...wrapText(legendOf(says.table.legend, fitted.hidden), noteWidth).map((line) => chalk.dim(line)));
  const leftOut = leftOutNote(HEAD, fitted.hidden, says.table.wider);
  if (leftOut) lines.push(...wrapText(leftOut, noteWidth).map((line) => chalk.dim(line)));
  return `${lines.join('\n')}\n`;
}

/**
 * A note wrapped to the width, its colour kept on every line. Its next lines are
 * indented, as in the summary: a note quotes a plan's name, and a wrapped line that
 * started at the margin could pass for a line of cro's own ("✔ …").
 */
function wrapNote(note: string, width: number): string[] {
  // eslint-disable-next-line no-control-regex
  const match = /^(\u001b\[[0-9;]*m)([\s\S]*?)(\u001b\[[0-9;]*m)$/.exec(note);
  const [, open = '', text = note, close = ''] = match ?? [];
  const [first = '', ...rest] = wrapText(text, width);
  return [first, ...wrapText(rest.join(' '), width - 2).map((line) => `  ${line}`)].map((line) => `${open}${line}${close}`);
}
