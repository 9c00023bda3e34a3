import { ECONOMICS_SUBJECT } from '../plan/subject.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'economics',
    defaultSeverity: 'warn',
    description: 'The plan has economics, so its break-even and ROI can be computed.',
    defaultOptions: {},
    docs: {
      rationale:
        'The CRO understands the ROI of every customer and every segment, and how long each customer must stay ' +
        'to pay back what it cost to win and serve. That needs an `economics` section: at least the revenue ' +
        '(`monthlyRevenue` or `annualRevenue`) and the acquisition cost.',
      passing: `cro: 1
account: { name: Acme Logistics }
economics:
  acquisitionCost: 84000
  monthlyRevenue: 9500
  grossMargin: 0.78
`,
      failing: `cro: 1
account: { name: Acme Logistics }
`,
    },
  },
  *check(plan) {
    if (plan.economics) return;
    yield {
      path: ['economics'],
      subject: ECONOMICS_SUBJECT,
      message:
        'no economics, so no break-even or ROI; add an economics section with acquisitionCost and ' +
        'monthlyRevenue (or annualRevenue)',
    };
  },
});
