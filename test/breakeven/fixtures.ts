import { Chalk, type ChalkInstance } from 'chalk';
import { breakEvenEntryOf, evaluateWhatIf } from '../../src/economics/entry.js';
import { loadPlan } from '../../src/plan/load.js';
import { compareFindings } from '../../src/plan/finding.js';
import type { BreakEvenEntry, EconomicsEntry } from '../../src/economics/entry.js';
import type { EconomicsInput } from '../../src/economics/index.js';

export const plain: ChalkInstance = new Chalk({ level: 0 });
export const coloured: ChalkInstance = new Chalk({ level: 1 });
export const AS_OF = '2026-11-27';

/** Strips ANSI colour codes: what a reader of a log or a pipe sees. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** The SPEC §2 example plan's economics, as a what-if (no file, no account). */
export const ACME_FIGURES: EconomicsInput = {
  start: '2026-02-01', acquisitionCost: 84000, onboardingCost: 12000, monthlyRevenue: 9500, grossMargin: 0.78,
  supportCostMonthly: 1200, monthlyExpansion: 0.01, monthlyChurn: 0.01, discountRate: 0.1, horizon: 120,
};

export function whatIf(input: Partial<EconomicsInput>, currency = 'USD'): EconomicsEntry {
  return evaluateWhatIf({ start: '2026-02-01', monthlyRevenue: 0, horizon: 120, ...input }, currency, '--start');
}

/** A plan file's entry from its YAML text, read through the real loader. */
export function fromYaml(yaml: string, file = 'plans/acme.yaml', options_: { defaultCurrency?: string; horizon?: number } = {}): BreakEvenEntry {
  const loaded = loadPlan(new TextEncoder().encode(yaml), { explicit: true });
  const options = { asOf: AS_OF, horizon: options_.horizon ?? 120, defaultCurrency: options_.defaultCurrency ?? 'USD' };
  const entry = loaded && breakEvenEntryOf({ file, account: loaded.account, findings: [...loaded.findings].sort(compareFindings), ...(loaded.plan ? { plan: loaded.plan } : {}) }, options);
  if (!entry) throw new Error(`${file} is not a plan`);
  return entry;
}

export function economicsOf(entry: BreakEvenEntry): EconomicsEntry {
  if (entry.kind !== 'economics') throw new Error(`expected economics, got ${entry.kind}`);
  return entry;
}

/** A small valid plan with the given account fields and economics (YAML flow maps). */
export function planYaml(name: string, account: string, economics?: string): string {
  return `cro: 1\naccount: { name: "${name}"${account ? `, ${account}` : ''} }\n${economics ? `economics: { ${economics} }\n` : ''}`;
}

export const ACME_YAML = `cro: 1
account:
  name: Acme Logistics
  customerSince: 2026-02-01
  renewalDate: 2027-02-01
  currency: USD
economics:
  start: 2026-02-01
  acquisitionCost: 84000
  onboardingCost: 12000
  monthlyRevenue: 9500
  grossMargin: 0.78
  supportCostMonthly: 1200
  monthlyExpansion: 0.01
  monthlyChurn: 0.01
  discountRate: 0.10
`;
