import { messages } from '../i18n/messages.js';
import { PLAN_SUBJECT } from '../plan/subject.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'renewal-requirements',
    defaultSeverity: 'error',
    defaultOptions: {},
  },
  *check(plan) {
    if (plan.renewal?.requirements?.some((requirement) => requirement.trim() !== '')) return;
    yield {
      path: ['renewal', 'requirements'],
      subject: PLAN_SUBJECT,
      message: messages().rules['renewal-requirements'].message({ account: plan.account.name }),
    };
  },
});
