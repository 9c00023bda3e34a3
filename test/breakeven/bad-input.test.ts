import { describe, expect, it } from 'vitest';
import { runInProcess, tempTree } from '../helpers/cli.js';

/*
 * Every mistake in how `cro breakeven` is called is exit 2 with one clear line on
 * stderr that names the flag, the value and what to write instead; nothing on stdout.
 */

const FIGURES = ['--acquisition-cost', '84000', '--monthly-revenue', '9500', '--gross-margin', '0.78'];

async function usageError(args: string[], message: RegExp): Promise<void> {
  const result = await runInProcess(['breakeven', ...args], { cwd: tempTree(), today: '2026-11-27' });
  expect(result.code, args.join(' ')).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n'), result.stderr).toHaveLength(1);
  expect(result.stderr).toMatch(/^cro: /);
  expect(result.stderr).toMatch(message);
}

describe('cro breakeven: bad input is exit 2 with one clear line', () => {
  it('a what-if without revenue', () =>
    usageError(['--acquisition-cost', '84000'], /needs the revenue: add --monthly-revenue <amount> \(e\.g\. --monthly-revenue 9500\) or --annual-revenue/));

  it('both monthly and annual revenue', () =>
    usageError([...FIGURES, '--annual-revenue', '120000'], /give --monthly-revenue or --annual-revenue, not both/));

  it('a negative amount', () =>
    usageError(['--monthly-revenue', '9500', '--support-cost', '-1200'], /--support-cost -1200: money cannot be negative/));

  it('a negative acquisition cost', () =>
    usageError(['--monthly-revenue', '9500', '--acquisition-cost=-5'], /--acquisition-cost -5: money cannot be negative/));

  it('a value that is not a number', () =>
    usageError(['--monthly-revenue', 'lots'], /--monthly-revenue lots: "lots" is not a number; write digits only, e\.g\. 9500/));

  it('thousands separators', () =>
    usageError(['--monthly-revenue', '9,500'], /--monthly-revenue 9,500: write the number without thousands separators, e\.g\. 9500/));

  it('a percentage for money', () =>
    usageError(['--monthly-revenue', '50%'], /--monthly-revenue 50%: an amount is not a percentage; write the amount/));

  it('gross margin 78 instead of 0.78', () =>
    usageError(['--monthly-revenue', '9500', '--gross-margin', '78'], /--gross-margin 78: the gross margin is a fraction above 0 and at most 1, e\.g\. 0\.78 \(or 78%\); did you mean 0\.78\?/));

  it('gross margin 0', () =>
    usageError(['--monthly-revenue', '9500', '--gross-margin', '0'], /--gross-margin 0: the gross margin is a fraction above 0 and at most 1/));

  it('churn of 1 or more', () =>
    usageError(['--monthly-revenue', '9500', '--churn', '1'], /--churn 1: monthly churn is a fraction from 0 up to \(not including\) 1/));

  it('churn 2 instead of 0.02', () =>
    usageError(['--monthly-revenue', '9500', '--churn', '2'], /--churn 2: .*did you mean 0\.02\?/));

  it('negative churn', () =>
    usageError(['--monthly-revenue', '9500', '--churn=-0.1'], /--churn -0\.1: monthly churn is a fraction from 0/));

  it('expansion of -1 or less', () =>
    usageError(['--monthly-revenue', '9500', '--expansion=-1'], /--expansion -1: monthly expansion is above -1/));

  it('a negative discount rate', () =>
    usageError(['--monthly-revenue', '9500', '--discount-rate=-0.1'], /--discount-rate -0\.1: the discount rate cannot be negative/));

  it('a start that is not a calendar date', () =>
    usageError([...FIGURES, '--start', '2026-02-30'], /--start 2026-02-30: not a calendar date; write it as YYYY-MM-DD/));

  it('a start in another format', () =>
    usageError([...FIGURES, '--start', '01/02/2026'], /--start 01\/02\/2026: not a calendar date/));

  it('a horizon of 0', () =>
    usageError([...FIGURES, '--horizon', '0'], /--horizon 0: expected a whole number of at least 1/));

  it('a fractional horizon', () =>
    usageError([...FIGURES, '--horizon', '12.5'], /--horizon 12\.5: expected a whole number of at least 1/));

  it('a horizon beyond 100 years', () =>
    usageError([...FIGURES, '--horizon', '5000'], /--horizon 5000: at most 1200 months/));

  it('a --max-months that is not a whole number', () =>
    usageError([...FIGURES, '--max-months', 'two'], /--max-months two: expected a whole number/));

  it('a bad --as-of', () =>
    usageError([...FIGURES, '--as-of', 'yesterday'], /--as-of yesterday: not a date/));

  it('an unknown currency', () =>
    usageError([...FIGURES, '--currency', 'XYZ'], /--currency XYZ: not an ISO 4217 currency code/));

  it('figure flags together with plan paths', () =>
    usageError([...FIGURES, 'plans/acme.yaml'], /--acquisition-cost, --monthly-revenue, --gross-margin describe a what-if without a plan, so they cannot be combined with plan paths \(plans\/acme\.yaml\)/));

  it('--chart with --format json', () =>
    usageError([...FIGURES, '--format', 'json', '--chart'], /--chart is not part of the JSON output; use --format table or markdown/));

  it('an unknown format', () =>
    usageError([...FIGURES, '--format', 'xml'], /argument 'xml' is invalid\. Allowed choices are table, json, markdown/));

  it('a path that does not exist', () =>
    usageError(['plans/missing.yaml'], /plans\/missing\.yaml: no such file or folder/));
});

describe('cro breakeven: valid but surprising figures pass with a note', () => {
  it('accepts percentages for fractions, as cro init does', async () => {
    const result = await runInProcess(['breakeven', '--acquisition-cost', '8000', '--monthly-revenue', '1200', '--gross-margin', '78%', '--format', 'json'], { cwd: tempTree(), today: '2026-11-27' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).results[0]).toMatchObject({ breakEvenMonth: 9, breakEvenMonths: 8.55 });
  });

  it('a discount rate of 10 (1,000% a year) is computed, with a note on stderr', async () => {
    const result = await runInProcess(['breakeven', ...FIGURES, '--discount-rate', '10', '--format', 'json'], { cwd: tempTree(), today: '2026-11-27' });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('cro: note: --discount-rate 10 is 1000% a year; did you mean 0.1?\n');
  });
});
