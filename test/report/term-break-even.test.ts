import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBreakEven, computeTermBreakEven, type EconomicsInput } from '../../src/economics/index.js';
import { cumulativeContribution } from '../../src/economics/term.js';

const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
const rate = (min: number, max: number, scale: number) => fc.oneof(fc.constant(0), fc.integer({ min: min * scale, max: max * scale }).map((x) => x / scale));

const economics: fc.Arbitrary<EconomicsInput> = fc.record({
  start: fc.constantFrom('2026-02-01', '2026-01-31', '2028-02-29'),
  acquisitionCost: fc.oneof(fc.constant(0), cents(200_000)),
  onboardingCost: fc.oneof(fc.constant(0), cents(20_000)),
  monthlyRevenue: cents(20_000),
  grossMargin: fc.integer({ min: 1, max: 100 }).map((x) => x / 100),
  supportCostMonthly: fc.oneof(fc.constant(0), cents(5_000)),
  monthlyExpansion: rate(-0.05, 0.05, 10_000),
  monthlyChurn: rate(0, 0.1, 10_000),
  discountRate: rate(0, 0.5, 100),
  termMonths: fc.integer({ min: 1, max: 36 }),
  horizon: fc.integer({ min: 0, max: 150 }),
});

describe('the break-even figures of cro report', () => {
  it('are exactly those of the full model', () => {
    fc.assert(
      fc.property(economics, (input) => {
        const { outlay, breakEvenMonth, breakEvenMonths, breakEvenDate, roi, never, reason, paysBackBeforeTerm } = computeBreakEven(input);
        expect(computeTermBreakEven(input)).toEqual({ outlay, breakEvenMonth, breakEvenMonths, breakEvenDate, roi, never, reason, paysBackBeforeTerm, termContribution: cumulativeContribution(input, input.termMonths ?? 12) });
      }),
      { numRuns: 500 },
    );
  });
});
