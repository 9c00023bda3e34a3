import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, MARGIN, breakEvenLabelX } from '../../src/commands/report/views/payback-chart.js';

const LEFT = MARGIN.left;
const RIGHT = CHART_WIDTH - MARGIN.right;

describe('the break-even label of a payback chart', () => {
  it('sits right of the marker when it fits there, else left of it', () => {
    expect(breakEvenLabelX(LEFT + 50, 100)).toBe(LEFT + 59);
    expect(breakEvenLabelX(RIGHT - 20, 100)).toBe(RIGHT - 129);
  });

  it('never runs over the axis labels or off the plot, wherever the marker is', () => {
    fc.assert(
      fc.property(fc.double({ min: LEFT, max: RIGHT, noNaN: true }), fc.integer({ min: 1, max: RIGHT - LEFT - 4 }), (marker, width) => {
        const x = breakEvenLabelX(marker, width);
        expect(x).toBeGreaterThanOrEqual(LEFT);
        expect(x + width).toBeLessThanOrEqual(RIGHT);
      }),
    );
  });
});
