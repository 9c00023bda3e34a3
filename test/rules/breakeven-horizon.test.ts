import rule from '../../src/rules/breakeven-horizon.js';
import { ruleTester } from './tester.js';

const plan = (account: string, economics: string) =>
  `cro: 1\naccount: { name: Acme Logistics${account} }\neconomics:\n${economics
    .split(', ')
    .map((line) => `  ${line}\n`)
    .join('')}`;

// Outlay 96,000; contribution 9,500 × 0.78 − 1,200 = 6,210 a month: month 16 (15.46).
const ACME = 'acquisitionCost: 84000, onboardingCost: 12000, monthlyRevenue: 9500, grossMargin: 0.78, supportCostMonthly: 1200';

ruleTester(rule, {
  valid: [
    { name: 'pays back before renewal', plan: plan(', customerSince: 2026-02-01, renewalDate: 2028-02-01', ACME) },
    { name: 'pays back on the renewal date exactly', plan: plan(', customerSince: 2026-02-01, renewalDate: 2027-06-01', ACME) },
    { name: 'no renewal date: only "never" is a finding', plan: plan(', customerSince: 2026-02-01', ACME) },
    { name: 'no outlay pays back at once', plan: plan(', customerSince: 2026-02-01, renewalDate: 2026-03-01', 'monthlyRevenue: 100') },
    { name: 'no economics: that is the economics rule', plan: 'cro: 1\naccount: { name: Acme, renewalDate: 2027-01-01 }\n' },
    {
      name: 'annual revenue is divided exactly (1,000 / 12 a month pays back 250 in month 3)',
      plan: plan(', customerSince: 2026-01-01, renewalDate: 2026-04-01', 'acquisitionCost: 250, annualRevenue: 1000'),
    },
    {
      name: 'economics.start wins over customerSince',
      plan: plan(', customerSince: 2025-01-01, renewalDate: 2027-06-01', `start: 2026-02-01, ${ACME}`),
    },
  ],
  invalid: [
    {
      name: 'pays back after the renewal date: at economics',
      plan: plan(', customerSince: 2026-02-01, renewalDate: 2027-02-01', ACME),
      findings: [{ message: ['Acme Logistics pays back in month 16 (2027-06-01), after the renewal date 2027-02-01', 'must renew before the deal pays back'], line: 4, column: 3 }],
    },
    {
      name: 'one day late is late',
      plan: plan(', customerSince: 2026-02-01, renewalDate: 2027-05-31', ACME),
      findings: [{ message: 'month 16 (2027-06-01), after the renewal date 2027-05-31', line: 4, column: 3 }],
    },
    {
      name: 'without customerSince or start, month 1 starts at as-of',
      plan: plan(', renewalDate: 2027-06-01', ACME),
      asOf: '2026-11-27',
      findings: [{ message: 'month 16 (2028-03-27)', line: 4, column: 3 }],
    },
    {
      name: 'never: support costs more than the margin, with the reason',
      plan: plan(', customerSince: 2026-02-01', 'acquisitionCost: 1000, monthlyRevenue: 1000, grossMargin: 0.5, supportCostMonthly: 600'),
      findings: [{ message: ['Acme Logistics never breaks even within 120 months', 'support costs', 'never paid back'], line: 4, column: 3 }],
    },
    {
      name: 'never within the configured horizon',
      plan: plan(', customerSince: 2026-02-01', ACME),
      horizon: 12,
      findings: [{ message: ['never breaks even within 12 months', 'month 16'], line: 4, column: 3 }],
    },
  ],
});
