import { describe, expect, it } from 'vitest';
import { formatScheduleTable, rowMarkers, scheduleRows } from '../../src/commands/breakeven/schedule.js';
import { ACME_YAML, coloured, economicsOf, fromYaml, plain, planYaml, stripAnsi, whatIf } from './fixtures.js';

/** The table's body rows, split on the two-space column gaps. */
function bodyRows(text: string): string[][] {
  const lines = text.trimEnd().split('\n');
  const rule = lines.findIndex((line) => /^─+$/.test(line));
  return lines.slice(rule + 1).map((line) => line.trim().split(/\s{2,}/));
}

describe('--schedule', () => {
  const acme = economicsOf(fromYaml(ACME_YAML));
  const text = formatScheduleTable(acme, plain);

  it('says what the cumulative column must reach', () => {
    expect(text.split('\n')[0]).toBe('Acme Logistics: month by month, outlay $96,000 at the start (2026-02-01)');
    expect(text.split('\n')[1]).toMatch(/^month\s+date\s+revenue\s+contribution\s+cumulative\s+discounted\s+survival$/);
  });

  it('runs to the later of break-even (15) and the contract term (12)', () => {
    const rows = bodyRows(text);
    expect(rows.map((row) => row[0])).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
  });

  it('shows each month exactly: revenue grows 1%, cumulative is the exact sum to the cent', () => {
    const rows = bodyRows(text);
    expect(rows[0]).toEqual(['1', '2026-03-01', '$9,500.00', '$6,210.00', '$6,210.00', '$6,160.87', '100%']);
    expect(rows[1]?.slice(0, 5)).toEqual(['2', '2026-04-01', '$9,595.00', '$6,284.10', '$12,494.10']);
    expect(rows[14]?.slice(0, 5)).toEqual(['15', '2027-05-01', '$10,920.01', '$7,317.60', '$101,278.00']);
    expect(rows[14]?.[6]).toBe('86.87%');
  });

  it('marks the break-even row and the renewal month', () => {
    const rows = bodyRows(text);
    expect(rows[14]?.[7]).toBe('◀ break-even');
    expect(rows[11]?.[7]).toBe('◀ renewal');
    expect(rows.filter((row) => row.length > 7)).toHaveLength(2);
  });

  it('in colour, the break-even row stands out; the text is the same without the codes', () => {
    const painted = formatScheduleTable(acme, coloured);
    expect(stripAnsi(painted)).toBe(text);
    const breakEvenLine = painted.split('\n').find((line) => line.includes('break-even'))!;
    expect(breakEvenLine).toContain('\u001b[1m');
  });

  it('runs to the contract term when break-even comes first', () => {
    const entry = economicsOf(fromYaml(planYaml('Halcyon', 'customerSince: 2026-02-02, renewalDate: 2028-02-02', 'acquisitionCost: 300000, monthlyRevenue: 38000, grossMargin: 0.8, supportCostMonthly: 5200')));
    const rows = scheduleRows(entry);
    expect(entry.result.breakEvenMonth).toBeLessThan(24);
    expect(rows).toHaveLength(24);
    expect(rowMarkers(entry, 24)).toEqual(['renewal']);
  });

  it('runs to the horizon when it never breaks even', () => {
    const entry = whatIf({ acquisitionCost: 10000, monthlyRevenue: 1000, supportCostMonthly: 1000, horizon: 36 });
    expect(scheduleRows(entry)).toHaveLength(36);
    expect(formatScheduleTable(entry, plain).split('\n')[0]).toBe('What-if: month by month, outlay $10,000 at the start (2026-02-01); never breaks even within 36 months');
  });

  it('marks the discounted and churn-weighted break-evens when they come later', () => {
    const entry = whatIf({ acquisitionCost: 10000, monthlyRevenue: 1000, monthlyChurn: 0.05, discountRate: 0.5, horizon: 36 });
    const { breakEvenMonth, discountedBreakEvenMonth, expectedBreakEvenMonth } = entry.result;
    expect(breakEvenMonth).toBe(10);
    expect(discountedBreakEvenMonth).toBeGreaterThan(10);
    expect(expectedBreakEvenMonth).toBeGreaterThan(10);
    expect(rowMarkers(entry, discountedBreakEvenMonth!)).toContain('discounted break-even');
    expect(rowMarkers(entry, expectedBreakEvenMonth!)).toContain('expected break-even');
    expect(rowMarkers(entry, 12)).toContain('end of term');
  });
});
