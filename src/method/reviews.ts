import type { Plan } from '../plan/schema.js';

/*
 * The method's 360-degree review at every milestone (SPEC §1, §5): one definition, used
 * by the `milestone-review` rule and by the agenda, so the two never disagree on what a
 * milestone still owes.
 */

/** The four sides of the method's 360-degree review; other perspectives are welcome, not required. */
export const REVIEW_PERSPECTIVES = ['customer', 'sales', 'marketing', 'customer-success'] as const;

export type ReviewPerspective = (typeof REVIEW_PERSPECTIVES)[number];

type Milestone = NonNullable<Plan['milestones']>[number];

/** The required perspectives a dated review lacks (all four when the review has none). */
export function missingPerspectives(review: NonNullable<Milestone['review']>): ReviewPerspective[] {
  return REVIEW_PERSPECTIVES.filter((perspective) => !review.perspectives?.includes(perspective));
}

/** Whether a milestone's 360° review is complete: dated, with every required perspective. */
export function reviewComplete(milestone: Milestone): boolean {
  return milestone.review?.date !== undefined && missingPerspectives(milestone.review).length === 0;
}
