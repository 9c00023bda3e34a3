import type { ChalkInstance } from 'chalk';
import { cutToWidth, fitToWidth, leftOutNote, plainTable, renderTable, shown, widestOf } from '../../../text/terminal-table.js';
import { wrapText } from '../../../text/words.js';
import { displayWidth } from '../../../text/display-width.js';
import { oneLine } from '../../../text/terminal-text.js';
import { RENEWAL_WINDOW_DAYS } from '../../../method/attention.js';
import type { AccountReport, CurrencyTotals, GroupTotals, PortfolioReport } from '../../../method/account-report.js';
import { messages } from '../../../i18n/messages.js';
import {
  accountLabel, barLegend, breakEvenIsLate, breakEvenText, coverageBar, coverageFraction, coveragePercent, formatMoney, formatMonths,
  columns, formatPercent, mrrText, renewalIsNear, roiText, rolesText, segmentLabel,
} from './cells.js';

/*
 * The terminal view: accounts grouped by segment, then the totals per segment and for
 * the portfolio (one row per currency), then the ranked attention list. Colour only
 * repeats what the text says (the coverage bar's glyphs, "never", "⚠"), so the table
 * reads the same under NO_COLOR or in a CI log.
 */

export interface TableOptions {
  chalk: ChalkInstance;
  /** The terminal's width: tables leave out their least needed columns to fit it, and notes wrap. None for a file or a pipe. */
  width?: number;
}

const ACCOUNT_COLUMNS = ['account', 'coverage', 'problems', 'detractors', 'mrr', 'breakEven', 'roi', 'renewal'] as const;
const TOTAL_COLUMNS = ['segment', 'currency', 'accounts', 'coverage', 'mrr', 'outlay', 'contribution', 'net', 'roi', 'breakEven'] as const;
/** On a narrow terminal, the columns left out first; the account, its coverage, break-even and renewal stay. */
const ACCOUNT_DROP_ORDER = [6, 4, 3, 2];
/** The segment, currency, accounts and coverage stay. */
const TOTAL_DROP_ORDER = [6, 7, 5, 9, 8, 4];

export function renderReportTable(report: PortfolioReport, { chalk, width }: TableOptions): string {
  const out: string[] = [];
  /** Text wrapped to the terminal when there is one and it is too long for it. */
  const fit = (text: string) => (width === undefined || displayWidth(text) <= width ? [text] : wrapText(text, width));
  const note = (text: string) => fit(text).map((line) => chalk.dim(line)).join('\n');
  const { totals } = report;
  const text = messages().report;
  const words = text.table;
  const currencies = totals.currencies.map((c) => c.currency);
  out.push(chalk.bold(text.title({ asOf: report.asOf })));
  out.push(fit(words.summary({ accounts: totals.accounts, currencies, roles: rolesText(report.criticalRoles) })).join('\n'));
  if (report.accounts.length === 0) return `${out.join('\n')}\n\n${text.noPlans}\n`;

  const names = [...report.accounts.map((account) => oneLine(accountLabel(account))), ...report.segments.map((segment) => oneLine(segmentLabel(segment.segment)))];
  const accounts = fitToWidth((hidden, nameLimit) => accountTable(report, chalk, hidden, nameLimit), ACCOUNT_DROP_ORDER, width, widestOf(names));
  out.push('', chalk.bold.underline(text.accountsHeading), accounts.text);
  for (const account of report.accounts.filter((a) => !a.valid)) {
    const p = account.firstProblem;
    const where = p ? `${oneLine(account.file)}:${p.line}:${p.column}  ${oneLine(p.message)}  (${p.rule})` : oneLine(account.file);
    out.push(fit(`✖ ${where}`).map((line) => chalk.red(line)).join('\n'));
  }
  out.push(note(words.coverage({ legend: barLegend() })));
  out.push(note(words.late({ days: RENEWAL_WINDOW_DAYS })));
  const accountsLeftOut = leftOutNote(columns(words.accountHead, ACCOUNT_COLUMNS), accounts.hidden, words.wider);
  if (accountsLeftOut) out.push(note(accountsLeftOut));
  const segmentNames = report.segments.map((segment) => oneLine(segmentLabel(segment.segment)));
  const totalsTableFitted = fitToWidth((hidden, nameLimit) => totalsTable(report, chalk, hidden, nameLimit), TOTAL_DROP_ORDER, width, widestOf(segmentNames));
  out.push('', chalk.bold.underline(text.totalsHeading), totalsTableFitted.text);
  out.push(note(words.roi));
  const totalsLeftOut = leftOutNote(columns(words.totalHead, TOTAL_COLUMNS), totalsTableFitted.hidden, words.wider);
  if (totalsLeftOut) out.push(note(totalsLeftOut));
  const accepted = suppressionLines(report);
  if (accepted.length > 0) out.push('', chalk.bold.underline(messages().adopt.report.heading), ...accepted.flatMap((line) => fit(line)));
  out.push('', chalk.bold.underline(text.attentionHeading));
  if (report.attention.length === 0) out.push(chalk.green(`✔ ${words.nothing}`));
  report.attention.forEach((account, i) => {
    const number = `${String(i + 1).padStart(2)}. `;
    const name = oneLine(accountLabel(account));
    const line = `${name} — ${oneLine(account.attention.summary)}`;
    // On a terminal, continued under the text rather than under the number.
    const lines = width === undefined || displayWidth(line) <= width - number.length ? [line] : wrapText(line, Math.max(20, width - number.length));
    const [first, ...rest] = lines;
    const head = first!.startsWith(name) ? `${chalk.bold(name)}${first!.slice(name.length)}` : first!;
    out.push(`${number}${head}`, ...rest.map((more) => `${' '.repeat(number.length)}${more}`));
  });
  return `${out.join('\n')}\n`;
}

function accountTable(report: PortfolioReport, chalk: ChalkInstance, hidden: ReadonlySet<number>, nameLimit: number): string {
  const text = messages().report;
  const head = columns(text.table.accountHead, ACCOUNT_COLUMNS);
  const span = head.length - hidden.size;
  const label = new Map(report.accounts.map((account) => [account, cutToWidth(oneLine(accountLabel(account)), nameLimit)]));
  const table = plainTable(shown(head, hidden).map((h) => chalk.bold(h)), shown(['left', 'left', 'right', 'right', 'right', 'left', 'right', 'left'] as const, hidden));
  for (const segment of report.segments) {
    // Cut like the names: a spanning cell wider than the rows would widen every column.
    table.push([{ content: chalk.bold(cutToWidth(oneLine(segmentLabel(segment.segment)), nameLimit)), colSpan: span }]);
    for (const account of report.accounts.filter((a) => a.valid && a.segment === segment.segment)) table.push(shown(accountRow(account, label.get(account)!, chalk), hidden));
  }
  const invalid = report.accounts.filter((a) => !a.valid);
  if (invalid.length > 0) {
    // Only a short mark in the table: a long message in a spanning cell would widen every column.
    table.push([{ content: chalk.bold.red(text.table.invalidPlans), colSpan: span }]);
    for (const account of invalid) table.push([`  ${label.get(account)!}`, { content: chalk.red(`✖ ${text.notValid}`), colSpan: span - 1 }]);
  }
  return renderTable(table);
}

function accountRow(account: AccountReport, label: string, chalk: ChalkInstance): string[] {
  const coverage = account.coverage!;
  const fraction = coverage.fraction ?? 1;
  const paintCoverage = fraction === 1 ? chalk.green : coverage.uncovered > 0 ? chalk.red : chalk.yellow;
  const withoutPlan = account.detractors?.withoutPlan.length ?? 0;
  const late = breakEvenIsLate(account);
  const roi = account.economics?.roi ?? null;
  const errors = account.errors > 0 ? chalk.red(String(account.errors)) : String(account.errors);
  const warnings = account.warnings > 0 ? chalk.yellow(String(account.warnings)) : String(account.warnings);
  const e = account.economics;
  const breakEven = e && !e.never ? messages().report.table.breakEven({ month: e.breakEvenMonth!, date: e.breakEvenDate! }) : breakEvenText(account);
  return [
    `  ${label}`,
    paintCoverage(`${coverageBar(coverage)} ${coverageFraction(coverage)}`),
    `${errors} / ${warnings}`,
    withoutPlan > 0 ? chalk.red(`⚠ ${withoutPlan}`) : '0',
    mrrText(account),
    late ? chalk.red(`${breakEven} ⚠`) : breakEven,
    roi !== null && roi < 0 ? chalk.red(roiText(account)) : roiText(account),
    renewalIsNear(account) ? chalk.yellow(`${renewalShort(account)} ⚠`) : renewalShort(account),
  ];
}

/** "2027-01-31 (65)", "2026-10-01 (passed)", "—": the table's narrow renewal column. */
function renewalShort(account: AccountReport): string {
  if (account.renewalDate === null || account.daysToRenewal === null) return '—';
  return `${account.renewalDate} (${account.daysToRenewal < 0 ? messages().report.table.passed : messages().report.table.daysLeft({ days: account.daysToRenewal })})`;
}

function totalsTable(report: PortfolioReport, chalk: ChalkInstance, hidden: ReadonlySet<number>, nameLimit: number): string {
  const table = plainTable(shown(columns(messages().report.table.totalHead, TOTAL_COLUMNS), hidden).map((h) => chalk.bold(h)), shown(['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'] as const, hidden));
  const push = (cells: string[]) => table.push(shown(cells, hidden));
  for (const segment of report.segments) pushTotals(push, cutToWidth(oneLine(segmentLabel(segment.segment)), nameLimit), segment, (t) => t);
  pushTotals(push, messages().report.table.portfolio, report.totals, (t) => chalk.bold(t));
  return renderTable(table);
}

function pushTotals(push: (cells: string[]) => void, label: string, totals: GroupTotals, paint: (text: string) => string): void {
  const coverage = `${coverageFraction(totals.coverage)} (${coveragePercent(totals.coverage.fraction)})`;
  if (totals.currencies.length === 0) {
    push([paint(label), '—', paint(String(totals.accounts)), paint(coverage), '—', '—', '—', '—', '—', '—']);
    return;
  }
  totals.currencies.forEach((c, i) => {
    const first = i === 0;
    push([first ? paint(label) : '', c.currency, paint(String(c.accounts)), first ? paint(coverage) : '', ...moneyCells(c).map(paint)]);
  });
}

function moneyCells(c: CurrencyTotals): string[] {
  if (c.withEconomics === 0) return ['—', '—', '—', '—', '—', '—'];
  const text = messages().report;
  const months = c.averageBreakEvenMonths === null ? text.never : text.monthsShort({ months: formatMonths(c.averageBreakEvenMonths) });
  return [
    formatMoney(c.monthlyRevenue, c.currency),
    formatMoney(c.outlay, c.currency),
    formatMoney(c.termContribution, c.currency),
    formatMoney(c.net, c.currency),
    formatPercent(c.roi, 1),
    months,
  ];
}

/** Each plan's findings accepted with `# cro-ignore` (SPEC §12): where, which rule, why, until when. */
function suppressionLines(report: PortfolioReport): string[] {
  const words = messages().adopt.report;
  const lines: string[] = [];
  for (const account of report.accounts) {
    for (const s of account.suppressions ?? []) {
      lines.push(`${oneLine(account.file)}:${s.line}  ${s.rule}  — ${oneLine(s.reason)} (${s.until === null ? words.noExpiry : words.until({ date: s.until })})`);
    }
  }
  return lines;
}
