import type { Role } from '../../../plan/vocabulary.js';
import { layOutAccount, round4, type AccountJson, type LaidOutAccount } from '../../../method/account-json.js';
import type { AccountReport, CurrencyTotals, GroupTotals, PortfolioReport } from '../../../method/account-report.js';
import type { Utf8Spool } from '../../../util/utf8-spool.js';

export type { AccountJson };

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


/** The whole document at once, from the full model: accounts laid out here, their texts in memory. */
export function renderReportJson(report: PortfolioReport, options: { version: string }): string {
  const laidOut = new Map(report.accounts.map((account) => [account, layOutAccount(account)]));
  const of = (account: AccountReport) => laidOut.get(account) ?? layOutAccount(account);
  const pieces = reportJsonPieces({ ...report, accounts: report.accounts.map(of), attention: report.attention.map(of) }, options);
  return [...pieces].map((piece) => (typeof piece === 'string' ? piece : Buffer.from(piece).toString('utf8'))).join('');
}

/**
 * The report as JSON.stringify(…, null, 2) would write it, piece by piece: one account at a
 * time, so that 10,000 accounts never exist twice (as the model and as its JSON) nor as
 * one 26 MB string (SPEC §14: memory flat in the number of plans).
 */
/**
 * The document in pieces, its accounts from their laid-out texts: from `spool` when they
 * were moved there (each read is used before the next, as Utf8Spool.read requires).
 */
export function* reportJsonPieces(report: PortfolioReport<LaidOutAccount>, { version }: { version: string }, spool?: Utf8Spool): Generator<string | Uint8Array> {
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
  const last = report.accounts.length - 1;
  yield last < 0 ? '  "accounts": [],\n' : '  "accounts": [\n';
  for (let i = 0; i <= last; i++) {
    const account = report.accounts[i]!;
    const { beforeRank, afterRank } = account.spooled;
    yield typeof beforeRank === 'string' ? beforeRank : spool!.read(beforeRank);
    yield String(rank.get(account) ?? null);
    yield typeof afterRank === 'string' ? afterRank : spool!.read(afterRank);
    yield i < last ? ',\n' : '\n  ],\n';
  }
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

