import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { currencyTotals } from '../../src/method/account-report.js';
import { AS_OF, healthyPlan, portfolioOf } from './helpers.js';

const ECONOMICS = (outlay: number, monthly: number) => `  acquisitionCost: ${outlay}\n  monthlyRevenue: ${monthly}\n`;

describe('coverage', () => {
  const report = portfolioOf({
    'acme.yaml': `cro: 1
account: { name: Acme }
stakeholders:
  - { id: maria, name: Maria, group: renew, stance: advocate, roles: [executive-sponsor, budget-owner], backup: tom }
  - { id: tom, name: Tom, group: renew, stance: supporter, roles: [end-user], leftOn: 2026-06-30 }
  - { id: kim, name: Kim, group: renew, stance: supporter, roles: [end-user] }
  - { id: ana, name: Ana, group: renew, stance: supporter, roles: [administrator] }
  - { id: raj, name: Raj, group: renew, stance: advocate, roles: [administrator] }
  - { id: omar, name: Omar, group: renew, stance: detractor, roles: [procurement] }
`,
  });
  const acme = report.accounts[0]!;

  it('counts a role as covered only when it passes critical-roles and role-backup', () => {
    // administrator: two coverers; executive-sponsor and budget-owner: Maria alone, backup Tom has left;
    // end-user: Kim alone, no backup; procurement: only a detractor.
    expect(acme.coverage).toMatchObject({ covered: 1, singleThreaded: 3, uncovered: 1, total: 5, fraction: 0.2 });
    expect(acme.coverage!.roles.map((r) => [r.role, r.status, r.coveredBy])).toEqual([
      ['end-user', 'single-threaded', ['Kim']],
      ['administrator', 'covered', ['Ana', 'Raj']],
      ['procurement', 'uncovered', []],
      ['budget-owner', 'single-threaded', ['Maria']],
      ['executive-sponsor', 'single-threaded', ['Maria']],
    ]);
  });

  it('agrees with the error counts of critical-roles and role-backup', () => {
    // One critical-roles error (procurement) and two role-backup errors (Maria, Kim) among the others.
    expect(acme.errors).toBeGreaterThanOrEqual(3);
    expect(acme.detractors).toEqual({ current: 1, withoutPlan: ['Omar'], overdue: [] });
  });

  it('pools coverage over the portfolio', () => {
    expect(report.totals.coverage).toEqual({ covered: 1, total: 5, fraction: 0.2 });
  });

  it('follows the configured critical roles', () => {
    const custom = portfolioOf({ 'a.yaml': healthyPlan({ name: 'A' }) }, { criticalRoles: ['budget-owner', 'executive-sponsor'] });
    expect(custom.accounts[0]!.coverage).toMatchObject({ covered: 2, total: 2, fraction: 1 });
  });
});

describe('segments and currencies', () => {
  const report = portfolioOf({
    'a.yaml': healthyPlan({ name: 'Alpha', segment: 'enterprise', currency: 'USD', economics: ECONOMICS(1000.1, 100) }),
    'b.yaml': healthyPlan({ name: 'Beta', segment: 'enterprise', currency: 'EUR', economics: ECONOMICS(2000, 500) }),
    'c.yaml': healthyPlan({ name: 'Gamma', segment: 'enterprise', economics: ECONOMICS(1000.2, 200) }),
    'd.yaml': healthyPlan({ name: 'Delta', segment: 'SMB', currency: 'EUR' }),
    'e.yaml': healthyPlan({ name: 'Epsilon', currency: 'GBP', economics: ECONOMICS(0, 10) }),
  });

  it('groups by segment, named ones alphabetically and the unnamed last', () => {
    expect(report.segments.map((s) => [s.segment, s.accounts])).toEqual([
      ['enterprise', 3],
      ['SMB', 1],
      [null, 1],
    ]);
  });

  it('never adds different currencies: one total per currency, in each segment and the portfolio', () => {
    const enterprise = report.segments[0]!;
    expect(enterprise.currencies.map((c) => [c.currency, c.accounts, c.outlay, c.monthlyRevenue])).toEqual([
      ['EUR', 1, 2000, 500],
      // Gamma has no currency: the default (USD) applies. Summed in cents: 1000.1 + 1000.2 is 2000.3 exactly.
      ['USD', 2, 2000.3, 300],
    ]);
    expect(report.totals.currencies.map((c) => c.currency)).toEqual(['EUR', 'GBP', 'USD']);
    const eur = report.totals.currencies.find((c) => c.currency === 'EUR')!;
    expect(eur).toMatchObject({ accounts: 2, withEconomics: 1, outlay: 2000, monthlyRevenue: 500 });
  });

  it('computes pooled ROI and averages within a currency, null where nothing was spent', () => {
    const usd = report.totals.currencies.find((c) => c.currency === 'USD')!;
    // Term 12 months (2026-06-01 → 2027-06-01): contribution 1,200 + 2,400 against 2,000.30.
    expect(usd.termContribution).toBe(3600);
    expect(usd.net).toBe(1599.7);
    expect(usd.roi).toBe(Math.round((1599.7 / 2000.3) * 10_000) / 10_000);
    // 1,000.10 / 100 is 10.001 months and 1,000.20 / 200 is 5.001: 10 and 5 to two decimals.
    expect(usd.averageBreakEvenMonths).toBe(7.5);
    const gbp = report.totals.currencies.find((c) => c.currency === 'GBP')!;
    expect(gbp).toMatchObject({ outlay: 0, roi: null, averageRoi: null, averageBreakEvenMonths: 0 });
  });

  it('refuses to total an account in another currency', () => {
    expect(() => currencyTotals('USD', report.accounts.filter((a) => a.currency === 'EUR'))).toThrow(/another currency/);
  });
});

describe('needs attention first', () => {
  const report = portfolioOf({
    'broken.yaml': 'cro: 1\naccount:\n  name: Broken\n  renewalDate: 2027-13-01\n',
    'soon.yaml': healthyPlan({ name: 'Soon', renewalDate: '2027-01-15' }).replace('stance: supporter', 'stance: neutral'),
    'later.yaml': healthyPlan({ name: 'Later', renewalDate: '2027-09-15' }).replace('stance: supporter', 'stance: neutral'),
    // The shipped example with no findings at the as-of date.
    'clean.yaml': readFileSync(join(ROOT, 'examples/plans/halcyon-cold-chain.yaml'), 'utf8'),
    'never.yaml': healthyPlan({ name: 'Never', economics: `  acquisitionCost: 1000\n  monthlyRevenue: 100\n  supportCostMonthly: 100\n` }),
  });
  const names = report.attention.map((a) => a.account);

  it('ranks an invalid plan first, and a gap before a near renewal first among equals', () => {
    expect(names[0]).toBe('Broken');
    expect(names.indexOf('Soon')).toBeLessThan(names.indexOf('Later'));
  });

  it('doubles the weight of every gap when the renewal is within 90 days', () => {
    const soon = report.accounts.find((a) => a.account === 'Soon')!;
    const later = report.accounts.find((a) => a.account === 'Later')!;
    expect(soon.attention.score).toBe(later.attention.score * 2);
    expect(soon.attention.summary).toMatch(/^renews in 49 days; /);
    expect(later.attention.summary).not.toMatch(/renews/);
  });

  it('gives each account a one-line reason naming the worst first', () => {
    const soon = report.accounts.find((a) => a.account === 'Soon')!;
    // Ann alone covers every role, without a backup.
    expect(soon.attention.reasons[1]).toBe('end-user, administrator, procurement, budget-owner and executive-sponsor single-threaded');
    expect(report.accounts.find((a) => a.account === 'Never')!.attention.summary).toContain('never breaks even within 120 months');
    expect(report.accounts.find((a) => a.account === 'Broken')!.attention.summary).toMatch(/^not a valid plan \(schema at line 4:16\)/);
    for (const a of report.attention) expect(a.attention.summary).not.toContain('\n');
  });

  it('leaves out the accounts with nothing to do', () => {
    expect(names).not.toContain('Halcyon Cold Chain, Inc.');
    expect(report.accounts.find((a) => a.file === 'clean.yaml')!.attention).toEqual({ score: 0, reasons: [], summary: '' });
  });

  it('counts invalid files in the portfolio but in no segment or currency', () => {
    expect(report.totals).toMatchObject({ accounts: 5, invalid: 1 });
    expect(report.segments.reduce((n, s) => n + s.accounts, 0)).toBe(4);
  });

  it('knows the days to renewal from the as-of date', () => {
    expect(report.accounts.find((a) => a.account === 'Soon')!.daysToRenewal).toBe(49);
    expect(AS_OF).toBe('2026-11-27');
  });
});
