import { describe, expect, it } from 'vitest';
import { fitToWidth, leftOutNote, shown } from '../../src/breakeven/table.js';

/** A "table" of one line: each column a run of its own letter, as wide as given. */
const render = (widths: number[]) => (hidden: ReadonlySet<number>) => shown(widths.map((w, i) => String.fromCharCode(97 + i).repeat(w)), hidden).join(' ');

describe('fitToWidth', () => {
  const table = render([10, 20, 30, 5]);

  it('leaves every column in without a width, or when they fit', () => {
    expect(fitToWidth(table, [2, 1], undefined)).toEqual({ text: table(new Set()), hidden: [] });
    expect(fitToWidth(table, [2, 1], 68)).toEqual({ text: table(new Set()), hidden: [] });
  });

  it('leaves out columns in the order given, and only as many as it takes', () => {
    expect(fitToWidth(table, [2, 1], 67).hidden).toEqual([2]);
    expect(fitToWidth(table, [2, 1], 37).hidden).toEqual([2]);
    expect(fitToWidth(table, [2, 1], 36)).toEqual({ text: `${'a'.repeat(10)} ${'d'.repeat(5)}`, hidden: [2, 1] });
  });

  it('stops when nothing is left to leave out, even if still too wide', () => {
    expect(fitToWidth(table, [2], 10).hidden).toEqual([2]);
  });

  it('names what it left out', () => {
    expect(leftOutNote(['plan', 'ROI\n(term)', 'MRR'], [1, 2], 'widen it')).toBe('ROI (term), MRR left out to fit the terminal; widen it');
    expect(leftOutNote(['plan'], [], 'widen it')).toBeUndefined();
  });
});
