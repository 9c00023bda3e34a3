import { afterAll, describe, it } from 'vitest';
import { rmSync } from 'node:fs';
import { AS_OF, COLOUR, EXAMPLES, expectGolden, trickyTree } from './golden.js';

const HARBOR = 'plans/harbor-and-vine-grocers.yaml';
const BRUECKNER = 'plans/brueckner-antriebstechnik.yaml';

describe('cro breakeven of one plan', () => {
  it('the summary', async () => {
    await expectGolden({ args: ['breakeven', HARBOR, '--as-of', AS_OF], cwd: EXAMPLES, code: 0, stdout: 'breakeven/harbor.summary.txt' });
  });

  it('--schedule: the month table', async () => {
    await expectGolden({ args: ['breakeven', HARBOR, '--as-of', AS_OF, '--schedule'], cwd: EXAMPLES, code: 0, stdout: 'breakeven/harbor.schedule.txt' });
  });

  it('--chart: the cumulative contribution', async () => {
    await expectGolden({ args: ['breakeven', HARBOR, '--as-of', AS_OF, '--chart'], cwd: EXAMPLES, code: 0, stdout: 'breakeven/harbor.chart.txt' });
  });

  it('--schedule --chart in colour (FORCE_COLOR=1), in euros', async () => {
    await expectGolden({ args: ['breakeven', BRUECKNER, '--as-of', AS_OF, '--schedule', '--chart'], cwd: EXAMPLES, env: COLOUR, code: 0, stdout: 'breakeven/brueckner.schedule-chart.color.txt' });
  });

  it('--format markdown --schedule', async () => {
    await expectGolden({ args: ['breakeven', HARBOR, '--as-of', AS_OF, '--format', 'markdown', '--schedule'], cwd: EXAMPLES, code: 0, stdout: 'breakeven/harbor.schedule.md' });
  });

  it('--format json', async () => {
    await expectGolden({ args: ['breakeven', HARBOR, '--as-of', AS_OF, '--format', 'json'], cwd: EXAMPLES, code: 0, stdout: 'breakeven/harbor.json' });
  });

  it('a what-if from flags (the example in --help)', async () => {
    const args = ['breakeven', '--acquisition-cost', '84000', '--onboarding-cost', '12000', '--monthly-revenue', '9500', '--gross-margin', '0.78',
      '--support-cost', '1200', '--churn', '0.01', '--discount-rate', '0.1', '--start', '2026-02-01', '--as-of', AS_OF];
    await expectGolden({ args, cwd: EXAMPLES, code: 0, stdout: 'breakeven/what-if.summary.txt' });
    await expectGolden({ args: [...args, '--chart'], cwd: EXAMPLES, code: 0, stdout: 'breakeven/what-if.chart.txt' });
  });
});

describe('cro breakeven of many plans', () => {
  it('the table, one row each, totals per currency', async () => {
    await expectGolden({ args: ['breakeven', '--as-of', AS_OF], cwd: EXAMPLES, code: 0, stdout: 'breakeven/examples.table.txt' });
  });

  it('the table in colour (FORCE_COLOR=1)', async () => {
    await expectGolden({ args: ['breakeven', '--as-of', AS_OF], cwd: EXAMPLES, env: COLOUR, code: 0, stdout: 'breakeven/examples.table.color.txt' });
  });

  it('--format markdown', async () => {
    await expectGolden({ args: ['breakeven', '--as-of', AS_OF, '--format', 'markdown'], cwd: EXAMPLES, code: 0, stdout: 'breakeven/examples.md' });
  });

  it('--format json', async () => {
    await expectGolden({ args: ['breakeven', '--as-of', AS_OF, '--format', 'json'], cwd: EXAMPLES, code: 0, stdout: 'breakeven/examples.json' });
  });

  it('a failed --max-months gate: the table, and the plans over the limit on stderr', async () => {
    await expectGolden({ args: ['breakeven', '--as-of', AS_OF, '--max-months', '12'], cwd: EXAMPLES, code: 1, stdout: 'breakeven/examples.gate.txt', stderr: 'breakeven/examples.gate.stderr.txt' });
  });
});

describe('cro breakeven of tricky plans (markup in names, invalid plans, one that never pays back)', () => {
  const dir = trickyTree();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const [format, ext] of [['table', 'table.txt'], ['markdown', 'md'], ['json', 'json']] as const) {
    it(`--format ${format}`, async () => {
      await expectGolden({ args: ['breakeven', 'plans', '--as-of', AS_OF, '--format', format], cwd: dir, code: 1, stdout: `breakeven/tricky.${ext}`, stderr: `breakeven/tricky.${format}.stderr.txt` });
    });
  }

  it('one plan that never pays back', async () => {
    await expectGolden({ args: ['breakeven', 'plans/never.yaml', '--as-of', AS_OF, '--schedule', '--chart'], cwd: dir, code: 0, stdout: 'breakeven/never.schedule-chart.txt' });
  });

  it('an empty folder', async () => {
    await expectGolden({ args: ['breakeven', 'empty', '--as-of', AS_OF], cwd: dir, code: 0, stdout: 'breakeven/empty.table.txt', stderr: 'breakeven/empty.stderr.txt' });
  });
});
