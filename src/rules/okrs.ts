import { PLAN_SUBJECT } from '../plan/subject.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'okrs',
    defaultSeverity: 'warn',
    description: 'The plan has at least one objective with a key result.',
    defaultOptions: {},
    docs: {
      rationale:
        'The CRO aligns marketing, sales and customer success on shared goals. Per account, that is at least ' +
        'one objective (`okrs[].objective`) with a measurable key result (`keyResults`) the whole team works to.',
      passing: `cro: 1
account: { name: Acme Logistics }
okrs:
  - objective: Make Acme a reference customer
    keyResults: [Two published case studies by 2027-06]
`,
      failing: `cro: 1
account: { name: Acme Logistics }
okrs:
  - objective: Make Acme a reference customer
`,
    },
  },
  *check(plan) {
    const okrs = plan.okrs ?? [];
    if (okrs.some((okr) => okr.keyResults?.some((result) => result.trim() !== ''))) return;
    const message =
      okrs.length === 0
        ? 'no OKRs; add an objective with at least one key result that sales, marketing and customer success share'
        : `no objective has a key result; add keyResults to "${okrs[0]!.objective}"`;
    // About the plan, not one objective: naming the first would change the subject as objectives are added.
    yield { path: ['okrs'], subject: PLAN_SUBJECT, message };
  },
});
