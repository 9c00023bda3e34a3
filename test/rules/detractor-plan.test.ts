import rule from '../../src/rules/detractor-plan.js';
import { ruleTester } from './tester.js';

// Stakeholder "omar" starts at line 4, column 5; extra keys are indented under it.
const detractor = (extra: string, stance = 'detractor') => `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - id: omar
    name: Omar Shah
    group: renew
    stance: ${stance}
${extra}`;

const OBJECTION = '    objection: { kind: competitor, detail: Pushed for RivalSoft }\n';
const WIN_PLAN = '    winPlan: { owner: Ali Kaya, due: 2026-12-15, actions: [Share TCO study] }\n';

ruleTester(rule, {
  valid: [
    { name: 'objection and win plan with owner and due date', plan: detractor(OBJECTION + WIN_PLAN) },
    { name: 'an overdue win plan is detractor-overdue, not this rule', plan: detractor(OBJECTION + '    winPlan: { owner: Ali Kaya, due: 2026-01-01 }\n') },
    { name: 'a win plan needs no actions to pass', plan: detractor(OBJECTION + '    winPlan: { owner: Ali Kaya, due: 2026-12-15 }\n') },
    { name: 'a supporter needs no win plan', plan: detractor('', 'supporter') },
    { name: 'a won-over former detractor keeps the history', plan: detractor(OBJECTION, 'neutral') },
    { name: 'a detractor who has left is not to be won over', plan: detractor('    leftOn: 2026-09-01\n') },
  ],
  invalid: [
    {
      name: 'neither objection nor win plan',
      plan: detractor(''),
      findings: [{ message: ['Omar Shah is a detractor with no recorded objection and no win plan', 'objection (kind: competitor, poor-fit or concern)', 'add a winPlan with an owner and a due date'], line: 4, column: 5 }],
    },
    {
      name: 'objection without win plan',
      plan: detractor(OBJECTION),
      findings: [{ message: 'Omar Shah is a detractor (competitor) with no win plan; add a winPlan with an owner and a due date', line: 4, column: 5 }],
    },
    {
      name: 'win plan without objection',
      plan: detractor(WIN_PLAN),
      findings: [{ message: ['no recorded objection;', 'record why in objection'], line: 4, column: 5 }],
    },
    {
      name: 'win plan without owner',
      plan: detractor(OBJECTION + '    winPlan: { due: 2026-12-15 }\n'),
      findings: [{ message: 'with a win plan without an owner; give the win plan an owner', line: 4, column: 5 }],
    },
    {
      name: 'win plan with a blank owner and no due date',
      plan: detractor(OBJECTION + '    winPlan: { owner: " ", actions: [Call] }\n'),
      findings: [{ message: 'a win plan without an owner or a due date; give the win plan an owner and a due date', line: 4, column: 5 }],
    },
    {
      name: 'Group 2 detractors count too, and leaving after as-of still counts',
      plan: `cro: 1
account: { name: Acme }
stakeholders:
  - { id: a, name: Ann Ames, group: renew, stance: advocate }
  - { id: b, name: Bo Berg, group: new-buy, stance: detractor, leftOn: 2027-01-01 }
`,
      findings: [{ message: 'Bo Berg is a detractor', line: 5, column: 5 }],
    },
  ],
});
