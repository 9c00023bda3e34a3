import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRICKY_PLAN } from '../map/fixtures.js';
import { CHROMIUM, chromium, consoleLines, decodeHtml as decode, type BrowserRun } from '../helpers/chromium.js';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';
import { decodePng, distinctColours, inkShare, pngSize } from './png.js';

/*
 * The HTML report of the shipped examples in a real browser: Debian's chromium,
 * headless. One run dumps the DOM after load (the page's inline script has written
 * what it rendered into an attribute), one takes a screenshot; they run side by side.
 * Any console message at all fails the test: the page logs nothing itself, so a
 * message is an error, a blocked load (the CSP forbids every fetch) or an exception.
 */

const WIDTH = 1280;
const HEIGHT = 2000;
const ACCOUNTS = ['Brückner Antriebstechnik GmbH', 'Copper Kettle Coffee Roasters', 'Halcyon Cold Chain, Inc.', 'Harbor & Vine Grocers', 'Northgate Building Supply'];

describe.skipIf(!existsSync(CHROMIUM))('cro report --format html in headless Chromium (skipped: /usr/bin/chromium is not installed)', () => {
  let work: string;
  let dom: BrowserRun;
  let shot: BrowserRun;
  let hostile: BrowserRun;
  let png: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'cro-html-'));
    const html = join(work, 'report.html');
    png = join(work, 'report.png');
    const result = runCli(['report', '--as-of', '2026-11-27', '--format', 'html', '--output', html], { cwd: join(ROOT, 'examples') });
    // 1: the examples have error-level gaps on purpose; the report is written all the same.
    expect(result.code, result.stderr).toBe(1);
    // A plan whose names carry <script>, <img onerror>, quotes and `&`.
    const plans = tempTree({ 'tricky.yaml': TRICKY_PLAN });
    const trickyHtml = join(work, 'tricky.html');
    expect(runCli(['report', '--as-of', '2026-11-27', '--format', 'html', '--output', trickyHtml], { cwd: plans }).code).toBe(1);
    const url = pathToFileURL(html).href;
    [dom, shot, hostile] = await Promise.all([
      chromium(['--dump-dom', url], work),
      chromium([`--screenshot=${png}`, `--window-size=${WIDTH},${HEIGHT}`, '--hide-scrollbars', url], work),
      chromium(['--dump-dom', pathToFileURL(trickyHtml).href], work),
    ]);
  }, 60_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('loads without a single console message', () => {
    expect(dom.code, dom.stderr).toBe(0);
    expect(consoleLines(dom.stderr)).toEqual([]);
    expect(consoleLines(shot.stderr)).toEqual([]);
  });

  it('ran its own script only, and drew every chart and map', () => {
    expect(dom.stdout).toMatch(/<html lang="en" data-rendered="charts:5\/5 scripts:1 maps:5">/);
  });

  it('shows every account', () => {
    const text = decode(dom.stdout);
    for (const account of ACCOUNTS) expect(text, account).toContain(account);
  });

  it('shows markup from a plan as text: no injected element, no script run, no console message', () => {
    expect(hostile.code, hostile.stderr).toBe(0);
    expect(consoleLines(hostile.stderr)).toEqual([]);
    // One chart (the tricky plan has economics), one map, and still only the page's own script.
    expect(hostile.stdout).toMatch(/<html lang="en" data-rendered="charts:1\/1 scripts:1 maps:1">/);
    expect(hostile.stdout).not.toMatch(/<img|<b>/);
    const text = decode(hostile.stdout);
    expect(text).toContain('R&D <script>alert("pwned")</script> "Quote" #1 ``` \\N Corp');
    expect(text).toContain('Ayşe "Ops" Yılmaz (CFO)');
    expect(text).toMatch(/Lena\s+New <img src=x onerror=alert\(1\)>/);
  });

  it('takes a screenshot of the expected size that is not blank', () => {
    expect(shot.code, shot.stderr).toBe(0);
    const bytes = readFileSync(png);
    expect(pngSize(bytes)).toEqual({ width: WIDTH, height: HEIGHT });
    const image = decodePng(bytes);
    expect(distinctColours(image)).toBeGreaterThan(50);
    // Text, tables and charts cover a good part of a report page; a blank or error page does not.
    expect(inkShare(image)).toBeGreaterThan(0.05);
  });
});
