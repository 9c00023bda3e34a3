import { messages } from '../i18n/messages.js';
import { stakeholderSubject } from '../plan/subject.js';
import { daysBetween } from '../util/dates.js';
import { overdueWinPlan } from '../method/detractors.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'detractor-overdue',
    defaultSeverity: 'warn',
    defaultOptions: {},
    docsAsOf: '2026-11-27',
  },
  *check(plan, { asOf }) {
    const stakeholders = plan.stakeholders ?? [];
    for (let index = 0; index < stakeholders.length; index++) {
      const person = stakeholders[index]!;
      const due = overdueWinPlan(person, asOf);
      if (due === undefined) continue;
      const days = daysBetween(due, asOf);
      const owner = person.winPlan?.owner?.trim() ?? '';
      yield {
        path: ['stakeholders', index],
        subject: stakeholderSubject(person.id),
        message: messages().rules['detractor-overdue'].message({ name: person.name, owner, due, days }),
      };
    }
  },
});
