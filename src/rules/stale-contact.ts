import * as z from 'zod';
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
    description: 'No current stakeholder has gone more than 90 days (option `days`) without contact.',
    options: z.strictObject({
      days: z
        .number({ error: 'must be a whole number of days, e.g. 60' })
        .int({ error: 'must be a whole number of days, e.g. 60' })
        .min(1, { error: 'must be at least 1 day' })
        .describe('Most days allowed since lastContact (default 90).'),
    }),
    defaultOptions: { days: 90 },
    docs: {
      rationale:
        'A champion who has not heard from the team in months may already be leaving, or talking to a ' +
        'competitor. The finding names each current stakeholder whose `lastContact` is more than `days` ' +
        '(default 90) before `--as-of`. A stakeholder without `lastContact` is not a finding.',
      passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, lastContact: 2026-11-02 }
`,
      failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: victor, name: Victor Almeida, group: renew, lastContact: 2026-08-05 }
`,
      asOf: '2026-11-27',
    },
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
        message: `no contact with ${person.name} for ${days} days (last ${last}, limit ${options.days}); get in touch and update lastContact`,
      };
    }
  },
});
