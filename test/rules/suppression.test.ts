import rule from '../../src/rules/suppression.js';
import { ruleTester } from './tester.js';

/*
 * Rule suppression on its own, as the rule tester runs a rule: only it is on, so the
 * comments' other rules give no findings here (and are not "unused": they did not run).
 * What a comment suppresses, and "unused", are tested end to end in test/adopt.
 */
const HEAD = 'cro: 1\naccount: { name: Acme Logistics }\n';

ruleTester(rule, {
  valid: [
    { name: 'a comment with rule and reason', plan: `${HEAD}# cro-ignore okrs -- OKRs come with the QBR\nokrs: []\n` },
    { name: 'with a date to come', plan: `${HEAD}okrs: [] # cro-ignore okrs -- after the QBR until 2026-12-31\n` },
    { name: 'on its last day', plan: `${HEAD}okrs: [] # cro-ignore okrs -- after the QBR until 2026-11-27\n` },
    { name: 'a file-wide one in the first comment block', plan: `# yaml-language-server: $schema=x\n# cro-ignore-file okrs, economics -- a pilot account\n${HEAD}` },
    { name: 'words that only look like one: in a quoted value', plan: `${HEAD}notes: "# cro-ignore okrs"\n` },
    { name: 'and in a block scalar', plan: `cro: 1\naccount:\n  name: Acme\n  notes: |\n    # cro-ignore okrs\n` },
  ],
  invalid: [
    { name: 'no reason', plan: `${HEAD}# cro-ignore okrs\nokrs: []\n`, findings: [{ message: ['gives no reason', '# cro-ignore okrs -- '], line: 3, column: 1, subject: 'cro-ignore:okrs/no-reason' }] },
    { name: 'nothing after --', plan: `${HEAD}okrs: [] # cro-ignore okrs --  \n`, findings: [{ message: 'gives no reason', line: 3, column: 10 }] },
    { name: 'no rule', plan: `${HEAD}# cro-ignore -- why\nokrs: []\n`, findings: [{ message: 'names no rule', line: 3, column: 1 }] },
    {
      name: 'an unknown rule, with the nearest',
      plan: `${HEAD}# cro-ignore okr, okrs -- why\nokrs: []\n`,
      findings: [{ message: ['unknown rule "okr"', 'did you mean "okrs"?'], line: 3, column: 1, subject: 'cro-ignore:okr,okrs/unknown:okr' }],
    },
    { name: 'schema and yaml-syntax are always errors: never suppressed', plan: `${HEAD}# cro-ignore schema -- why\nokrs: []\n`, findings: [{ message: 'schema findings cannot be suppressed', line: 3, column: 1, subject: 'cro-ignore:schema/always:schema' }] },
    { name: 'suppression cannot suppress itself', plan: `${HEAD}# cro-ignore suppression -- why\nokrs: []\n`, findings: [{ message: 'unknown rule "suppression"', line: 3, column: 1 }] },
    { name: 'expired', plan: `${HEAD}okrs: [] # cro-ignore okrs -- after the QBR until 2026-11-26\n`, findings: [{ message: ['of okrs expired on 2026-11-26', 'findings are back'], line: 3, column: 10, subject: 'cro-ignore:okrs/expired' }] },
    { name: 'not a date', plan: `${HEAD}okrs: [] # cro-ignore okrs -- after the QBR until 2026-11-31\n`, findings: [{ message: '"until 2026-11-31" is not a date', line: 3, column: 10 }] },
    { name: 'a file-wide one below the first comment block', plan: `${HEAD}# cro-ignore-file okrs -- why\n`, findings: [{ message: 'first comment block', line: 3, column: 1, subject: 'cro-ignore-file:okrs/misplaced' }] },
    { name: 'before a blank line', plan: `${HEAD}# cro-ignore okrs -- why\n\nokrs: []\n`, findings: [{ message: 'applies to nothing', line: 3, column: 1 }] },
    {
      name: 'two alike: each its own subject',
      plan: `${HEAD}# cro-ignore okrs\n# cro-ignore okrs\nokrs: []\n`,
      findings: [
        { message: 'gives no reason', line: 3, column: 1, subject: 'cro-ignore:okrs/no-reason' },
        { message: 'gives no reason', line: 4, column: 1, subject: 'cro-ignore:okrs/no-reason/2' },
      ],
    },
  ],
});
