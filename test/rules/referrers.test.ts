import rule from '../../src/rules/referrers.js';
import { ruleTester } from './tester.js';

const plan = (...stakeholders: string[]) =>
  `cro: 1\naccount: { name: Acme Logistics }\nstakeholders:\n${stakeholders.map((s) => `  - ${s}\n`).join('')}`;

ruleTester(rule, {
  valid: [
    { name: 'a Group 1 advocate who is a referrer', plan: plan('{ id: m, name: Maria Lopez, group: renew, stance: advocate, referrer: true }') },
    {
      name: 'one is enough among others',
      plan: plan('{ id: t, name: Tom Reed, group: renew, stance: supporter, referrer: true }', '{ id: m, name: Maria Lopez, group: renew, stance: advocate, referrer: true }'),
    },
  ],
  invalid: [
    {
      name: 'no stakeholders at all: at 1:1',
      plan: 'cro: 1\naccount: { name: Acme }\n',
      findings: [{ message: ['Group 1 has no referrer who is an advocate', 'win an advocate who tells your story'], line: 1, column: 1 }],
    },
    {
      name: 'an advocate not marked as referrer is suggested by name',
      plan: plan('{ id: m, name: Maria Lopez, group: renew, stance: advocate }'),
      findings: [{ message: ['no referrer who is an advocate', 'such as Maria Lopez, and mark them referrer: true'], line: 4, column: 3 }],
    },
    {
      name: 'a referrer who is only a supporter',
      plan: plan('{ id: t, name: Tom Reed, group: renew, stance: supporter, referrer: true }'),
      findings: [{ message: 'Tom Reed (supporter) is a referrer but not an advocate', line: 4, column: 3 }],
    },
    {
      name: 'a Group 2 advocate referrer does not count',
      plan: plan('{ id: l, name: Lena Berg, group: new-buy, stance: advocate, referrer: true }'),
      findings: [{ message: 'Group 1 has no referrer who is an advocate', line: 4, column: 3 }],
    },
    {
      name: 'a referrer who has left does not count',
      plan: plan('{ id: r, name: Rachel Kim, group: renew, stance: advocate, referrer: true, leftOn: 2026-08-14 }'),
      findings: [{ message: 'Group 1 has no referrer who is an advocate', line: 4, column: 3 }],
    },
  ],
});
