import type { ChalkInstance } from 'chalk';
import { plainTable, renderTable } from '../../breakeven/table.js';
import { oneLine } from '../../map/text.js';
import { RENEWAL_WINDOW_DAYS } from '../attention.js';
import type { AccountReport, CurrencyTotals, GroupTotals, PortfolioReport } from '../model.js';
import {
  BAR_LEGEND, accountLabel, breakEvenIsLate, breakEvenText, coverageBar, coverageFraction, coveragePercent, formatMoney, formatMonths,
  formatPercent, mrrText, renewalIsNear, roiText, segmentLabel,
} from './cells.js';

/*
 * The terminal view: accounts grouped by segment, then the totals per segment and for
 * the portfolio (one row per currency), then the ranked attention list. Colour only
 * repeats what the text says (the coverage bar's glyphs, "never", "⚠"), so the table
 * reads the same under NO_COLOR or in a CI log.
 */

export interface TableOptions {
  chalk: ChalkInstance;
}

const ACCOUNT_HEAD = ['account', 'coverage', 'errors /\nwarnings', 'detractors\nw/o plan', 'MRR', 'break-even', 'ROI\n(term)', 'renewal\n(days left)'];
const TOTAL_HEAD = ['segment', 'currency', 'accounts', 'coverage', 'MRR', 'outlay', 'contribution\n(term)', 'net', 'ROI\n(pooled)', 'average\nbreak-even'];

export function renderReportTable(report: PortfolioReport, { chalk }: TableOptions): string {
  const out: string[] = [];
  const { totals } = report;
  const currencies = totals.currencies.map((c) => c.currency);
  out.push(chalk.bold(`Revenue portfolio as of ${report.asOf}`));
  out.push(
    `${totals.accounts} ${totals.accounts === 1 ? 'account' : 'accounts'}` +
      (currencies.length > 0 ? ` in ${currencies.length} ${currencies.length === 1 ? 'currency' : 'currencies'} (${currencies.join(', ')}), never added together` : '') +
      ` · critical roles: ${report.criticalRoles.join(', ') || 'none'}`,
  );
  if (report.accounts.length === 0) return `${out.join('\n')}\n\nNo plans yet: run \`cro init\` to create one.\n`;

  out.push('', chalk.bold.underline('Accounts'), accountTable(report, chalk));
  for (const account of report.accounts.filter((a) => !a.valid)) {
    const p = account.firstProblem;
    const where = p ? `${account.file}:${p.line}:${p.column}  ${oneLine(p.message)}  (${p.rule})` : account.file;
    out.push(chalk.red(`✖ ${where}`));
  }
  out.push(chalk.dim(`coverage: ${BAR_LEGEND}`));
  out.push(chalk.dim(`break-even ⚠: pays back after the renewal date, or never · renewal ⚠: within ${RENEWAL_WINDOW_DAYS} days`));
  out.push('', chalk.bold.underline('Totals per segment and currency'), totalsTable(report, chalk));
  out.push(chalk.dim('ROI (pooled): (Σ contribution over each contract term − Σ outlay) / Σ outlay, per currency; amounts in different currencies are never added.'));
  out.push('', chalk.bold.underline('Needs attention first'));
  if (report.attention.length === 0) out.push(chalk.green('✔ nothing: every plan is valid, covered and clean'));
  report.attention.forEach((account, i) => {
    out.push(`${String(i + 1).padStart(2)}. ${chalk.bold(oneLine(accountLabel(account)))} — ${oneLine(account.attention.summary)}`);
  });
  return `${out.join('\n')}\n`;
}

function accountTable(report: PortfolioReport, chalk: ChalkInstance): string {
  const table = plainTable(ACCOUNT_HEAD.map((h) => chalk.bold(h)), ['left', 'left', 'right', 'right', 'right', 'left', 'right', 'left']);
  const rest = ACCOUNT_HEAD.length - 1;
  for (const segment of report.segments) {
    table.push([{ content: chalk.bold(`${oneLine(segmentLabel(segment.segment))}`), colSpan: ACCOUNT_HEAD.length }]);
    for (const account of report.accounts.filter((a) => a.valid && a.segment === segment.segment)) table.push(accountRow(account, chalk));
  }
  const invalid = report.accounts.filter((a) => !a.valid);
  if (invalid.length > 0) {
    // Only a short mark in the table: a long message in a spanning cell would widen every column.
    table.push([{ content: chalk.bold.red('invalid plans (see below)'), colSpan: ACCOUNT_HEAD.length }]);
    for (const account of invalid) table.push([`  ${oneLine(accountLabel(account))}`, { content: chalk.red('✖ not a valid plan'), colSpan: ACCOUNT_HEAD.length - 1 }]);
  }
  return renderTable(table);
}

function accountRow(account: AccountReport, chalk: ChalkInstance): string[] {
  const coverage = account.coverage!;
  const fraction = coverage.fraction ?? 1;
  const paintCoverage = fraction === 1 ? chalk.green : coverage.uncovered > 0 ? chalk.red : chalk.yellow;
  const withoutPlan = account.detractors?.withoutPlan.length ?? 0;
  const late = breakEvenIsLate(account);
  const roi = account.economics?.roi ?? null;
  const errors = account.errors > 0 ? chalk.red(String(account.errors)) : String(account.errors);
  const warnings = account.warnings > 0 ? chalk.yellow(String(account.warnings)) : String(account.warnings);
  const breakEven = account.economics && !account.economics.never ? `month ${account.economics.breakEvenMonth} (${account.economics.breakEvenDate})` : breakEvenText(account);
  return [
    `  ${oneLine(accountLabel(account))}`,
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
  return `${account.renewalDate} (${account.daysToRenewal < 0 ? 'passed' : account.daysToRenewal})`;
}

function totalsTable(report: PortfolioReport, chalk: ChalkInstance): string {
  const table = plainTable(TOTAL_HEAD.map((h) => chalk.bold(h)), ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right']);
  for (const segment of report.segments) pushTotals(table, oneLine(segmentLabel(segment.segment)), segment, (t) => t);
  pushTotals(table, 'portfolio', report.totals, (t) => chalk.bold(t));
  return renderTable(table);
}

function pushTotals(table: ReturnType<typeof plainTable>, label: string, totals: GroupTotals, paint: (text: string) => string): void {
  const coverage = `${coverageFraction(totals.coverage)} (${coveragePercent(totals.coverage.fraction)})`;
  if (totals.currencies.length === 0) {
    table.push([paint(label), '—', paint(String(totals.accounts)), paint(coverage), '—', '—', '—', '—', '—', '—']);
    return;
  }
  totals.currencies.forEach((c, i) => {
    const first = i === 0;
    table.push([first ? paint(label) : '', c.currency, paint(String(c.accounts)), first ? paint(coverage) : '', ...moneyCells(c).map(paint)]);
  });
}

function moneyCells(c: CurrencyTotals): string[] {
  if (c.withEconomics === 0) return ['—', '—', '—', '—', '—', '—'];
  const months = c.averageBreakEvenMonths === null ? 'never' : `${formatMonths(c.averageBreakEvenMonths)} mo`;
  return [
    formatMoney(c.monthlyRevenue, c.currency),
    formatMoney(c.outlay, c.currency),
    formatMoney(c.termContribution, c.currency),
    formatMoney(c.net, c.currency),
    formatPercent(c.roi, 1),
    months,
  ];
}
