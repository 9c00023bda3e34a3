import { stakeholderSubject } from '../plan/subject.js';
import { daysBetween } from '../util/dates.js';
import { overdueWinPlan } from '../method/detractors.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'detractor-overdue',
    defaultSeverity: 'warn',
    description: "A current detractor's win plan is not past its due date.",
    defaultOptions: {},
    docs: {
      rationale:
        'A win plan whose date has passed while the person is still a detractor is a plan that did not work, or ' +
        'was never carried out. Either deliver it or set a new date, and update the stance once they are won over. ' +
        'Uses `--as-of` (default today).',
      passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - id: omar
    name: Omar Shah
    group: renew
    stance: detractor
    objection: { kind: competitor }
    winPlan: { owner: Ali Kaya, due: 2026-12-15 }
`,
      failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - id: scott
    name: Scott Hanley
    group: renew
    stance: detractor
    objection: { kind: competitor, detail: Pushed for ShelfSense }
    winPlan: { owner: Olivia Grant, due: 2026-10-31 }
`,
      asOf: '2026-11-27',
    },
  },
  *check(plan, { asOf }) {
    const stakeholders = plan.stakeholders ?? [];
    for (let index = 0; index < stakeholders.length; index++) {
      const person = stakeholders[index]!;
      const due = overdueWinPlan(person, asOf);
      if (due === undefined) continue;
      const days = daysBetween(due, asOf);
      const owner = person.winPlan?.owner?.trim() ? ` owned by ${person.winPlan.owner.trim()}` : '';
      yield {
        path: ['stakeholders', index],
        subject: stakeholderSubject(person.id),
        message:
          `${person.name} is still a detractor and the win plan${owner} was due ${due} ` +
          `(${days} ${days === 1 ? 'day' : 'days'} ago); deliver it or set a new due date`,
      };
    }
  },
});
