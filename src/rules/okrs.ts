import { messages } from '../i18n/messages.js';
import { PLAN_SUBJECT } from '../plan/subject.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'okrs',
    defaultSeverity: 'warn',
    defaultOptions: {},
  },
  *check(plan) {
    const okrs = plan.okrs ?? [];
    if (okrs.some((okr) => okr.keyResults?.some((result) => result.trim() !== ''))) return;
    const text = messages().rules.okrs;
    const message = okrs.length === 0 ? text.noOkrs : text.noKeyResult({ objective: okrs[0]!.objective });
    // About the plan, not one objective: naming the first would change the subject as objectives are added.
    yield { path: ['okrs'], subject: PLAN_SUBJECT, message };
  },
});
