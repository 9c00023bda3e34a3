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
    description: 'Every critical role is covered by a Group 1 advocate or supporter who has not left.',
    defaultOptions: {},
    docs: {
      rationale:
        'Renewal is decided by the people who bought and use the product. The method asks for an advocate, or at ' +
        'least a supporter, in each critical role: end users, product administrators, procurement, the budget owner ' +
        'and the executive sponsor (config `criticalRoles` changes the list). A role held only by someone neutral, ' +
        'a detractor, someone in Group 2 or someone who has left is a role nobody argues for at renewal time. ' +
        'One finding per uncovered role, at `stakeholders`.',
      passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate, roles: [executive-sponsor, budget-owner], backup: omar }
  - { id: omar, name: Omar Shah, group: renew, stance: supporter, roles: [procurement], backup: maria }
  - { id: kim, name: Kim Lee, group: renew, stance: supporter, roles: [administrator, end-user], backup: maria }
`,
      failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate, roles: [executive-sponsor, budget-owner, end-user] }
  - { id: omar, name: Omar Shah, group: renew, stance: neutral, roles: [procurement] }
  # nobody holds administrator
`,
    },
  },
  *check(plan, { asOf, criticalRoles }) {
    for (const { role, coveredBy, notCovering } of roleCoverage(plan, criticalRoles, asOf)) {
      if (coveredBy.length > 0) continue;
      yield { path: ['stakeholders'], subject: roleSubject(role), message: uncoveredMessage(role, notCovering, asOf) };
    }
  },
});

function uncoveredMessage(role: Role, holders: readonly NonCoveringHolder[], asOf: string): string {
  const wanted = `a Group 1 advocate or supporter with the ${role} role`;
  if (holders.length === 0) {
    return `${role} is not covered: no Group 1 stakeholder holds it; add the customer's ${role} with roles: [${role}] and win them as an advocate or supporter`;
  }
  const why = listing(holders.map((holder) => `${holder.person.name} ${holder.why}`));
  // Someone who has left cannot be won over; only the people still there can.
  const winnable = holders.filter((holder) => !hasLeft(holder.person, asOf)).map((holder) => holder.person.name);
  const fix = winnable.length > 0 ? `win over ${listing(winnable, 'or')}, or add ${wanted}` : `add ${wanted}`;
  return `${role} is not covered: ${why}; ${fix}`;
}
