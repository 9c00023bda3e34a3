import { describe, expect, it } from 'vitest';
import { buildSchedule, computeBreakEven, scheduleLength, type EconomicsInput } from '../../src/economics/index.js';

const example: EconomicsInput = {
  start: '2026-02-01', acquisitionCost: 84000, onboardingCost: 12000, monthlyRevenue: 9500, grossMargin: 0.78,
  supportCostMonthly: 1200, monthlyExpansion: 0.01, monthlyChurn: 0.01, discountRate: 0.1,
};

describe('buildSchedule', () => {
  it('gives each month its revenue, contribution, sums and survival, to the cent', () => {
    const [first, second, third] = buildSchedule(example, 3);
    expect(first).toEqual({
      month: 1, date: '2026-03-01', revenue: 9500, contribution: 6210, cumulative: 6210,
      discountedCumulative: 6160.87, // 6,210 / 1.1^(1/12)
      survival: 1, expectedCumulative: 6210,
    });
    // 9,595 × 0.78 − 1,200 = 6,284.10; expected adds 0.99 × 6,284.10 = 6,221.259.
    expect(second).toMatchObject({
      month: 2, revenue: 9595, contribution: 6284.1, cumulative: 12494.1, survival: 0.99, expectedCumulative: 12431.26,
    });
    // 9,690.95 × 0.78 − 1,200 = 6,358.941 → 6,358.94; cumulative 18,853.041 → 18,853.04.
    expect(third).toMatchObject({ month: 3, revenue: 9690.95, contribution: 6358.94, cumulative: 18853.04, survival: 0.9801 });
  });

  it('rounds each exact figure once, so the cumulative is not a sum of rounded rows', () => {
    const rows = buildSchedule({ start: '2026-02-01', monthlyRevenue: 0.005, monthlyExpansion: 0 }, 2);
    expect(rows.map((row) => row.contribution)).toEqual([0.01, 0.01]);
    expect(rows.map((row) => row.cumulative)).toEqual([0.01, 0.01]); // 0.01 exactly, not 0.02
  });

  it('crosses the outlay in the break-even month', () => {
    const result = computeBreakEven(example);
    const rows = buildSchedule(example, 20);
    const month = result.breakEvenMonth ?? 0;
    expect(rows[month - 2]?.cumulative).toBeLessThan(96000);
    expect(rows[month - 1]?.cumulative).toBeGreaterThanOrEqual(96000);
    expect(rows[month - 1]?.date).toBe(result.breakEvenDate);
  });

  it('has dates counted from the start, never chained', () => {
    const rows = buildSchedule({ start: '2026-01-31', monthlyRevenue: 1 }, 3);
    expect(rows.map((row) => row.date)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('shows the plain cumulative as discounted when there is no discount rate', () => {
    const rows = buildSchedule({ ...example, discountRate: 0 }, 5);
    for (const row of rows) expect(row.discountedCumulative).toBe(row.cumulative);
  });

  it('is empty for zero months', () => {
    expect(buildSchedule(example, 0)).toEqual([]);
  });
});

describe('scheduleLength', () => {
  it('runs to the later of the break-even month and the term', () => {
    const input = { ...example, termMonths: 12 };
    expect(scheduleLength(input, computeBreakEven(input))).toBe(15);
    const longTerm = { ...example, termMonths: 24 };
    expect(scheduleLength(longTerm, computeBreakEven(longTerm))).toBe(24);
  });

  it('stays within the horizon, and fills it when it never breaks even', () => {
    const longTerm = { ...example, termMonths: 24, horizon: 20 };
    expect(scheduleLength(longTerm, computeBreakEven(longTerm))).toBe(20);
    const never = { ...example, supportCostMonthly: 9000, horizon: 60 };
    expect(scheduleLength(never, computeBreakEven(never))).toBe(60);
  });

  it('shows the term when the outlay is zero', () => {
    const free = { start: '2026-02-01', monthlyRevenue: 100 };
    expect(scheduleLength(free, computeBreakEven(free))).toBe(12);
  });
});
