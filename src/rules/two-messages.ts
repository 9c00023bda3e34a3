import { messages } from '../i18n/messages.js';
import { PLAN_SUBJECT } from '../plan/subject.js';
import { defineRule, type RuleReport } from './types.js';

const blank = (text: string | undefined) => text === undefined || text.trim() === '';

export default defineRule({
  meta: {
    id: 'two-messages',
    defaultSeverity: 'error',
    defaultOptions: {},
  },
  // One subject whichever message is missing: writing one of the two keeps the finding (and its alert).
  *check(plan): Generator<RuleReport> {
    const text = messages().rules['two-messages'];
    const renew = plan.messages?.renew;
    const newBuy = plan.messages?.newBuy;
    const renewMissing = blank(renew);
    const newBuyMissing = blank(newBuy);
    if (renewMissing && newBuyMissing) {
      yield {
        path: ['messages'],
        subject: PLAN_SUBJECT,
        message: text.noMessages,
      };
    } else if (renewMissing) {
      yield {
        path: ['messages', 'renew'],
        subject: PLAN_SUBJECT,
        message: text.noRenew,
      };
    } else if (newBuyMissing) {
      yield {
        path: ['messages', 'newBuy'],
        subject: PLAN_SUBJECT,
        message: text.noNewBuy,
      };
    } else if (renew!.trim().toLowerCase() === newBuy!.trim().toLowerCase()) {
      yield {
        path: ['messages', 'newBuy'],
        subject: PLAN_SUBJECT,
        message: text.same,
      };
    }
  },
});
