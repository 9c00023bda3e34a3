import rule from '../../src/rules/cross-functional-team.js';
import { ruleTester } from './tester.js';

const team = (...functions: string[]) =>
  `cro: 1\naccount: { name: Acme Logistics }\nteam:\n${functions.map((f, i) => `  - { name: Person ${i}, function: ${f} }\n`).join('')}`;

ruleTester(rule, {
  valid: [
    { name: 'sales, marketing and customer success', plan: team('sales', 'customer-success', 'marketing') },
    { name: 'more functions are welcome', plan: team('executive', 'sales', 'support', 'marketing', 'customer-success') },
    { name: 'option functions: a smaller required set', plan: team('sales', 'support'), options: { functions: ['sales', 'support'] } },
  ],
  invalid: [
    {
      name: 'no team: at 1:1',
      plan: 'cro: 1\naccount: { name: Acme }\n',
      findings: [{ message: 'no team; list the cross-functional team (sales, marketing and customer-success) under team', line: 1, column: 1 }],
    },
    {
      name: 'one function missing: at the team list',
      plan: team('sales', 'customer-success'),
      findings: [{ message: 'the team has no marketing member; add one so sales, marketing and customer-success plan the account together', line: 4, column: 3 }],
    },
    {
      name: 'two functions missing: one finding naming both',
      plan: team('sales', 'support'),
      findings: [{ message: 'the team has no marketing or customer-success member; add them', line: 4, column: 3 }],
    },
    {
      name: 'option functions: product required',
      plan: team('sales', 'customer-success', 'marketing'),
      options: { functions: ['sales', 'product'] },
      findings: [{ message: 'the team has no product member', line: 4, column: 3 }],
    },
  ],
});
