import type { SpoolSlice } from '../util/utf8-spool.js';
import type { AccountEconomics, AccountReport, AccountSummary } from './account-report.js';
import type { RoleStatus } from './role-status.js';
import type { Role } from '../plan/vocabulary.js';

/*
 * An account as `cro report --format json` writes it (SPEC §4): its shape, and its text,
 * laid out when the account is summed up, in the thread that checked the plan. The text
 * then waits in the run's spool, as the findings of `cro check` do (check/laid-out-report.ts),
 * and only the few figures the totals and the ranking read stay in memory: 10,000 accounts
 * held as objects until the end cost more in garbage collection than the JSON itself.
 * The report's JSON view assembles the document around these texts.
 */

export interface AccountJson {
  file: string;
  account: string | null;
  /** false: the file is not a valid plan; `problem` says where, and the plan fields are null. */
  valid: boolean;
  problem: { rule: string; message: string; line: number; column: number } | null;
  segment: string | null;
  owner: string | null;
  currency: string | null;
  renewalDate: string | null;
  /** Negative once the renewal date has passed. */
  daysToRenewal: number | null;
  errors: number;
  warnings: number;
  coverage: {
    covered: number;
    singleThreaded: number;
    uncovered: number;
    total: number;
    fraction: number | null;
    roles: Array<{ role: Role; status: RoleStatus; coveredBy: string[] }>;
  } | null;
  detractors: { current: number; withoutPlan: string[]; overdue: string[] } | null;
  /** The model's figures without its input; roi to 4 decimals, null when outlay is 0. */
  economics: Omit<AccountEconomics, 'input'> | null;
  /** Findings a `# cro-ignore` set aside (SPEC §12); only when there are some. */
  suppressions?: Array<{ rule: string; line: number; reason: string; until: string | null }>;
  /** rank: position in `attention`, null when nothing needs doing. */
  attention: { rank: number | null; score: number; reasons: string[]; summary: string };
}

/** An account as the JSON report holds it: what its totals read, and its JSON, cut where its rank goes (known only at the end). */
export interface LaidOutAccount extends AccountSummary {
  /**
   * The account's JSON as an element of the document's `accounts` (indented for it), before
   * its rank and after it: text, which the driver moves into the run's spool (check/laid-out-report.ts).
   */
  spooled: { beforeRank: string | SpoolSlice; afterRank: string | SpoolSlice };
}

const RANK_PLACEHOLDER = 0;
/** The rank's key, as JSON.stringify indents it inside an account of the document's `accounts`. */
const RANK_KEY = `\n        "rank": `;
const OPEN = `{\n  "accounts": [\n`.length;
const CLOSE = `\n  ]\n}`.length;

export function layOutAccount(account: AccountReport): LaidOutAccount {
  // Inside { accounts: [...] }, JSON.stringify indents the account as the whole document does.
  const text = JSON.stringify({ accounts: [accountJson(account, RANK_PLACEHOLDER)] }, null, 2).slice(OPEN, -CLOSE);
  // `attention` is the last key and JSON escapes every quote in a string: this is the rank's key.
  const at = text.lastIndexOf(RANK_KEY) + RANK_KEY.length;
  const { coverage, detractors, economics } = account;
  return {
    file: account.file,
    account: account.account,
    valid: account.valid,
    segment: account.segment,
    currency: account.currency,
    errors: account.errors,
    warnings: account.warnings,
    daysToRenewal: account.daysToRenewal,
    attention: account.attention,
    coverage: coverage && { covered: coverage.covered, total: coverage.total },
    detractors: detractors && { withoutPlan: detractors.withoutPlan },
    // The model's own object, input and all: a copy without it cost a tenth of laying the account out.
    economics,
    spooled: { beforeRank: text.slice(0, at), afterRank: text.slice(at + String(RANK_PLACEHOLDER).length) },
  };
}

export const round4 = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);

export function accountJson(a: AccountReport, rank: number | null): AccountJson {
  const p = a.firstProblem;
  const e = a.economics;
  return {
    file: a.file,
    account: a.account,
    valid: a.valid,
    problem: a.valid || !p ? null : { rule: p.rule, message: p.message, line: p.line, column: p.column },
    segment: a.segment,
    owner: a.owner,
    currency: a.currency,
    renewalDate: a.renewalDate,
    daysToRenewal: a.daysToRenewal,
    errors: a.errors,
    warnings: a.warnings,
    coverage: a.coverage
      ? {
          covered: a.coverage.covered,
          singleThreaded: a.coverage.singleThreaded,
          uncovered: a.coverage.uncovered,
          total: a.coverage.total,
          fraction: round4(a.coverage.fraction),
          roles: a.coverage.roles.map((r) => ({ role: r.role, status: r.status, coveredBy: r.coveredBy })),
        }
      : null,
    detractors: a.detractors ? { current: a.detractors.current, withoutPlan: a.detractors.withoutPlan, overdue: a.detractors.overdue } : null,
    economics: e
      ? {
          currency: e.currency,
          start: e.start,
          monthlyRevenue: e.monthlyRevenue,
          outlay: e.outlay,
          termMonths: e.termMonths,
          termContribution: e.termContribution,
          breakEvenMonth: e.breakEvenMonth,
          breakEvenMonths: e.breakEvenMonths,
          breakEvenDate: e.breakEvenDate,
          roi: e.roi,
          never: e.never,
          reason: e.reason,
          paysBackBeforeRenewal: e.paysBackBeforeRenewal,
        }
      : null,
    ...(a.suppressions ? { suppressions: a.suppressions.map(({ rule, line, reason, until }) => ({ rule, line, reason, until })) } : {}),
    attention: { rank, score: a.attention.score, reasons: a.attention.reasons, summary: a.attention.summary },
  };
}
