import { messages } from '../i18n/messages.js';
import { PLAN_SUBJECT } from '../plan/subject.js';
import { isCurrent } from '../method/people.js';
import { listing } from '../text/words.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'referrers',
    defaultSeverity: 'warn',
    defaultOptions: {},
  },
  *check(plan, { asOf }) {
    const text = messages().rules.referrers;
    const nonAdvocateReferrers: string[] = [];
    let advocate: string | undefined;
    for (const person of plan.stakeholders ?? []) {
      if (person.group !== 'renew' || !isCurrent(person, asOf)) continue;
      if (person.stance === 'advocate') {
        if (person.referrer === true) return;
        advocate ??= person.name;
      } else if (person.referrer === true) {
        nonAdvocateReferrers.push(text.referrer({ name: person.name, stance: messages().rules.terms.stances[person.stance ?? 'unknown'] }));
      }
    }
    const message = text.message({ others: listing(nonAdvocateReferrers), count: nonAdvocateReferrers.length, advocate: advocate ?? '' });
    yield { path: ['stakeholders'], subject: PLAN_SUBJECT, message };
  },
});
