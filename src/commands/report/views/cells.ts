import { formatMoney, formatMonths, formatPercent } from '../../../text/numbers.js';
import type { AccountCoverage, AccountReport } from '../../../method/account-report.js';
import { RENEWAL_WINDOW_DAYS } from '../../../method/attention.js';
import { messages } from '../../../i18n/messages.js';
import type { Role } from '../../../plan/vocabulary.js';

/*
 * The words and figures every report view shows for an account, so the terminal,
 * Markdown and HTML never disagree about what a cell says.
 */

export const BAR_GLYPHS = { covered: '█', 'single-threaded': '▒', uncovered: '░' } as const;

/** "█ covered (advocate or supporter, backed up)   ▒ single-threaded (…)   ░ uncovered" */
export function barLegend(): string {
  const words = messages().report.bar;
  return (['covered', 'single-threaded', 'uncovered'] as const).map((status) => `${BAR_GLYPHS[status]} ${words[status]}`).join('   ');
}
const MAX_BAR_CELLS = 10;

/**
 * A bar with one cell per critical role (scaled to ten cells past ten roles): █ covered,
 * ▒ single-threaded, ░ uncovered. The glyphs differ in shape, so it reads without colour.
 */
export function coverageBar(coverage: AccountCoverage): string {
  const total = coverage.total;
  if (total === 0) return '';
  const cells = Math.min(total, MAX_BAR_CELLS);
  const scale = (n: number) => Math.round((n / total) * cells);
  const covered = scale(coverage.covered);
  const single = Math.min(cells - covered, scale(coverage.covered + coverage.singleThreaded) - covered);
  return BAR_GLYPHS.covered.repeat(covered) + BAR_GLYPHS['single-threaded'].repeat(single) + BAR_GLYPHS.uncovered.repeat(cells - covered - single);
}

/** "3/5" */
export function coverageFraction(coverage: AccountCoverage | { covered: number; total: number }): string {
  return coverage.total === 0 ? messages().report.noCriticalRoles : `${coverage.covered}/${coverage.total}`;
}

export function coveragePercent(fraction: number | null): string {
  return fraction === null ? '—' : formatPercent(fraction, 0);
}

/** "month 15 · 2027-04-01", "never", or "—" without economics. */
export function breakEvenText(account: AccountReport): string {
  const e = account.economics;
  if (!e) return '—';
  if (e.never) return messages().report.never;
  return messages().report.breakEven({ month: e.breakEvenMonth!, date: e.breakEvenDate! });
}

/** True when the account pays back after its renewal date, or never. */
export function breakEvenIsLate(account: AccountReport): boolean {
  const e = account.economics;
  return e !== null && (e.never || (e.paysBackBeforeRenewal === false && account.renewalDate !== null));
}

export function roiText(account: AccountReport): string {
  return account.economics ? formatPercent(account.economics.roi, 1) : '—';
}

export function mrrText(account: AccountReport): string {
  return account.economics ? formatMoney(account.economics.monthlyRevenue, account.economics.currency) : '—';
}

/** "2027-01-31 · in 65 days", "2026-10-01 · passed", "—". */
export function renewalText(account: AccountReport): string {
  if (account.renewalDate === null || account.daysToRenewal === null) return '—';
  const days = account.daysToRenewal;
  const date = account.renewalDate;
  const text = messages().report;
  if (days < 0) return text.renewalPassed({ date });
  if (days === 0) return text.renewalToday({ date });
  return text.renewalIn({ date, days });
}

export function renewalIsNear(account: AccountReport): boolean {
  return account.daysToRenewal !== null && account.daysToRenewal <= RENEWAL_WINDOW_DAYS;
}

export function accountLabel(account: AccountReport): string {
  return account.account ?? account.file;
}

export function segmentLabel(segment: string | null): string {
  return segment ?? messages().report.noSegment;
}

/** The critical roles as a sentence lists them: "end-user, administrator", or "none". */
export function rolesText(roles: readonly Role[]): string {
  const names = messages().common.roles;
  return roles.map((role) => names[role]).join(', ') || messages().report.noRoles;
}

/** A table's column titles in the order of `keys`: the catalog names them, the view orders them. */
export function columns<Key extends string>(titles: Record<Key, string>, keys: readonly Key[]): string[] {
  return keys.map((key) => titles[key]);
}

export { formatMoney, formatMonths, formatPercent };
