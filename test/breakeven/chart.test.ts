import { describe, expect, it } from 'vitest';
import { chartMonths, formatChart } from '../../src/commands/breakeven/views/chart.js';
import { ACME_YAML, coloured, economicsOf, fromYaml, plain, stripAnsi, whatIf } from './fixtures.js';

const BLOCKS = /[▁▂▃▄▅▆▇█]/;

/** The plot's parts: the lines with a y-axis, the month ticks, and the marker line under the axis. */
function parts(chart: string) {
  const lines = chart.split('\n');
  const axisLine = lines.findIndex((line) => /^\s*└─+$/.test(line));
  const plotLines = lines.slice(2, axisLine);
  const origin = lines[axisLine]!.indexOf('└');
  return { lines, plotLines, origin, ticks: lines[axisLine + 1]!, marks: lines[axisLine + 2]!, axisLine };
}

describe('--chart', () => {
  const acme = economicsOf(fromYaml(ACME_YAML));
  const chart = formatChart(acme, plain, { width: 80 });

  it('fits 80 columns, and draws with characters only (no colour codes without colour)', () => {
    for (const line of chart.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(chart).not.toContain('\u001b');
    expect(chart.split('\n')[0]).toBe('Acme Logistics: cumulative contribution against the outlay (USD)');
  });

  it('labels the outlay on the y-axis and draws it as a line until the bars reach it', () => {
    const { plotLines, origin } = parts(chart);
    const outlayLine = plotLines.find((line) => line.trimStart().startsWith('$96K'))!;
    expect(outlayLine).toBeDefined();
    const plot = outlayLine.slice(origin + 1);
    const firstBlock = plot.search(BLOCKS);
    expect(firstBlock).toBeGreaterThan(0);
    expect(plot.slice(0, firstBlock)).toMatch(/^─+$/);
    expect(plotLines.some((line) => line.trimStart().startsWith('$0 ┤'))).toBe(true);
  });

  it('marks the break-even month under the axis, where the bars cross the outlay', () => {
    const { plotLines, origin, marks } = parts(chart);
    const marker = marks.indexOf('▲');
    expect(marker).toBeGreaterThan(origin);
    const outlayPlot = plotLines.find((line) => line.trimStart().startsWith('$96K'))!;
    // The ▲ sits under the last column of month 15, whose bar has reached the outlay;
    // the bar of month 14 (at most three columns to the left) has not.
    expect(outlayPlot[marker]).toMatch(BLOCKS);
    const firstBlock = outlayPlot.slice(origin + 1).search(BLOCKS) + origin + 1;
    expect(marker - firstBlock).toBeGreaterThanOrEqual(0);
    expect(marker - firstBlock).toBeLessThan(3);
    // and a guide runs down that column above the line
    expect(plotLines[0]![marker]).toBe('┆');
  });

  it('marks the renewal month with R, and numbers the months on the axis', () => {
    const { marks, ticks, origin } = parts(chart);
    expect(marks.indexOf('R')).toBeGreaterThan(origin);
    expect(marks.indexOf('R')).toBeLessThan(marks.indexOf('▲'));
    expect(ticks.slice(origin).trim()).toMatch(/^0\s+2\s+4\s+6\s+8\s+10\s+12\s+14\s+16\s+18 months$/);
    // a tick ends under the month's last column, where the R of month 12 is
    expect(ticks.indexOf('12') + 1).toBe(marks.indexOf('R'));
  });

  it('has a legend naming every glyph, with the numbers', () => {
    const legend = chart.split('\n').slice(parts(chart).axisLine + 3).join('\n');
    expect(legend).toContain('█ cumulative contribution');
    expect(legend).toContain('─ outlay $96,000');
    expect(legend).toContain('▲ break-even: month 15 (14.28 months), 2027-05-01');
    expect(legend).toContain('R renewal: month 12, 2027-02-01');
  });

  it('covers a few months past break-even so the crossing shows', () => {
    expect(chartMonths(acme)).toBe(18);
  });

  it('uses a wider terminal when it has one, and never goes below 40 columns', () => {
    const wide = formatChart(acme, plain, { width: 120 });
    expect(Math.max(...wide.split('\n').map((line) => [...line].length))).toBeGreaterThan(80);
    for (const line of wide.split('\n')) expect([...line].length).toBeLessThanOrEqual(120);
    for (const line of formatChart(acme, plain, { width: 10 }).split('\n')) expect([...line].length).toBeLessThanOrEqual(40);
  });

  it('in colour, the same picture', () => {
    expect(stripAnsi(formatChart(acme, coloured, { width: 80 }))).toBe(chart);
  });

  it('never: no marker, the reason in the legend, the whole horizon squeezed into the width', () => {
    const entry = whatIf({ acquisitionCost: 50000, monthlyRevenue: 1000, grossMargin: 0.5, supportCostMonthly: 480, horizon: 600 });
    const text = formatChart(entry, plain, { width: 80 });
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(text).not.toContain('▲');
    expect(text).toContain('never breaks even within 600 months: earning 20 a month after support');
    expect(parts(text).ticks).toMatch(/600 months$/);
  });

  it('draws losses below zero with a negative label', () => {
    const entry = whatIf({ acquisitionCost: 20000, monthlyRevenue: 1000, grossMargin: 0.5, supportCostMonthly: 800, monthlyExpansion: 0.05 });
    const text = formatChart(entry, plain, { width: 80 });
    const { plotLines } = parts(text);
    const bottom = plotLines[plotLines.length - 1]!;
    expect(bottom).toMatch(/^\s*-\$\d+(\.\d)?K ┤/);
    expect(bottom).toMatch(/[█▀]/);
    expect(text).toContain('▲ break-even: month 37');
  });

  it('never writes NaN, Infinity or undefined', () => {
    const cases = [
      whatIf({ monthlyRevenue: 0 }),
      whatIf({ acquisitionCost: 100, monthlyRevenue: 0, supportCostMonthly: 0 }),
      whatIf({ acquisitionCost: 1e12, monthlyRevenue: 1, monthlyExpansion: 2, horizon: 1200 }),
    ];
    for (const entry of cases) expect(formatChart(entry, plain, { width: 80 })).not.toMatch(/NaN|Infinity|undefined/);
  });
});
