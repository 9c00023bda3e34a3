import { stakeholderSubject } from '../plan/subject.js';
import { detractorPlanGaps } from '../method/detractors.js';
import { listing } from '../text/words.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'detractor-plan',
    defaultSeverity: 'error',
    description: 'Every detractor has a recorded objection and a win plan with an owner and a due date.',
    defaultOptions: {},
    docs: {
      rationale:
        'Who pushed for a competitor, who thought we were a poor fit, who had concerns? The method says to find ' +
        'them after the win and win them over. That needs the objection written down (`objection.kind`: ' +
        'competitor, poor-fit or concern) and a `winPlan` that someone owns by a date. People who have left ' +
        'the customer are not checked.',
      passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - id: omar
    name: Omar Shah
    group: renew
    stance: detractor
    objection: { kind: competitor, detail: Pushed for RivalSoft }
    winPlan: { owner: Ali Kaya, due: 2026-12-15, actions: [Share the TCO study] }
`,
      failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - id: nadia
    name: Nadia Rahman
    group: renew
    stance: detractor
    objection: { kind: concern, detail: Worried about where loyalty data is stored }
`,
    },
  },
  *check(plan, { asOf }) {
    const stakeholders = plan.stakeholders ?? [];
    for (let index = 0; index < stakeholders.length; index++) {
      const person = stakeholders[index]!;
      const gaps = detractorPlanGaps(person, asOf);
      if (!gaps) continue;
      const { objection } = person;
      const planGaps: string[] = [];
      if (gaps.owner) planGaps.push('an owner');
      if (gaps.due) planGaps.push('a due date');

      const lacks: string[] = [];
      const fixes: string[] = [];
      if (gaps.objection) {
        lacks.push('no recorded objection');
        fixes.push('record why in objection (kind: competitor, poor-fit or concern)');
      }
      if (gaps.winPlan) {
        lacks.push('no win plan');
        fixes.push('add a winPlan with an owner and a due date');
      } else if (planGaps.length > 0) {
        lacks.push(`a win plan without ${listing(planGaps, 'or')}`);
        fixes.push(`give the win plan ${listing(planGaps)}`);
      }
      const kind = objection ? ` (${objection.kind})` : '';
      yield { path: ['stakeholders', index], subject: stakeholderSubject(person.id), message: `${person.name} is a detractor${kind} with ${listing(lacks)}; ${listing(fixes)}` };
    }
  },
});
