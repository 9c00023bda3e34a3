import { messages } from '../i18n/messages.js';
import { PLAN_SUBJECT, targetSubject } from '../plan/subject.js';
import { hasLeft, stakeholdersById } from '../method/people.js';
import { listing } from '../text/words.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'new-buy-targets',
    defaultSeverity: 'warn',
    defaultOptions: {},
  },
  *check(plan, { asOf }) {
    const text = messages().rules['new-buy-targets'];
    const targets = plan.newBuy ?? [];
    if (targets.length === 0) {
      yield { path: ['newBuy'], subject: PLAN_SUBJECT, message: text.noTarget({ account: plan.account.name }) };
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
        notGroup1.push(hasLeft(hero, asOf) ? text.heroLeft({ name: hero.name, leftOn: hero.leftOn! }) : text.heroInGroup2({ name: hero.name }));
      }
      if (hasHero) continue;
      yield { path: ['newBuy', index], subject: targetSubject(target.unit), message: text.noHero({ unit: target.unit, why: listing(notGroup1) }) };
    }
  },
});
