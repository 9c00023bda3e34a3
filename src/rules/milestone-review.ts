import { messages } from '../i18n/messages.js';
import { milestoneSubject } from '../plan/subject.js';
import { listing } from '../text/words.js';
import { missingPerspectives } from '../method/reviews.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'milestone-review',
    defaultSeverity: 'warn',
    defaultOptions: {},
    docsAsOf: '2026-11-27',
  },
  *check(plan, { asOf }) {
    const milestones = plan.milestones ?? [];
    for (let index = 0; index < milestones.length; index++) {
      const milestone = milestones[index]!;
      if (milestone.due > asOf) continue;
      const text = messages().rules['milestone-review'];
      const when = { name: milestone.name, done: milestone.done ?? '', due: milestone.due };
      const review = milestone.review;
      const report = { path: ['milestones', index], subject: milestoneSubject(milestone.name) };
      if (review?.date === undefined) {
        yield { ...report, message: text.noReview({ ...when, dated: review !== undefined }) };
        continue;
      }
      const missing = missingPerspectives(review);
      if (missing.length === 0) continue;
      const perspectives = listing(missing.map((perspective) => text.perspective[perspective]));
      yield { ...report, message: text.missingPerspectives({ ...when, date: review.date, perspectives, count: missing.length }) };
    }
  },
});
