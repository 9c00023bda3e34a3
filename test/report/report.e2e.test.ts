import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';

/**
 * `cro report` end to end through the built binary (`npm run build` first), on the
 * shipped examples with a pinned date: every format, --output, colour and exit codes.
 */
const EXAMPLES = join(ROOT, 'examples');
const AS_OF = ['--as-of', '2026-11-27'];
const report = (args: string[], env?: Record<string, string | undefined>, cwd = EXAMPLES) =>
  runCli(['report', ...args, ...AS_OF], { cwd, ...(env ? { env } : {}) });
const ACCOUNTS = ['Brückner Antriebstechnik GmbH', 'Copper Kettle Coffee Roasters', 'Halcyon Cold Chain, Inc.', 'Harbor & Vine Grocers', 'Northgate Building Supply'];

describe('cro report on the examples', () => {
  it('prints the table by default, reading the config\'s plans, and exits 1 for the error-level gaps', () => {
    const result = report([]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const out = result.stdout;
    expect(out).toContain('5 accounts in 2 currencies (EUR, USD), never added together');
    for (const account of ACCOUNTS) expect(out).toContain(account);
    expect(out).toMatch(/Harbor & Vine Grocers +█▒▒░░ 1\/5 +5 \/ 5 +⚠ 1 +\$12,500 +month 21 \(2027-09-01\) ⚠ +-37\.2% +2027-01-31 \(65\) ⚠/);
    expect(out).toMatch(/^portfolio +EUR +1 +16\/25 \(64%\) +€21,000 +€190,000 /m);
    expect(out).toMatch(/^ +USD +4 +\$58,550 +\$502,000 /m);
    expect(out).toMatch(/Needs attention first\n 1\. Harbor & Vine Grocers — renews in 65 days; administrator and procurement uncovered;/);
    expect(out).not.toContain('Halcyon Cold Chain, Inc. —');
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('honours NO_COLOR and --no-color over FORCE_COLOR', () => {
    expect(report([], { FORCE_COLOR: '1' }).stdout).toMatch(/\u001b\[/);
    expect(report([], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(/\u001b\[/);
    expect(report(['--no-color'], { FORCE_COLOR: '1' }).stdout).not.toMatch(/\u001b\[/);
  });

  it('writes JSON with version 1, the accounts ranked and the currencies apart', () => {
    const result = report(['--format', 'json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ version: 1, asOf: '2026-11-27', summary: { accounts: 5, invalid: 0, errors: 8, warnings: 16 } });
    expect(json.summary.currencies.map((c: { currency: string; accounts: number }) => [c.currency, c.accounts])).toEqual([['EUR', 1], ['USD', 4]]);
    expect(json.attention.map((a: { account: string }) => a.account)).toEqual([
      'Harbor & Vine Grocers',
      'Northgate Building Supply',
      'Copper Kettle Coffee Roasters',
      'Brückner Antriebstechnik GmbH',
    ]);
    const harbor = json.accounts.find((a: { account: string }) => a.account === 'Harbor & Vine Grocers');
    expect(harbor).toMatchObject({
      file: 'plans/harbor-and-vine-grocers.yaml',
      coverage: { covered: 1, singleThreaded: 2, uncovered: 2, total: 5, fraction: 0.2 },
      detractors: { current: 2, withoutPlan: ['Nadia Rahman'], overdue: ['Scott Hanley'] },
      economics: { currency: 'USD', breakEvenMonth: 21, breakEvenDate: '2027-09-01', paysBackBeforeRenewal: false },
      daysToRenewal: 65,
      attention: { rank: 1 },
    });
    expect(result.stdout).not.toMatch(/NaN|Infinity/);
  });

  it('writes Markdown with a Mermaid map per account', () => {
    const result = report(['--format', 'markdown']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^# Revenue portfolio as of 2026-11-27\n/);
    expect(result.stdout.match(/^```mermaid$/gm)).toHaveLength(5);
    expect(result.stdout).toContain('### Harbor \\& Vine Grocers');
    expect(result.stdout).toContain('1. **Harbor \\& Vine Grocers** — renews in 65 days;');
  });

  it('writes one self-contained HTML file with --output, and nothing on stdout', () => {
    const dir = tempTree();
    const result = runCli(['report', '--format', 'html', '--output', 'report.html', '--config', join(EXAMPLES, 'cro.config.yaml'), ...AS_OF], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n/);
    for (const account of ACCOUNTS) expect(html).toContain(account.replace('&', '&#38;'));
    expect(html).not.toMatch(/https?:/);
  });

  it('reports the paths given, and exits 0 when they have no error-level findings', () => {
    const result = report(['plans/brueckner-antriebstechnik.yaml', 'plans/halcyon-cold-chain.yaml', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).summary.currencies.map((c: { currency: string }) => c.currency)).toEqual(['EUR', 'USD']);
  });
});

describe('cro report exit codes and edge cases', () => {
  const dir = tempTree({
    'plans/broken.yaml': 'cro: 1\naccount:\n  name: Broken\n  currency: usd\n',
    'empty/.gitkeep': '',
  });

  it('lists an invalid plan with file:line:col and exits 1', () => {
    const result = report(['plans'], undefined, dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^✖ plans\/broken\.yaml:4:13 {2}account\.currency: .*\(schema\)$/m);
  });

  it('says so on stderr for a folder without plans, exits 0, and still writes each format\'s empty document', () => {
    for (const format of ['table', 'json', 'markdown', 'html']) {
      const result = report(['empty', '--format', format], undefined, dir);
      expect(result.code, format).toBe(0);
      expect(result.stderr).toBe('cro: no plans found in empty; run `cro init` to create one\n');
      expect(result.stdout.length, format).toBeGreaterThan(0);
    }
    expect(JSON.parse(report(['empty', '--format', 'json'], undefined, dir).stdout)).toMatchObject({ version: 1, summary: { accounts: 0 }, accounts: [], attention: [] });
  });

  it('exits 2 with one line for a missing path, an unknown format or a bad date', () => {
    for (const args of [['missing'], ['plans', '--format', 'pdf'], ['plans', '--as-of', 'tomorrow']]) {
      const result = runCli(['report', ...args], { cwd: dir });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stdout).toBe('');
    }
  });
});
