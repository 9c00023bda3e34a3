import { describe, expect, it } from 'vitest';
import { computeBreakEven } from '../../src/economics/index.js';
import { economicsInputOf, planStart } from '../../src/economics/plan-input.js';
import type { Plan } from '../../src/plan/schema.js';

const plan = (account: Partial<Plan['account']>, economics?: Plan['economics']): Plan =>
  ({ cro: 1, account: { name: 'Acme Logistics', ...account }, ...(economics ? { economics } : {}) }) as Plan;

const options = { asOf: '2026-11-27', horizon: 120 };

describe('planStart: economics.start, else account.customerSince, else --start, else as-of (SPEC §3)', () => {
  it('takes economics.start first', () => {
    const p = plan({ customerSince: '2026-01-15' }, { start: '2026-02-01', monthlyRevenue: 1 });
    expect(planStart(p, { ...options, start: '2025-01-01' })).toEqual({ date: '2026-02-01', source: 'economics.start' });
  });

  it('then account.customerSince', () => {
    const p = plan({ customerSince: '2026-01-15' }, { monthlyRevenue: 1 });
    expect(planStart(p, { ...options, start: '2025-01-01' })).toEqual({ date: '2026-01-15', source: 'account.customerSince' });
  });

  it('then --start', () => {
    expect(planStart(plan({}, { monthlyRevenue: 1 }), { ...options, start: '2025-01-01' })).toEqual({ date: '2025-01-01', source: '--start' });
  });

  it('then the as-of date (today)', () => {
    expect(planStart(plan({}, { monthlyRevenue: 1 }), options)).toEqual({ date: '2026-11-27', source: 'as-of' });
  });
});

describe('economicsInputOf', () => {
  it('is null for a plan without economics', () => {
    expect(economicsInputOf(plan({}), options)).toBeNull();
  });

  it('maps every figure, the horizon and the contract term to the renewal date', () => {
    const p = plan({ customerSince: '2026-02-01', renewalDate: '2027-02-01' }, {
      acquisitionCost: 84000, onboardingCost: 12000, monthlyRevenue: 9500, grossMargin: 0.78, supportCostMonthly: 1200,
      monthlyExpansion: 0.01, monthlyChurn: 0.01, discountRate: 0.1,
    });
    expect(economicsInputOf(p, { ...options, horizon: 60 })).toEqual({
      start: '2026-02-01', acquisitionCost: 84000, onboardingCost: 12000, monthlyRevenue: 9500, grossMargin: 0.78,
      supportCostMonthly: 1200, monthlyExpansion: 0.01, monthlyChurn: 0.01, discountRate: 0.1, termMonths: 12, horizon: 60,
    });
  });

  it('counts the term in whole months from the start actually used', () => {
    const p = plan({ customerSince: '2026-02-15', renewalDate: '2027-02-01' }, { monthlyRevenue: 1 });
    expect(economicsInputOf(p, options)?.termMonths).toBe(11);
    expect(economicsInputOf(plan({}, { monthlyRevenue: 1 }), options)?.termMonths).toBe(12);
  });

  it('leaves unset figures to the model defaults instead of inventing them', () => {
    const input = economicsInputOf(plan({}, { monthlyRevenue: 500, acquisitionCost: 6000 }), options)!;
    expect(Object.keys(input).sort()).toEqual(['acquisitionCost', 'horizon', 'monthlyRevenue', 'start', 'termMonths']);
  });

  it('passes annualRevenue through as written, so 1,000 a year stays exact', () => {
    const input = economicsInputOf(plan({ customerSince: '2026-01-01' }, { annualRevenue: 1000, acquisitionCost: 500 }), options)!;
    expect(input.annualRevenue).toBe(1000);
    // Six float quotients 1,000 / 12 add up to 499.99999999999994; six twelfths of 1,000 are exactly 500.
    expect(computeBreakEven(input)).toMatchObject({ breakEvenMonth: 6, breakEvenMonths: 6 });
  });
});
