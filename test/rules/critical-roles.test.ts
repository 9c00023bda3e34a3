import rule from '../../src/rules/critical-roles.js';
import { ruleTester } from './tester.js';

// Two lines of head, so `stakeholders:` is line 3 and its first item line 4.
const plan = (...stakeholders: string[]) =>
  `cro: 1\naccount: { name: Acme Logistics }\nstakeholders:\n${stakeholders.map((s) => `  - ${s}\n`).join('')}`;

const ALL_COVERED = [
  '{ id: maria, name: Maria Lopez, group: renew, stance: advocate, roles: [executive-sponsor, budget-owner] }',
  '{ id: omar, name: Omar Shah, group: renew, stance: supporter, roles: [procurement] }',
  '{ id: kim, name: Kim Lee, group: renew, stance: supporter, roles: [administrator, end-user] }',
];

ruleTester(rule, {
  valid: [
    { name: 'every critical role held by an advocate or supporter', plan: plan(...ALL_COVERED) },
    {
      name: 'a neutral holder does not matter when a supporter also holds the role',
      plan: plan(...ALL_COVERED, '{ id: gary, name: Gary Whitfield, group: renew, stance: neutral, roles: [procurement] }'),
    },
    {
      name: 'leaving after as-of still counts',
      plan: plan(
        ...ALL_COVERED.slice(0, 2),
        '{ id: kim, name: Kim Lee, group: renew, stance: supporter, roles: [administrator, end-user], leftOn: 2026-11-28 }',
      ),
    },
    {
      name: 'config criticalRoles narrows the list',
      plan: plan('{ id: omar, name: Omar Shah, group: renew, stance: supporter, roles: [procurement] }'),
      criticalRoles: ['procurement'],
    },
    {
      name: 'config criticalRoles may add other',
      plan: plan('{ id: ed, name: Ed Park, group: renew, stance: advocate, roles: [other] }'),
      criticalRoles: ['other'],
    },
  ],
  invalid: [
    {
      name: 'no stakeholders: one finding per role at 1:1',
      plan: 'cro: 1\naccount: { name: Acme Logistics }\n',
      findings: ['end-user', 'administrator', 'procurement', 'budget-owner', 'executive-sponsor'].map((role) => ({
        message: [`${role} is not covered`, 'no Group 1 stakeholder holds it', `roles: [${role}]`],
        line: 1,
        column: 1,
      })),
    },
    {
      name: 'a neutral holder: named, with what to do',
      plan: plan(
        ALL_COVERED[0]!,
        '{ id: gary, name: Gary Whitfield, group: renew, stance: neutral, roles: [procurement] }',
        ALL_COVERED[2]!,
      ),
      findings: [{ message: ['procurement is not covered', 'Gary Whitfield is neutral', 'win over Gary Whitfield'], line: 4, column: 3 }],
    },
    {
      name: 'a detractor does not cover',
      plan: plan(ALL_COVERED[0]!, '{ id: s, name: Scott Hanley, group: renew, stance: detractor, roles: [procurement] }', ALL_COVERED[2]!),
      findings: [{ message: ['procurement', 'Scott Hanley is a detractor'], line: 4, column: 3 }],
    },
    {
      name: 'no stance does not cover',
      plan: plan(ALL_COVERED[0]!, '{ id: s, name: Sam Ito, group: renew, roles: [procurement] }', ALL_COVERED[2]!),
      findings: [{ message: ['procurement', 'Sam Ito has an unknown stance'], line: 4, column: 3 }],
    },
    {
      name: 'a Group 2 advocate does not cover',
      plan: plan(ALL_COVERED[0]!, '{ id: s, name: Sam Ito, group: new-buy, stance: advocate, roles: [procurement] }', ALL_COVERED[2]!),
      findings: [{ message: ['procurement', 'Sam Ito is in Group 2'], line: 4, column: 3 }],
    },
    {
      name: 'someone who left on as-of no longer covers, and is not to be won over',
      plan: plan(
        ...ALL_COVERED.slice(0, 2),
        '{ id: kim, name: Kim Lee, group: renew, stance: advocate, roles: [administrator, end-user], leftOn: 2026-11-27 }',
        '{ id: ben, name: Ben Foster, group: renew, stance: neutral, roles: [administrator] }',
      ),
      findings: [
        { message: ['end-user is not covered', 'Kim Lee left on 2026-11-27', 'add a Group 1 advocate or supporter'], line: 4, column: 3 },
        { message: ['administrator is not covered', 'Kim Lee left on 2026-11-27 and Ben Foster is neutral', 'win over Ben Foster,'], line: 4, column: 3 },
      ],
    },
    {
      name: 'config criticalRoles: only the listed roles are checked',
      plan: plan('{ id: omar, name: Omar Shah, group: renew, stance: neutral, roles: [procurement] }'),
      criticalRoles: ['procurement', 'end-user'],
      findings: [
        { message: 'procurement is not covered', line: 4, column: 3 },
        { message: 'end-user is not covered', line: 4, column: 3 },
      ],
    },
  ],
});
