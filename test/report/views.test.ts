import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/commands/report/views/html.js';
import { escapeHtml } from '../../src/text/html.js';
import { renderReportJson } from '../../src/commands/report/views/json.js';
import { renderReportMarkdown } from '../../src/commands/report/views/markdown.js';
import { niceStep } from '../../src/commands/report/views/payback-chart.js';
import { renderReportTable } from '../../src/commands/report/views/table.js';
import { displayWidth } from '../../src/text/display-width.js';
import { TRICKY_PLAN } from '../map/fixtures.js';
import { healthyPlan, portfolioOf } from './helpers.js';

const report = portfolioOf({
  'tricky.yaml': TRICKY_PLAN,
  'usd.yaml': healthyPlan({ name: 'Dollar Corp', segment: 'Enterprise <b>&</b> "Key"', currency: 'USD', economics: '  acquisitionCost: 5000\n  monthlyRevenue: 1000\n' }),
  'escape.yaml': 'cro: 1\naccount: { name: "Esc\\e[31mape\\nNew line" }\n',
  'broken.yaml': 'cro: 1\naccount:\n  name: "<img src=x onerror=alert(1)>"\n  currency: usd\n',
});
const VERSION = '9.9.9';

describe('table', () => {
  const text = renderReportTable(report, { chalk: new Chalk({ level: 0 }) });

  it('shows coverage as a bar and a fraction, and each currency on its own row', () => {
    expect(text).toMatch(/Dollar Corp +█████ 5\/5/);
    expect(text).toMatch(/R&D <script>alert\("pwned"\)<\/script> "Quote" #1 ``` \\N Corp +▒▒░░░ 0\/5/);
    expect(text).toMatch(/^Enterprise <b>&<\/b> "Key" +EUR +1 +5\/10 \(50%\) +€3,000 /m);
    expect(text).toMatch(/^ +USD +1 +\$1,000 /m);
    expect(text).toContain('4 accounts in 2 currencies (EUR, USD), never added together');
  });

  it('lists an invalid plan with file:line:col, and ranks it first', () => {
    expect(text).toMatch(/^ {2}<img src=x onerror=alert\(1\)> +✖ not a valid plan$/m);
    expect(text).toMatch(/^✖ broken\.yaml:4:13 {2}account\.currency: .* {2}\(schema\)$/m);
    expect(text).toMatch(/Needs attention first\n {1}1\. <img src=x onerror=alert\(1\)> — not a valid plan/);
  });

  it('never lets a control character from a plan reach the terminal', () => {
    expect(text).toContain('Esc [31mape New line');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('colours only with a colour level', () => {
    expect(text).not.toMatch(/\u001b\[/);
    expect(renderReportTable(report, { chalk: new Chalk({ level: 1 }) })).toMatch(/\u001b\[31m/);
  });

  it('fits a narrow terminal: least needed columns left out, and said so; notes wrapped', () => {
    const names = ['Brückner Antriebstechnik GmbH', 'Halcyon Cold Chain, Inc.', 'Copper Kettle Coffee Roasters'];
    const usual = portfolioOf(Object.fromEntries(names.map((name, i) => [
      `p${i}.yaml`,
      healthyPlan({ name, segment: 'mid-market', currency: i === 0 ? 'EUR' : 'USD', economics: '  acquisitionCost: 5000\n  monthlyRevenue: 1000\n' }),
    ])));
    const whole = renderReportTable(usual, { chalk: new Chalk({ level: 0 }) });
    expect(whole.split('\n').reduce((most, line) => Math.max(most, displayWidth(line)), 0)).toBeGreaterThan(100); // for a file or a pipe
    for (const width of [100, 80]) {
      const narrow = renderReportTable(usual, { chalk: new Chalk({ level: 1 }), width });
      for (const line of narrow.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      expect(narrow).toMatch(/left out to fit the terminal/);
      // What stays: each account with its coverage; the totals per segment and currency.
      expect(narrow.replace(/\u001b\[[0-9;]*m/g, '')).toMatch(/Halcyon Cold Chain, Inc\. +█████ 5\/5/);
      expect(narrow.replace(/\u001b\[[0-9;]*m/g, '')).toMatch(/^ +USD +2 /m);
    }
    expect(renderReportTable(usual, { chalk: new Chalk({ level: 0 }), width: 400 })).toBe(whole);
    expect(renderReportTable(report, { chalk: new Chalk({ level: 0 }), width: 400 })).toBe(text);
  });
});

describe('json', () => {
  const json = JSON.parse(renderReportJson(report, { version: VERSION }));

  it('is written piece by piece exactly as JSON.stringify(…, null, 2) writes the whole, for any number of accounts', () => {
    // 0, 1, a piece's worth (5) and more, so that every seam between pieces is crossed.
    for (const count of [0, 1, 5, 6, 11]) {
      const plans = Object.fromEntries(Array.from({ length: count }, (_, i) => [`plans/a${i}.yaml`, healthyPlan({ name: `Account ${i}`, segment: i % 2 ? 'Mid' : 'Enterprise' })]));
      const text = renderReportJson(count === 0 ? portfolioOf({ 'notes.yaml': 'just: notes\n' }) : portfolioOf(plans), { version: VERSION });
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      expect(JSON.parse(text).accounts).toHaveLength(count);
    }
  });

  it('has the documented top-level shape with version 1', () => {
    expect(Object.keys(json)).toEqual(['version', 'cro', 'asOf', 'criticalRoles', 'summary', 'segments', 'accounts', 'attention']);
    expect(json.version).toBe(1);
    expect(json.cro).toBe(VERSION);
    expect(Object.keys(json.summary)).toEqual(['accounts', 'errors', 'warnings', 'coverage', 'detractorsWithoutPlan', 'currencies', 'invalid']);
  });

  it('writes every account with the same keys, null where not applicable', () => {
    const keys = ['file', 'account', 'valid', 'problem', 'segment', 'owner', 'currency', 'renewalDate', 'daysToRenewal', 'errors', 'warnings', 'coverage', 'detractors', 'economics', 'attention'];
    for (const account of json.accounts) expect(Object.keys(account)).toEqual(keys);
    const broken = json.accounts.find((a: { file: string }) => a.file === 'broken.yaml');
    expect(broken).toMatchObject({ valid: false, coverage: null, economics: null, problem: { rule: 'schema', line: 4, column: 13 }, attention: { rank: 1 } });
    const tricky = json.accounts.find((a: { file: string }) => a.file === 'tricky.yaml');
    expect(tricky.account).toBe('R&D <script>alert("pwned")</script> "Quote" #1 ``` \\N Corp');
    expect(tricky.economics).toMatchObject({ currency: 'EUR', outlay: 20000, breakEvenMonth: 9, termMonths: 12, never: false });
    expect(tricky.detractors).toEqual({ current: 1, withoutPlan: ['end'], overdue: [] });
  });

  it('keeps currencies apart in the segment totals', () => {
    const segment = json.segments.find((s: { segment: string }) => s.segment === 'Enterprise <b>&</b> "Key"');
    expect(segment.currencies.map((c: { currency: string; outlay: number }) => [c.currency, c.outlay])).toEqual([
      ['EUR', 20000],
      ['USD', 5000],
    ]);
  });
});

describe('markdown', () => {
  const md = renderReportMarkdown(report);

  it('says there are no accounts, with no coverage figure, for an empty portfolio', () => {
    const empty = renderReportMarkdown(portfolioOf({}));
    expect(empty).toContain('0 accounts. Critical roles: end-user, administrator, procurement, budget-owner, executive-sponsor.');
    expect(empty).toContain('No accounts to report.');
    expect(empty).not.toMatch(/Coverage|—/);
  });

  it('escapes names in prose and tables', () => {
    expect(md).toContain('**R\\&D \\<script\\>alert("pwned")\\</script\\> "Quote" \\#1 \\`\\`\\` \\\\N Corp**');
    // Markdown and HTML in names stay text: every `<` from a plan is backslash-escaped.
    expect(md).not.toMatch(/(^|[^\\])<(script|img|b>)/m);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
  });

  it('has a Mermaid map per valid account whose fences no label can break', () => {
    const blocks = md.split('```mermaid\n').slice(1).map((rest) => rest.slice(0, rest.indexOf('\n```')));
    expect(blocks).toHaveLength(2);
    for (const block of blocks) {
      expect(block.startsWith('flowchart TB\n')).toBe(true);
      expect(block).not.toContain('`');
      for (const line of block.split('\n')) if (line.includes('["')) expect(line).toMatch(/^\s*(subgraph )?[a-z_]+\["[^"]*"\](:::[a-z]+)?$/);
    }
    expect(md).toContain('p_ayse["++ Ayşe #34;Ops#34; Yılmaz (CFO)');
    // Fences balance: every opened code block is closed.
    expect((md.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  it('writes one table row per account and keeps the currency totals apart', () => {
    expect(md).toMatch(/^\| Enterprise \\<b\\>\\&\\<\/b\\> "Key" \| EUR \| 1 \|/m);
    expect(md).toMatch(/^\| \| USD \| 1 \|/m);
  });
});

describe('html', () => {
  const html = renderReportHtml(report, { version: VERSION });

  it('escapes every plan text, so injected markup is shown as text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    expect(html).toContain('R&#38;D &#60;script&#62;alert(&#34;pwned&#34;)&#60;/script&#62;');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<b>|onerror=alert\(1\)>/);
  });

  it('is self-contained: no URL, and a policy that forbids loading anything', () => {
    expect(html).not.toMatch(/https?:|@import|url\(/i);
    expect(html).not.toMatch(/<[^>]*\s(src|href)=(?!"#)/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:; script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/);
    expect(html).toContain('@media print');
  });

  it('draws a payback chart for each account with economics and a map for each valid plan', () => {
    expect(html.match(/<svg class="payback"/g)).toHaveLength(2);
    expect(html.match(/<article class="map"/g)).toHaveLength(3);
    expect(html).toContain('▲ break-even: month 8.33 · 2026-10-01');
    expect(html).toContain('↳ backup: Tom [Backup] {x} | --&#62; <span class="flag">(left 2026-06-30)');
  });

  it('never writes NaN or Infinity', () => {
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('chart ticks', () => {
  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(190_000, 4)).toBe(50_000);
    expect(niceStep(4000, 4)).toBe(1000);
    expect(niceStep(0, 4)).toBe(1);
  });
});
