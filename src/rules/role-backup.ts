import { stakeholderSubject } from '../plan/subject.js';
import { roleCoverage, soleCoverers } from '../method/coverage.js';
import { listing } from '../text/words.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'role-backup',
    defaultSeverity: 'error',
    description: 'A person who alone covers a critical role has a backup who has not left and is no detractor.',
    defaultOptions: {},
    docs: {
      rationale:
        'Primary contacts often leave within months of the sale, and then the solution has to be sold again. ' +
        'When exactly one person covers a critical role, the plan names a backup who takes over (`backup:`); ' +
        'the backup need not hold the role yet, but must still be at the customer and must not be a detractor, ' +
        'who would not argue for the renewal. One finding per single-threaded person, naming the roles that ' +
        'rest on them.',
      passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: omar, name: Omar Shah, group: renew, stance: supporter, roles: [procurement], backup: lena }
  - { id: lena, name: Lena Berg, group: renew, stance: neutral }
`,
      failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: omar, name: Omar Shah, group: renew, stance: supporter, roles: [procurement] }
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate, roles: [budget-owner], backup: tom }
  - { id: tom, name: Tom Reed, group: renew, stance: supporter, leftOn: 2026-06-30 }
`,
    },
  },
  *check(plan, { asOf, criticalRoles }) {
    for (const { coverer, roles } of soleCoverers(roleCoverage(plan, criticalRoles, asOf))) {
      const { person, backup, index } = coverer;
      if (backup.status === 'current') continue;
      const rest = `${listing(roles)} ${roles.length === 1 ? 'rests' : 'rest'} on ${person.name} alone`;
      const message =
        backup.status === 'left'
          ? `${rest}, and the backup, ${backup.person.name}, left on ${backup.person.leftOn}; name a current backup who takes over`
          : backup.status === 'detractor'
            ? `${rest}, and the backup, ${backup.person.name}, is a detractor; name a backup who would argue for renewal if ${person.name} leaves`
            : `${rest}; add a backup who takes over if ${person.name} leaves`;
      yield { path: ['stakeholders', index], subject: stakeholderSubject(person.id), message };
    }
  },
});
