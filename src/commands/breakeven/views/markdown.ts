import type { ChalkInstance } from 'chalk';
import { codeSpan, escapeCell, escapeInline } from '../../../text/markdown.js';
import { formatChart } from './chart.js';
import { formatMoneyColumn, formatPercent } from '../../../text/numbers.js';
import { currencyTotals, sortEntries } from '../portfolio.js';
import { invalidLocation, planCells, totalCells } from './portfolio-table.js';
import { rowMarkers, scheduleHeading, scheduleRows } from '../schedule.js';
import { failsGate, type Gate } from '../gate.js';
import { summaryFacts } from '../summary.js';
import { oneLine } from '../../../text/terminal-text.js';
import type { BreakEvenEntry, EconomicsEntry } from '../../../economics/entry.js';
import { messages } from '../../../i18n/messages.js';
import { describeNever } from '../../../text/never-reason.js';

export interface MarkdownOptions {
  schedule: boolean;
  chart: boolean;
  /** A chalk without colour: the chart goes into a code block. */
  plain: ChalkInstance;
  asOf: string;
  version: string;
  /** The CI gate (`--max-months`): a plan that fails it is marked so, never shown as a pass. */
  gate?: Gate;
}

const TONE_MARK = { good: '✅', warn: '⚠️', bad: '❌' } as const;

/**
 * A document for a pull-request comment or a wiki page: the one-plan summary as a
 * table of facts, or one row per plan with totals per currency; with `--schedule` a
 * month table and with `--chart` the terminal chart in a code block, per plan. A plan's
 * names and messages go through `oneLine` as well as Markdown's escaping: a document
 * printed on a terminal, or pasted into one, carries no escape sequences from a plan.
 */
export function formatBreakEvenMarkdown(entries: readonly BreakEvenEntry[], options: MarkdownOptions): string {
  const sorted = sortEntries(entries);
  const says = messages().breakeven;
  const out: string[] = [];
  const single = sorted.length === 1 && sorted[0]!.kind === 'economics' ? sorted[0] : undefined;
  if (sorted.length === 0) {
    out.push(says.markdown.noPlansHeading, '', says.markdown.noPlans);
  } else if (single) {
    out.push(...summarySection(single, options.gate));
  } else {
    out.push(...portfolioSection(sorted, options.gate));
  }
  for (const entry of sorted) {
    if (entry.kind !== 'economics') continue;
    if (options.schedule) out.push('', ...scheduleSection(entry, single === undefined));
    if (options.chart) {
      out.push('', ...(single ? [] : [`### ${says.markdown.chartHeading({ who: escapeInline(oneLine(entry.account ?? says.whatIf)) })}`, '']));
      out.push('```text', formatChart(entry, options.plain, { width: 80 }).trimEnd(), '```');
    }
  }
  out.push('', `<sub>${says.markdown.footer({ version: escapeInline(options.version), asOf: escapeInline(options.asOf) })}</sub>`);
  return `${out.join('\n')}\n`;
}

function summarySection(entry: EconomicsEntry, gate: Gate | undefined): string[] {
  const { title, headline, tone, facts } = summaryFacts(entry, gate);
  return [
    `## ${escapeInline(title)}`,
    '',
    `${TONE_MARK[tone]} **${escapeInline(headline)}**`,
    '',
    '| | |',
    '| --- | --- |',
    ...facts.map(([label, text]) => `| ${escapeCell(label)} | ${escapeCell(text)} |`),
  ];
}

function portfolioSection(sorted: readonly BreakEvenEntry[], gate: Gate | undefined): string[] {
  const economics = sorted.filter((entry) => entry.kind === 'economics').length;
  const says = messages().breakeven;
  const out = [
    `## ${says.markdown.plans({ plans: sorted.length, economics })}`,
    '',
    `| ${Object.values(says.markdown.head).map(escapeCell).join(' | ')} |`,
    '| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  const notes: string[] = [];
  for (const entry of sorted) {
    const name = escapeCell(oneLine(entry.account ?? says.whatIf));
    const file = entry.file === null ? '' : codeSpan(oneLine(entry.file), { inTable: true });
    if (entry.kind === 'no-economics') {
      out.push(`| ${name} | ${file} | ${escapeCell(says.markdown.noEconomics)} | | | | | | | | |`);
    } else if (entry.kind === 'invalid') {
      const text = `❌ ${escapeCell(says.markdown.invalid)} ${codeSpan(invalidLocation(entry), { inTable: true })} ${escapeCell(oneLine(entry.finding.message))}`;
      out.push(`| ${name} | ${file} | ${text} | | | | | | | | |`);
    } else {
      const c = planCells(entry);
      const failed = failsGate(entry, gate);
      if (failed) c.breakEven = `❌ ${c.breakEven}`;
      if (failed && !entry.result.never) {
        notes.push(`- ${says.markdown.failsGate({ name: `**${escapeInline(oneLine(entry.account ?? says.whatIf))}**`, month: entry.result.breakEvenMonth ?? 0, limit: escapeInline(gate!.label) })}`);
      }
      out.push(`| ${name} | ${file} | ${[c.outlay, c.breakEven, c.date, c.discounted, c.expected, c.chance, c.roi, c.ltv, c.renewal].map(escapeCell).join(' | ')} |`);
      if (entry.result.never) {
        notes.push(`- ${says.markdown.never({ name: `**${escapeInline(oneLine(entry.account ?? says.whatIf))}**`, horizon: entry.input.horizon ?? 0, reason: escapeInline(describeNever(entry.result.reason)) })}`);
      }
    }
  }
  for (const total of currencyTotals(sorted)) {
    const t = totalCells(total);
    out.push(`| **${escapeCell(t.label)}** | | **${escapeCell(t.outlay)}** | | | | | | **${escapeCell(t.roi)}** | **${escapeCell(t.ltv)}** | ${escapeCell(t.renewal)} |`);
  }
  if (notes.length > 0) out.push('', ...notes);
  return out;
}

function scheduleSection(entry: EconomicsEntry, withHeading: boolean): string[] {
  const money = (amount: number) => escapeCell(formatMoneyColumn(amount, entry.currency));
  const rows = scheduleRows(entry).map((row) => {
    const marks = rowMarkers(entry, row.month);
    const isBreakEven = row.month === entry.result.breakEvenMonth;
    const cells = [String(row.month), row.date, money(row.revenue), money(row.contribution), money(row.cumulative),
      money(row.discountedCumulative), formatPercent(row.survival), marks.length > 0 ? `◀ ${marks.join(', ')}` : ''];
    return `| ${(isBreakEven ? cells.map((cell) => (cell ? `**${cell}**` : cell)) : cells).join(' | ')} |`;
  });
  return [
    ...(withHeading ? [`### ${messages().breakeven.markdown.scheduleHeading({ who: escapeInline(oneLine(entry.account ?? messages().breakeven.whatIf)) })}`, ''] : []),
    escapeInline(scheduleHeading(entry)),
    '',
    `| ${Object.values(messages().breakeven.schedule.markdownHead).map(escapeCell).join(' | ')} | |`,
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
  ];
}
