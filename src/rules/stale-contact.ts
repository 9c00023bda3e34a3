import * as z from 'zod';
import { messages } from '../i18n/messages.js';
import { stakeholderSubject } from '../plan/subject.js';
import { daysBetween } from '../util/dates.js';
import { isCurrent } from '../method/people.js';
import { defineRule } from './types.js';

export interface StaleContactOptions {
  days: number;
}

export default defineRule<StaleContactOptions>({
  meta: {
    id: 'stale-contact',
    defaultSeverity: 'warn',
    options: z.strictObject({
      days: z
        .number({ error: () => messages().rules['stale-contact'].daysWhole })
        .int({ error: () => messages().rules['stale-contact'].daysWhole })
        .min(1, { error: () => messages().rules['stale-contact'].daysAtLeastOne }),
    }),
    defaultOptions: { days: 90 },
    docsAsOf: '2026-11-27',
  },
  *check(plan, { asOf, options }) {
    const stakeholders = plan.stakeholders ?? [];
    for (let index = 0; index < stakeholders.length; index++) {
      const person = stakeholders[index]!;
      const last = person.lastContact;
      // A date string comparison first keeps the common case free of date arithmetic.
      if (last === undefined || last >= asOf || !isCurrent(person, asOf)) continue;
      const days = daysBetween(last, asOf);
      if (days <= options.days) continue;
      yield {
        path: ['stakeholders', index],
        subject: stakeholderSubject(person.id),
        message: messages().rules['stale-contact'].message({ name: person.name, days, last, limit: options.days }),
      };
    }
  },
});
