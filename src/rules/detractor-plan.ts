import { messages } from '../i18n/messages.js';
import { stakeholderSubject } from '../plan/subject.js';
import { detractorPlanGaps } from '../method/detractors.js';
import { listing } from '../text/words.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'detractor-plan',
    defaultSeverity: 'error',
    defaultOptions: {},
  },
  *check(plan, { asOf }) {
    const stakeholders = plan.stakeholders ?? [];
    for (let index = 0; index < stakeholders.length; index++) {
      const person = stakeholders[index]!;
      const gaps = detractorPlanGaps(person, asOf);
      if (!gaps) continue;
      const { objection } = person;
      const text = messages().rules['detractor-plan'];
      const lacks: string[] = [];
      const fixes: string[] = [];
      if (gaps.objection) {
        lacks.push(text.lacksObjection);
        fixes.push(text.recordObjection);
      }
      if (gaps.winPlan) {
        lacks.push(text.lacksWinPlan);
        fixes.push(text.addWinPlan);
      } else if (gaps.owner || gaps.due) {
        const missing = (owner: string, due: string) => [...(gaps.owner ? [owner] : []), ...(gaps.due ? [due] : [])];
        lacks.push(text.winPlanWithout({ gaps: listing(missing(text.lackOwner, text.lackDue), 'or') }));
        fixes.push(text.giveWinPlan({ parts: listing(missing(text.giveOwner, text.giveDue)) }));
      }
      const kind = objection ? messages().rules.terms.objections[objection.kind] : '';
      yield {
        path: ['stakeholders', index],
        subject: stakeholderSubject(person.id),
        message: text.message({ name: person.name, kind, lacks: listing(lacks), fixes: listing(fixes) }),
      };
    }
  },
});
