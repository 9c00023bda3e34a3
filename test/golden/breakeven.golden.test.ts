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

/* Break-even in Turkish (--lang tr): its words, the reasons it never pays back, and tr-TR money and numbers (₺2.500.000, 13,53 ay). */
describe('cro breakeven in Turkish (--lang tr)', () => {
  const TR = ['--as-of', AS_OF, '--lang', 'tr'];

  it('one plan: the summary, --schedule and --chart', async () => {
    await expectGolden({ args: ['breakeven', HARBOR, ...TR], cwd: EXAMPLES, code: 0, stdout: 'breakeven/harbor.tr.summary.txt' });
    await expectGolden({ args: ['breakeven', HARBOR, ...TR, '--schedule', '--chart'], cwd: EXAMPLES, code: 0, stdout: 'breakeven/harbor.tr.schedule-chart.txt' });
  });

  it('one plan in Markdown with its schedule, and in JSON', async () => {
    await expectGolden({ args: ['breakeven', BRUECKNER, ...TR, '--format', 'markdown', '--schedule'], cwd: EXAMPLES, code: 0, stdout: 'breakeven/brueckner.tr.schedule.md' });
    await expectGolden({ args: ['breakeven', HARBOR, ...TR, '--format', 'json'], cwd: EXAMPLES, code: 0, stdout: 'breakeven/harbor.json' });
  });

  it('a what-if from flags, with its chart', async () => {
    const args = ['breakeven', '--acquisition-cost', '84000', '--onboarding-cost', '12000', '--monthly-revenue', '9500', '--gross-margin', '0.78',
      '--support-cost', '1200', '--churn', '0.01', '--discount-rate', '0.1', '--start', '2026-02-01', ...TR, '--chart'];
    await expectGolden({ args, cwd: EXAMPLES, code: 0, stdout: 'breakeven/what-if.tr.chart.txt' });
  });

  it('many plans: the table, Markdown, and a failed gate', async () => {
    await expectGolden({ args: ['breakeven', ...TR], cwd: EXAMPLES, code: 0, stdout: 'breakeven/examples.tr.table.txt' });
    await expectGolden({ args: ['breakeven', ...TR, '--format', 'markdown'], cwd: EXAMPLES, code: 0, stdout: 'breakeven/examples.tr.md' });
    await expectGolden({ args: ['breakeven', ...TR, '--max-months', '12'], cwd: EXAMPLES, code: 1, stdout: 'breakeven/examples.tr.gate.txt', stderr: 'breakeven/examples.tr.gate.stderr.txt' });
  });

  describe('on tricky plans', () => {
    const dir = trickyTree();
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    for (const [format, ext] of [['table', 'table.txt'], ['markdown', 'md'], ['json', 'json']] as const) {
      it(`--format ${format}`, async () => {
        await expectGolden({ args: ['breakeven', 'plans', ...TR, '--format', format], cwd: dir, code: 1, stdout: `breakeven/tricky.tr.${ext}`, stderr: `breakeven/tricky.tr.${format}.stderr.txt` });
      });
    }

    it('one plan that never pays back', async () => {
      await expectGolden({ args: ['breakeven', 'plans/never.yaml', ...TR, '--schedule', '--chart'], cwd: dir, code: 0, stdout: 'breakeven/never.tr.schedule-chart.txt' });
    });

    it('an empty folder', async () => {
      await expectGolden({ args: ['breakeven', 'empty', ...TR], cwd: dir, code: 0, stdout: 'breakeven/empty.table.txt', stderr: 'breakeven/empty.tr.stderr.txt' });
    });
  });
});
