import { messages } from '../i18n/messages.js';
import { stakeholderSubject } from '../plan/subject.js';
import { isCurrent } from '../method/people.js';
import { listing } from '../text/words.js';
import { defineRule } from './types.js';

const NEEDS = ['see', 'hear', 'know'] as const;

export default defineRule({
  meta: {
    id: 'stakeholder-needs',
    defaultSeverity: 'warn',
    defaultOptions: {},
  },
  *check(plan, { asOf }) {
    const text = messages().rules['stakeholder-needs'];
    const stakeholders = plan.stakeholders ?? [];
    for (let index = 0; index < stakeholders.length; index++) {
      const person = stakeholders[index]!;
      if (person.group !== 'renew' || !isCurrent(person, asOf)) continue;
      const missing = NEEDS.filter((need) => !person.needs?.[need]?.trim());
      if (missing.length === 0) continue;
      yield {
        path: ['stakeholders', index],
        // One finding names every missing need, so filling one in keeps the finding (and its alert).
        subject: stakeholderSubject(person.id),
        message: text.message({
          name: person.name,
          verbs: listing(missing.map((need) => text.verb[need]), 'or'),
          fields: listing(missing.map((need) => `needs.${need}`)),
          count: missing.length,
        }),
      };
    }
  },
});
