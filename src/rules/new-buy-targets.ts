import { PLAN_SUBJECT, targetSubject } from '../plan/subject.js';
import { hasLeft, stakeholdersById } from '../method/people.js';
import { listing } from '../text/words.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'new-buy-targets',
    defaultSeverity: 'warn',
    description: 'The plan has a Group 2 target, and every target has a hero from Group 1.',
    defaultOptions: {},
    docs: {
      rationale:
        'Group 2, the rest of the customer\'s organisation, is won by earning the right through Group 1 results: ' +
        'Group 1 heroes tell their story. So the plan names at least one `newBuy` target, and each target names ' +
        'in `heroes` a current Group 1 stakeholder who will tell it.',
      passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate }
  - { id: lena, name: Lena Berg, group: new-buy }
newBuy:
  - { unit: Finance, contacts: [lena], heroes: [maria] }
`,
      failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: lena, name: Lena Berg, group: new-buy }
  - { id: paul, name: Paul Ng, group: new-buy }
newBuy:
  - { unit: Finance, contacts: [lena], heroes: [paul] }
`,
    },
  },
  *check(plan, { asOf }) {
    const targets = plan.newBuy ?? [];
    if (targets.length === 0) {
      yield {
        path: ['newBuy'],
        subject: PLAN_SUBJECT,
        message:
          `no Group 2 target yet; add a newBuy target: a unit of ${plan.account.name} with its challenge ` +
          'and a Group 1 hero who tells their story',
      };
      return;
    }
    const people = stakeholdersById(plan);
    for (let index = 0; index < targets.length; index++) {
      const target = targets[index]!;
      const heroes = target.heroes ?? [];
      const notGroup1: string[] = [];
      let hasHero = false;
      for (const id of heroes) {
        const hero = people.get(id);
        if (!hero) continue;
        if (hero.group === 'renew' && !hasLeft(hero, asOf)) {
          hasHero = true;
          break;
        }
        notGroup1.push(hasLeft(hero, asOf) ? `${hero.name} left on ${hero.leftOn}` : `${hero.name} is in Group 2`);
      }
      if (hasHero) continue;
      const why = notGroup1.length > 0 ? `: ${listing(notGroup1)}` : '';
      yield {
        path: ['newBuy', index],
        subject: targetSubject(target.unit),
        message: `the "${target.unit}" target has no Group 1 hero${why}; add to heroes a Group 1 customer who tells their story`,
      };
    }
  },
});
