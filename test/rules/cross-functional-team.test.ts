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
      name: 'no team: one finding per function, at 1:1',
      plan: 'cro: 1\naccount: { name: Acme }\n',
      findings: [
        { message: 'no team, so no sales member; list the cross-functional team (sales, marketing and customer-success) under team', line: 1, column: 1, subject: 'team:sales' },
        { message: 'no team, so no marketing member', line: 1, column: 1, subject: 'team:marketing' },
        { message: 'no team, so no customer-success member', line: 1, column: 1, subject: 'team:customer-success' },
      ],
    },
    {
      name: 'one function missing: at the team list',
      plan: team('sales', 'customer-success'),
      findings: [{ message: 'the team has no marketing member; add one so sales, marketing and customer-success plan the account together', line: 4, column: 3, subject: 'team:marketing' }],
    },
    {
      name: 'two functions missing: one finding each, so adding one resolves only its own',
      plan: team('sales', 'support'),
      findings: [
        { message: 'the team has no marketing member; add one', line: 4, column: 3, subject: 'team:marketing' },
        { message: 'the team has no customer-success member; add one', line: 4, column: 3, subject: 'team:customer-success' },
      ],
    },
    {
      name: 'option functions: product required',
      plan: team('sales', 'customer-success', 'marketing'),
      options: { functions: ['sales', 'product'] },
      findings: [{ message: 'the team has no product member', line: 4, column: 3 }],
    },
  ],
});
