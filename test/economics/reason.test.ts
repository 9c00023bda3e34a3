import { describe, expect, it } from 'vitest';
import { computeBreakEven, type EconomicsInput } from '../../src/economics/index.js';
import { describeNever } from '../../src/text/never-reason.js';

/** The model gives the case and its figures; the words are the catalog's (here English). */
const reasonFor = (fields: Partial<EconomicsInput>): string | null => {
  const { reason } = computeBreakEven({ start: '2026-02-01', monthlyRevenue: 0, ...fields });
  return reason === null ? null : describeNever(reason);
};

describe('why it never breaks even', () => {
  it('says support costs more than the margin earns, with the figures', () => {
    expect(reasonFor({ acquisitionCost: 84000, monthlyRevenue: 1000, grossMargin: 0.8, supportCostMonthly: 1200 }))
      .toBe('support costs 1,200 a month but the margin earns only 800 (1,000 revenue at 80% gross margin), '
        + 'so each month loses 400 and the outlay of 84,000 is never paid back');
  });

  it('says when support takes all the margin', () => {
    expect(reasonFor({ acquisitionCost: 1000, monthlyRevenue: 1000, grossMargin: 0.5, supportCostMonthly: 500 }))
      .toBe('support costs 500 a month, all that the margin earns (1,000 revenue at 50% gross margin), '
        + 'so nothing is left to pay back the outlay of 1,000');
  });

  it('mentions shrinking revenue when it makes a loss worse', () => {
    expect(reasonFor({
      acquisitionCost: 1000, monthlyRevenue: 1000, grossMargin: 0.5, supportCostMonthly: 600, monthlyExpansion: -0.0125,
    })).toBe('support costs 600 a month but the margin earns only 500 (1,000 revenue at 50% gross margin) '
      + 'and revenue shrinks 1.25% a month, so every month loses money and the outlay of 1,000 is never paid back');
  });

  it('says when there is no revenue at all', () => {
    expect(reasonFor({ acquisitionCost: 5000 })).toBe('there is no revenue, so the outlay of 5,000 is never paid back');
    expect(reasonFor({ acquisitionCost: 5000, supportCostMonthly: 10, monthlyExpansion: 0.5 }))
      .toBe('there is no revenue and support costs 10 a month, so the outlay of 5,000 is never paid back');
  });

  it('says when shrinking revenue keeps the cumulative contribution below the outlay for ever', () => {
    // 1,000 × (1 + ½ + ¼ + …) tends to 2,000.
    expect(reasonFor({ acquisitionCost: 2000, monthlyRevenue: 1000, monthlyExpansion: -0.5 }))
      .toBe('revenue shrinks 50% a month, so the cumulative contribution stays below 2,000 for ever '
        + 'and never reaches the outlay of 2,000');
  });

  it('says where the cumulative contribution peaks when downsell meets support costs', () => {
    expect(reasonFor({ acquisitionCost: 1500, monthlyRevenue: 1000, supportCostMonthly: 100, monthlyExpansion: -0.5 }))
      .toBe('revenue shrinks 50% a month, so the cumulative contribution peaks at 1,475 in month 4 '
        + 'and never reaches the outlay of 1,500');
    // The peak may lie beyond the horizon (checked with Python's fractions).
    expect(reasonFor({
      acquisitionCost: 84000, monthlyRevenue: 1000, grossMargin: 0.78, supportCostMonthly: 100, monthlyExpansion: -0.01,
    })).toBe('revenue shrinks 1% a month, so the cumulative contribution peaks at 47,561.76 in month 205 '
      + 'and never reaches the outlay of 84,000');
  });

  it('gives the honest month when it is only too slow for the horizon', () => {
    expect(reasonFor({ acquisitionCost: 84000, monthlyRevenue: 1000, grossMargin: 0.78, supportCostMonthly: 100 }))
      .toBe('earning 680 a month after support, it pays back the outlay of 84,000 only in month 124, '
        + 'beyond the 120-month horizon');
    expect(reasonFor({ acquisitionCost: 1000, monthlyRevenue: 100, horizon: 6 }))
      .toBe('earning 100 a month after support, it pays back the outlay of 1,000 only in month 10, '
        + 'beyond the 6-month horizon');
  });

  it('says when growth must first lift the margin above support', () => {
    expect(reasonFor({
      acquisitionCost: 84000, monthlyRevenue: 1000, grossMargin: 0.78, supportCostMonthly: 1000, monthlyExpansion: 0.01,
    })).toBe('the margin covers support costs only from month 26, so it pays back the outlay of 84,000 '
      + 'only in month 135, beyond the 120-month horizon');
  });

  it('stops looking after 100 years', () => {
    expect(reasonFor({
      acquisitionCost: 84_000_000, monthlyRevenue: 1000, grossMargin: 0.78, supportCostMonthly: 1000,
      monthlyExpansion: 0.001,
    })).toBe('it does not pay back the outlay of 84,000,000 within 1,200 months (100 years), '
      + 'far beyond the 120-month horizon');
    expect(reasonFor({
      acquisitionCost: 84_000_000, monthlyRevenue: 1000, grossMargin: 0.78, supportCostMonthly: 1000,
      monthlyExpansion: 0.001, horizon: 1300,
    })).toBe('it does not pay back the outlay of 84,000,000 within the 1,300-month horizon');
  });

  it('is null when it breaks even', () => {
    expect(reasonFor({ acquisitionCost: 100, monthlyRevenue: 100 })).toBeNull();
  });
});
