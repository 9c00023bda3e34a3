import type { ChalkInstance } from 'chalk';
import { DEFAULT_TERM_MONTHS, monthlyRevenueOf } from '../../economics/index.js';
import { firstMonthContribution } from '../../economics/term.js';
import { oneLine } from '../../text/terminal-text.js';
import { formatMoney, formatMonths, formatPercent } from '../../text/numbers.js';
import { plural, wrapText } from '../../text/words.js';
import { termContribution } from './portfolio.js';
import { failsGate, type Gate } from './gate.js';
import type { EconomicsEntry } from '../../economics/entry.js';

export type Tone = 'good' | 'warn' | 'bad';

/** The one-plan summary as plain data, shared by the terminal and Markdown views: its texts are one line each, without control characters. */
export interface SummaryFacts {
  title: string;
  /** The verdict in one sentence: when it pays back, and whether before the renewal. */
  headline: string;
  tone: Tone;
  facts: Array<[label: string, text: string]>;
}

export function summaryFacts(entry: EconomicsEntry, gate?: Gate): SummaryFacts {
  const { result, input, currency } = entry;
  const money = (amount: number | null) => formatMoney(amount, currency);
  const term = input.termMonths ?? DEFAULT_TERM_MONTHS;
  const horizon = input.horizon ?? 0;
  const title = entry.account === null ? 'What-if (figures from flags)' : oneLine(`${entry.account}${entry.file ? ` · ${entry.file}` : ''}`);

  const { headline, tone } = verdict(entry, term, horizon, gate);
  const facts: Array<[string, string]> = [];

  const acquisition = input.acquisitionCost ?? 0;
  const onboarding = input.onboardingCost ?? 0;
  const outlayParts = [acquisition > 0 && `acquisition ${money(acquisition)}`, onboarding > 0 && `onboarding ${money(onboarding)}`].filter(Boolean);
  facts.push(['Outlay', `${money(result.outlay)}${outlayParts.length > 0 ? ` (${outlayParts.join(' + ')})` : ''}`]);

  const revenue = input.annualRevenue !== undefined
    ? `revenue ${money(monthlyRevenueOf(input))} (${money(input.annualRevenue)} a year)`
    : `revenue ${money(input.monthlyRevenue)}`;
  const margin = input.grossMargin !== undefined && input.grossMargin !== 1 ? ` × ${formatPercent(input.grossMargin)} margin` : '';
  const support = (input.supportCostMonthly ?? 0) > 0 ? ` − support ${money(input.supportCostMonthly ?? 0)}` : '';
  const expansion = input.monthlyExpansion ?? 0;
  const trend = expansion > 0 ? `, revenue growing ${formatPercent(expansion)} a month`
    : expansion < 0 ? `, revenue shrinking ${formatPercent(-expansion)} a month` : '';
  facts.push(['Month 1 earns', `${money(firstMonthContribution(input))} = ${revenue}${margin}${support}${trend}`]);

  facts.push(['Break-even', result.never || result.breakEvenMonth === null
    ? `never within ${horizon} months`
    : `month ${result.breakEvenMonth} · ${formatMonths(result.breakEvenMonths)} months · ${result.breakEvenDate ?? '—'}`]);

  const rate = input.discountRate ?? 0;
  facts.push(['Discounted', rate === 0
    ? 'the same (no discount rate)'
    : result.discountedBreakEvenMonth === null
      ? `not within ${horizon} months at ${formatPercent(rate)} a year`
      : `month ${result.discountedBreakEvenMonth} at ${formatPercent(rate)} a year`]);

  const churn = input.monthlyChurn ?? 0;
  facts.push(['Expected', churn === 0
    ? 'the same (no churn)'
    : result.expectedBreakEvenMonth === null
      ? `not within ${horizon} months, weighting each month by the chance the customer stays (${formatPercent(churn)} churn a month)`
      : `month ${result.expectedBreakEvenMonth}, weighting each month by the chance the customer stays (${formatPercent(churn)} churn a month)`]);

  if (result.survivalAtBreakEven !== null && result.breakEvenMonth !== null) {
    facts.push(['Chance', result.breakEvenMonth === 0
      ? '100%: nothing to pay back'
      : `${formatPercent(result.survivalAtBreakEven)} that the customer is still paying in month ${result.breakEvenMonth}`]);
  }

  const contractEnd = entry.renewalDate ?? null;
  const termText = contractEnd ? `the ${term}-month contract to ${contractEnd}` : `a ${term}-month term (no renewal date)`;
  facts.push(['ROI', result.roi === null
    ? `— (no outlay to return): ${money(termContribution(entry))} contribution over ${termText}`
    : `${formatPercent(result.roi)} over ${termText}: ${money(termContribution(entry))} contribution against the outlay of ${money(result.outlay)}`]);

  facts.push(['LTV', result.ltv !== null
    ? `${money(result.ltv)} (month-1 contribution ÷ ${formatPercent(churn)} churn a month)`
    : churn === 0 ? '— (no churn, so no finite lifetime)' : '— (not defined while revenue grows or shrinks)']);

  facts.push(['Renewal', renewalText(entry, term)]);
  facts.push(['Month 1 starts', startText(entry)]);
  return { title, headline, tone, facts };
}

function verdict(entry: EconomicsEntry, term: number, horizon: number, gate: Gate | undefined): { headline: string; tone: Tone } {
  const { result } = entry;
  if (result.never || result.breakEvenMonth === null) {
    return { headline: `Never breaks even within the ${horizon}-month horizon: ${result.reason ?? 'the contribution never covers the outlay'}`, tone: 'bad' };
  }
  if (result.breakEvenMonth === 0) return { headline: 'Nothing to pay back: no acquisition or onboarding cost', tone: 'good' };
  const exact = result.breakEvenMonths === result.breakEvenMonth ? ' exactly' : ` (${formatMonths(result.breakEvenMonths)} months)`;
  const when = `Breaks even in month ${result.breakEvenMonth}${exact}, on ${result.breakEvenDate ?? '—'}`;
  // A plan that fails the CI gate never reads as a pass, whatever else is true of it.
  if (failsGate(entry, gate)) return { headline: `${when}: later than ${gate!.label}, so it fails the gate`, tone: 'bad' };
  if (!entry.renewalDate) {
    return result.paysBackBeforeTerm
      ? { headline: `${when}, within the ${term}-month term (no renewal date)`, tone: 'good' }
      : { headline: `${when}, after the ${term}-month term (no renewal date)`, tone: 'warn' };
  }
  if (entry.renewalPassed) {
    // "Before the renewal date" would reassure about a renewal that is over: nothing is measured against the next one.
    return { headline: `${when}; the renewal date ${entry.renewalDate} has passed: set the next one in account.renewalDate`, tone: 'warn' };
  }
  return result.paysBackBeforeTerm
    ? { headline: `${when}, before the renewal date ${entry.renewalDate}`, tone: 'good' }
    : { headline: `${when}, after the renewal date ${entry.renewalDate}: the customer must renew before the deal pays back`, tone: 'warn' };
}

function renewalText(entry: EconomicsEntry, term: number): string {
  const pays = entry.result.paysBackBeforeTerm;
  if (!entry.renewalDate) {
    const when = pays === null ? 'never pays back' : pays ? 'pays back within' : 'pays back only after';
    return `none; ${when}${pays === null ? '' : ` the ${term}-month default term`}`;
  }
  const when = pays === null ? 'never pays back' : pays ? 'pays back before it' : 'pays back only after it';
  return `${entry.renewalDate}${entry.renewalPassed ? ' (passed)' : ''}, ${plural(term, 'month')} in: ${when}`;
}

function startText(entry: EconomicsEntry): string {
  const { start } = entry;
  if (start.source === 'as-of') {
    return entry.file === null
      ? `${start.date} (today; pin it with --start)`
      : `${start.date} (today: the plan has neither economics.start nor account.customerSince)`;
  }
  return `${start.date} (${start.source})`;
}

const MARK: Record<Tone, string> = { good: '✔', warn: '!', bad: '✘' };

/** The terminal summary: title, verdict, then one fact a line with aligned labels, wrapped to `width`. */
export function formatSummary(entry: EconomicsEntry, chalk: ChalkInstance, width = 80, gate?: Gate): string {
  const { title, headline, tone, facts } = summaryFacts(entry, gate);
  const paint = tone === 'good' ? chalk.green : tone === 'warn' ? chalk.yellow : chalk.red;
  const labelWidth = Math.max(...facts.map(([label]) => label.length));
  const indent = ' '.repeat(labelWidth + 4);
  const lines = [chalk.bold(title)];
  wrapText(`${MARK[tone]} ${headline}`, width).forEach((line, i) => lines.push(paint(i === 0 ? line : `  ${line}`)));
  lines.push('');
  for (const [label, text] of facts) {
    wrapText(text, Math.max(20, width - indent.length)).forEach((line, i) => {
      lines.push(i === 0 ? `  ${chalk.dim(label.padEnd(labelWidth))}  ${line}` : `${indent}${line}`);
    });
  }
  return `${lines.join('\n')}\n`;
}
