import * as z from 'zod';
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
    description: 'The account team has sales, marketing and customer success.',
    options: z.strictObject({
      functions: z
        .array(z.enum(FUNCTIONS, { error: `must be one of ${FUNCTIONS.join(', ')}` }), { error: 'must be a list of team functions' })
        .min(1, { error: 'must name at least one function' })
        .describe('Functions the team must include (default sales, marketing, customer-success).'),
    }),
    defaultOptions: { functions: ['sales', 'marketing', 'customer-success'] },
    docs: {
      rationale:
        'When a new customer signs, one agile, cross-functional team builds the plan: customer success, ' +
        'marketing and sales together. Silos are the enemy. One finding per missing function; option ' +
        '`functions` changes which functions the team must include.',
      passing: `cro: 1
account: { name: Acme Logistics }
team:
  - { name: Jane Doe, function: sales }
  - { name: Ali Kaya, function: customer-success }
  - { name: Ece Demir, function: marketing }
`,
      failing: `cro: 1
account: { name: Acme Logistics }
team:
  - { name: Jane Doe, function: sales }
  - { name: Sam Ortiz, function: support }
`,
    },
  },
  // One finding per missing function, each its own subject: adding marketing resolves that one, not the others.
  *check(plan, { options }) {
    const team = plan.team ?? [];
    const all = listing(options.functions);
    for (const wanted of options.functions) {
      if (team.some((member) => member.function === wanted)) continue;
      const message =
        team.length === 0
          ? `no team, so no ${wanted} member; list the cross-functional team (${all}) under team`
          : `the team has no ${wanted} member; add one so ${all} plan the account together`;
      yield { path: ['team'], subject: teamSubject(wanted), message };
    }
  },
});
