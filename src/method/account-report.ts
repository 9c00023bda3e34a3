import { computeTermBreakEven, monthlyRevenueOf, roundHalfUp, type EconomicsInput, type TermBreakEven } from '../economics/index.js';
import { economicsInputOf } from '../economics/plan-input.js';
import type { FileReport } from '../check/check-one.js';
import { buildStakeholderMap, type StakeholderMap } from './stakeholder-map.js';
import type { Finding } from '../plan/finding.js';
import type { Plan } from '../plan/schema.js';
import type { Role } from '../plan/vocabulary.js';
import { hasLeft } from './people.js';
import { daysBetween } from '../util/dates.js';
import { attentionOf, rankAttention, type Attention } from './attention.js';
import { detractorOverdue, detractorWithoutPlan } from './detractors.js';
import { coverageSummary, type RoleStatus } from './role-status.js';
import { describeNever } from '../text/never-reason.js';

/*
 * The portfolio as plain data: one entry per plan file, totals per segment and for the
 * portfolio, each money total per currency (a dollar and a euro are never added), and
 * the accounts that need attention first. Pure: the command reads the files and runs
 * the rules; every view (table, JSON, Markdown, HTML) draws this model.
 */

export interface ReportOptions {
  asOf: string;
  criticalRoles: readonly Role[];
  /** Months searched for break-even (config `breakeven.horizon`, default 120). */
  horizon: number;
  /** For plans without `account.currency`: the config's, else USD. */
  defaultCurrency: string;
  /** Draw each account's stakeholder map (default true); only the Markdown and HTML views show it. */
  withMap?: boolean;
}

export interface AccountEconomics {
  currency: string;
  /** Month 1 of the model. */
  start: string;
  /** R1: the first month's revenue. */
  monthlyRevenue: number;
  /** Acquisition plus onboarding cost. */
  outlay: number;
  /** The contract term T in months (to the renewal date; 12 without one). */
  termMonths: number;
  /** C_1 + … + C_T. */
  termContribution: number;
  breakEvenMonth: number | null;
  breakEvenMonths: number | null;
  breakEvenDate: string | null;
  /** Over the contract term; null when nothing was spent. */
  roi: number | null;
  never: boolean;
  reason: string | null;
  /** Break-even on or before the renewal date (within the 12-month default term without one). */
  paysBackBeforeRenewal: boolean | null;
  /** Exactly what the model computed from (the HTML chart draws its schedule). */
  input: EconomicsInput;
}

export interface RoleCoverageRow {
  role: Role;
  status: RoleStatus;
  coveredBy: string[];
}

export interface AccountCoverage {
  /** Critical roles that pass both critical-roles and role-backup. */
  covered: number;
  singleThreaded: number;
  uncovered: number;
  total: number;
  fraction: number | null;
  roles: RoleCoverageRow[];
}

export interface AccountReport {
  /** Relative to cwd, `/` separators (as `cro check` names it). */
  file: string;
  /** The account name, when the file says it (even if it is otherwise invalid). */
  account: string | null;
  /** False when the file is not a valid plan: then only the findings are known. */
  valid: boolean;
  segment: string | null;
  owner: string | null;
  currency: string | null;
  renewalDate: string | null;
  /** Days from as-of to the renewal date; negative once it has passed. */
  daysToRenewal: number | null;
  errors: number;
  warnings: number;
  /** The first finding of an invalid file, so the report can say where to look. */
  firstProblem: Finding | null;
  coverage: AccountCoverage | null;
  detractors: { current: number; withoutPlan: string[]; overdue: string[] } | null;
  economics: AccountEconomics | null;
  attention: Attention;
  map: StakeholderMap | null;
  /** Findings a `# cro-ignore` comment set aside (SPEC §12), with why and until when; absent when none. */
  suppressions?: AccountSuppression[];
}

/** A finding accepted on purpose, as the report shows it. */
export interface AccountSuppression {
  rule: string;
  line: number;
  reason: string;
  /** The day after which it counts again; null: no end date. */
  until: string | null;
}

function withSuppressions<T extends AccountReport>(account: T, file: FileReport): T {
  const suppressed = file.suppressed;
  if (suppressed && suppressed.length > 0) account.suppressions = suppressed.map(({ rule, line, reason, until }) => ({ rule, line, reason, until: until ?? null }));
  return account;
}

/**
 * What the portfolio's totals and its attention ranking read of an account. `cro report
 * --format json` keeps only this of each account in memory, and the account's JSON in the
 * run's spool (account-json.ts).
 */
export interface AccountSummary extends Pick<AccountReport, 'file' | 'account' | 'valid' | 'segment' | 'currency' | 'errors' | 'warnings' | 'daysToRenewal' | 'attention'> {
  coverage: Pick<AccountCoverage, 'covered' | 'total'> | null;
  detractors: { withoutPlan: readonly string[] } | null;
  economics: Omit<AccountEconomics, 'input'> | null;
}

/** Money totals of the accounts in one currency. */
export interface CurrencyTotals {
  currency: string;
  /** Valid plans in this currency. */
  accounts: number;
  /** Of those, the plans with economics: the money figures add up these only. */
  withEconomics: number;
  /** Σ R1: the monthly revenue now. */
  monthlyRevenue: number;
  outlay: number;
  /** Σ each account's contribution over its own contract term. */
  termContribution: number;
  /** termContribution − outlay. */
  net: number;
  /** net / outlay, pooled; null when nothing was spent. */
  roi: number | null;
  /** Mean of the accounts' ROI (each over its own term); null when none has one. */
  averageRoi: number | null;
  /** Mean fractional break-even of the accounts that break even; null when none does. */
  averageBreakEvenMonths: number | null;
  paysBackBeforeRenewal: number;
  never: number;
}

export interface GroupTotals {
  accounts: number;
  errors: number;
  warnings: number;
  /** Critical roles covered over all critical roles of the valid plans. */
  coverage: { covered: number; total: number; fraction: number | null };
  detractorsWithoutPlan: number;
  /** In alphabetical order of the currency code. */
  currencies: CurrencyTotals[];
}

export interface SegmentReport extends GroupTotals {
  /** null: plans that name no segment. */
  segment: string | null;
}

export interface PortfolioReport<Account extends AccountSummary = AccountReport> {
  asOf: string;
  criticalRoles: readonly Role[];
  accounts: Account[];
  segments: SegmentReport[];
  totals: GroupTotals & { invalid: number };
  /** Accounts with something to act on, most urgent first. */
  attention: Account[];
}

export function buildPortfolio(files: readonly FileReport[], options: ReportOptions): PortfolioReport {
  return portfolioOf(files.map((file) => accountReport(file, options)), options);
}

/**
 * The portfolio of accounts already summed up one by one (see accountReport): what the
 * check driver hands `cro report`, so that no plan outlives its own check.
 */
export function portfolioOf<Account extends AccountSummary>(accounts: Account[], options: Pick<ReportOptions, 'asOf' | 'criticalRoles'>): PortfolioReport<Account> {
  const valid = accounts.filter((a) => a.valid);
  const bySegment = groupBy(valid, (a) => a.segment);
  const segments = [...bySegment.keys()].sort(compareSegments).map((segment) => ({ segment, ...totalsOf(bySegment.get(segment)!) }));
  const totals = { ...totalsOf(valid), accounts: accounts.length, errors: sum(accounts, (a) => a.errors), warnings: sum(accounts, (a) => a.warnings), invalid: accounts.length - valid.length };
  return { asOf: options.asOf, criticalRoles: options.criticalRoles, accounts, segments, totals, attention: rankAttention(accounts) };
}

/** One file's account, from its check (the plan and the findings): all the report keeps of it. */
export function accountReport(file: FileReport, options: ReportOptions): AccountReport {
  const plan = file.plan;
  if (!plan) {
    const account = emptyAccount(file);
    account.attention = attentionOf(account, file.findings, options);
    return withSuppressions(account, file);
  }
  const coverage = coverageSummary(plan, options.criticalRoles, options.asOf);
  const people = plan.stakeholders ?? [];
  const renewalDate = plan.account.renewalDate ?? null;
  let current = 0;
  const withoutPlan: string[] = [];
  const overdue: string[] = [];
  for (const person of people) {
    if (person.stance !== 'detractor' || hasLeft(person, options.asOf)) continue;
    current++;
    if (detractorWithoutPlan(person, options.asOf)) withoutPlan.push(person.name);
    if (detractorOverdue(person, options.asOf)) overdue.push(person.name);
  }
  // Built whole and then given its attention, which reads it: a spread copy per account cost more than the rest.
  const account: AccountReport = {
    file: file.file,
    account: plan.account.name,
    valid: true,
    segment: blankToNull(plan.account.segment),
    owner: blankToNull(plan.account.owner),
    currency: plan.account.currency ?? options.defaultCurrency,
    renewalDate,
    daysToRenewal: renewalDate === null ? null : daysBetween(options.asOf, renewalDate),
    errors: file.errors,
    warnings: file.warnings,
    firstProblem: null,
    coverage: {
      covered: coverage.covered,
      singleThreaded: coverage.singleThreaded,
      uncovered: coverage.uncovered,
      total: coverage.total,
      fraction: coverage.fraction,
      roles: coverage.roles.map(({ role, status, coveredBy }) => ({ role, status, coveredBy })),
    },
    detractors: { current, withoutPlan, overdue },
    economics: economicsOf(plan, options),
    map: options.withMap === false ? null : buildStakeholderMap(plan, options.criticalRoles, options.asOf),
    attention: NO_ATTENTION,
  };
  account.attention = attentionOf(account, file.findings, options);
  return withSuppressions(account, file);
}

/** A placeholder until attentionOf, which reads the rest of the account, has run. */
const NO_ATTENTION: Attention = { score: 0, reasons: [], summary: '' };

function emptyAccount(file: FileReport): AccountReport {
  return {
    file: file.file,
    account: file.account,
    valid: false,
    segment: null,
    owner: null,
    currency: null,
    renewalDate: null,
    daysToRenewal: null,
    errors: file.errors,
    warnings: file.warnings,
    firstProblem: file.findings.find((f) => f.severity === 'error') ?? file.findings[0] ?? null,
    coverage: null,
    detractors: null,
    economics: null,
    map: null,
    attention: NO_ATTENTION,
  };
}

function economicsOf(plan: Plan, options: ReportOptions): AccountEconomics | null {
  const input = economicsInputOf(plan, { asOf: options.asOf, horizon: options.horizon });
  if (!input) return null;
  const result: TermBreakEven = computeTermBreakEven(input);
  const termMonths = input.termMonths ?? 12;
  return {
    currency: plan.account.currency ?? options.defaultCurrency,
    start: input.start,
    monthlyRevenue: roundHalfUp(monthlyRevenueOf(plan.economics!), 2),
    outlay: result.outlay,
    termMonths,
    termContribution: result.termContribution,
    breakEvenMonth: result.breakEvenMonth,
    breakEvenMonths: result.breakEvenMonths,
    breakEvenDate: result.breakEvenDate,
    roi: result.roi,
    never: result.never,
    reason: result.reason === null ? null : describeNever(result.reason),
    paysBackBeforeRenewal: result.paysBackBeforeTerm,
    input,
  };
}

function totalsOf(accounts: readonly AccountSummary[]): GroupTotals {
  let covered = 0;
  let total = 0;
  for (const a of accounts) {
    covered += a.coverage?.covered ?? 0;
    total += a.coverage?.total ?? 0;
  }
  const byCurrency = groupBy(accounts, (a) => a.currency);
  byCurrency.delete(null);
  const currencies = [...byCurrency.keys()].filter((c): c is string => c !== null).sort();
  return {
    accounts: accounts.length,
    errors: sum(accounts, (a) => a.errors),
    warnings: sum(accounts, (a) => a.warnings),
    coverage: { covered, total, fraction: total === 0 ? null : covered / total },
    detractorsWithoutPlan: sum(accounts, (a) => a.detractors?.withoutPlan.length ?? 0),
    currencies: currencies.map((currency) => currencyTotals(currency, byCurrency.get(currency)!)),
  };
}

/** Totals of one currency. Money is added in whole cents: the figures are rounded to the cent, and integers do not drift. */
export function currencyTotals(currency: string, accounts: readonly AccountSummary[]): CurrencyTotals {
  const withEconomics = accounts.map((a) => a.economics).filter((e): e is NonNullable<AccountSummary['economics']> => e !== null);
  if (withEconomics.some((e) => e.currency !== currency)) throw new Error(`currencyTotals(${currency}) was given another currency`);
  const cents = (pick: (e: NonNullable<AccountSummary['economics']>) => number) => withEconomics.reduce((acc, e) => acc + Math.round(pick(e) * 100), 0);
  const outlayCents = cents((e) => e.outlay);
  const termCents = cents((e) => e.termContribution);
  const rois = withEconomics.map((e) => e.roi).filter((r): r is number => r !== null);
  const months = withEconomics.map((e) => e.breakEvenMonths).filter((m): m is number => m !== null);
  return {
    currency,
    accounts: accounts.length,
    withEconomics: withEconomics.length,
    monthlyRevenue: cents((e) => e.monthlyRevenue) / 100,
    outlay: outlayCents / 100,
    termContribution: termCents / 100,
    net: (termCents - outlayCents) / 100,
    roi: outlayCents === 0 ? null : roundHalfUp((termCents - outlayCents) / outlayCents, 4),
    averageRoi: rois.length === 0 ? null : roundHalfUp(rois.reduce((a, b) => a + b, 0) / rois.length, 4),
    averageBreakEvenMonths: months.length === 0 ? null : roundHalfUp(months.reduce((a, b) => a + b, 0) / months.length, 2),
    paysBackBeforeRenewal: withEconomics.filter((e) => e.paysBackBeforeRenewal === true).length,
    never: withEconomics.filter((e) => e.never).length,
  };
}

/** Items by key in one pass, each group in the items' order (filtering once per segment was quadratic in segments). */
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((acc, item) => acc + pick(item), 0);
}

function blankToNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}

const compareIgnoringCase = new Intl.Collator('en', { sensitivity: 'base' }).compare;

/** Named segments alphabetically (case-insensitive), plans without a segment last. */
function compareSegments(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareIgnoringCase(a, b) || (a < b ? -1 : 1);
}
