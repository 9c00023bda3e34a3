import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonthsIso, buildSchedule, computeBreakEven, computePlainBreakEven, computeTermBreakEven, termMonthsBetween, type BreakEvenResult, type EconomicsInput,
} from '../../src/economics/index.js';
import { buildModel, fractionalMonths } from '../../src/economics/model.js';
import { compare, fromInt } from '../../src/economics/ratio.js';
import { referenceBreakEven } from './reference.js';

/** Amounts as a user types them into YAML: whole units or cents. */
const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
const rate = (min: number, max: number, scale: number) =>
  fc.oneof(fc.constant(0), fc.integer({ min: min * scale, max: max * scale }).map((x) => x / scale));

const economics: fc.Arbitrary<EconomicsInput> = fc.record({
  start: fc.constantFrom('2026-02-01', '2026-01-31', '2028-02-29', '2025-12-15'),
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

/** Anything the ranges allow, including absurd magnitudes, to hunt for NaN and Infinity. */
const wildEconomics: fc.Arbitrary<EconomicsInput> = fc.record({
  start: fc.constant('2026-02-01'),
  acquisitionCost: fc.double({ min: 0, max: 1e15, noNaN: true }),
  monthlyRevenue: fc.double({ min: 0, max: 1e12, noNaN: true }),
  grossMargin: fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
  supportCostMonthly: fc.double({ min: 0, max: 1e12, noNaN: true }),
  monthlyExpansion: fc.oneof(fc.double({ min: -0.999, max: 3, noNaN: true }), fc.constant(0)),
  monthlyChurn: fc.oneof(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.constant(0)),
  discountRate: fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(0)),
  termMonths: fc.integer({ min: 1, max: 240 }),
  horizon: fc.integer({ min: 0, max: 130 }),
});

/** "Never" sorts after every month. */
const monthOrNever = (month: number | null) => month ?? Number.POSITIVE_INFINITY;

function expectCleanNumbers(value: unknown): void {
  for (const item of Object.values(value as Record<string, unknown>)) {
    if (typeof item === 'number') {
      expect(Number.isFinite(item)).toBe(true);
      expect(Object.is(item, -0)).toBe(false);
    }
  }
}

function expectConsistent(input: EconomicsInput, result: BreakEvenResult): void {
  expectCleanNumbers(result);
  const month = result.breakEvenMonth;
  expect(result.never).toBe(month === null);
  expect(result.reason === null).toBe(month !== null);
  if (month === null) {
    expect(result.discountedBreakEvenMonth).toBeNull();
    expect(result.expectedBreakEvenMonth).toBeNull();
    expect(result.paysBackBeforeTerm).toBeNull();
    return;
  }
  expect(month).toBeLessThanOrEqual(input.horizon ?? 120);
  expect(monthOrNever(result.discountedBreakEvenMonth)).toBeGreaterThanOrEqual(month);
  expect(monthOrNever(result.expectedBreakEvenMonth)).toBeGreaterThanOrEqual(month);
  expect(result.survivalAtBreakEven).toBeGreaterThanOrEqual(0);
  expect(result.survivalAtBreakEven).toBeLessThanOrEqual(1);
  expect(result.paysBackBeforeTerm).toBe(month <= (input.termMonths ?? 12));
  expect(result.breakEvenDate).toBe(addMonthsIso(input.start, month));
  if (month === 0) {
    expect(result.breakEvenMonths).toBe(0);
  } else {
    expect(result.breakEvenMonths).toBeGreaterThanOrEqual(month - 1);
    expect(result.breakEvenMonths).toBeLessThanOrEqual(month);
  }
}

describe('properties of the break-even', () => {
  it('matches a naive month-by-month loop over fractions', () => {
    // Short horizons: the reference reduces a fraction every month and is slow.
    const shortEconomics = economics.map((input) => ({
      ...input, horizon: Math.min(input.horizon ?? 120, 48), termMonths: Math.min(input.termMonths ?? 12, 24),
    }));
    fc.assert(fc.property(shortEconomics, (input) => {
      const result = computeBreakEven(input);
      const reference = referenceBreakEven({
        acquisitionCost: (input.acquisitionCost ?? 0) + (input.onboardingCost ?? 0),
        monthlyRevenue: input.monthlyRevenue,
        grossMargin: input.grossMargin ?? 1,
        supportCostMonthly: input.supportCostMonthly ?? 0,
        monthlyExpansion: input.monthlyExpansion ?? 0,
        monthlyChurn: input.monthlyChurn ?? 0,
        termMonths: input.termMonths ?? 12,
        horizon: input.horizon ?? 120,
      });
      expect({
        breakEvenMonth: result.breakEvenMonth,
        breakEvenMonths: result.breakEvenMonths,
        expectedBreakEvenMonth: result.expectedBreakEvenMonth,
        survivalAtBreakEven: result.survivalAtBreakEven,
        roi: result.roi,
      }).toEqual(reference);
    }), { numRuns: 100 });
  });

  it('is consistent: no NaN, Infinity or -0; discounted and expected never before plain; months in [m−1, m]', () => {
    fc.assert(fc.property(economics, (input) => expectConsistent(input, computeBreakEven(input))), { numRuns: 200 });
  });

  it('stays finite and consistent for absurd but valid inputs', () => {
    fc.assert(fc.property(wildEconomics, (input) => {
      expectConsistent(input, computeBreakEven(input));
      for (const row of buildSchedule(input, 6)) expectCleanNumbers(row);
    }), { numRuns: 40 });
  });

  it('puts the exact fractional month in (m − 1, m]', () => {
    fc.assert(fc.property(economics, (input) => {
      const month = computeBreakEven(input).breakEvenMonth;
      fc.pre(month !== null && month >= 1);
      const exact = fractionalMonths(buildModel(input), month as number);
      expect(compare(exact, fromInt((month as number) - 1))).toBe(1);
      expect(compare(exact, fromInt(month as number))).toBeLessThanOrEqual(0);
    }), { numRuns: 150 });
  });

  it('never breaks even sooner when it costs more', () => {
    fc.assert(fc.property(economics, cents(50_000), (input, extra) => {
      const cheaper = computeBreakEven(input);
      const dearer = computeBreakEven({ ...input, acquisitionCost: (input.acquisitionCost ?? 0) + extra });
      expect(monthOrNever(dearer.breakEvenMonth)).toBeGreaterThanOrEqual(monthOrNever(cheaper.breakEvenMonth));
      expect(monthOrNever(dearer.expectedBreakEvenMonth)).toBeGreaterThanOrEqual(monthOrNever(cheaper.expectedBreakEvenMonth));
      expect(monthOrNever(dearer.discountedBreakEvenMonth))
        .toBeGreaterThanOrEqual(monthOrNever(cheaper.discountedBreakEvenMonth));
    }), { numRuns: 150 });
  });

  it('never breaks even later with a higher margin', () => {
    fc.assert(fc.property(economics, fc.integer({ min: 1, max: 100 }), (input, other) => {
      const low = Math.min(input.grossMargin ?? 1, other / 100);
      const high = Math.max(input.grossMargin ?? 1, other / 100);
      const lower = computeBreakEven({ ...input, grossMargin: low });
      const higher = computeBreakEven({ ...input, grossMargin: high });
      expect(monthOrNever(higher.breakEvenMonth)).toBeLessThanOrEqual(monthOrNever(lower.breakEvenMonth));
      if (higher.roi !== null && lower.roi !== null) expect(higher.roi).toBeGreaterThanOrEqual(lower.roi);
    }), { numRuns: 150 });
  });

  it('agrees with its own schedule: the cumulative crosses the outlay in the break-even month', () => {
    fc.assert(fc.property(economics, (input) => {
      const result = computeBreakEven({ ...input, horizon: Math.min(input.horizon ?? 120, 36) });
      fc.pre(result.breakEvenMonth !== null && result.breakEvenMonth >= 1);
      const month = result.breakEvenMonth as number;
      const rows = buildSchedule(input, month);
      // Rounded to cents, so compare with the rounded outlay and allow the half cent.
      expect(rows[month - 1]?.cumulative).toBeGreaterThanOrEqual(result.outlay - 0.005);
      if (month > 1) expect(rows[month - 2]?.cumulative).toBeLessThanOrEqual(result.outlay + 0.005);
    }), { numRuns: 80 });
  });
});

describe('properties of the contract term', () => {
  const isoDate = fc.date({ min: new Date(2020, 0, 1), max: new Date(2035, 11, 31), noInvalidDate: true })
    .map((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);

  it('counts exactly the months whose end falls on or before the renewal date', () => {
    fc.assert(fc.property(isoDate, isoDate, (start, renewal) => {
      const term = termMonthsBetween(start, renewal);
      expect(term).toBeGreaterThanOrEqual(1);
      if (addMonthsIso(start, 1) <= renewal) {
        expect(addMonthsIso(start, term) <= renewal).toBe(true);
        expect(addMonthsIso(start, term + 1) <= renewal).toBe(false);
      } else {
        expect(term).toBe(1);
      }
    }), { numRuns: 300 });
  });
});

describe('the model shared between the rule and the report (one model per input object)', () => {
  it('gives each computation the figures it gives a fresh copy of the input, in any order', () => {
    const order = fc.array(fc.constantFrom('plain', 'term', 'full'), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(fc.array(economics, { minLength: 1, maxLength: 3 }), order, (inputs, steps) => {
      const compute = { plain: computePlainBreakEven, term: computeTermBreakEven, full: computeBreakEven };
      for (const input of inputs) {
        for (const step of steps) expect(compute[step](input)).toEqual(compute[step](structuredClone(input)));
      }
    }), { numRuns: 150 });
  });
});

