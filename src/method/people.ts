import { messages } from '../i18n/messages.js';
import type { Plan, Stakeholder } from '../plan/schema.js';

/*
 * Small facts about the people in a plan that several rules share. A person who has
 * left the customer (`leftOn` on or before as-of) stays in the file for history but
 * no longer counts for anything (SPEC §2, §5).
 */

export function hasLeft(person: Stakeholder, asOf: string): boolean {
  // ISO dates compare correctly as strings.
  return person.leftOn !== undefined && person.leftOn <= asOf;
}

export function isCurrent(person: Stakeholder, asOf: string): boolean {
  return !hasLeft(person, asOf);
}

export function isSupportive(person: Stakeholder): boolean {
  return person.stance === 'advocate' || person.stance === 'supporter';
}

// Only the last plan's index is kept (rules run plan by plan), so no memory grows with the plan count.
let lastIndex: { plan: Plan; byId: Map<string, Stakeholder> } | undefined;

/** Stakeholders by id, built once per plan (several rules follow `backup` and `heroes`). */
export function stakeholdersById(plan: Plan): ReadonlyMap<string, Stakeholder> {
  if (lastIndex?.plan === plan) return lastIndex.byId;
  const byId = new Map<string, Stakeholder>();
  for (const person of plan.stakeholders ?? []) byId.set(person.id, person);
  lastIndex = { plan, byId };
  return byId;
}

/** Why a person does not count for a role, in a few words ("is neutral", "left on 2026-08-14"). */
export function whyNotSupportive(person: Stakeholder, asOf: string): string {
  const why = messages().rules.whyNot;
  if (hasLeft(person, asOf)) return why.left({ leftOn: person.leftOn! });
  if (person.group !== 'renew') return why.inGroup2;
  if (person.stance === undefined || person.stance === 'unknown') return why.unknownStance;
  return why.stance({ stance: messages().rules.terms.stances[person.stance] });
}
