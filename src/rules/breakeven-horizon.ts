import { messages } from '../i18n/messages.js';
import { describeNever } from '../text/never-reason.js';
import { computePlainBreakEven } from '../economics/index.js';
import { economicsInputOf } from '../economics/plan-input.js';
import { ECONOMICS_SUBJECT } from '../plan/subject.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'breakeven-horizon',
    defaultSeverity: 'warn',
    defaultOptions: {},
  },
  *check(plan, { asOf, horizon }) {
    const input = economicsInputOf(plan, { asOf, horizon });
    if (!input) return;
    const result = computePlainBreakEven(input);
    if (result.never) {
      yield {
        path: ['economics'],
        subject: ECONOMICS_SUBJECT,
        message: messages().rules['breakeven-horizon'].never({ account: plan.account.name, horizon, reason: result.reason === null ? '' : describeNever(result.reason) }),
      };
      return;
    }
    const renewal = plan.account.renewalDate;
    if (renewal === undefined || result.breakEvenDate === null || result.breakEvenDate <= renewal) return;
    yield {
      path: ['economics'],
      subject: ECONOMICS_SUBJECT,
      message: messages().rules['breakeven-horizon'].afterRenewal({
        account: plan.account.name,
        month: result.breakEvenMonth!,
        date: result.breakEvenDate,
        renewal,
      }),
    };
  },
});
