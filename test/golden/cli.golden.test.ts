import { describe, it } from 'vitest';
import { EXAMPLES, expectGolden } from './golden.js';

describe('the help, the rule list and a rule explained', () => {
  it('cro --help', async () => {
    await expectGolden({ args: ['--help'], cwd: EXAMPLES, code: 0, stdout: 'cli/help.txt' });
  });

  for (const command of ['init', 'check', 'breakeven', 'report', 'map', 'schema', 'rules', 'explain', 'contact', 'left', 'stakeholder', 'stakeholder add', 'stakeholder set', 'review', 'set', 'reassign']) {
    it(`cro ${command} --help`, async () => {
      await expectGolden({ args: [...command.split(' '), '--help'], cwd: EXAMPLES, code: 0, stdout: `cli/${command.replace(' ', '-')}.help.txt` });
    });
  }

  it('cro rules, with the examples config (one rule raised to error)', async () => {
    await expectGolden({ args: ['rules'], cwd: EXAMPLES, code: 0, stdout: 'cli/rules.txt' });
  });

  it('cro explain role-backup', async () => {
    await expectGolden({ args: ['explain', 'role-backup'], cwd: EXAMPLES, code: 0, stdout: 'cli/explain.role-backup.txt' });
  });
});
