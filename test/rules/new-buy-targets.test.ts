import rule from '../../src/rules/new-buy-targets.js';
import { ruleTester } from './tester.js';

const PEOPLE = `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate }
  - { id: rachel, name: Rachel Kim, group: renew, leftOn: 2026-08-14 }
  - { id: lena, name: Lena Berg, group: new-buy }
`;
// With PEOPLE, `newBuy:` is line 7 and its first target line 8.
const targets = (...items: string[]) => `${PEOPLE}newBuy:\n${items.map((t) => `  - ${t}\n`).join('')}`;

ruleTester(rule, {
  valid: [
    { name: 'a target with a Group 1 hero', plan: targets('{ unit: Finance, contacts: [lena], heroes: [maria] }') },
    { name: 'one Group 1 hero among others is enough', plan: targets('{ unit: Finance, heroes: [lena, maria] }') },
  ],
  invalid: [
    {
      name: 'no newBuy section: at 1:1',
      plan: PEOPLE,
      findings: [{ message: ['no Group 2 target yet', 'a unit of Acme Logistics'], line: 1, column: 1 }],
    },
    {
      name: 'an empty list: at the list',
      plan: `${PEOPLE}newBuy: []\n`,
      findings: [{ message: 'no Group 2 target yet', line: 7, column: 9 }],
    },
    {
      name: 'a target without heroes',
      plan: targets('{ unit: Distribution centers, contacts: [lena] }'),
      findings: [{ message: 'the "Distribution centers" target has no Group 1 hero; add to heroes a Group 1 customer', line: 8, column: 5 }],
    },
    {
      name: 'a hero from Group 2 is named',
      plan: targets('{ unit: Finance, heroes: [lena] }'),
      findings: [{ message: 'the "Finance" target has no Group 1 hero: Lena Berg is in Group 2;', line: 8, column: 5 }],
    },
    {
      name: 'a hero who has left',
      plan: targets('{ unit: Finance, heroes: [rachel] }'),
      findings: [{ message: 'no Group 1 hero: Rachel Kim left on 2026-08-14', line: 8, column: 5 }],
    },
    {
      name: 'one finding per target without a hero',
      plan: targets('{ unit: Finance, heroes: [maria] }', '{ unit: Legal }', '{ unit: HR, heroes: [] }'),
      findings: [
        { message: '"Legal"', line: 9, column: 5 },
        { message: '"HR"', line: 10, column: 5 },
      ],
    },
  ],
});
