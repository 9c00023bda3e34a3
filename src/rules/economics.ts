import { messages } from '../i18n/messages.js';
import { ECONOMICS_SUBJECT } from '../plan/subject.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'economics',
    defaultSeverity: 'warn',
    defaultOptions: {},
  },
  *check(plan) {
    if (plan.economics) return;
    yield {
      path: ['economics'],
      subject: ECONOMICS_SUBJECT,
      message: messages().rules.economics.message,
    };
  },
});
