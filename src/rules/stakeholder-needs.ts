import { stakeholderSubject } from '../plan/subject.js';
import { isCurrent } from '../method/people.js';
import { listing } from '../text/words.js';
import { defineRule } from './types.js';

const NEEDS = ['see', 'hear', 'know'] as const;

export default defineRule({
  meta: {
    id: 'stakeholder-needs',
    defaultSeverity: 'warn',
    description: 'Every Group 1 stakeholder has what they need to see, hear and know written down.',
    defaultOptions: {},
    docs: {
      rationale:
        'Group 1 wants results, not marketing. For each person who bought or uses the product, the method asks ' +
        'what they need to see (evidence), hear (from whom) and know (facts) to renew. A blank is a conversation ' +
        'the team has not had yet. Checks current Group 1 stakeholders; names what is missing.',
      passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - id: maria
    name: Maria Lopez
    group: renew
    needs: { see: Savings dashboard, hear: Peer stories, know: EU roadmap }
`,
      failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - id: maria
    name: Maria Lopez
    group: renew
    needs: { see: Savings dashboard, know: EU roadmap }
`,
    },
  },
  *check(plan, { asOf }) {
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
        message:
          `${person.name}'s needs do not say what they must ${listing(missing, 'or')}; ` +
          `fill in ${listing(missing.map((need) => `needs.${need}`))}`,
      };
    }
  },
});
