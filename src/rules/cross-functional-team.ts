import * as z from 'zod';
import { FUNCTIONS, type TeamFunction } from '../plan/vocabulary.js';
import { listing } from './people.js';
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
        'marketing and sales together. Silos are the enemy. Option `functions` changes which functions ' +
        'the team must include.',
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
  *check(plan, { options }) {
    const team = plan.team ?? [];
    const missing = options.functions.filter((wanted) => !team.some((member) => member.function === wanted));
    if (missing.length === 0) return;
    const all = listing(options.functions);
    const message =
      team.length === 0
        ? `no team; list the cross-functional team (${all}) under team`
        : `the team has no ${listing(missing, 'or')} member; add ${missing.length === 1 ? 'one' : 'them'} so ${all} plan the account together`;
    yield { path: ['team'], message };
  },
});
