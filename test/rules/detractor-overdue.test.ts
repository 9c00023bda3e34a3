import rule from '../../src/rules/detractor-overdue.js';
import { ruleTester } from './tester.js';

const detractor = (winPlan: string, { stance = 'detractor', extra = '' } = {}) => `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - id: scott
    name: Scott Hanley
    group: renew
    stance: ${stance}
    objection: { kind: competitor }
${winPlan}${extra}`;

ruleTester(rule, {
  valid: [
    { name: 'due after as-of', plan: detractor('    winPlan: { owner: Olivia Grant, due: 2026-12-15 }\n') },
    { name: 'due on as-of is not yet overdue', plan: detractor('    winPlan: { owner: Olivia Grant, due: 2026-11-27 }\n') },
    { name: 'no due date is detractor-plan, not this rule', plan: detractor('    winPlan: { owner: Olivia Grant }\n') },
    { name: 'no win plan at all', plan: detractor('') },
    { name: 'won over: the old date does not matter', plan: detractor('    winPlan: { owner: Olivia Grant, due: 2026-05-29 }\n', { stance: 'supporter' }) },
    { name: 'left the customer', plan: detractor('    winPlan: { due: 2026-05-29 }\n', { extra: '    leftOn: 2026-11-01\n' }) },
    { name: 'as-of decides: earlier as-of, not overdue', plan: detractor('    winPlan: { due: 2026-10-31 }\n'), asOf: '2026-10-30' },
  ],
  invalid: [
    {
      name: 'due before as-of, still a detractor',
      plan: detractor('    winPlan: { owner: Olivia Grant, due: 2026-10-31 }\n'),
      findings: [{ message: ['Scott Hanley is still a detractor', 'owned by Olivia Grant', 'was due 2026-10-31 (27 days ago)', 'deliver it or set a new due date'], line: 4, column: 5 }],
    },
    {
      name: 'one day late, no owner',
      plan: detractor('    winPlan: { due: 2026-11-26 }\n'),
      findings: [{ message: 'the win plan was due 2026-11-26 (1 day ago)', line: 4, column: 5 }],
    },
    {
      name: 'leaving in the future still counts',
      plan: detractor('    winPlan: { due: 2026-11-01 }\n', { extra: '    leftOn: 2026-12-31\n' }),
      findings: [{ message: 'Scott Hanley', line: 4, column: 5 }],
    },
  ],
});
