import { milestoneSubject } from '../plan/subject.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'milestone-review',
    defaultSeverity: 'warn',
    description: 'Every milestone due by now has a 360-degree review with a date.',
    defaultOptions: {},
    docs: {
      rationale:
        'The method holds a 360-degree review at every milestone: the customer, sales, marketing and customer ' +
        'success look back together and adjust the plan. A milestone due on or before `--as-of` needs a ' +
        '`review` with the `date` it was held.',
      passing: `cro: 1
account: { name: Acme Logistics }
milestones:
  - name: Go-live, first warehouse
    due: 2026-04-01
    done: 2026-04-10
    review: { date: 2026-04-15, perspectives: [customer, sales, marketing, customer-success] }
  - name: Rollout, all warehouses
    due: 2027-03-31
`,
      failing: `cro: 1
account: { name: Acme Logistics }
milestones:
  - name: Go-live, first warehouse
    due: 2026-04-01
    done: 2026-04-10
`,
      asOf: '2026-11-27',
    },
  },
  *check(plan, { asOf }) {
    const milestones = plan.milestones ?? [];
    for (let index = 0; index < milestones.length; index++) {
      const milestone = milestones[index]!;
      if (milestone.due > asOf || milestone.review?.date !== undefined) continue;
      const when = milestone.done !== undefined ? `was done ${milestone.done}` : `was due ${milestone.due}`;
      const gap = milestone.review ? 'its review has no date' : 'has no 360-degree review';
      yield {
        path: ['milestones', index],
        subject: milestoneSubject(milestone.name),
        message:
          `"${milestone.name}" ${when} and ${gap}; hold the review with the customer, sales, marketing ` +
          'and customer success, and record review.date',
      };
    }
  },
});
