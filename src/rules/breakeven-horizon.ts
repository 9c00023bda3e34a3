import { computePlainBreakEven } from '../economics/index.js';
import { economicsInputOf } from '../economics/plan-input.js';
import { ECONOMICS_SUBJECT } from '../plan/subject.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'breakeven-horizon',
    defaultSeverity: 'warn',
    description: 'The customer pays back its acquisition and onboarding cost by the renewal date.',
    defaultOptions: {},
    docs: {
      rationale:
        'Break-even answers how long the customer must stay to pay back what it cost to win and onboard, net of ' +
        'the ongoing support. When that date falls after `account.renewalDate`, the account loses money ' +
        'unless the customer renews; when it never pays back within the horizon (config `breakeven.horizon`, ' +
        'default 120 months), the deal does not pay at all. Month 1 starts at `economics.start`, else ' +
        '`account.customerSince`.',
      passing: `cro: 1
account: { name: Acme Logistics, customerSince: 2026-02-01, renewalDate: 2028-02-01 }
economics:
  acquisitionCost: 84000
  onboardingCost: 12000
  monthlyRevenue: 9500
  grossMargin: 0.78
  supportCostMonthly: 1200
`,
      failing: `cro: 1
account: { name: Acme Logistics, customerSince: 2026-02-01, renewalDate: 2027-02-01 }
economics:
  acquisitionCost: 84000
  onboardingCost: 12000
  monthlyRevenue: 9500
  grossMargin: 0.78
  supportCostMonthly: 1200
`,
    },
  },
  *check(plan, { asOf, horizon }) {
    const input = economicsInputOf(plan, { asOf, horizon });
    if (!input) return;
    const result = computePlainBreakEven(input);
    if (result.never) {
      yield {
        path: ['economics'],
        subject: ECONOMICS_SUBJECT,
        message:
          `${plan.account.name} never breaks even within ${horizon} months: ${result.reason ?? 'the contribution never covers the outlay'}; ` +
          'raise the price or the margin, or cut the acquisition, onboarding or support cost',
      };
      return;
    }
    const renewal = plan.account.renewalDate;
    if (renewal === undefined || result.breakEvenDate === null || result.breakEvenDate <= renewal) return;
    yield {
      path: ['economics'],
      subject: ECONOMICS_SUBJECT,
      message:
        `${plan.account.name} pays back in month ${result.breakEvenMonth} (${result.breakEvenDate}), after the renewal date ` +
        `${renewal}: the customer must renew before the deal pays back; plan the renewal case, or cut the acquisition, ` +
        'onboarding or support cost',
    };
  },
});
