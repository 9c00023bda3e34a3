import rule from '../../src/rules/okrs.js';
import { ruleTester } from './tester.js';

const HEAD = 'cro: 1\naccount: { name: Acme Logistics }\n';

ruleTester(rule, {
  valid: [
    { name: 'an objective with a key result', plan: `${HEAD}okrs:\n  - objective: Reference customer\n    keyResults: [Two case studies by 2027-06]\n` },
    {
      name: 'one objective with key results is enough',
      plan: `${HEAD}okrs:\n  - objective: Later\n  - objective: Reference customer\n    keyResults: [Two case studies]\n`,
    },
  ],
  invalid: [
    { name: 'no okrs: at 1:1', plan: HEAD, findings: [{ message: 'no OKRs; add an objective with at least one key result', line: 1, column: 1 }] },
    {
      name: 'objectives without key results: at okrs',
      plan: `${HEAD}okrs:\n  - objective: Reference customer\n  - objective: Expand\n    keyResults: []\n`,
      findings: [{ message: 'no objective has a key result; add keyResults to "Reference customer"', line: 4, column: 3 }],
    },
    { name: 'blank key results do not count', plan: `${HEAD}okrs:\n  - objective: X\n    keyResults: [" "]\n`, findings: [{ message: 'no objective has a key result', line: 4, column: 3 }] },
    { name: 'an empty list', plan: `${HEAD}okrs: []\n`, findings: [{ message: 'no OKRs', line: 3, column: 7 }] },
  ],
});
