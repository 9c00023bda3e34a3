import { PLAN_SUBJECT } from '../plan/subject.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'renewal-requirements',
    defaultSeverity: 'error',
    description: 'The plan says what must happen for the customer to renew.',
    defaultOptions: {},
    docs: {
      rationale:
        'The first question of the method for Group 1: what must happen for this customer to renew? Without a ' +
        'written answer in `renewal.requirements`, the team cannot plan the work that earns the renewal, nor ' +
        'check it at each milestone review.',
      passing: `cro: 1
account: { name: Acme Logistics }
renewal:
  requirements: [Cut dispatch time by 20% before Q3]
`,
      failing: `cro: 1
account: { name: Acme Logistics }
renewal:
  risks: [Budget freeze in 2027]
`,
    },
  },
  *check(plan) {
    if (plan.renewal?.requirements?.some((requirement) => requirement.trim() !== '')) return;
    yield {
      path: ['renewal', 'requirements'],
      subject: PLAN_SUBJECT,
      message:
        `nothing says what must happen for ${plan.account.name} to renew; ` +
        'list the outcomes the customer must see under renewal.requirements',
    };
  },
});
