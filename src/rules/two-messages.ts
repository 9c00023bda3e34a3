import { PLAN_SUBJECT } from '../plan/subject.js';
import { defineRule, type RuleReport } from './types.js';

const blank = (text: string | undefined) => text === undefined || text.trim() === '';

export default defineRule({
  meta: {
    id: 'two-messages',
    defaultSeverity: 'error',
    description: 'The plan has a renew message for Group 1 and a different new-buy message for Group 2.',
    defaultOptions: {},
    docs: {
      rationale:
        'Two audiences, two messages. Group 1 bought the product and wants proof of the results, not marketing ' +
        '(`messages.renew`). Group 2, the rest of the organisation, needs a reason to buy, told through Group 1 ' +
        'results (`messages.newBuy`). The same sentence for both serves neither.',
      passing: `cro: 1
account: { name: Acme Logistics }
messages:
  renew: Here is the proof of the outcomes you bought, and what comes next.
  newBuy: Teams like yours cut freight costs with one vendor.
`,
      failing: `cro: 1
account: { name: Acme Logistics }
messages:
  renew: The leading logistics platform.
  newBuy: The leading logistics platform.
`,
    },
  },
  // One subject whichever message is missing: writing one of the two keeps the finding (and its alert).
  *check(plan): Generator<RuleReport> {
    const renew = plan.messages?.renew;
    const newBuy = plan.messages?.newBuy;
    const renewMissing = blank(renew);
    const newBuyMissing = blank(newBuy);
    if (renewMissing && newBuyMissing) {
      yield {
        path: ['messages'],
        subject: PLAN_SUBJECT,
        message:
          'no messages for the two audiences; write messages.renew for Group 1 (proof of the results they bought) ' +
          'and messages.newBuy for Group 2 (why the rest of the organisation should buy)',
      };
    } else if (renewMissing) {
      yield {
        path: ['messages', 'renew'],
        subject: PLAN_SUBJECT,
        message: 'the renew message is missing; write messages.renew: what Group 1 must hear to renew (proof of the results they bought)',
      };
    } else if (newBuyMissing) {
      yield {
        path: ['messages', 'newBuy'],
        subject: PLAN_SUBJECT,
        message: 'the new-buy message is missing; write messages.newBuy: why Group 2, the rest of the organisation, should buy',
      };
    } else if (renew!.trim().toLowerCase() === newBuy!.trim().toLowerCase()) {
      yield {
        path: ['messages', 'newBuy'],
        subject: PLAN_SUBJECT,
        message:
          'the renew and new-buy messages are the same; Group 1 wants proof of results, Group 2 a reason to buy: ' +
          'write a different messages.newBuy',
      };
    }
  },
});
