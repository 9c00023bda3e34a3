import { describe, expect, it } from 'vitest';
import {
  computeBreakEven, monthlyRevenueOf, termMonthsBetween, validateEconomicsInput, type EconomicsInput,
} from '../../src/economics/index.js';

const START = '2026-02-01';
const plan = (fields: Partial<EconomicsInput>): EconomicsInput => ({ start: START, monthlyRevenue: 0, ...fields });

describe('exact break-even, no float drift', () => {
  it('170 × 0.70 is 119: an outlay of 1,190 breaks even in month 10, not 11', () => {
    const result = computeBreakEven(plan({ acquisitionCost: 1190, monthlyRevenue: 170, grossMargin: 0.7 }));
    expect(result.breakEvenMonth).toBe(10);
    expect(result.breakEvenMonths).toBe(10);
    expect(result.breakEvenDate).toBe('2026-12-01');
  });

  it('CAC 6,000, MRR 500, margin 80% → month 15 exactly', () => {
    const result = computeBreakEven(plan({ acquisitionCost: 6000, monthlyRevenue: 500, grossMargin: 0.8 }));
    expect(result.breakEvenMonth).toBe(15);
    expect(result.breakEvenMonths).toBe(15);
  });

  it('CAC 8,000, MRR 1,200, margin 78% → 8.55 months, month 9', () => {
    const result = computeBreakEven(plan({ acquisitionCost: 8000, monthlyRevenue: 1200, grossMargin: 0.78 }));
    expect(result.breakEvenMonth).toBe(9);
    expect(result.breakEvenMonths).toBe(8.55);
    expect(result.breakEvenDate).toBe('2026-11-01');
  });

  it('lands on the exact month boundary and one cent past it', () => {
    // 1,200 × 0.78 = 936 a month; 8 months make 7,488.
    const at = computeBreakEven(plan({ acquisitionCost: 7488, monthlyRevenue: 1200, grossMargin: 0.78 }));
    expect([at.breakEvenMonth, at.breakEvenMonths]).toEqual([8, 8]);
    const past = computeBreakEven(plan({ acquisitionCost: 7488.01, monthlyRevenue: 1200, grossMargin: 0.78 }));
    expect([past.breakEvenMonth, past.breakEvenMonths]).toEqual([9, 8]); // 8.0000107 rounds to 8.00
  });

  it('adds acquisition and onboarding, and subtracts support', () => {
    // 9,500 × 0.78 − 1,200 = 6,210 a month against 96,000: 15.46 months.
    const result = computeBreakEven(plan({
      acquisitionCost: 84000, onboardingCost: 12000, monthlyRevenue: 9500, grossMargin: 0.78, supportCostMonthly: 1200,
    }));
    expect(result.outlay).toBe(96000);
    expect(result.breakEvenMonth).toBe(16);
    expect(result.breakEvenMonths).toBe(15.46);
  });

  it('divides annual revenue by 12 exactly', () => {
    // 3 × (1,000 / 12) is exactly 250; the float 83.33333333333333 falls short.
    const exact = computeBreakEven(plan({ acquisitionCost: 250, annualRevenue: 1000 }));
    expect([exact.breakEvenMonth, exact.breakEvenMonths]).toEqual([3, 3]);
    const float = computeBreakEven(plan({ acquisitionCost: 250, monthlyRevenue: 1000 / 12 }));
    expect(float.breakEvenMonth).toBe(4);
    expect(monthlyRevenueOf({ annualRevenue: 1200 })).toBe(100);
    expect(monthlyRevenueOf({ monthlyRevenue: 9500 })).toBe(9500);
  });
});

describe('zero outlay', () => {
  it('breaks even at month 0 on the start date, with survival 1 and no ROI', () => {
    const result = computeBreakEven(plan({ monthlyRevenue: 1000, monthlyChurn: 0.1, discountRate: 0.1 }));
    expect(result).toMatchObject({
      outlay: 0,
      breakEvenMonth: 0,
      breakEvenMonths: 0,
      breakEvenDate: START,
      discountedBreakEvenMonth: 0,
      expectedBreakEvenMonth: 0,
      survivalAtBreakEven: 1,
      roi: null,
      never: false,
      reason: null,
      paysBackBeforeTerm: true,
    });
    expect(result.ltv).toBe(10000);
  });

  it('breaks even at month 0 even when nothing is earned', () => {
    const result = computeBreakEven(plan({ monthlyRevenue: 0, supportCostMonthly: 100 }));
    expect(result.breakEvenMonth).toBe(0);
    expect(result.never).toBe(false);
  });
});

describe('never', () => {
  it('when support eats exactly the margin (zero contribution)', () => {
    const result = computeBreakEven(plan({
      acquisitionCost: 1000, monthlyRevenue: 1000, grossMargin: 0.5, supportCostMonthly: 500,
    }));
    expect(result).toMatchObject({
      never: true, breakEvenMonth: null, breakEvenMonths: null, breakEvenDate: null,
      discountedBreakEvenMonth: null, expectedBreakEvenMonth: null, survivalAtBreakEven: null,
      paysBackBeforeTerm: null,
    });
    expect(result.roi).toBe(-1);
  });

  it('when the contribution is negative, and ROI shows the loss', () => {
    const result = computeBreakEven(plan({
      acquisitionCost: 1000, monthlyRevenue: 1000, grossMargin: 0.8, supportCostMonthly: 1000,
    }));
    expect(result.never).toBe(true);
    expect(result.roi).toBe(-3.4); // (12 × −200 − 1,000) / 1,000
  });

  it('when the horizon is too short', () => {
    const result = computeBreakEven(plan({ acquisitionCost: 1000, monthlyRevenue: 100, horizon: 9 }));
    expect(result.never).toBe(true);
    expect(computeBreakEven(plan({ acquisitionCost: 1000, monthlyRevenue: 100, horizon: 10 })).breakEvenMonth).toBe(10);
    expect(computeBreakEven(plan({ acquisitionCost: 1000, monthlyRevenue: 100, horizon: 0 })).never).toBe(true);
  });
});

describe('expansion and downsell', () => {
  it('grows revenue month by month: 1,000 + 1,100 + 1,210 = 3,310', () => {
    const exact = computeBreakEven(plan({ acquisitionCost: 3310, monthlyRevenue: 1000, monthlyExpansion: 0.1 }));
    expect([exact.breakEvenMonth, exact.breakEvenMonths]).toEqual([3, 3]);
    const half = computeBreakEven(plan({ acquisitionCost: 3975.5, monthlyRevenue: 1000, monthlyExpansion: 0.1 }));
    expect([half.breakEvenMonth, half.breakEvenMonths]).toEqual([4, 3.5]); // 665.5 of month 4's 1,331
    expect(half.ltv).toBeNull();
  });

  it('pays back once growth lifts the margin above support', () => {
    // C_k = 500 × 1.1^(k−1) − 600: −100, −50, 5, 65.5, 132.05, 205.255; cumulative 52.55 after month 5.
    const result = computeBreakEven(plan({
      acquisitionCost: 100, monthlyRevenue: 1000, grossMargin: 0.5, supportCostMonthly: 600, monthlyExpansion: 0.1,
    }));
    expect(result.breakEvenMonth).toBe(6);
    expect(result.breakEvenMonths).toBe(5.23); // 5 + 47.45 / 205.255
  });

  it('with downsell still pays back when the outlay is below the peak', () => {
    // 1,000 + 500 + 250 + 125 = 1,875
    const result = computeBreakEven(plan({ acquisitionCost: 1875, monthlyRevenue: 1000, monthlyExpansion: -0.5 }));
    expect([result.breakEvenMonth, result.breakEvenMonths]).toEqual([4, 4]);
  });

  it('with downsell never pays back when the cumulative peaks below the outlay', () => {
    // C: 900, 400, 150, 25, −37.5 … the cumulative peaks at 1,475 in month 4.
    const input = plan({ monthlyRevenue: 1000, supportCostMonthly: 100, monthlyExpansion: -0.5 });
    expect(computeBreakEven({ ...input, acquisitionCost: 1475 }).breakEvenMonth).toBe(4);
    expect(computeBreakEven({ ...input, acquisitionCost: 1475.01 }).never).toBe(true);
  });
});

describe('churn: survival and the expected break-even', () => {
  const input = plan({ monthlyRevenue: 1000, monthlyChurn: 0.5 });

  it('reports S_m at the break-even month', () => {
    const result = computeBreakEven({ ...input, acquisitionCost: 1500 });
    expect(result.breakEvenMonth).toBe(2);
    expect(result.breakEvenMonths).toBe(1.5);
    expect(result.survivalAtBreakEven).toBe(0.5);
    expect(result.expectedBreakEvenMonth).toBe(2); // 1,000 + 0.5 × 1,000
  });

  it('weights later months by survival, so the expected month is later', () => {
    const result = computeBreakEven({ ...input, acquisitionCost: 1750 });
    expect(result.breakEvenMonth).toBe(2);
    expect(result.expectedBreakEvenMonth).toBe(3); // 1,000 + 500 + 250
  });

  it('has no expected break-even when the expected total tends to the outlay', () => {
    // 1,000 × (1 + ½ + ¼ + …) approaches 2,000 and never reaches it.
    const result = computeBreakEven({ ...input, acquisitionCost: 2000 });
    expect(result.never).toBe(false);
    expect([result.breakEvenMonth, result.breakEvenMonths]).toEqual([2, 2]);
    expect(result.expectedBreakEvenMonth).toBeNull();
  });

  it('matches the spec example plan', () => {
    const result = computeBreakEven(plan({
      acquisitionCost: 84000, onboardingCost: 12000, monthlyRevenue: 9500, grossMargin: 0.78,
      supportCostMonthly: 1200, monthlyExpansion: 0.01, monthlyChurn: 0.01, discountRate: 0.1,
      termMonths: termMonthsBetween(START, '2027-02-01'),
    }));
    expect(result).toMatchObject({
      outlay: 96000,
      breakEvenMonth: 15,
      breakEvenMonths: 14.28, // 14.2787…, checked with Python's fractions
      breakEvenDate: '2027-05-01',
      discountedBreakEvenMonth: 16,
      expectedBreakEvenMonth: 16,
      survivalAtBreakEven: 0.868746, // 0.99^14
      roi: -0.1711,
      ltv: null,
      never: false,
      paysBackBeforeTerm: false,
    });
  });
});

describe('discounting', () => {
  it('delays the break-even: 1,000 a month at 10% a year', () => {
    // 1,000 / 1.1^(1/12) + 1,000 / 1.1^(2/12) = 1,976.33 < 2,000.
    const result = computeBreakEven(plan({ acquisitionCost: 2000, monthlyRevenue: 1000, discountRate: 0.1 }));
    expect(result.breakEvenMonth).toBe(2);
    expect(result.discountedBreakEvenMonth).toBe(3);
  });

  it('has no discounted break-even when it falls beyond the horizon', () => {
    const result = computeBreakEven(plan({ acquisitionCost: 2000, monthlyRevenue: 1000, discountRate: 0.1, horizon: 2 }));
    expect(result.breakEvenMonth).toBe(2);
    expect(result.discountedBreakEvenMonth).toBeNull();
  });

  it('changes nothing at a zero rate', () => {
    const result = computeBreakEven(plan({ acquisitionCost: 2000, monthlyRevenue: 1000, discountRate: 0 }));
    expect(result.discountedBreakEvenMonth).toBe(2);
  });
});

describe('ROI over the contract term and LTV', () => {
  const input = plan({ acquisitionCost: 96000, monthlyRevenue: 9500, grossMargin: 0.78, supportCostMonthly: 1200 });

  it('uses 12 months without a renewal date, rounded half away from zero', () => {
    // (12 × 6,210 − 96,000) / 96,000 = −0.22375
    const result = computeBreakEven({ ...input, termMonths: termMonthsBetween(START, undefined) });
    expect(result.roi).toBe(-0.2238);
    expect(result.paysBackBeforeTerm).toBe(false);
  });

  it('uses the whole months to the renewal date', () => {
    // (18 × 6,210 − 96,000) / 96,000 = 0.164375
    const result = computeBreakEven({ ...input, termMonths: termMonthsBetween(START, '2027-08-01') });
    expect(result.roi).toBe(0.1644);
    expect(result.paysBackBeforeTerm).toBe(true);
  });

  it('is about the term, not the horizon', () => {
    const result = computeBreakEven({ ...input, termMonths: 18, horizon: 6 });
    expect(result.never).toBe(true);
    expect(result.roi).toBe(0.1644);
  });

  it('gives LTV = C_1 / churn only with churn and without expansion', () => {
    expect(computeBreakEven({ ...input, monthlyChurn: 0.01 }).ltv).toBe(621000);
    expect(computeBreakEven({ ...input, monthlyChurn: 0.03 }).ltv).toBe(207000);
    expect(computeBreakEven({ ...input, monthlyChurn: 0.07 }).ltv).toBe(88714.29);
    expect(computeBreakEven(input).ltv).toBeNull();
    expect(computeBreakEven({ ...input, monthlyChurn: 0.01, monthlyExpansion: 0.01 }).ltv).toBeNull();
  });
});

describe('break-even dates', () => {
  it('adds m months to an end-of-month start, from the start', () => {
    const result = computeBreakEven(plan({ start: '2026-01-31', acquisitionCost: 200, monthlyRevenue: 100 }));
    expect(result.breakEvenMonth).toBe(2);
    expect(result.breakEvenDate).toBe('2026-03-31');
    const one = computeBreakEven(plan({ start: '2026-01-31', acquisitionCost: 100, monthlyRevenue: 100 }));
    expect(one.breakEvenDate).toBe('2026-02-28');
    const leap = computeBreakEven(plan({ start: '2028-01-31', acquisitionCost: 100, monthlyRevenue: 100 }));
    expect(leap.breakEvenDate).toBe('2028-02-29');
  });
});

describe('invalid input', () => {
  it('is listed by validateEconomicsInput', () => {
    expect(validateEconomicsInput(plan({ monthlyRevenue: 1 }))).toEqual([]);
    const problems = validateEconomicsInput({
      start: '2026-02-30', monthlyRevenue: -1, grossMargin: 0, monthlyChurn: 1, monthlyExpansion: -1,
      discountRate: Number.NaN, acquisitionCost: Number.POSITIVE_INFINITY, termMonths: 0, horizon: 1.5,
    });
    expect(problems).toHaveLength(9);
    expect(problems.join('\n')).toContain('grossMargin must be in (0, 1]');
  });

  it('makes computeBreakEven throw a RangeError rather than return NaN', () => {
    expect(() => computeBreakEven(plan({ monthlyRevenue: 1, grossMargin: 0 }))).toThrow(RangeError);
    expect(() => computeBreakEven(plan({ monthlyRevenue: 1, monthlyChurn: 1 }))).toThrow(/monthlyChurn/);
  });
});

describe('computePlainBreakEven', () => {
  it('agrees with computeBreakEven on month, date, never and reason', async () => {
    const { computeBreakEven, computePlainBreakEven } = await import('../../src/economics/index.js');
    const inputs = [
      { start: '2026-02-01', acquisitionCost: 84000, onboardingCost: 12000, monthlyRevenue: 9500, grossMargin: 0.78, supportCostMonthly: 1200, monthlyExpansion: 0.01, monthlyChurn: 0.01, discountRate: 0.1 },
      { start: '2026-01-31', acquisitionCost: 1190, monthlyRevenue: 170, grossMargin: 0.7 },
      { start: '2026-01-01', acquisitionCost: 0, monthlyRevenue: 100 },
      { start: '2026-01-01', acquisitionCost: 84000, monthlyRevenue: 1000, grossMargin: 0.8, supportCostMonthly: 1200 },
      { start: '2026-01-01', acquisitionCost: 2000, monthlyRevenue: 1000, monthlyExpansion: -0.5 },
    ];
    for (const input of inputs) {
      const full = computeBreakEven(input);
      expect(computePlainBreakEven(input)).toEqual({ breakEvenMonth: full.breakEvenMonth, breakEvenDate: full.breakEvenDate, never: full.never, reason: full.reason });
    }
  });
});
