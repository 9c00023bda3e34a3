import { codeSpan, escapeCell, escapeInline, tableRow } from '../../../text/markdown.js';
import { renderMermaid } from '../../map/views/mermaid.js';
import { STANCE_LOOKS, STANCE_ORDER } from '../../../method/stance.js';
import type { AccountReport, GroupTotals, PortfolioReport } from '../../../method/account-report.js';
import { messages } from '../../../i18n/messages.js';
import {
  accountLabel, barLegend, breakEvenIsLate, breakEvenText, coverageBar, coverageFraction, coveragePercent, formatMoney, formatMonths,
  columns, formatPercent, mrrText, renewalText, roiText, rolesText, segmentLabel,
} from './cells.js';

const ACCOUNT_COLUMNS = ['segment', 'account', 'coverage', 'errors', 'warnings', 'detractors', 'mrr', 'breakEven', 'roi', 'renewal'] as const;
const TOTAL_COLUMNS = ['segment', 'currency', 'accounts', 'coverage', 'mrr', 'outlay', 'contribution', 'net', 'roi', 'breakEven'] as const;

/*
 * A pull-request comment or wiki page: what needs attention first, the accounts by
 * segment, totals per segment and currency, and a Mermaid stakeholder map per account
 * (GitHub and GitLab render it). Every plan-supplied text is escaped: Markdown
 * punctuation in prose and cells, entity codes inside Mermaid labels.
 */

export function renderReportMarkdown(report: PortfolioReport): string {
  const out: string[] = [];
  const { totals } = report;
  const text = messages().report;
  const words = text.markdown;
  out.push(`# ${text.title({ asOf: report.asOf })}`, '');
  const currencies = totals.currencies.map((c) => c.currency);
  const roles = rolesText(report.criticalRoles);
  if (report.accounts.length === 0) {
    // Nothing to cover yet: no coverage figure, which would read "no critical roles (—)".
    out.push(`${text.accounts({ count: totals.accounts })}. ${words.roles({ roles })}`, '', text.noPlans, '');
    return out.join('\n');
  }
  const coverage = `${coverageFraction(totals.coverage)} (${coveragePercent(totals.coverage.fraction)})`;
  out.push(words.summary({ accounts: totals.accounts, currencies, roles, coverage, errors: totals.errors, warnings: totals.warnings }), '');

  out.push(`## ${text.attentionHeading}`, '');
  if (report.attention.length === 0) out.push(text.nothingToDo);
  report.attention.forEach((a, i) => out.push(`${i + 1}. **${escapeInline(accountLabel(a))}** — ${escapeInline(a.attention.summary)}`));
  out.push('');

  out.push(`## ${text.accountsHeading}`, '');
  out.push(tableRow(columns(words.accountHead, ACCOUNT_COLUMNS)));
  out.push(tableRow(['---', '---', '---', '--:', '--:', '--:', '--:', '---', '--:', '---']));
  for (const segment of report.segments) {
    for (const a of report.accounts.filter((x) => x.valid && x.segment === segment.segment)) out.push(accountRow(a));
  }
  for (const a of report.accounts.filter((x) => !x.valid)) {
    const p = a.firstProblem;
    const where = p ? `${codeSpan(`${a.file}:${p.line}:${p.column}`, { inTable: true })} ${escapeCell(p.message)} (${p.rule})` : codeSpan(a.file, { inTable: true });
    out.push(tableRow(['—', escapeCell(accountLabel(a)), `✖ ${text.notValidAt({ where })}`, String(a.errors), String(a.warnings), '—', '—', '—', '—', '—']));
  }
  out.push('', words.coverage({ legend: escapeInline(barLegend()) }), '');

  out.push(`## ${text.totalsHeading}`, '');
  out.push(tableRow(columns(text.totalHead, TOTAL_COLUMNS)));
  out.push(tableRow(['---', '---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:']));
  for (const s of report.segments) out.push(...totalsRows(escapeCell(segmentLabel(s.segment)), s));
  out.push(...totalsRows(`**${text.portfolioTotal}**`, totals));
  out.push('', words.roi, '');

  const accepted = report.accounts.filter((a) => a.suppressions);
  if (accepted.length > 0) {
    const words2 = messages().adopt.report;
    out.push(`## ${words2.heading}`, '');
    out.push(tableRow([text.markdown.accountHead.account, words2.where, words2.rule, words2.reason, words2.expires]), tableRow(['---', '--:', '---', '---', '---']));
    for (const a of accepted) {
      for (const s of a.suppressions!) out.push(tableRow([escapeCell(accountLabel(a)), codeSpan(`${a.file}:${s.line}`, { inTable: true }), codeSpan(s.rule, { inTable: true }), escapeCell(s.reason), s.until ?? escapeCell(words2.noExpiry)]));
    }
    out.push('');
  }

  out.push(`## ${text.mapsHeading}`, '');
  const stanceNames = messages().common.stances;
  out.push(words.mapsLegend({ stances: STANCE_ORDER.map((s) => `${escapeInline(STANCE_LOOKS[s].symbol)} ${stanceNames[s]}`).join(' · ') }), '');
  for (const a of report.accounts) {
    if (!a.map) continue;
    out.push(`### ${escapeInline(accountLabel(a))}`, '');
    const facts = [
      codeSpan(a.file),
      a.segment ? escapeInline(a.segment) : null,
      a.owner ? text.owner({ name: escapeInline(a.owner) }) : null,
      a.renewalDate ? text.renews({ date: a.renewalDate }) : null,
    ];
    out.push(facts.filter(Boolean).join(' · '), '');
    if (a.map.people.length === 0) {
      out.push(`_${words.noStakeholders}_`, '');
      continue;
    }
    out.push('```mermaid', renderMermaid(a.map, { legend: false }).trimEnd(), '```', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function accountRow(a: AccountReport): string {
  const c = a.coverage!;
  const detractors = a.detractors?.withoutPlan ?? [];
  const late = breakEvenIsLate(a) ? (a.economics?.never ? ' ⚠' : ` ⚠ ${messages().report.afterRenewal}`) : '';
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
          c.averageBreakEvenMonths === null ? messages().report.never : messages().report.months({ months: formatMonths(c.averageBreakEvenMonths) }),
        ].map(escapeCell);
    return tableRow([i === 0 ? label : '', c.currency, String(c.accounts), i === 0 ? coverage : '', ...money]);
  });
}
