import { messages } from '../i18n/messages.js';
import { accountSubject } from '../plan/subject.js';
import { daysBetween } from '../util/dates.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'renewal-date',
    defaultSeverity: 'error',
    defaultOptions: {},
    docsAsOf: '2026-11-27',
  },
  *check(plan, { asOf }) {
    const renewal = plan.account.renewalDate;
    // ISO dates compare correctly as strings; the renewal day itself has not passed yet.
    if (renewal === undefined || renewal >= asOf) return;
    const days = daysBetween(renewal, asOf);
    yield {
      path: ['account', 'renewalDate'],
      subject: accountSubject('renewalDate'),
      message: messages().rules['renewal-date'].message({ renewal, days }),
    };
  },
});
