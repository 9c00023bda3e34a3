import rule from '../../src/rules/milestone-review.js';
import { ruleTester } from './tester.js';

// `milestones:` is line 3; each milestone below takes the lines it is written on.
const milestones = (...items: string[]) => `cro: 1\naccount: { name: Acme Logistics }\nmilestones:\n${items.join('')}`;
const GO_LIVE = '  - name: Go-live\n    due: 2026-04-01\n    done: 2026-04-10\n';
const ALL_FOUR = 'perspectives: [customer, sales, marketing, customer-success]';

ruleTester(rule, {
  valid: [
    { name: 'reviewed with a date from all four perspectives', plan: milestones(GO_LIVE, `    review: { date: 2026-04-15, ${ALL_FOUR} }\n`) },
    {
      name: 'more perspectives than the four are welcome',
      plan: milestones(GO_LIVE, '    review: { date: 2026-04-15, perspectives: [product, customer-success, marketing, sales, customer] }\n'),
    },
    { name: 'due after as-of needs no review yet', plan: milestones('  - name: Rollout\n    due: 2026-11-28\n') },
    { name: 'a review dated in the future counts as planned', plan: milestones(`  - name: QBR\n    due: 2026-11-20\n    review: { date: 2026-12-02, ${ALL_FOUR} }\n`) },
    { name: 'no milestones', plan: 'cro: 1\naccount: { name: Acme }\n' },
    { name: 'an earlier as-of', plan: milestones(GO_LIVE), asOf: '2026-03-31' },
  ],
  invalid: [
    {
      name: 'done but never reviewed',
      plan: milestones(GO_LIVE),
      findings: [{ message: ['"Go-live" was done 2026-04-10 and has no 360-degree review', 'record review.date'], line: 4, column: 5 }],
    },
    {
      name: 'due on as-of and not reviewed',
      plan: milestones('  - name: Six-month check-in\n    due: 2026-11-27\n'),
      findings: [{ message: '"Six-month check-in" was due 2026-11-27 and has no 360-degree review', line: 4, column: 5 }],
    },
    {
      name: 'a review without a date',
      plan: milestones(GO_LIVE, '    review: { perspectives: [customer, sales] }\n'),
      findings: [{ message: 'its review has no date', line: 4, column: 5 }],
    },
    {
      name: 'a review without perspectives: all four are missing',
      plan: milestones(GO_LIVE, '    review: { date: 2026-04-15 }\n'),
      findings: [
        {
          message: '"Go-live" was done 2026-04-10 and its review (2026-04-15) lacks the customer, sales, marketing and customer-success perspectives',
          line: 4,
          column: 5,
          subject: 'milestone:Go-live',
        },
      ],
    },
    {
      name: 'a review that heard only the customer and sales names the two missing',
      plan: milestones(GO_LIVE, '    review: { date: 2026-04-15, perspectives: [customer, sales, product] }\n'),
      findings: [{ message: ['lacks the marketing and customer-success perspectives', 'add them to review.perspectives'], line: 4, column: 5 }],
    },
    {
      name: 'one missing perspective',
      plan: milestones(GO_LIVE, '    review: { date: 2026-04-15, perspectives: [customer, sales, marketing] }\n'),
      findings: [{ message: ['lacks the customer-success perspective', 'add it to review.perspectives'], line: 4, column: 5 }],
    },
    {
      name: 'two milestones of one name keep subjects of their own',
      plan: milestones('  - name: QBR\n    due: 2026-03-01\n', '  - name: QBR\n    due: 2026-06-01\n'),
      findings: [
        { message: '"QBR" was due 2026-03-01', line: 4, column: 5, subject: 'milestone:QBR' },
        { message: '"QBR" was due 2026-06-01', line: 6, column: 5, subject: 'milestone:QBR/2' },
      ],
    },
    {
      name: 'at each milestone',
      plan: milestones(GO_LIVE, `    review: { date: 2026-04-15, ${ALL_FOUR} }\n`, '  - name: Rollout\n    due: 2026-06-30\n', '  - name: Later\n    due: 2027-01-01\n'),
      findings: [{ message: '"Rollout" was due 2026-06-30', line: 8, column: 5 }],
    },
  ],
});
