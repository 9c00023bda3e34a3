import { accountSubject } from '../plan/subject.js';
import { daysBetween } from '../util/dates.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'renewal-date',
    defaultSeverity: 'error',
    description: 'The renewal date has not passed: the plan names the next renewal.',
    defaultOptions: {},
    docs: {
      rationale:
        'Everything in the plan works toward the renewal: the break-even is measured against it, the agenda ' +
        'counts down to it. A `renewalDate` before `--as-of` means the renewal happened (or was lost) and the ' +
        'plan still points at it, so nothing is counting down to the next one. Set the next renewal date, or, ' +
        'if the customer churned, say so in `x-` notes and archive the plan. A plan without a renewal date is ' +
        'not a finding.',
      passing: `cro: 1
account: { name: Acme Logistics, customerSince: 2026-02-01, renewalDate: 2027-02-01 }
`,
      failing: `cro: 1
account: { name: Acme Logistics, customerSince: 2025-02-01, renewalDate: 2026-02-01 }
`,
      asOf: '2026-11-27',
    },
  },
  *check(plan, { asOf }) {
    const renewal = plan.account.renewalDate;
    // ISO dates compare correctly as strings; the renewal day itself has not passed yet.
    if (renewal === undefined || renewal >= asOf) return;
    const days = daysBetween(renewal, asOf);
    yield {
      path: ['account', 'renewalDate'],
      subject: accountSubject('renewalDate'),
      message:
        `the renewal date ${renewal} has passed (${days} ${days === 1 ? 'day' : 'days'} ago); set account.renewalDate ` +
        'to the next renewal, or mark the account as churned in x- notes',
    };
  },
});
