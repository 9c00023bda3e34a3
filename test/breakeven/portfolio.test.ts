import { describe, expect, it } from 'vitest';
import { gateFailures } from '../../src/commands/breakeven/gate.js';
import { formatBreakEvenJson } from '../../src/commands/breakeven/views/json.js';
import { formatBreakEvenMarkdown } from '../../src/commands/breakeven/views/markdown.js';
import { formatPortfolioTable } from '../../src/commands/breakeven/views/portfolio-table.js';
import { displayWidth } from '../../src/text/display-width.js';
import { currencyTotals, sortEntries } from '../../src/commands/breakeven/portfolio.js';
import type { BreakEvenEntry } from '../../src/economics/entry.js';
import { ACME_YAML, AS_OF, coloured, fromYaml, plain, planYaml, stripAnsi, whatIf } from './fixtures.js';

/*
 * A portfolio in two currencies: break-evens at 8.55 (EUR: 8,000 at 936 a month), 9.13
 * and 20.7 months (USD),
 * one that never pays back, one without economics and one invalid file, listed out of order.
 */
const slow = fromYaml(planYaml('Harbor & Vine', 'customerSince: 2025-12-01, renewalDate: 2027-01-31',
  'acquisitionCost: 110000, onboardingCost: 38000, monthlyRevenue: 12500, grossMargin: 0.74, supportCostMonthly: 2100, monthlyChurn: 0.025'), 'plans/harbor.yaml');
const never = fromYaml(planYaml('Loss Leader', 'customerSince: 2026-01-01', 'acquisitionCost: 10000, monthlyRevenue: 1100, supportCostMonthly: 1200'), 'plans/loss.yaml');
const empty = fromYaml(planYaml('No Numbers', 'customerSince: 2026-01-01'), 'plans/empty.yaml');
const invalid = fromYaml('cro: 1\naccount:\n  name: Broken\neconomics:\n  monthlyRevenue: -5\n', 'plans/broken.yaml');
const euro = fromYaml(planYaml('Brückner', 'customerSince: 2026-01-01, currency: EUR', 'acquisitionCost: 8000, monthlyRevenue: 1200, grossMargin: 0.78, monthlyChurn: 0.01'), 'plans/brueckner.yaml');
const coffee = fromYaml(planYaml('Copper Kettle', 'customerSince: 2026-06-15, renewalDate: 2027-06-15',
  'acquisitionCost: 3400, onboardingCost: 600, annualRevenue: 7800, grossMargin: 0.82, supportCostMonthly: 95, monthlyChurn: 0.02'), 'plans/coffee.yaml');
const portfolio: BreakEvenEntry[] = [invalid, never, slow, empty, coffee, euro];

describe('sorting and totals', () => {
  it('sorts by fractional break-even, then never, then no economics, then invalid', () => {
    expect(sortEntries(portfolio).map((entry) => entry.file)).toEqual([
      'plans/brueckner.yaml', 'plans/coffee.yaml', 'plans/harbor.yaml', 'plans/loss.yaml', 'plans/empty.yaml', 'plans/broken.yaml',
    ]);
  });

  it('totals each currency on its own, to the cent, never adding EUR to USD', () => {
    const totals = currencyTotals(portfolio);
    expect(totals.map((total) => total.currency)).toEqual(['EUR', 'USD']);
    expect(totals[0]).toMatchObject({ plans: 1, outlay: 8000, paysBackBeforeTerm: 1, never: 0 });
    // USD: 148,000 + 10,000 + 4,000; the never plan's outlay counts too.
    expect(totals[1]).toMatchObject({ plans: 3, outlay: 162000, paysBackBeforeTerm: 1, never: 1, ltv: null });
    // Term contributions: 13 × 7,150 = 92,950; 12 × -100 = -1,200; 12 × 438 = 5,256.
    expect(totals[1]!.termContribution).toBe(97006);
    expect(totals[1]!.roi).toBe(-0.4012);
  });

  it('sums LTV only when every plan of the currency has one', () => {
    const a = whatIf({ acquisitionCost: 100, monthlyRevenue: 100, monthlyChurn: 0.1 });
    const b = whatIf({ acquisitionCost: 100, monthlyRevenue: 10.1, monthlyChurn: 0.1 });
    expect(currencyTotals([a, b])[0]?.ltv).toBe(1101);
  });
});

describe('multi-plan table', () => {
  const text = formatPortfolioTable(portfolio, plain);

  it('fits a narrow terminal: the plan, outlay, break-even and renewal stay, the rest is said to be left out', () => {
    const narrow = formatPortfolioTable(portfolio, coloured, 80);
    for (const line of narrow.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    const head = stripAnsi(narrow).split('\n')[0]!.split(/ {2,}/);
    expect(head).toEqual(expect.arrayContaining(['plan', 'outlay', 'break-even', 'renewal']));
    // The columns gone are named, least needed first.
    const all = ['plan', 'outlay', 'break-even', 'date', 'disc.', 'exp.', 'chance', 'ROI', 'LTV', 'renewal'];
    const gone = all.filter((name) => !head.includes(name));
    expect(gone.length).toBeGreaterThan(0);
    expect(gone).toContain('LTV');
    expect(stripAnsi(narrow).replace(/\n/g, ' ')).toContain(`${['LTV', 'exp.', 'disc.', 'chance', 'date', 'ROI'].filter((name) => gone.includes(name)).join(', ')} left out to fit the terminal`);
    expect(formatPortfolioTable(portfolio, plain, 300)).toBe(text);
    // The legend explains the columns still shown, not those left out.
    const legend = stripAnsi(narrow).replace(/\s+/g, ' ');
    expect(legend).toContain('break-even: month (fractional months)');
    expect(legend).toContain('renewal: pays back before the renewal date');
    if (gone.includes('disc.') && gone.includes('exp.')) expect(legend).not.toContain('disc./exp.:');
    if (gone.includes('chance')) expect(legend).not.toContain('chance: that the customer');
    const wide = stripAnsi(formatPortfolioTable(portfolio, plain, 300)).replace(/\s+/g, ' ');
    expect(wide).toContain('disc./exp.: discounted and churn-weighted break-even month · chance: that the customer still pays then · ROI: over the contract term');
  });
  const lines = text.split('\n');
  const rowOf = (name: string) => lines.find((line) => line.startsWith(name)) ?? '';

  it('lists one row per plan in break-even order, each with its file below the name', () => {
    const order = ['Brückner', 'Copper Kettle', 'Harbor & Vine', 'Loss Leader', 'No Numbers', 'Broken'].map((name) => lines.findIndex((line) => line.startsWith(name)));
    expect(order.every((index, i) => index >= 0 && (i === 0 || index > order[i - 1]!))).toBe(true);
    expect(lines[lines.findIndex((line) => line.startsWith('Harbor & Vine')) + 1]?.trim()).toBe('plans/harbor.yaml');
  });

  it('gives each plan its month (fractional), date, discounted, expected, chance, ROI, LTV and renewal verdict', () => {
    expect(rowOf('Brückner').split(/\s{2,}/)).toEqual(['Brückner', '€8,000', '9 (8.55)', '2026-10-01', '9', '9', '92.3%', '+40.4%', '€93,600', '✔ before']);
    expect(rowOf('Harbor & Vine').split(/\s{2,}/)).toEqual(['Harbor & Vine', '$148,000', '21 (20.7)', '2027-09-01', '21', '29', '60.3%', '-37.2%', '$286,000', '✘ after']);
    expect(rowOf('Loss Leader').split(/\s{2,}/)).toEqual(['Loss Leader', '$10,000', 'never', '—', '—', '—', '—', '-112%', '—', '—']);
  });

  it('lists plans without economics and invalid files with what to do', () => {
    expect(rowOf('No Numbers').split(/\s{2,}/)).toEqual(['No Numbers', 'no economics']);
    expect(rowOf('Broken').split(/\s{2,}/)).toEqual(['Broken', 'invalid']);
    expect(text).toContain('\nNo Numbers: no economics section, so no break-even; add one (until then it does\n  not count for the gate).\n');
    expect(text).toContain('\nplans/broken.yaml:5:19: economics.monthlyRevenue: -5 is negative;');
  });

  it('fits a plain terminal without the file paths stretching it', () => {
    expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(110);
  });

  it('ends with a total per currency and the reasons for "never"', () => {
    expect(rowOf('Total EUR').split(/\s{2,}/)).toEqual(['Total EUR (1 plan)', '€8,000', '+40.4%', '€93,600', '1 of 1']);
    expect(rowOf('Total USD').split(/\s{2,}/)).toEqual(['Total USD (3 plans)', '$162,000', '-40.1%', '—', '1 of 3']);
    expect(text).toContain('\nLoss Leader never breaks even within 120 months: support costs 1,200 a month but\n  the margin earns only 1,100');
  });

  it('reads the same without colour', () => {
    expect(stripAnsi(formatPortfolioTable(portfolio, coloured))).toBe(text);
  });
});

describe('--format json', () => {
  const document = JSON.parse(formatBreakEvenJson(sortEntries(portfolio))) as { version: number; results: Array<Record<string, unknown>> };

  it('is { version: 1, results } with exactly the SPEC §4 keys, in table order', () => {
    expect(document.version).toBe(1);
    for (const result of document.results) {
      expect(Object.keys(result)).toEqual([
        'file', 'account', 'currency', 'breakEvenMonth', 'breakEvenMonths', 'breakEvenDate', 'discountedBreakEvenMonth',
        'expectedBreakEvenMonth', 'survivalAtBreakEven', 'roi', 'ltv', 'never', 'reason',
      ]);
    }
    expect(document.results.map((result) => result.file)).toEqual(['plans/brueckner.yaml', 'plans/coffee.yaml', 'plans/harbor.yaml', 'plans/loss.yaml', 'plans/empty.yaml']);
  });

  it('has the figures as numbers, null where not applicable', () => {
    expect(document.results[0]).toEqual({
      file: 'plans/brueckner.yaml', account: 'Brückner', currency: 'EUR', breakEvenMonth: 9, breakEvenMonths: 8.55,
      breakEvenDate: '2026-10-01', discountedBreakEvenMonth: 9, expectedBreakEvenMonth: 9, survivalAtBreakEven: 0.922745,
      roi: 0.404, ltv: 93600, never: false, reason: null,
    });
    expect(document.results[3]).toMatchObject({ breakEvenMonth: null, breakEvenMonths: null, breakEvenDate: null, never: true });
    expect(document.results[3]?.reason).toMatch(/^support costs 1,200 a month/);
  });

  it('lists a plan without economics with every figure null; leaves out invalid files', () => {
    expect(document.results[4]).toEqual({
      file: 'plans/empty.yaml', account: 'No Numbers', currency: 'USD', breakEvenMonth: null, breakEvenMonths: null,
      breakEvenDate: null, discountedBreakEvenMonth: null, expectedBreakEvenMonth: null, survivalAtBreakEven: null,
      roi: null, ltv: null, never: false, reason: null,
    });
  });

  it('a what-if has null file and account', () => {
    const result = JSON.parse(formatBreakEvenJson([whatIf({ acquisitionCost: 6000, monthlyRevenue: 500, grossMargin: 0.8 })])).results[0];
    expect(result).toMatchObject({ file: null, account: null, currency: 'USD', breakEvenMonth: 15, breakEvenMonths: 15 });
  });
});

describe('--format markdown', () => {
  const options = { schedule: false, chart: false, plain, asOf: AS_OF, version: '0.1.0' };

  it('one plan: the verdict and a table of facts', () => {
    const text = formatBreakEvenMarkdown([fromYaml(ACME_YAML)], options);
    expect(text).toContain('## Acme Logistics · plans/acme.yaml');
    expect(text).toContain('⚠️ **Breaks even in month 15 (14.28 months), on 2027-05-01, after the renewal date 2027-02-01');
    expect(text).toContain('| Outlay | \\$96,000 (acquisition \\$84,000 + onboarding \\$12,000) |');
    expect(text).toMatch(/<sub>cro 0\.1\.0, as of 2026-11-27<\/sub>\n$/);
  });

  it('--schedule and --chart: a month table with the break-even row in bold, the chart in a code block', () => {
    const text = formatBreakEvenMarkdown([fromYaml(ACME_YAML)], { ...options, schedule: true, chart: true });
    expect(text).toContain('| **15** | **2027-05-01** | **\\$10,920.01** | **\\$7,317.60** | **\\$101,278.00** |');
    expect(text).toContain('| 12 | 2027-02-01 |');
    expect(text).toMatch(/```text\nAcme Logistics: cumulative contribution against the outlay \(USD\)\n[\s\S]*▲ break-even: month 15[\s\S]*```/);
  });

  it('several plans: one row each, escaped, totals per currency in bold', () => {
    const text = formatBreakEvenMarkdown(portfolio, options);
    expect(text).toContain('## cro breakeven: 6 plans, 4 with economics');
    expect(text).toContain('| Harbor \\& Vine | `plans/harbor.yaml` | \\$148,000 | 21 (20.7) | 2027-09-01 |');
    expect(text).toContain('| **Total EUR (1 plan)** | | **€8,000** |');
    expect(text).toContain('| **Total USD (3 plans)** | | **\\$162,000** |');
    expect(text).toContain('❌ invalid plan: `plans/broken.yaml:5:19`');
    expect(text).toContain('- **Loss Leader** never breaks even within 120 months');
  });

  it('no plans: says so', () => {
    expect(formatBreakEvenMarkdown([], options)).toMatch(/^## cro breakeven: no plans found/);
  });
});

describe('the --max-months gate', () => {
  it('fails a plan that breaks even after the limit, and one that never does; ignores the others', () => {
    expect(gateFailures(sortEntries(portfolio), 12, '--max-months 12')).toEqual([
      'plans/harbor.yaml: Harbor & Vine breaks even in month 21, later than --max-months 12',
      'plans/loss.yaml: Loss Leader never breaks even within the 120-month horizon (--max-months 12)',
    ]);
  });

  it('passes a plan that breaks even exactly at the limit', () => {
    expect(gateFailures([slow], 21, '--max-months 21')).toEqual([]);
    expect(gateFailures([slow], 20, '--max-months 20')).toHaveLength(1);
  });

  it('names a what-if as such', () => {
    expect(gateFailures([whatIf({ acquisitionCost: 6000, monthlyRevenue: 500, grossMargin: 0.8 })], 12, '--max-months 12'))
      .toEqual(['what-if: it breaks even in month 15, later than --max-months 12']);
  });
});

describe('a plan whose renewal date has passed, in the portfolio table', () => {
  it('reads "passed" in the renewal column, not "before"', async () => {
    const { planCells } = await import('../../src/commands/breakeven/views/portfolio-table.js');
    const { ACME_YAML, economicsOf, fromYaml } = await import('./fixtures.js');
    const passed = economicsOf(fromYaml(ACME_YAML.replace('renewalDate: 2027-02-01', 'renewalDate: 2026-10-01')));
    expect(planCells(passed).renewal).toBe('! passed');
    expect(planCells(economicsOf(fromYaml(ACME_YAML))).renewal).toBe('✘ after');
  });
});
