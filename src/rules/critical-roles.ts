import { messages } from '../i18n/messages.js';
import { roleSubject } from '../plan/subject.js';
import type { Role } from '../plan/vocabulary.js';
import { roleCoverage, type NonCoveringHolder } from '../method/coverage.js';
import { hasLeft } from '../method/people.js';
import { listing } from '../text/words.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'critical-roles',
    defaultSeverity: 'error',
    defaultOptions: {},
  },
  *check(plan, { asOf, criticalRoles }) {
    for (const { role, coveredBy, notCovering } of roleCoverage(plan, criticalRoles, asOf)) {
      if (coveredBy.length > 0) continue;
      yield { path: ['stakeholders'], subject: roleSubject(role), message: uncoveredMessage(role, notCovering, asOf) };
    }
  },
});

function uncoveredMessage(role: Role, holders: readonly NonCoveringHolder[], asOf: string): string {
  const text = messages().rules['critical-roles'];
  if (holders.length === 0) return text.nobodyHolds({ role });
  const why = listing(holders.map((holder) => text.holder({ name: holder.person.name, why: holder.why })));
  // Someone who has left cannot be won over; only the people still there can.
  const winnable = holders.filter((holder) => !hasLeft(holder.person, asOf)).map((holder) => holder.person.name);
  return text.notCovered({ role, holders: why, winnable: listing(winnable, 'or') });
}
