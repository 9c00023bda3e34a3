import rule from '../../src/rules/role-backup.js';
import { ruleTester } from './tester.js';

const plan = (...stakeholders: string[]) =>
  `cro: 1\naccount: { name: Acme Logistics }\nstakeholders:\n${stakeholders.map((s) => `  - ${s}\n`).join('')}`;

ruleTester(rule, {
  valid: [
    { name: 'no stakeholders: nothing is single-threaded (critical-roles reports the gap)', plan: 'cro: 1\naccount: { name: Acme }\n' },
    {
      name: 'a sole coverer with a current backup, who need not hold the role',
      plan: plan(
        '{ id: omar, name: Omar Shah, group: renew, stance: supporter, roles: [procurement], backup: lena }',
        '{ id: lena, name: Lena Berg, group: renew, stance: neutral }',
      ),
    },
    {
      name: 'two people cover the role: no backup needed',
      plan: plan(
        '{ id: omar, name: Omar Shah, group: renew, stance: supporter, roles: [procurement] }',
        '{ id: tom, name: Tom Reed, group: renew, stance: advocate, roles: [procurement] }',
      ),
    },
    {
      name: 'a backup who leaves after as-of still counts',
      plan: plan(
        '{ id: omar, name: Omar Shah, group: renew, stance: supporter, roles: [procurement], backup: lena }',
        '{ id: lena, name: Lena Berg, group: renew, leftOn: 2027-01-01 }',
      ),
    },
    {
      name: 'a neutral holder without a backup is not a coverer',
      plan: plan('{ id: gary, name: Gary Whitfield, group: renew, stance: neutral, roles: [procurement] }'),
    },
    {
      name: 'roles outside config criticalRoles are not checked',
      plan: plan('{ id: omar, name: Omar Shah, group: renew, stance: supporter, roles: [procurement] }'),
      criticalRoles: ['end-user'],
    },
  ],
  invalid: [
    {
      name: 'procurement rests on one person with no backup',
      plan: plan(
        '{ id: maria, name: Maria Lopez, group: renew, stance: advocate, roles: [budget-owner], backup: omar }',
        '{ id: omar, name: Omar Shah, group: renew, stance: supporter, roles: [procurement] }',
      ),
      findings: [{ message: 'procurement rests on Omar Shah alone; add a backup', line: 5, column: 5, subject: 'stakeholder:omar' }],
    },
    {
      name: 'several roles on one person: one finding naming them in the order of the plan',
      plan: plan('{ id: hana, name: Hana Kobayashi, group: renew, stance: advocate, roles: [executive-sponsor, budget-owner, procurement] }'),
      findings: [{ message: 'executive-sponsor, budget-owner and procurement rest on Hana Kobayashi alone', line: 4, column: 5 }],
    },
    {
      name: 'the backup has left',
      plan: `cro: 1
account: { name: Harbor }
stakeholders:
  - id: rachel
    name: Rachel Kim
    group: renew
    leftOn: 2026-08-14
  - id: victor
    name: Victor Almeida
    group: renew
    roles: [executive-sponsor, budget-owner]
    stance: supporter
    backup: rachel
`,
      findings: [{ message: ['executive-sponsor and budget-owner rest on Victor Almeida alone', 'Rachel Kim, left on 2026-08-14', 'current backup'], line: 8, column: 5 }],
    },
    {
      name: 'the backup is a detractor: no backup at all',
      plan: plan(
        '{ id: omar, name: Omar Shah, group: renew, stance: supporter, roles: [procurement], backup: scott }',
        '{ id: scott, name: Scott Hanley, group: renew, stance: detractor, objection: { kind: competitor }, winPlan: { owner: Ali, due: 2026-12-01 } }',
      ),
      findings: [
        {
          message: ['procurement rests on Omar Shah alone', 'the backup, Scott Hanley, is a detractor', 'name a backup who would argue for renewal'],
          line: 4,
          column: 5,
          subject: 'stakeholder:omar',
        },
      ],
    },
    {
      name: 'one finding per single-threaded person',
      plan: plan(
        '{ id: a, name: Ann Ames, group: renew, stance: advocate, roles: [end-user] }',
        '{ id: b, name: Bo Berg, group: renew, stance: supporter, roles: [administrator] }',
      ),
      criticalRoles: ['end-user', 'administrator'],
      findings: [
        { message: 'end-user rests on Ann Ames alone', line: 4, column: 5 },
        { message: 'administrator rests on Bo Berg alone', line: 5, column: 5 },
      ],
    },
    {
      name: 'only the roles that rest on the person alone are named',
      plan: plan(
        '{ id: a, name: Ann Ames, group: renew, stance: advocate, roles: [end-user, procurement] }',
        '{ id: b, name: Bo Berg, group: renew, stance: supporter, roles: [end-user], backup: a }',
      ),
      findings: [{ message: ['procurement rests on Ann Ames alone'], line: 4, column: 5 }],
    },
  ],
});
