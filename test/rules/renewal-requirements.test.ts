import rule from '../../src/rules/renewal-requirements.js';
import { ruleTester } from './tester.js';

const HEAD = 'cro: 1\naccount: { name: Acme Logistics }\n';

ruleTester(rule, {
  valid: [
    { name: 'one requirement', plan: `${HEAD}renewal:\n  requirements: [Cut dispatch time by 20% before Q3]\n` },
    { name: 'blank ones next to a real one', plan: `${HEAD}renewal:\n  requirements: ['', Cut dispatch time]\n` },
  ],
  invalid: [
    {
      name: 'no renewal section: at 1:1',
      plan: HEAD,
      findings: [{ message: ['nothing says what must happen for Acme Logistics to renew', 'renewal.requirements'], line: 1, column: 1 }],
    },
    {
      name: 'renewal without requirements: at the renewal map',
      plan: `${HEAD}renewal:\n  risks: [Budget freeze]\n`,
      findings: [{ message: 'Acme Logistics to renew', line: 4, column: 3 }],
    },
    {
      name: 'an empty list: at the list',
      plan: `${HEAD}renewal:\n  requirements: []\n`,
      findings: [{ message: 'to renew', line: 4, column: 17 }],
    },
    {
      name: 'only blank requirements',
      plan: `${HEAD}renewal:\n  requirements:\n    - "  "\n`,
      findings: [{ message: 'to renew', line: 5, column: 5 }],
    },
  ],
});
