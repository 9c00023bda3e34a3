import rule from '../../src/rules/renewal-date.js';
import { ruleTester } from './tester.js';

const account = (fields: string) => `cro: 1\naccount:\n  name: Acme Logistics\n${fields}`;

ruleTester(rule, {
  valid: [
    { name: 'no renewal date is not a finding', plan: account('') },
    { name: 'a renewal date ahead', plan: account('  renewalDate: 2027-02-01\n') },
    { name: 'the renewal day itself has not passed', plan: account('  renewalDate: 2026-11-27\n') },
    { name: 'an earlier as-of', plan: account('  renewalDate: 2026-02-01\n'), asOf: '2026-01-31' },
  ],
  invalid: [
    {
      name: 'a renewal date the day before as-of: at the date',
      plan: account('  customerSince: 2025-11-26\n  renewalDate: 2026-11-26\n'),
      findings: [
        {
          message: ['the renewal date 2026-11-26 has passed (1 day ago)', 'set account.renewalDate to the next renewal', 'churned'],
          line: 5,
          column: 16,
          subject: 'account.renewalDate',
        },
      ],
    },
    {
      name: 'months ago, in a flow map',
      plan: 'cro: 1\naccount: { name: Acme, renewalDate: 2026-02-01 }\n',
      findings: [{ message: 'the renewal date 2026-02-01 has passed (299 days ago)', line: 2, column: 37, subject: 'account.renewalDate' }],
    },
  ],
});
