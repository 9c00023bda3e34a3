import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBreakEven } from '../../src/commands/breakeven/command.js';
import type { CommandIO } from '../../src/commands/io.js';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';
import { ACME_YAML, planYaml } from './fixtures.js';

/*
 * End to end: the built binary, as a user and CI run it (`npm run build` first).
 */

const EXAMPLES = join(ROOT, 'examples');
const AS_OF = ['--as-of', '2026-11-27'];

interface JsonResults {
  version: number;
  results: Array<{ file: string | null; account: string | null; currency: string; breakEvenMonth: number | null; breakEvenMonths: number | null; never: boolean; [key: string]: unknown }>;
}
const json = (stdout: string) => JSON.parse(stdout) as JsonResults;

const GOOD = planYaml('Fast Payback', 'customerSince: 2026-01-01, renewalDate: 2027-01-01', 'acquisitionCost: 6000, monthlyRevenue: 500, grossMargin: 0.8');
const SLOW = planYaml('Slow Payback', 'customerSince: 2026-01-01, renewalDate: 2027-01-01', 'acquisitionCost: 30000, monthlyRevenue: 1000');
const NEVER = planYaml('Never Pays', 'customerSince: 2026-01-01', 'acquisitionCost: 10000, monthlyRevenue: 1100, supportCostMonthly: 1200');
const NO_ECONOMICS = planYaml('No Numbers', 'customerSince: 2026-01-01');

describe('cro breakeven (spawned)', () => {
  it('says so when --schedule or --chart has no plan with economics to draw', () => {
    const dir = tempTree({ 'plans/none.yaml': NO_ECONOMICS });
    const result = runCli(['breakeven', 'plans/none.yaml', '--schedule', '--chart', ...AS_OF], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no economics');
    expect(result.stderr).toBe('cro: note: --schedule and --chart need a plan with an economics section, and this one has none\n');
    // An invalid plan is named as such, not said to lack economics.
    const broken = tempTree({ 'plans/bad.yaml': GOOD.replace('renewalDate: 2027-01-01', 'renewalDate: nope') });
    const invalid = runCli(['breakeven', 'plans/bad.yaml', '--chart', ...AS_OF], { cwd: broken });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).not.toContain('economics section');
    expect(invalid.stderr).toMatch(/^cro: plans\/bad\.yaml:\d+:\d+: /m);
  });

  describe('one plan', () => {
    const dir = tempTree({ 'plans/acme.yaml': ACME_YAML });

    it('prints the summary: account, months, date, discounted and expected, chance, ROI, LTV, renewal', () => {
      const result = runCli(['breakeven', 'plans/acme.yaml', ...AS_OF], { cwd: dir });
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const out = result.stdout;
      expect(out.split('\n')[0]).toBe('Acme Logistics · plans/acme.yaml');
      for (const text of ['month 15 · 14.28 months · 2027-05-01', 'month 16 at 10% a year', '86.87%', '-17.11%', 'LTV', '2027-02-01, 12 months in: pays back only after it']) {
        expect(out).toContain(text);
      }
      expect(out).not.toMatch(/\u001b\[|NaN|Infinity|undefined/);
    });

    it('--schedule adds the month table with the break-even row marked', () => {
      const out = runCli(['breakeven', 'plans/acme.yaml', '--schedule'], { cwd: dir }).stdout;
      expect(out).toMatch(/\n\s+15\s+2027-05-01\s+\$10,920\.01\s+\$7,317\.60\s+\$101,278\.00\s+\$94,933\.86\s+86\.87%\s+◀ break-even\n/);
      expect(out).toMatch(/\n\s+12\s+2027-02-01 .*◀ renewal\n/);
    });

    it('--chart adds the chart, within 80 columns when piped', () => {
      const out = runCli(['breakeven', 'plans/acme.yaml', '--chart'], { cwd: dir }).stdout;
      expect(out).toContain('Acme Logistics: cumulative contribution against the outlay (USD)');
      expect(out).toContain('▲ break-even: month 15 (14.28 months), 2027-05-01');
      const chart = out.slice(out.indexOf('Acme Logistics: cumulative'));
      for (const line of chart.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    });

    it('--format json is the SPEC §4 document, file relative to the current folder', () => {
      const result = runCli(['breakeven', 'plans/acme.yaml', '--format', 'json'], { cwd: dir });
      expect(result.code).toBe(0);
      expect(json(result.stdout)).toEqual({
        version: 1,
        results: [{
          file: 'plans/acme.yaml', account: 'Acme Logistics', currency: 'USD', breakEvenMonth: 15, breakEvenMonths: 14.28,
          breakEvenDate: '2027-05-01', discountedBreakEvenMonth: 16, expectedBreakEvenMonth: 16, survivalAtBreakEven: 0.868746,
          roi: -0.1711, ltv: null, never: false, reason: null,
        }],
      });
      const fromInside = runCli(['breakeven', 'acme.yaml', '--format', 'json'], { cwd: join(dir, 'plans') });
      expect(json(fromInside.stdout).results[0]?.file).toBe('acme.yaml');
    });

    it('--format markdown', () => {
      const out = runCli(['breakeven', 'plans/acme.yaml', '--format', 'markdown', '--schedule', '--chart', ...AS_OF], { cwd: dir }).stdout;
      expect(out).toMatch(/^## Acme Logistics · plans\/acme\.yaml\n\n⚠️ \*\*Breaks even in month 15/);
      expect(out).toContain('| **15** |');
      expect(out).toContain('```text\n');
      expect(out).toContain('<sub>cro ');
    });

    it('--output writes the document to a file, nothing to stdout, and no colour codes even under FORCE_COLOR', () => {
      const folder = tempTree({ 'plans/acme.yaml': ACME_YAML });
      const piped = runCli(['breakeven', 'plans/acme.yaml', '--schedule'], { cwd: folder }).stdout;
      expect(runCli(['breakeven', 'plans/acme.yaml', '--schedule', '--output', 'be.txt'], { cwd: folder, env: { FORCE_COLOR: '1' } })).toMatchObject({ code: 0, stdout: '' });
      expect(readFileSync(join(folder, 'be.txt'), 'utf8')).toBe(piped);
      expect(runCli(['breakeven', 'plans/acme.yaml', '--format', 'json', '--output', 'be.json'], { cwd: folder })).toMatchObject({ code: 0, stdout: '' });
      expect(json(readFileSync(join(folder, 'be.json'), 'utf8')).results[0]?.breakEvenMonth).toBe(15);
    });

    it('colours only when asked: FORCE_COLOR colours, NO_COLOR and --no-color win', () => {
      expect(runCli(['breakeven', 'plans/acme.yaml'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
      expect(runCli(['breakeven', 'plans/acme.yaml'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
      expect(runCli(['breakeven', 'plans/acme.yaml', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    });

    it('a plan without a start date counts from --as-of, or from --start', () => {
      const folder = tempTree({ 'p.yaml': planYaml('Undated', '', 'acquisitionCost: 6000, monthlyRevenue: 500, grossMargin: 0.8') });
      expect(json(runCli(['breakeven', 'p.yaml', '--format', 'json', ...AS_OF], { cwd: folder }).stdout).results[0]?.breakEvenDate).toBe('2028-02-27');
      expect(json(runCli(['breakeven', 'p.yaml', '--format', 'json', '--start', '2026-01-31'], { cwd: folder }).stdout).results[0]?.breakEvenDate).toBe('2027-04-30');
    });

    it('--horizon, and config breakeven.horizon, bound the search', () => {
      const folder = tempTree({ 'p.yaml': SLOW });
      expect(json(runCli(['breakeven', 'p.yaml', '--format', 'json', '--horizon', '24'], { cwd: folder }).stdout).results[0]).toMatchObject({ breakEvenMonth: null, never: true });
      const configured = tempTree({ 'p.yaml': SLOW, 'cro.config.yaml': 'breakeven: { horizon: 24 }\n' });
      const result = json(runCli(['breakeven', 'p.yaml', '--format', 'json'], { cwd: configured }).stdout).results[0];
      expect(result).toMatchObject({ never: true, reason: expect.stringMatching(/only in month 30, beyond the 24-month horizon/) });
      expect(json(runCli(['breakeven', 'p.yaml', '--format', 'json', '--horizon', '36'], { cwd: configured }).stdout).results[0]?.breakEvenMonth).toBe(30);
    });
  });

  describe('several plans', () => {
    it('one row each, soonest first, never after them, with a total per currency', () => {
      const dir = tempTree({
        'plans/a-slow.yaml': SLOW, 'plans/b-never.yaml': NEVER, 'plans/c-fast.yaml': GOOD, 'plans/d-empty.yaml': NO_ECONOMICS,
        'plans/e-euro.yaml': planYaml('Euro GmbH', 'currency: EUR, customerSince: 2026-01-01', 'acquisitionCost: 8000, monthlyRevenue: 1200, grossMargin: 0.78'),
        'plans/notes.yaml': 'not: a plan\n',
      });
      const result = runCli(['breakeven', 'plans'], { cwd: dir });
      expect(result.code).toBe(0);
      const names = ['Euro GmbH', 'Fast Payback', 'Slow Payback', 'Never Pays', 'No Numbers'];
      const positions = names.map((name) => result.stdout.indexOf(`\n${name}`) >= 0 ? result.stdout.indexOf(`\n${name}`) : result.stdout.indexOf(name));
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(result.stdout).toMatch(/\nTotal EUR \(1 plan\)\s+€8,000/);
      expect(result.stdout).toMatch(/\nTotal USD \(3 plans\)\s+\$46,000/);
      expect(result.stdout).not.toContain('notes.yaml');
    });

    it('no path: the config\'s plans folder, else the current folder', () => {
      const dir = tempTree({ 'cro.config.yaml': 'plans: accounts\n', 'accounts/a.yaml': GOOD, 'elsewhere/b.yaml': SLOW });
      expect(json(runCli(['breakeven', '--format', 'json'], { cwd: dir }).stdout).results.map((r) => r.file)).toEqual(['accounts/a.yaml']);
      const bare = tempTree({ 'x/a.yaml': GOOD, 'y/b.yaml': SLOW });
      expect(json(runCli(['breakeven', '--format', 'json'], { cwd: bare }).stdout).results.map((r) => r.file)).toEqual(['x/a.yaml', 'y/b.yaml']);
    });

    it('an invalid plan is listed with its first finding, reported on stderr, and the exit code is 1', () => {
      const dir = tempTree({ 'plans/good.yaml': GOOD, 'plans/bad.yaml': 'cro: 1\naccount:\n  name: Bad\neconomics:\n  monthlyRevenue: 100\n  grossMargin: 78\n' });
      const result = runCli(['breakeven', 'plans'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/\nBad\s+invalid\n/);
      expect(result.stdout).toContain('plans/bad.yaml:6:16: ');
      expect(result.stderr).toMatch(/^cro: plans\/bad\.yaml:6:16: .*\(schema\); run `cro check plans\/bad\.yaml` for every finding\n$/);
      const asJson = runCli(['breakeven', 'plans', '--format', 'json'], { cwd: dir });
      expect(asJson.code).toBe(1);
      expect(json(asJson.stdout).results.map((r) => r.file)).toEqual(['plans/good.yaml']);
      expect(asJson.stderr).toContain('plans/bad.yaml:6:16');
    });

    it('a YAML syntax error is an invalid plan too, and the others are still computed', () => {
      const dir = tempTree({ 'plans/good.yaml': GOOD, 'plans/broken.yaml': 'cro: 1\naccount: [\n' });
      const result = runCli(['breakeven', 'plans', '--format', 'json'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(json(result.stdout).results).toHaveLength(1);
      expect(result.stderr).toMatch(/plans\/broken\.yaml:\d+:\d+: .*\(yaml-syntax\)/);
    });

    it('a folder without plans: a note on stderr, exit 0, and each format\'s empty document', () => {
      const dir = tempTree({ 'plans/.gitkeep': '' });
      const result = runCli(['breakeven', 'plans', '--format', 'json'], { cwd: dir });
      expect(result).toMatchObject({ code: 0, stderr: 'cro: no plans found in plans; run `cro init` to create one\n' });
      expect(json(result.stdout)).toEqual({ version: 1, results: [] });
      expect(runCli(['breakeven', 'plans'], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
      expect(runCli(['breakeven', 'plans', '--format', 'markdown'], { cwd: dir }).stdout).toMatch(/^## cro breakeven: no plans found/);
    });

    it('--schedule and --chart with several plans: one of each per plan with economics', () => {
      const dir = tempTree({ 'a.yaml': GOOD, 'b.yaml': SLOW, 'c.yaml': NO_ECONOMICS });
      const out = runCli(['breakeven', '.', '--schedule', '--chart'], { cwd: dir }).stdout;
      expect(out.match(/: month by month, outlay/g)).toHaveLength(2);
      expect(out.match(/: cumulative contribution against the outlay/g)).toHaveLength(2);
    });
  });

  describe('the --max-months gate', () => {
    const dir = tempTree({ 'good.yaml': GOOD, 'slow.yaml': SLOW, 'never.yaml': NEVER, 'empty.yaml': NO_ECONOMICS });

    it('passes when every plan breaks even within the limit; plans without economics do not fail it', () => {
      expect(runCli(['breakeven', 'good.yaml', 'empty.yaml', '--max-months', '15'], { cwd: dir })).toMatchObject({ code: 0, stderr: '' });
    });

    it('fails a plan that breaks even later, with one line on stderr', () => {
      const result = runCli(['breakeven', 'good.yaml', 'slow.yaml', '--max-months', '24', '--format', 'json'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('cro: slow.yaml: Slow Payback breaks even in month 30, later than --max-months 24\n');
      expect(json(result.stdout).results).toHaveLength(2);
    });

    it('never shows a plan that fails the gate as a pass: the summary says so in red, the table marks its row', () => {
      const one = runCli(['breakeven', 'slow.yaml', '--max-months', '24'], { cwd: dir, env: { FORCE_COLOR: '1' } });
      expect(one.code).toBe(1);
      const verdict = one.stdout.split('\n')[1]!;
      expect(verdict).toContain('\u001b[31m✘ Breaks even in month 30');
      expect(one.stdout.replace(/\u001b\[\d+m/g, '').replace(/\s+/g, ' ')).toContain('later than --max-months 24, so it fails the gate');
      expect(one.stdout).not.toContain('✔');
      // Without the gate, the same plan's verdict is not a failure.
      expect(runCli(['breakeven', 'slow.yaml'], { cwd: dir }).stdout.split('\n')[1]).not.toContain('✘');

      const many = runCli(['breakeven', 'good.yaml', 'slow.yaml', '--max-months', '24'], { cwd: dir });
      const slowRow = many.stdout.split('\n').find((line) => line.startsWith('Slow Payback'))!;
      const goodRow = many.stdout.split('\n').find((line) => line.startsWith('Fast Payback'))!;
      expect(slowRow).toMatch(/✘ 30 \(/);
      expect(goodRow).not.toMatch(/✘ \d+ \(/);
      expect(many.stdout.replace(/\s+/g, ' ')).toContain('Slow Payback breaks even in month 30, later than --max-months 24: fails the gate.');
    });

    it('marks the gate in Markdown too: a failing plan is never a ✅', () => {
      const one = runCli(['breakeven', 'slow.yaml', '--max-months', '24', '--format', 'markdown'], { cwd: dir });
      expect(one.code).toBe(1);
      expect(one.stdout).toContain('❌ **Breaks even in month 30');
      expect(one.stdout).toContain('later than --max-months 24, so it fails the gate');
      expect(one.stdout).not.toContain('✅');
      const many = runCli(['breakeven', 'good.yaml', 'slow.yaml', '--max-months', '24', '--format', 'markdown'], { cwd: dir });
      const slowRow = many.stdout.split('\n').find((line) => line.startsWith('| Slow Payback'))!;
      expect(slowRow).toContain('❌ 30 (');
      expect(many.stdout).toContain('- **Slow Payback** breaks even in month 30, later than --max-months 24: fails the gate');
    });

    it('fails a plan that never breaks even', () => {
      const result = runCli(['breakeven', 'never.yaml', '--max-months', '24'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('cro: never.yaml: Never Pays never breaks even within the 120-month horizon (--max-months 24)\n');
    });

    it('takes the limit from config breakeven.maxMonths, and names it', () => {
      const configured = tempTree({ 'cro.config.yaml': 'breakeven: { maxMonths: 12 }\n', 'good.yaml': GOOD });
      const result = runCli(['breakeven', 'good.yaml'], { cwd: configured });
      expect(result).toMatchObject({ code: 1, stderr: 'cro: good.yaml: Fast Payback breaks even in month 15, later than breakeven.maxMonths 12 in cro.config.yaml\n' });
      expect(runCli(['breakeven', 'good.yaml', '--max-months', '15'], { cwd: configured }).code).toBe(0);
    });
  });

  describe('what-ifs from flags', () => {
    const cwd = tempTree();
    const whatIf = (...args: string[]) => {
      const result = runCli(['breakeven', ...args, '--format', 'json', ...AS_OF], { cwd });
      expect(result.code, result.stderr).toBe(0);
      return json(result.stdout).results[0]!;
    };

    it('CAC 6,000, MRR 500, margin 80% → month 15 exactly', () => {
      expect(whatIf('--acquisition-cost', '6000', '--monthly-revenue', '500', '--gross-margin', '0.8')).toMatchObject({ breakEvenMonth: 15, breakEvenMonths: 15 });
    });

    it('CAC 8,000, MRR 1,200, margin 78% → 8.55 months, month 9', () => {
      expect(whatIf('--acquisition-cost', '8000', '--monthly-revenue', '1200', '--gross-margin', '0.78')).toMatchObject({ breakEvenMonth: 9, breakEvenMonths: 8.55 });
    });

    it('1,190 outlay at 170 × 0.70 → month 10, not 11', () => {
      expect(whatIf('--acquisition-cost', '1190', '--monthly-revenue', '170', '--gross-margin', '0.70')).toMatchObject({ breakEvenMonth: 10, breakEvenMonths: 10 });
    });

    it('the SPEC example as flags: no file, no account', () => {
      expect(whatIf('--acquisition-cost', '84000', '--onboarding-cost', '12000', '--monthly-revenue', '9500', '--gross-margin', '0.78', '--support-cost', '1200',
        '--expansion', '0.01', '--churn', '0.01', '--discount-rate', '0.1', '--start', '2026-02-01', '--horizon', '120')).toEqual({
        file: null, account: null, currency: 'USD', breakEvenMonth: 15, breakEvenMonths: 14.28, breakEvenDate: '2027-05-01',
        discountedBreakEvenMonth: 16, expectedBreakEvenMonth: 16, survivalAtBreakEven: 0.868746, roi: -0.1711, ltv: null, never: false, reason: null,
      });
    });

    it('annual revenue stays exact: 6 × (1,000 / 12) pays back 500 in month 6', () => {
      expect(whatIf('--acquisition-cost', '500', '--annual-revenue', '1000', '--start', '2026-01-01')).toMatchObject({ breakEvenMonth: 6, breakEvenMonths: 6 });
    });

    it('never, with the reason', () => {
      expect(whatIf('--acquisition-cost', '10000', '--monthly-revenue', '1100', '--support-cost', '1200')).toMatchObject({
        breakEvenMonth: null, never: true, reason: expect.stringMatching(/^support costs 1,200 a month but the margin earns only 1,100/),
      });
    });

    it('a date relative to --as-of without --start', () => {
      expect(whatIf('--acquisition-cost', '6000', '--monthly-revenue', '500', '--gross-margin', '0.8').breakEvenDate).toBe('2028-02-27');
    });

    it('--currency, else the config currency, else USD', () => {
      expect(whatIf('--monthly-revenue', '10', '--currency', 'try').currency).toBe('TRY');
      const configured = tempTree({ 'cro.config.yaml': 'currency: EUR\n' });
      const result = runCli(['breakeven', '--monthly-revenue', '10', '--acquisition-cost', '25'], { cwd: configured });
      expect(result.stdout).toContain('Outlay          €25');
    });

    it('the table view is the summary, titled as a what-if', () => {
      const result = runCli(['breakeven', '--acquisition-cost', '8000', '--monthly-revenue', '1200', '--gross-margin', '0.78', '--chart', '--schedule'], { cwd });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^What-if \(figures from flags\)\n✔ Breaks even in month 9 \(8\.55 months\)/);
      expect(result.stdout).toMatch(/\n\s+9\s+\S+\s+\$1,200\.00\s+\$936\.00\s+\$8,424\.00.*◀ break-even/);
    });

    it('figure flags with paths are a usage error that says so', () => {
      const result = runCli(['breakeven', 'plans', '--monthly-revenue', '9500'], { cwd });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        'cro: --monthly-revenue describes a what-if without a plan, so it cannot be combined with plan paths (plans); ' +
          'leave out the paths for a what-if, or the figure flags to read the plans\n',
      );
    });
  });

  describe('currencies', () => {
    it('each plan in its own currency; a plan without one takes the config currency', () => {
      const dir = tempTree({
        'cro.config.yaml': 'currency: TRY\n',
        'a.yaml': planYaml('Lira', 'customerSince: 2026-01-01', 'acquisitionCost: 60000, monthlyRevenue: 5000'),
        'b.yaml': planYaml('Yen', 'customerSince: 2026-01-01, currency: JPY', 'acquisitionCost: 600000, monthlyRevenue: 50000'),
      });
      const result = runCli(['breakeven', '.'], { cwd: dir });
      expect(result.stdout).toMatch(/\nTotal JPY \(1 plan\)\s+¥600,000/);
      expect(result.stdout).toMatch(/\nTotal TRY \(1 plan\)\s+TRY\s?60,000/);
      expect(json(runCli(['breakeven', '.', '--format', 'json'], { cwd: dir }).stdout).results.map((r) => r.currency)).toEqual(['TRY', 'JPY']);
    });
  });

  describe('the examples/ repository', () => {
    it('passes its own 24-month gate, as examples/README.md says', () => {
      const result = runCli(['breakeven', ...AS_OF], { cwd: EXAMPLES });
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(runCli(['breakeven', ...AS_OF, '--max-months', '24'], { cwd: EXAMPLES }).code).toBe(0);
    });

    it('gives the break-evens the README lists, soonest first', () => {
      const results = json(runCli(['breakeven', ...AS_OF, '--format', 'json'], { cwd: EXAMPLES }).stdout).results;
      const byFile = Object.fromEntries(results.map((r) => [r.file, r]));
      expect(byFile['plans/halcyon-cold-chain.yaml']).toMatchObject({ breakEvenMonth: 12, currency: 'USD' });
      expect(byFile['plans/harbor-and-vine-grocers.yaml']).toMatchObject({ breakEvenMonth: 21, breakEvenDate: '2027-09-01' });
      expect(byFile['plans/copper-kettle-coffee.yaml']).toMatchObject({ breakEvenMonth: 10 });
      expect(byFile['plans/brueckner-antriebstechnik.yaml']).toMatchObject({ currency: 'EUR' });
      expect(results.every((r) => r.breakEvenMonth !== null && r.breakEvenMonth <= 21)).toBe(true);
      const months = results.map((r) => r.breakEvenMonths ?? Infinity);
      expect([...months].sort((a, b) => a - b)).toEqual(months);
    });

    it('fails a tighter gate on the one plan that pays back late', () => {
      const result = runCli(['breakeven', ...AS_OF, '--max-months', '20'], { cwd: EXAMPLES });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('cro: plans/harbor-and-vine-grocers.yaml: Harbor & Vine Grocers breaks even in month 21, later than --max-months 20\n');
    });
  });

  it('--help documents every flag with examples', () => {
    const result = runCli(['breakeven', '--help']);
    expect(result.code).toBe(0);
    for (const flag of ['--format', '--output', '--schedule', '--chart', '--as-of', '--horizon', '--max-months', '--start', '--currency',
      '--acquisition-cost', '--onboarding-cost', '--monthly-revenue', '--annual-revenue', '--gross-margin', '--support-cost',
      '--expansion', '--churn', '--discount-rate', 'Examples:', 'cro breakeven plans/acme-logistics.yaml --schedule --chart']) {
      expect(result.stdout).toContain(flag);
    }
  });
});

describe('cro breakeven on a terminal (in-process)', () => {
  it('sizes the chart to the terminal', async () => {
    let stdout = '';
    const io: CommandIO = {
      cwd: tempTree(), env: {}, stdinIsTTY: true,
      stdout: Object.assign({ write: (text: string | Uint8Array) => (stdout += String(text)), isTTY: true }, { columns: 120 }),
      stderr: { write: () => true, isTTY: true },
    };
    const code = await runBreakEven([], { acquisitionCost: '8000', monthlyRevenue: '1200', grossMargin: '0.78', chart: true, color: false, start: '2026-01-01' }, io);
    expect(code).toBe(0);
    const widest = Math.max(...stdout.split('\n').map((line) => [...line].length));
    expect(widest).toBeGreaterThan(80);
    expect(widest).toBeLessThanOrEqual(120);
  });
});
