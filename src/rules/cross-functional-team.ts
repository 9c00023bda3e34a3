import * as z from 'zod';
import { messages } from '../i18n/messages.js';
import { teamSubject } from '../plan/subject.js';
import { FUNCTIONS, type TeamFunction } from '../plan/vocabulary.js';
import { listing } from '../text/words.js';
import { defineRule } from './types.js';

export interface CrossFunctionalTeamOptions {
  functions: TeamFunction[];
}

export default defineRule<CrossFunctionalTeamOptions>({
  meta: {
    id: 'cross-functional-team',
    defaultSeverity: 'error',
    options: z.strictObject({
      functions: z
        .array(z.enum(FUNCTIONS, { error: () => messages().rules['cross-functional-team'].notAFunction({ functions: FUNCTIONS.join(', ') }) }), {
          error: () => messages().rules['cross-functional-team'].notAList,
        })
        .min(1, { error: () => messages().rules['cross-functional-team'].emptyList }),
    }),
    defaultOptions: { functions: ['sales', 'marketing', 'customer-success'] },
  },
  // One finding per missing function, each its own subject: adding marketing resolves that one, not the others.
  *check(plan, { options }) {
    const team = plan.team ?? [];
    const text = messages().rules['cross-functional-team'];
    const all = listing(options.functions.map((wanted) => messages().rules.terms.functions[wanted]));
    for (const wanted of options.functions) {
      if (team.some((member) => member.function === wanted)) continue;
      const message = team.length === 0 ? text.noTeam({ function: wanted, all }) : text.missing({ function: wanted, all });
      yield { path: ['team'], subject: teamSubject(wanted), message };
    }
  },
});
