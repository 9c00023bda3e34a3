import type { Stakeholder } from '../plan/schema.js';
import { isCurrent } from './people.js';

/*
 * The method's detractors (SPEC §1): after the win, find who pushed for a competitor,
 * thought us a poor fit or had concerns, and win them over with a plan someone owns by a
 * date. One definition, used by the `detractor-plan` and `detractor-overdue` rules and by
 * what the report and the map flag, so the three can never disagree.
 */

/** What a current detractor's record lacks; null when it lacks nothing, or the person is no current detractor. */
export interface DetractorPlanGaps {
  objection: boolean;
  winPlan: boolean;
  /** Of a win plan that exists: its owner, its due date. */
  owner: boolean;
  due: boolean;
}

const filled = (text: string | undefined) => text !== undefined && text.trim() !== '';

export function isCurrentDetractor(person: Stakeholder, asOf: string): boolean {
  return person.stance === 'detractor' && isCurrent(person, asOf);
}

export function detractorPlanGaps(person: Stakeholder, asOf: string): DetractorPlanGaps | null {
  if (!isCurrentDetractor(person, asOf)) return null;
  const { objection, winPlan } = person;
  const gaps = {
    objection: !objection,
    winPlan: !winPlan,
    owner: winPlan !== undefined && !filled(winPlan.owner),
    due: winPlan !== undefined && winPlan.due === undefined,
  };
  return gaps.objection || gaps.winPlan || gaps.owner || gaps.due ? gaps : null;
}

/** A current detractor without a recorded objection or a win plan with an owner and a due date. */
export function detractorWithoutPlan(person: Stakeholder, asOf: string): boolean {
  return detractorPlanGaps(person, asOf) !== null;
}

/** The due date of a current detractor's win plan that was due before as-of; undefined when none is overdue. */
export function overdueWinPlan(person: Stakeholder, asOf: string): string | undefined {
  const due = person.winPlan?.due;
  return due !== undefined && due < asOf && isCurrentDetractor(person, asOf) ? due : undefined;
}

export function detractorOverdue(person: Stakeholder, asOf: string): boolean {
  return overdueWinPlan(person, asOf) !== undefined;
}
