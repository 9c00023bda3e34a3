import { PLAN_SUBJECT } from '../plan/subject.js';
import { isCurrent } from '../method/people.js';
import { listing } from '../text/words.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'referrers',
    defaultSeverity: 'warn',
    description: 'Group 1 has at least one referrer who is an advocate.',
    defaultOptions: {},
    docs: {
      rationale:
        'New business in the rest of the customer (Group 2) is earned through Group 1 results, told by the people ' +
        'who got them. The method asks who the key referrers are, so the team can develop them: mark at least one ' +
        'current Group 1 advocate with `referrer: true`.',
      passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate, referrer: true }
`,
      failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate }
  - { id: tom, name: Tom Reed, group: renew, stance: supporter, referrer: true }
`,
    },
  },
  *check(plan, { asOf }) {
    const nonAdvocateReferrers: string[] = [];
    let advocate: string | undefined;
    for (const person of plan.stakeholders ?? []) {
      if (person.group !== 'renew' || !isCurrent(person, asOf)) continue;
      if (person.stance === 'advocate') {
        if (person.referrer === true) return;
        advocate ??= person.name;
      } else if (person.referrer === true) {
        nonAdvocateReferrers.push(`${person.name} (${person.stance ?? 'unknown'})`);
      }
    }
    const why =
      nonAdvocateReferrers.length > 0
        ? `; ${listing(nonAdvocateReferrers)} ${nonAdvocateReferrers.length === 1 ? 'is a referrer but not an advocate' : 'are referrers but not advocates'}`
        : '';
    const fix = advocate
      ? `develop an advocate who tells your story, such as ${advocate}, and mark them referrer: true`
      : 'win an advocate who tells your story and mark them referrer: true';
    yield { path: ['stakeholders'], subject: PLAN_SUBJECT, message: `Group 1 has no referrer who is an advocate${why}; ${fix}` };
  },
});
