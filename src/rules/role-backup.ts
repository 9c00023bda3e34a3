import { messages } from '../i18n/messages.js';
import { stakeholderSubject } from '../plan/subject.js';
import { roleCoverage, soleCoverers } from '../method/coverage.js';
import { listing } from '../text/words.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'role-backup',
    defaultSeverity: 'error',
    defaultOptions: {},
  },
  *check(plan, { asOf, criticalRoles }) {
    for (const { coverer, roles } of soleCoverers(roleCoverage(plan, criticalRoles, asOf))) {
      const { person, backup, index } = coverer;
      if (backup.status === 'current') continue;
      const text = messages().rules['role-backup'];
      const resting = { roles: listing(roles.map((role) => messages().rules.terms.roles[role])), count: roles.length, name: person.name };
      const message =
        backup.status === 'left'
          ? text.backupLeft({ ...resting, backup: backup.person.name, leftOn: backup.person.leftOn! })
          : backup.status === 'detractor'
            ? text.backupDetractor({ ...resting, backup: backup.person.name })
            : text.noBackup(resting);
      yield { path: ['stakeholders', index], subject: stakeholderSubject(person.id), message };
    }
  },
});
