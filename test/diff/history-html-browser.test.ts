import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, chromium, pageResult } from '../helpers/chromium.js';
import { runCli } from '../helpers/cli.js';
import { gitRepo, planYaml } from '../helpers/git-repo.js';

/*
 * The HTML of `cro history` on a phone (390 px) and a laptop (1280 px) in headless
 * Chromium, measured from the DOM as test/report/html-narrow.test.ts does (the page in an
 * iframe of the width under test, a copy with a measuring script): nothing reaches past the
 * viewport, every chart is drawn, beside its timeline on a laptop and above it on a phone.
 */

const WIDTHS = [390, 1280];

interface Layout {
  viewport: number;
  scrollWidth: number;
  charts: Array<{ width: number; height: number }>;
  placement: Array<{ beside: boolean; above: boolean }>;
  sticking: string[];
}

const MEASURE = `(function () {
  var view = window.innerWidth;
  var charts = [].slice.call(document.querySelectorAll('svg.history')).map(function (s) { var b = s.getBoundingClientRect(); return { width: b.width, height: b.height }; });
  var placement = [].slice.call(document.querySelectorAll('.columns')).map(function (c) {
    var chart = c.querySelector('.chart').getBoundingClientRect(); var line = c.querySelector('.timeline').getBoundingClientRect();
    return { beside: chart.right <= line.left + 0.5, above: chart.bottom <= line.top + 0.5 };
  });
  var sticking = [].slice.call(document.querySelectorAll('body *')).filter(function (e) { return e.getBoundingClientRect().right > view + 0.5; })
    .map(function (e) { return e.tagName.toLowerCase(); });
  parent.postMessage(JSON.stringify({ viewport: view, scrollWidth: document.scrollingElement.scrollWidth, charts: charts, placement: placement, sticking: sticking.slice(0, 10) }), '*');
})();`;

describe.skipIf(!HAS_CHROMIUM)('cro history --format html on a phone and a laptop, in headless Chromium (skipped: no /usr/bin/chromium)', () => {
  let work: string;
  const layouts = new Map<number, Layout | null>();

  beforeAll(async () => {
    const repo = gitRepo();
    const long = 'Südwestdeutsche Verkehrs- und Logistikdienstleistungsgesellschaft mbH & Co. KG';
    for (let i = 0; i < 6; i++) {
      repo.commit({ 'plans/acme.yaml': planYaml({ people: [{ id: 'maria', roles: ['end-user'], stance: i % 2 ? 'advocate' : 'neutral' }], monthlyRevenue: 9000 + i * 500 }), 'plans/long.yaml': planYaml({ name: long, people: [{ id: `p${i}`, name: long, roles: ['procurement'], stance: 'supporter' }] }) }, `step ${i} with a rather long subject line that must wrap on a phone`);
    }
    work = mkdtempSync(join(tmpdir(), 'cro-history-browser-'));
    const html = join(work, 'history.html');
    const result = runCli(['history', '--format', 'html', '--output', html], { cwd: repo.dir, env: { GIT_CONFIG_GLOBAL: '/dev/null' } });
    expect(result.code, result.stderr).toBe(0);
    const page = readFileSync(html, 'utf8');
    writeFileSync(join(work, 'measured.html'), page.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</body>', `<script>${MEASURE}</script>\n</body>`));
    await Promise.all(
      WIDTHS.map(async (width) => {
        const frame = join(work, `frame-${width}.html`);
        writeFileSync(frame, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${width}</title></head><body style="margin:0">
<script>window.addEventListener('message', function (e) { document.documentElement.setAttribute('data-layout', e.data); });</script>
<iframe src="measured.html" title="history" width="${width}" height="2400" style="border:0;display:block"></iframe></body></html>`);
        const run = await chromium(['--virtual-time-budget=10000', `--window-size=${Math.max(width, 500) + 40},2500`, '--dump-dom', pathToFileURL(frame).href], work);
        layouts.set(width, pageResult<Layout>(run.stdout, 'layout'));
      }),
    );
  }, 90_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it.each(WIDTHS)('at %i px nothing reaches past the viewport and every chart is drawn', (width) => {
    const layout = layouts.get(width)!;
    expect(layout, 'the page was measured').not.toBeNull();
    expect(layout.viewport).toBe(width);
    expect(layout.scrollWidth).toBeLessThanOrEqual(width);
    expect(layout.sticking).toEqual([]);
    expect(layout.charts).toHaveLength(2);
    for (const chart of layout.charts) expect(chart.width * chart.height).toBeGreaterThan(0);
  });

  it('puts the chart beside the timeline on a laptop, above it on a phone', () => {
    expect(layouts.get(1280)!.placement.every((p) => p.beside)).toBe(true);
    expect(layouts.get(390)!.placement.every((p) => p.above && !p.beside)).toBe(true);
  });
});
