import type { Finding } from '../plan/finding.js';
import { listing } from '../text/words.js';
import { messages } from '../i18n/messages.js';
import type { Role } from '../plan/vocabulary.js';
import type { AccountReport, AccountSummary } from './account-report.js';

/*
 * "Needs attention first": each account gets a score from what is wrong with it, and
 * a one-line reason naming the worst of it. The weights encode the method's priorities:
 * an invalid plan hides everything else; a renewal close at hand doubles every risk;
 * an uncovered critical role or an unplanned detractor outweighs a late review.
 */

/** A renewal this close turns every gap into a risk to the revenue. */
export const RENEWAL_WINDOW_DAYS = 90;

export const WEIGHTS = {
  invalid: 1000,
  renewalPassed: 30,
  uncoveredRole: 30,
  singleThreadedRole: 12,
  detractorWithoutPlan: 25,
  overdueWinPlan: 20,
  neverBreaksEven: 60,
  paysBackAfterRenewal: 35,
  noEconomics: 5,
  otherError: 8,
  warning: 1,
} as const;

/** Rules whose findings the factors above already stand for: counted once, not twice. */
const REPRESENTED = new Set(['critical-roles', 'role-backup', 'detractor-plan', 'detractor-overdue', 'breakeven-horizon', 'economics']);

/** How many reasons the one-line summary names before "and N more". */
const SUMMARY_REASONS = 3;

export interface Attention {
  /** 0 when nothing needs doing. */
  score: number;
  /** Most important first. */
  reasons: string[];
  /** The reasons as one line. */
  summary: string;
}

interface Factor {
  weight: number;
  text: string;
}

export function attentionOf(account: Omit<AccountReport, 'attention'>, findings: readonly Finding[], options: { horizon: number }): Attention {
  const words = messages().report.attention;
  if (!account.valid) {
    const first = account.firstProblem;
    const text = first ? words.invalidAt({ rule: first.rule, line: first.line, column: first.column }) : words.invalid;
    return finish([{ weight: WEIGHTS.invalid, text }], null);
  }
  const roleNames = messages().common.roles;
  const roles = (list: readonly Role[]) => listing(list.map((role) => roleNames[role]));
  const factors: Factor[] = [];
  const coverage = account.coverage!;
  const uncovered = coverage.roles.filter((r) => r.status === 'uncovered').map((r) => r.role);
  const single = coverage.roles.filter((r) => r.status === 'single-threaded').map((r) => r.role);
  if (uncovered.length > 0) factors.push({ weight: WEIGHTS.uncoveredRole * uncovered.length, text: words.uncovered({ roles: roles(uncovered) }) });
  const detractors = account.detractors!;
  if (detractors.withoutPlan.length > 0) {
    factors.push({ weight: WEIGHTS.detractorWithoutPlan * detractors.withoutPlan.length, text: words.detractorWithoutPlan({ names: listing(detractors.withoutPlan) }) });
  }
  if (detractors.overdue.length > 0) {
    factors.push({ weight: WEIGHTS.overdueWinPlan * detractors.overdue.length, text: words.overdueWinPlan({ names: listing(detractors.overdue) }) });
  }
  if (single.length > 0) factors.push({ weight: WEIGHTS.singleThreadedRole * single.length, text: words.singleThreaded({ roles: roles(single) }) });

  const economics = account.economics;
  if (!economics) factors.push({ weight: WEIGHTS.noEconomics, text: words.noEconomics });
  else if (economics.never) factors.push({ weight: WEIGHTS.neverBreaksEven, text: words.neverBreaksEven({ months: options.horizon }) });
  else if (economics.paysBackBeforeRenewal === false && account.renewalDate !== null) {
    factors.push({
      weight: WEIGHTS.paysBackAfterRenewal,
      text: words.paysBackAfterRenewal({ month: economics.breakEvenMonth!, date: economics.breakEvenDate!, renewal: account.renewalDate }),
    });
  }

  const others = findings.filter((f) => !REPRESENTED.has(f.rule));
  const otherErrors = others.filter((f) => f.severity === 'error').length;
  const otherWarnings = others.length - otherErrors;
  if (otherErrors > 0) factors.push({ weight: WEIGHTS.otherError * otherErrors, text: words.otherErrors({ count: otherErrors }) });
  if (otherWarnings > 0) factors.push({ weight: WEIGHTS.warning * otherWarnings, text: words.warnings({ count: otherWarnings }) });

  const days = account.daysToRenewal;
  let renewal: Factor | null = null;
  if (days !== null && days < 0) {
    factors.push({ weight: WEIGHTS.renewalPassed, text: words.renewalPassed({ date: account.renewalDate! }) });
  } else if (days !== null && days <= RENEWAL_WINDOW_DAYS && factors.length > 0) {
    // Not a problem in itself: it makes the others urgent.
    renewal = { weight: 0, text: days === 0 ? words.renewsToday : words.renewsIn({ days }) };
  }
  return finish(factors, renewal);
}

function finish(factors: Factor[], renewal: Factor | null): Attention {
  const sorted = [...factors].sort((a, b) => b.weight - a.weight);
  const base = sorted.reduce((acc, f) => acc + f.weight, 0);
  const score = renewal ? base * 2 : base;
  const reasons = [...(renewal ? [renewal.text] : []), ...sorted.map((f) => f.text)];
  const shown = reasons.slice(0, SUMMARY_REASONS + (renewal ? 1 : 0));
  const rest = reasons.length - shown.length;
  const summary = shown.join('; ') + (rest > 0 ? `; ${messages().report.attention.more({ count: rest })}` : '');
  return { score, reasons, summary };
}

/** One collator for every comparison: localeCompare with a locale builds a new one each call (10,000 plans, ~0.1 s). */
const compareNames = new Intl.Collator('en').compare;

/** Accounts with anything to act on, highest score first; ties by the nearer renewal, then by name. */
export function rankAttention<Account extends AccountSummary>(accounts: readonly Account[]): Account[] {
  return accounts
    .filter((a) => a.attention.score > 0)
    .sort(
      (a, b) =>
        b.attention.score - a.attention.score ||
        (a.daysToRenewal ?? Infinity) - (b.daysToRenewal ?? Infinity) ||
        compareNames(a.account ?? a.file, b.account ?? b.file) ||
        (a.file < b.file ? -1 : 1),
    );
}
