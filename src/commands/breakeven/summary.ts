import type { ChalkInstance } from 'chalk';
import { DEFAULT_TERM_MONTHS, monthlyRevenueOf } from '../../economics/index.js';
import { firstMonthContribution } from '../../economics/term.js';
import { oneLine } from '../../text/terminal-text.js';
import { formatMoney, formatMonths, formatPercent } from '../../text/numbers.js';
import { wrapText } from '../../text/words.js';
import { describeNever } from '../../text/never-reason.js';
import { messages } from '../../i18n/messages.js';
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
  const says = messages().breakeven.summary;
  const label = says.labels;
  const money = (amount: number | null) => formatMoney(amount, currency);
  const term = input.termMonths ?? DEFAULT_TERM_MONTHS;
  const horizon = input.horizon ?? 0;
  const title = entry.account === null ? says.whatIfTitle : oneLine(`${entry.account}${entry.file ? ` · ${entry.file}` : ''}`);

  const { headline, tone } = verdict(entry, term, horizon, gate);
  const facts: Array<[string, string]> = [];

  const acquisition = input.acquisitionCost ?? 0;
  const onboarding = input.onboardingCost ?? 0;
  const outlayParts = [acquisition > 0 && says.acquisition({ amount: money(acquisition) }), onboarding > 0 && says.onboarding({ amount: money(onboarding) })].filter((part): part is string => typeof part === 'string');
  facts.push([label.outlay, says.outlay({ outlay: money(result.outlay), parts: outlayParts })]);

  const revenue = input.annualRevenue !== undefined
    ? says.revenueAnnual({ monthly: money(monthlyRevenueOf(input)), annual: money(input.annualRevenue) })
    : says.revenue({ monthly: money(input.monthlyRevenue) });
  const margin = input.grossMargin !== undefined && input.grossMargin !== 1 ? says.margin({ margin: formatPercent(input.grossMargin) }) : '';
  const support = (input.supportCostMonthly ?? 0) > 0 ? says.support({ support: money(input.supportCostMonthly ?? 0) }) : '';
  const expansion = input.monthlyExpansion ?? 0;
  const trend = expansion > 0 ? says.growing({ rate: formatPercent(expansion) })
    : expansion < 0 ? says.shrinking({ rate: formatPercent(-expansion) }) : '';
  facts.push([label.month1, says.month1({ contribution: money(firstMonthContribution(input)), revenue, margin, support, trend })]);

  facts.push([label.breakEven, result.never || result.breakEvenMonth === null
    ? says.neverWithin({ horizon })
    : says.breakEven({ month: result.breakEvenMonth, months: formatMonths(result.breakEvenMonths), date: result.breakEvenDate ?? '—' })]);

  const rate = input.discountRate ?? 0;
  facts.push([label.discounted, rate === 0
    ? says.noDiscount
    : result.discountedBreakEvenMonth === null
      ? says.discountedNot({ horizon, rate: formatPercent(rate) })
      : says.discounted({ month: result.discountedBreakEvenMonth, rate: formatPercent(rate) })]);

  const churn = input.monthlyChurn ?? 0;
  facts.push([label.expected, churn === 0
    ? says.noChurn
    : result.expectedBreakEvenMonth === null
      ? says.expectedNot({ horizon, churn: formatPercent(churn) })
      : says.expected({ month: result.expectedBreakEvenMonth, churn: formatPercent(churn) })]);

  if (result.survivalAtBreakEven !== null && result.breakEvenMonth !== null) {
    facts.push([label.chance, result.breakEvenMonth === 0
      ? says.chanceNothing
      : says.chance({ chance: formatPercent(result.survivalAtBreakEven), month: result.breakEvenMonth })]);
  }

  const contractEnd = entry.renewalDate ?? null;
  const termText = contractEnd ? says.termToDate({ term, date: contractEnd }) : says.termDefault({ term });
  facts.push([label.roi, result.roi === null
    ? says.roiNone({ contribution: money(termContribution(entry)), term: termText })
    : says.roi({ roi: formatPercent(result.roi), term: termText, contribution: money(termContribution(entry)), outlay: money(result.outlay) })]);

  facts.push([label.ltv, result.ltv !== null
    ? says.ltv({ ltv: money(result.ltv), churn: formatPercent(churn) })
    : churn === 0 ? says.ltvNoChurn : says.ltvTrend]);

  facts.push([label.renewal, renewalText(entry, term)]);
  facts.push([label.start, startText(entry)]);
  return { title, headline, tone, facts };
}

function verdict(entry: EconomicsEntry, term: number, horizon: number, gate: Gate | undefined): { headline: string; tone: Tone } {
  const { result } = entry;
  const says = messages().breakeven.summary;
  if (result.never || result.breakEvenMonth === null) {
    return { headline: says.headlineNever({ horizon, reason: describeNever(result.reason) }), tone: 'bad' };
  }
  if (result.breakEvenMonth === 0) return { headline: says.nothingToPayBack, tone: 'good' };
  const when = says.when({ month: result.breakEvenMonth, exact: result.breakEvenMonths === result.breakEvenMonth, months: formatMonths(result.breakEvenMonths), date: result.breakEvenDate ?? '—' });
  // A plan that fails the CI gate never reads as a pass, whatever else is true of it.
  if (failsGate(entry, gate)) return { headline: says.failsGate({ when, limit: gate!.label }), tone: 'bad' };
  if (!entry.renewalDate) {
    return result.paysBackBeforeTerm
      ? { headline: says.withinTerm({ when, term }), tone: 'good' }
      : { headline: says.afterTerm({ when, term }), tone: 'warn' };
  }
  if (entry.renewalPassed) {
    // "Before the renewal date" would reassure about a renewal that is over: nothing is measured against the next one.
    return { headline: says.renewalPassed({ when, date: entry.renewalDate }), tone: 'warn' };
  }
  return result.paysBackBeforeTerm
    ? { headline: says.beforeRenewal({ when, date: entry.renewalDate }), tone: 'good' }
    : { headline: says.afterRenewal({ when, date: entry.renewalDate }), tone: 'warn' };
}

function renewalText(entry: EconomicsEntry, term: number): string {
  const pays = entry.result.paysBackBeforeTerm;
  const says = messages().breakeven.summary;
  if (!entry.renewalDate) return says.renewalNone({ pays, term });
  return says.renewal({ date: entry.renewalDate, passed: entry.renewalPassed, term, pays });
}

function startText(entry: EconomicsEntry): string {
  const { start } = entry;
  const says = messages().breakeven.summary;
  if (start.source === 'as-of') {
    return entry.file === null ? says.startToday({ date: start.date }) : says.startTodayPlan({ date: start.date });
  }
  return says.startFrom({ date: start.date, source: start.source });
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
