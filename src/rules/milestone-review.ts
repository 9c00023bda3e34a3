import { milestoneSubject } from '../plan/subject.js';
import { listing } from '../text/words.js';
import { defineRule } from './types.js';

/** The four sides of the method's 360-degree review (SPEC §5); other perspectives are welcome, not required. */
const REVIEW_PERSPECTIVES = ['customer', 'sales', 'marketing', 'customer-success'] as const;

export default defineRule({
  meta: {
    id: 'milestone-review',
    defaultSeverity: 'warn',
    description: 'Every milestone due by now has a dated 360-degree review from the customer, sales, marketing and customer success.',
    defaultOptions: {},
    docs: {
      rationale:
        'The method holds a 360-degree review at every milestone: the customer, sales, marketing and customer ' +
        'success look back together and adjust the plan. A milestone due on or before `--as-of` needs a ' +
        '`review` with the `date` it was held (or is planned for), and `perspectives` naming all four sides: ' +
        'customer, sales, marketing and customer-success. The finding names the missing ones.',
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
  - name: Six-month check-in
    due: 2026-08-01
    review: { date: 2026-08-05, perspectives: [customer, sales] }
`,
      asOf: '2026-11-27',
    },
  },
  *check(plan, { asOf }) {
    const milestones = plan.milestones ?? [];
    for (let index = 0; index < milestones.length; index++) {
      const milestone = milestones[index]!;
      if (milestone.due > asOf) continue;
      const when = milestone.done !== undefined ? `was done ${milestone.done}` : `was due ${milestone.due}`;
      const review = milestone.review;
      const report = { path: ['milestones', index], subject: milestoneSubject(milestone.name) };
      if (review?.date === undefined) {
        const gap = review ? 'its review has no date' : 'has no 360-degree review';
        yield {
          ...report,
          message:
            `"${milestone.name}" ${when} and ${gap}; hold the review with the customer, sales, marketing ` +
            'and customer success, and record review.date',
        };
        continue;
      }
      const missing = REVIEW_PERSPECTIVES.filter((perspective) => !review.perspectives?.includes(perspective));
      if (missing.length === 0) continue;
      const named = `the ${listing(missing)} ${missing.length === 1 ? 'perspective' : 'perspectives'}`;
      yield {
        ...report,
        message:
          `"${milestone.name}" ${when} and its review (${review.date}) lacks ${named}; a 360-degree review hears ` +
          `all four: bring ${missing.length === 1 ? 'it' : 'them'} in and add ${missing.length === 1 ? 'it' : 'them'} to review.perspectives`,
      };
    }
  },
});
