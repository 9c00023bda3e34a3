import rule from '../../src/rules/stakeholder-needs.js';
import { ruleTester } from './tester.js';

const plan = (...stakeholders: string[]) =>
  `cro: 1\naccount: { name: Acme Logistics }\nstakeholders:\n${stakeholders.map((s) => `  - ${s}\n`).join('')}`;

ruleTester(rule, {
  valid: [
    { name: 'see, hear and know written down', plan: plan('{ id: m, name: Maria Lopez, group: renew, needs: { see: Dashboard, hear: Peers, know: Roadmap } }') },
    { name: 'Group 2 is not asked', plan: plan('{ id: l, name: Lena Berg, group: new-buy }') },
    { name: 'someone who has left is not asked', plan: plan('{ id: r, name: Rachel Kim, group: renew, leftOn: 2026-08-14 }') },
    { name: 'no stakeholders', plan: 'cro: 1\naccount: { name: Acme }\n' },
  ],
  invalid: [
    {
      name: 'one need missing',
      plan: plan('{ id: m, name: Mehmet Şahin, group: renew, needs: { see: Quotes, know: Roadmap } }'),
      findings: [{ message: "Mehmet Şahin's needs do not say what they must hear; fill in needs.hear", line: 4, column: 5 }],
    },
    {
      name: 'no needs at all',
      plan: plan('{ id: a, name: Aylin Koç, group: renew, stance: supporter }'),
      findings: [{ message: "Aylin Koç's needs do not say what they must see, hear or know; fill in needs.see, needs.hear and needs.know", line: 4, column: 5 }],
    },
    {
      name: 'a blank need is missing',
      plan: plan('{ id: m, name: Maria Lopez, group: renew, needs: { see: " ", hear: Peers, know: Roadmap } }'),
      findings: [{ message: 'what they must see; fill in needs.see', line: 4, column: 5 }],
    },
    {
      name: 'one finding per person, at that person',
      plan: plan(
        '{ id: a, name: Ann Ames, group: renew, needs: { see: A, hear: B } }',
        '{ id: l, name: Lena Berg, group: new-buy }',
        '{ id: b, name: Bo Berg, group: renew, needs: { hear: B, know: C } }',
      ),
      findings: [
        { message: ['Ann Ames', 'needs.know'], line: 4, column: 5 },
        { message: ['Bo Berg', 'needs.see'], line: 6, column: 5 },
      ],
    },
  ],
});
