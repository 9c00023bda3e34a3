import type { Role } from '../../../plan/vocabulary.js';
import type { RoleStatus } from '../../../method/role-status.js';
import type { AccountEconomics, AccountReport, CurrencyTotals, GroupTotals, PortfolioReport } from '../../../method/account-report.js';

/*
 * `cro report --format json`: a stable shape for other tools (dashboards, a CRM sync).
 * The interfaces below ARE the documentation: every key is always present, in this
 * order; `null` where a figure does not apply (never NaN, never a missing key). Money
 * is in the account's currency, major units, to the cent; money totals are per
 * currency and never add two currencies. New keys may be added in version 1; a key
 * is never removed or changes meaning without a new `version`.
 */

export interface ReportJson {
  version: 1;
  /** The version of cro that wrote it. */
  cro: string;
  /** The date every time-based figure used (YYYY-MM-DD). */
  asOf: string;
  criticalRoles: Role[];
  summary: TotalsJson & {
    /** Files that are not valid plans (counted in `accounts`, in no segment or currency). */
    invalid: number;
  };
  /** Named segments alphabetically, then `segment: null` for plans without one. */
  segments: Array<{ segment: string | null } & TotalsJson>;
  /** In path order, as `cro check` lists files. */
  accounts: AccountJson[];
  /** Accounts with anything to act on, most urgent first. */
  attention: Array<{ rank: number; file: string; account: string | null; score: number; reasons: string[]; summary: string }>;
}

export interface TotalsJson {
  accounts: number;
  errors: number;
  warnings: number;
  /** Critical roles covered (both critical-roles and role-backup pass) over all critical roles; fraction to 4 decimals. */
  coverage: { covered: number; total: number; fraction: number | null };
  detractorsWithoutPlan: number;
  currencies: CurrencyJson[];
}

/** A currency's totals in SPEC §4 JSON: the model's own type, its ratios rounded (roi and averageRoi to 4 decimals, averageBreakEvenMonths to 2). */
export type CurrencyJson = CurrencyTotals;

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
  /** rank: position in `attention`, null when nothing needs doing. */
  attention: { rank: number | null; score: number; reasons: string[]; summary: string };
}

export function renderReportJson(report: PortfolioReport, options: { version: string }): string {
  return [...reportJsonPieces(report, options)].join('');
}

/**
 * The report as JSON.stringify(…, null, 2) would write it, piece by piece: one account at a
 * time, so that 10,000 accounts never exist twice (as the model and as its JSON) nor as
 * one 26 MB string (SPEC §14: memory flat in the number of plans).
 */
export function* reportJsonPieces(report: PortfolioReport, { version }: { version: string }): Generator<string> {
  const rank = new Map(report.attention.map((a, i) => [a, i + 1]));
  const head: Omit<ReportJson, 'accounts' | 'attention'> = {
    version: 1,
    cro: version,
    asOf: report.asOf,
    criticalRoles: [...report.criticalRoles],
    summary: { ...totalsJson(report.totals), invalid: report.totals.invalid },
    segments: report.segments.map((s) => ({ segment: s.segment, ...totalsJson(s) })),
  };
  yield '{\n';
  for (const [key, value] of Object.entries(head)) yield `  ${JSON.stringify(key)}: ${nested(value, '  ')},\n`;
  yield* arrayPieces('accounts', report.accounts, (a) => accountJson(a, rank.get(a) ?? null));
  yield ',\n';
  yield* arrayPieces('attention', report.attention, (a, i) => ({
    rank: i + 1,
    file: a.file,
    account: a.account,
    score: a.attention.score,
    reasons: a.attention.reasons,
    summary: a.attention.summary,
  }));
  yield '\n}\n';
}

/** A value's JSON at an indentation: JSON strings hold no raw line break, so every one starts a line. */
function nested(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

// Small enough that a piece is encoded straight into the output buffer (see util/chunked-output.ts), not into one of its own.
const ITEMS_PER_PIECE = 5;

/**
 * `"key": [ … ]` as a member of the top-level object. Items are stringified a few at a
 * time inside `{ key: [...] }`, which JSON.stringify indents exactly as in the whole
 * document, and the wrapper is cut off: no pass over the text to indent it (a fifth of a
 * 10,000-account report).
 */
function* arrayPieces<T>(key: string, items: readonly T[], toJson: (item: T, index: number) => unknown): Generator<string> {
  const name = JSON.stringify(key);
  if (items.length === 0) {
    yield `  ${name}: []`;
    return;
  }
  const open = `{\n  ${name}: [\n`.length;
  const close = '\n  ]\n}'.length;
  yield `  ${name}: [\n`;
  for (let from = 0; from < items.length; from += ITEMS_PER_PIECE) {
    const slice = items.slice(from, from + ITEMS_PER_PIECE).map((item, i) => toJson(item, from + i));
    const text = JSON.stringify({ [key]: slice }, null, 2);
    yield `${from === 0 ? '' : ',\n'}${text.slice(open, text.length - close)}`;
  }
  yield '\n  ]';
}

const round4 = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);

function totalsJson(t: GroupTotals): TotalsJson {
  return {
    accounts: t.accounts,
    errors: t.errors,
    warnings: t.warnings,
    coverage: { covered: t.coverage.covered, total: t.coverage.total, fraction: round4(t.coverage.fraction) },
    detractorsWithoutPlan: t.detractorsWithoutPlan,
    currencies: t.currencies.map(currencyJson),
  };
}

function currencyJson(c: CurrencyTotals): CurrencyJson {
  return {
    currency: c.currency,
    accounts: c.accounts,
    withEconomics: c.withEconomics,
    monthlyRevenue: c.monthlyRevenue,
    outlay: c.outlay,
    termContribution: c.termContribution,
    net: c.net,
    roi: c.roi,
    averageRoi: c.averageRoi,
    averageBreakEvenMonths: c.averageBreakEvenMonths,
    paysBackBeforeRenewal: c.paysBackBeforeRenewal,
    never: c.never,
  };
}

function accountJson(a: AccountReport, rank: number | null): AccountJson {
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
    attention: { rank, score: a.attention.score, reasons: a.attention.reasons, summary: a.attention.summary },
  };
}
