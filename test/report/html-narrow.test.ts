import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, chromium, pageResult } from '../helpers/chromium.js';
import { ROOT, runCli } from '../helpers/cli.js';

/*
 * The HTML report of the examples laid out on a phone (390 px) and a laptop (1280 px)
 * in headless Chromium, measured from the DOM. Headless Chromium will not make a
 * window narrower than 500 px, so the report is shown in an iframe of the width
 * under test: that is its viewport, media queries included. The copy in the iframe
 * carries a measuring script, and so drops the policy that would block it; markup and
 * CSS are the report's, byte for byte.
 */

const WIDTHS = [390, 1280];
/** The smallest text a chart may show, in CSS pixels as rendered. */
const MIN_LABEL_PX = 10;

interface Layout {
  viewport: number;
  scrollWidth: number;
  charts: number;
  /** The smallest chart text as rendered, and which. */
  smallestLabel: { px: number; text: string };
  tables: { inScrollBox: boolean; overflowX: string; boxWidth: number; focusable: boolean; named: boolean }[];
  /** Elements reaching past the viewport's right edge, outside a scroll box. */
  sticking: string[];
}

const MEASURE = `(function () {
  var view = window.innerWidth;
  var labels = [].slice.call(document.querySelectorAll('svg.payback text')).map(function (t) {
    return { px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a, text: t.textContent };
  });
  labels.sort(function (a, b) { return a.px - b.px; });
  var tables = [].slice.call(document.querySelectorAll('table')).map(function (t) {
    var box = t.closest('.scroll');
    return {
      inScrollBox: !!box, overflowX: box ? getComputedStyle(box).overflowX : '', boxWidth: box ? box.getBoundingClientRect().right : t.getBoundingClientRect().right,
      focusable: !!box && box.tabIndex === 0, // A <section> with a name is a region landmark.
      named: !!box && (box.tagName === 'SECTION' || box.getAttribute('role') === 'region') && !!box.getAttribute('aria-label'),
    };
  });
  var sticking = [].slice.call(document.querySelectorAll('body *')).filter(function (e) {
    return !e.closest('.scroll') && e.getBoundingClientRect().right > view + 0.5;
  }).map(function (e) { return e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''); });
  parent.postMessage(JSON.stringify({
    viewport: view, scrollWidth: document.scrollingElement.scrollWidth, charts: document.querySelectorAll('svg.payback').length,
    smallestLabel: labels[0], tables: tables, sticking: sticking.slice(0, 10),
  }), '*');
})();`;

describe.skipIf(!HAS_CHROMIUM)('the HTML report on a phone and a laptop, in headless Chromium (skipped: /usr/bin/chromium is not installed)', () => {
  let work: string;
  const layouts = new Map<number, Layout | null>();

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'cro-narrow-'));
    const html = join(work, 'report.html');
    const result = runCli(['report', '--as-of', '2026-11-27', '--format', 'html', '--output', html], { cwd: join(ROOT, 'examples') });
    expect(result.code, result.stderr).toBe(1);
    const page = readFileSync(html, 'utf8');
    const measured = page.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</body>', `<script>${MEASURE}</script>\n</body>`);
    expect(measured).not.toBe(page);
    writeFileSync(join(work, 'measured.html'), measured);
    await Promise.all(
      WIDTHS.map(async (width) => {
        const frame = join(work, `frame-${width}.html`);
        writeFileSync(
          frame,
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${width}</title></head><body style="margin:0">
<script>window.addEventListener('message', function (e) { document.documentElement.setAttribute('data-layout', e.data); });</script>
<iframe src="measured.html" title="report" width="${width}" height="2400" style="border:0;display:block"></iframe></body></html>`,
        );
        // Virtual time lets the frame's message arrive before the DOM is dumped.
        const run = await chromium(['--virtual-time-budget=10000', `--window-size=${Math.max(width, 500) + 40},2500`, '--dump-dom', pathToFileURL(frame).href], work);
        layouts.set(width, pageResult<Layout>(run.stdout, 'layout'));
      }),
    );
  }, 90_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  describe.each(WIDTHS)('%i px wide', (width) => {
    it('lays out at that width (the measurement ran)', () => {
      const layout = layouts.get(width);
      expect(layout, 'the measuring script reported nothing').toBeTruthy();
      expect(layout!.viewport).toBe(width);
      expect(layout!.charts).toBe(5);
    });

    it('never makes the page scroll sideways', () => {
      const layout = layouts.get(width)!;
      expect(layout.sticking).toEqual([]);
      expect(layout.scrollWidth).toBeLessThanOrEqual(width);
    });

    it('puts every table in a box that scrolls on its own, named and reachable by keyboard', () => {
      const { tables } = layouts.get(width)!;
      expect(tables).toHaveLength(2);
      for (const table of tables) {
        expect(table).toMatchObject({ inScrollBox: true, overflowX: 'auto', focusable: true, named: true });
        expect(table.boxWidth).toBeLessThanOrEqual(width);
      }
    });

    it(`draws chart labels at ${MIN_LABEL_PX} px or more`, () => {
      const { smallestLabel } = layouts.get(width)!;
      expect(smallestLabel.px, `"${smallestLabel.text}"`).toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.01);
    });
  });
});
