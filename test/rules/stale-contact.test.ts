import rule from '../../src/rules/stale-contact.js';
import { ruleTester } from './tester.js';

const plan = (...stakeholders: string[]) =>
  `cro: 1\naccount: { name: Acme Logistics }\nstakeholders:\n${stakeholders.map((s) => `  - ${s}\n`).join('')}`;

ruleTester(rule, {
  valid: [
    { name: 'recent contact', plan: plan('{ id: m, name: Maria Lopez, group: renew, lastContact: 2026-11-02 }') },
    { name: 'exactly 90 days is not more than 90', plan: plan('{ id: m, name: Maria Lopez, group: renew, lastContact: 2026-08-29 }') },
    { name: 'no lastContact is not a finding', plan: plan('{ id: m, name: Maria Lopez, group: renew }') },
    { name: 'someone who has left is not chased', plan: plan('{ id: r, name: Rachel Kim, group: renew, lastContact: 2026-01-30, leftOn: 2026-08-14 }') },
    { name: 'a contact after as-of', plan: plan('{ id: m, name: Maria Lopez, group: renew, lastContact: 2026-12-01 }') },
    { name: 'option days raises the limit', plan: plan('{ id: v, name: Victor Almeida, group: renew, lastContact: 2026-08-05 }'), options: { days: 120 } },
  ],
  invalid: [
    {
      name: '91 days, Group 1',
      plan: plan('{ id: m, name: Maria Lopez, group: renew, lastContact: 2026-08-28 }'),
      findings: [{ message: 'no contact with Maria Lopez for 91 days (last 2026-08-28, limit 90); get in touch', line: 4, column: 5 }],
    },
    {
      name: 'Group 2 contacts count too',
      plan: plan('{ id: t, name: Tomasz Wiśniewski, group: new-buy, lastContact: 2026-08-20 }'),
      findings: [{ message: 'Tomasz Wiśniewski for 99 days', line: 4, column: 5 }],
    },
    {
      name: 'option days: 60',
      plan: plan('{ id: s, name: Scott Hanley, group: renew, lastContact: 2026-09-02 }', '{ id: m, name: Maria Lopez, group: renew, lastContact: 2026-10-01 }'),
      options: { days: 60 },
      findings: [{ message: 'Scott Hanley for 86 days (last 2026-09-02, limit 60)', line: 4, column: 5 }],
    },
    {
      name: 'leaving after as-of still counts',
      plan: plan('{ id: m, name: Maria Lopez, group: renew, lastContact: 2026-01-05, leftOn: 2026-12-31 }'),
      findings: [{ message: 'Maria Lopez for 326 days', line: 4, column: 5 }],
    },
    {
      name: 'as-of decides',
      plan: plan('{ id: m, name: Maria Lopez, group: renew, lastContact: 2026-11-02 }'),
      asOf: '2027-03-01',
      findings: [{ message: '119 days', line: 4, column: 5 }],
    },
  ],
});
