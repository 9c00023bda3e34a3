import { describe, it } from 'vitest';
import { EXAMPLES, expectGolden } from './golden.js';

// The help in Turkish (SPEC §11): commander's headings, usage words and defaults included.
describe('the help in Turkish', () => {
  for (const command of ['', 'init', 'check', 'breakeven', 'report', 'map', 'schema', 'rules', 'explain', 'diff', 'history', 'contact', 'left', 'stakeholder', 'stakeholder add', 'stakeholder set', 'review', 'set', 'reassign']) {
    it(`cro ${command} --help --lang tr`.replace('  ', ' '), async () => {
      await expectGolden({ args: [...(command ? command.split(' ') : []), '--help', '--lang', 'tr'], cwd: EXAMPLES, code: 0, stdout: `cli/tr/${command.replace(' ', '-') || 'cro'}.help.txt` });
    });
  }
});
