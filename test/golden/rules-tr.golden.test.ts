import { describe, it } from 'vitest';
import { AS_OF, EXAMPLES, expectGolden } from './golden.js';

/* The rule list, a rule explained and the examples' findings in Turkish (SPEC §11), as whole documents. */
describe('the rules in Turkish', () => {
  it('cro rules --lang tr, with the examples config', async () => {
    await expectGolden({ args: ['rules', '--lang', 'tr'], cwd: EXAMPLES, code: 0, stdout: 'cli/rules.tr.txt' });
  });

  for (const id of ['role-backup', 'stale-contact', 'schema']) {
    it(`cro explain ${id} --lang tr`, async () => {
      await expectGolden({ args: ['explain', id, '--lang', 'tr'], cwd: EXAMPLES, code: 0, stdout: `cli/explain.${id}.tr.txt` });
    });
  }

  it('cro check --lang tr --format json, the examples', async () => {
    await expectGolden({ args: ['check', '--lang', 'tr', '--format', 'json', '--as-of', AS_OF], cwd: EXAMPLES, code: 1, stdout: 'check/examples.tr.json' });
  });
});
