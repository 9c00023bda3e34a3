import rule from '../../src/rules/two-messages.js';
import { ruleTester } from './tester.js';

const HEAD = 'cro: 1\naccount: { name: Acme Logistics }\n';

ruleTester(rule, {
  valid: [
    {
      name: 'two different messages',
      plan: `${HEAD}messages:\n  renew: Here is the proof of the outcomes you bought.\n  newBuy: Teams like yours cut freight costs with one vendor.\n`,
    },
  ],
  invalid: [
    {
      name: 'no messages section: at 1:1',
      plan: HEAD,
      findings: [{ message: ['no messages for the two audiences', 'messages.renew', 'messages.newBuy'], line: 1, column: 1 }],
    },
    {
      name: 'an empty messages map',
      plan: `${HEAD}messages: {}\n`,
      findings: [{ message: 'no messages for the two audiences', line: 3, column: 11 }],
    },
    {
      name: 'renew missing: at the messages map',
      plan: `${HEAD}messages:\n  newBuy: Teams like yours cut costs.\n`,
      findings: [{ message: 'the renew message is missing; write messages.renew', line: 4, column: 3 }],
    },
    {
      name: 'new-buy blank: at that value',
      plan: `${HEAD}messages:\n  renew: Proof of results.\n  newBuy: "  "\n`,
      findings: [{ message: 'the new-buy message is missing; write messages.newBuy', line: 5, column: 11 }],
    },
    {
      name: 'the same message, ignoring case and spaces: at newBuy',
      plan: `${HEAD}messages:\n  renew: The leading logistics platform.\n  newBuy: "  the LEADING logistics platform. "\n`,
      findings: [{ message: ['the renew and new-buy messages are the same', 'write a different messages.newBuy'], line: 5, column: 11 }],
    },
  ],
});
