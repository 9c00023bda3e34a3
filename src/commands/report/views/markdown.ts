import { codeSpan, escapeCell, escapeInline, tableRow } from '../../../text/markdown.js';
import { renderMermaid } from '../../map/views/mermaid.js';
import { STANCE_LOOKS, STANCE_ORDER } from '../../../method/stance.js';
import type { AccountReport, GroupTotals, PortfolioReport } from '../../../method/account-report.js';
import {
  BAR_LEGEND, accountLabel, breakEvenIsLate, breakEvenText, coverageBar, coverageFraction, coveragePercent, formatMoney, formatMonths,
  formatPercent, mrrText, renewalText, roiText, segmentLabel,
} from './cells.js';

/*
 * A pull-request comment or wiki page: what needs attention first, the accounts by
 * segment, totals per segment and currency, and a Mermaid stakeholder map per account
 * (GitHub and GitLab render it). Every plan-supplied text is escaped: Markdown
 * punctuation in prose and cells, entity codes inside Mermaid labels.
 */

export function renderReportMarkdown(report: PortfolioReport): string {
  const out: string[] = [];
  const { totals } = report;
  out.push(`# Revenue portfolio as of ${report.asOf}`, '');
  const currencies = totals.currencies.map((c) => c.currency);
  const counted = `${totals.accounts} ${totals.accounts === 1 ? 'account' : 'accounts'}`;
  const roles = `Critical roles: ${report.criticalRoles.join(', ') || 'none'}.`;
  if (report.accounts.length === 0) {
    // Nothing to cover yet: no coverage figure, which would read "no critical roles (—)".
    out.push(`${counted}. ${roles}`, '', 'No plans yet: run `cro init` to create one.', '');
    return out.join('\n');
  }
  out.push(
    counted +
      (currencies.length > 0 ? ` in ${currencies.length === 1 ? 'one currency' : `${currencies.length} currencies`} (${currencies.join(', ')}; amounts in different currencies are never added)` : '') +
      `. ${roles} ` +
      `Coverage ${coverageFraction(totals.coverage)} (${coveragePercent(totals.coverage.fraction)}); ${totals.errors} ${totals.errors === 1 ? 'error' : 'errors'}, ${totals.warnings} ${totals.warnings === 1 ? 'warning' : 'warnings'}.`,
    '',
  );

  out.push('## Needs attention first', '');
  if (report.attention.length === 0) out.push('Nothing: every plan is valid, covered and clean.');
  report.attention.forEach((a, i) => out.push(`${i + 1}. **${escapeInline(accountLabel(a))}** — ${escapeInline(a.attention.summary)}`));
  out.push('');

  out.push('## Accounts', '');
  out.push(tableRow(['Segment', 'Account', 'Coverage', 'Errors', 'Warnings', 'Detractors without a plan', 'MRR', 'Break-even', 'ROI (term)', 'Renewal']));
  out.push(tableRow(['---', '---', '---', '--:', '--:', '--:', '--:', '---', '--:', '---']));
  for (const segment of report.segments) {
    for (const a of report.accounts.filter((x) => x.valid && x.segment === segment.segment)) out.push(accountRow(a));
  }
  for (const a of report.accounts.filter((x) => !x.valid)) {
    const p = a.firstProblem;
    const where = p ? `${codeSpan(`${a.file}:${p.line}:${p.column}`, { inTable: true })} ${escapeCell(p.message)} (${p.rule})` : codeSpan(a.file, { inTable: true });
    out.push(tableRow(['—', escapeCell(accountLabel(a)), `✖ not a valid plan: ${where}`, String(a.errors), String(a.warnings), '—', '—', '—', '—', '—']));
  }
  out.push('', `Coverage: ${escapeInline(BAR_LEGEND)}.`, '');

  out.push('## Totals per segment and currency', '');
  out.push(tableRow(['Segment', 'Currency', 'Accounts', 'Coverage', 'MRR', 'Outlay', 'Contribution over term', 'Net', 'ROI (pooled)', 'Average break-even']));
  out.push(tableRow(['---', '---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:']));
  for (const s of report.segments) out.push(...totalsRows(escapeCell(segmentLabel(s.segment)), s));
  out.push(...totalsRows('**Portfolio**', totals));
  out.push('', 'ROI (pooled): (Σ contribution over each contract term − Σ outlay) / Σ outlay, in each currency.', '');

  out.push('## Stakeholder maps', '');
  out.push(`Stance: ${STANCE_ORDER.map((s) => `${escapeInline(STANCE_LOOKS[s].symbol)} ${s}`).join(' · ')}. ⚠ marks a gap; ↳ backup: who takes over; a dashed grey box: has left the customer.`, '');
  for (const a of report.accounts) {
    if (!a.map) continue;
    out.push(`### ${escapeInline(accountLabel(a))}`, '');
    const facts = [codeSpan(a.file), a.segment ? escapeInline(a.segment) : null, a.owner ? `owner ${escapeInline(a.owner)}` : null, a.renewalDate ? `renews ${a.renewalDate}` : null];
    out.push(facts.filter(Boolean).join(' · '), '');
    if (a.map.people.length === 0) {
      out.push('_No stakeholders yet._', '');
      continue;
    }
    out.push('```mermaid', renderMermaid(a.map, { legend: false }).trimEnd(), '```', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function accountRow(a: AccountReport): string {
  const c = a.coverage!;
  const detractors = a.detractors?.withoutPlan ?? [];
  const late = breakEvenIsLate(a) ? (a.economics?.never ? ' ⚠' : ' ⚠ after renewal') : '';
  return tableRow([
    escapeCell(segmentLabel(a.segment)),
    `**${escapeCell(accountLabel(a))}**`,
    `${coverageBar(c)} ${coverageFraction(c)}`,
    String(a.errors),
    String(a.warnings),
    detractors.length > 0 ? `⚠ ${detractors.length} (${escapeCell(detractors.join(', '))})` : '0',
    escapeCell(mrrText(a)),
    `${escapeCell(breakEvenText(a))}${late}`,
    escapeCell(roiText(a)),
    escapeCell(renewalText(a)),
  ]);
}

function totalsRows(label: string, t: GroupTotals): string[] {
  const coverage = `${coverageFraction(t.coverage)} (${coveragePercent(t.coverage.fraction)})`;
  if (t.currencies.length === 0) return [tableRow([label, '—', String(t.accounts), coverage, '—', '—', '—', '—', '—', '—'])];
  return t.currencies.map((c, i) => {
    const money = c.withEconomics === 0
      ? ['—', '—', '—', '—', '—', '—']
      : [
          formatMoney(c.monthlyRevenue, c.currency),
          formatMoney(c.outlay, c.currency),
          formatMoney(c.termContribution, c.currency),
          formatMoney(c.net, c.currency),
          formatPercent(c.roi, 1),
          c.averageBreakEvenMonths === null ? 'never' : `${formatMonths(c.averageBreakEvenMonths)} months`,
        ].map(escapeCell);
    return tableRow([i === 0 ? label : '', c.currency, String(c.accounts), i === 0 ? coverage : '', ...money]);
  });
}
