import { DEFAULT_TERM_MONTHS, ROI_DECIMALS, roundHalfUp } from '../../economics/index.js';
import { cumulativeContribution } from '../../economics/term.js';
import type { BreakEvenEntry, EconomicsEntry } from '../../economics/entry.js';

/**
 * The order of the multi-plan table: the soonest break-even first (by the fractional
 * months, so 8.55 comes before 8.9), then the plans that never break even, then those
 * without economics, then the invalid files; ties by file name so that the order is stable.
 */
export function sortEntries(entries: readonly BreakEvenEntry[]): BreakEvenEntry[] {
  return [...entries].sort((a, b) => rank(a) - rank(b) || months(a) - months(b) || byFile(a, b));
}

function rank(entry: BreakEvenEntry): number {
  if (entry.kind === 'invalid') return 3;
  if (entry.kind === 'no-economics') return 2;
  return entry.result.never ? 1 : 0;
}

function months(entry: BreakEvenEntry): number {
  return entry.kind === 'economics' ? (entry.result.breakEvenMonths ?? 0) : 0;
}

function byFile(a: BreakEvenEntry, b: BreakEvenEntry): number {
  const x = a.file ?? '';
  const y = b.file ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The contribution over the contract term, C_1 + … + C_T, to the cent. */
export function termContribution(entry: EconomicsEntry): number {
  return cumulativeContribution(entry.input, entry.input.termMonths ?? DEFAULT_TERM_MONTHS);
}

/** The totals of the plans in one currency (different currencies are never added). */
export interface CurrencyTotal {
  currency: string;
  plans: number;
  outlay: number;
  /** Sum of each plan's contribution over its own contract term. */
  termContribution: number;
  /** (Σ term contribution − Σ outlay) / Σ outlay; null when nothing was spent. */
  roi: number | null;
  /** Σ LTV when every plan has one; null otherwise (a partial sum would mislead). */
  ltv: number | null;
  /** Plans that pay back by their renewal date (or within the 12-month default term). */
  paysBackBeforeTerm: number;
  never: number;
}

/** One total per currency, in alphabetical order of the currency code. */
export function currencyTotals(entries: readonly BreakEvenEntry[]): CurrencyTotal[] {
  const groups = new Map<string, EconomicsEntry[]>();
  for (const entry of entries) {
    if (entry.kind !== 'economics') continue;
    const group = groups.get(entry.currency) ?? [];
    group.push(entry);
    groups.set(entry.currency, group);
  }
  return [...groups.keys()].sort().map((currency) => totalOf(currency, groups.get(currency) ?? []));
}

function totalOf(currency: string, group: readonly EconomicsEntry[]): CurrencyTotal {
  // Summed in whole cents: every figure is already rounded to the cent, and integer
  // sums cannot drift the way 0.1 + 0.2 does.
  let outlayCents = 0;
  let termCents = 0;
  let ltvCents: number | null = 0;
  let paysBack = 0;
  let never = 0;
  for (const entry of group) {
    outlayCents += cents(entry.result.outlay);
    termCents += cents(termContribution(entry));
    ltvCents = ltvCents === null || entry.result.ltv === null ? null : ltvCents + cents(entry.result.ltv);
    if (entry.result.paysBackBeforeTerm === true) paysBack += 1;
    if (entry.result.never) never += 1;
  }
  return {
    currency,
    plans: group.length,
    outlay: outlayCents / 100,
    termContribution: termCents / 100,
    roi: outlayCents === 0 ? null : roundHalfUp((termCents - outlayCents) / outlayCents, ROI_DECIMALS),
    ltv: ltvCents === null ? null : ltvCents / 100,
    paysBackBeforeTerm: paysBack,
    never,
  };
}

function cents(amount: number): number {
  return Math.round(amount * 100);
}
