import { loadPlan } from '../../../plan/load.js';
import type { Plan } from '../../../plan/schema.js';
import { didYouMean } from '../../../util/suggest.js';
import { messages } from '../../../i18n/messages.js';
import { placeholderNames, renderTemplate, TemplateError, withModeline } from './render.js';
import { templateValues, type PlanAnswers } from './values.js';

export interface RenderedPlan {
  text: string;
  plan: Plan;
}

/**
 * Renders a template into the text of a plan file and proves it is a valid plan: a
 * template (a user's own, say) that renders something `cro check` would reject is an
 * error here, never a broken file on disk.
 */
export function renderPlan(source: string, answers: PlanAnswers, options: { today: string; schemaReference: string }): RenderedPlan {
  const values = templateValues(answers, { today: options.today });
  // A mistyped placeholder would silently leave its line a comment: typos must not pass.
  const known = Object.keys(values);
  // Notes for template authors (#% lines) are dropped unread.
  const lines = source.split('\n').map((text) => (text.startsWith('#%') ? '' : text));
  const unknown = placeholderNames(lines.join('\n')).find((name) => !Object.hasOwn(values, name));
  if (unknown !== undefined) {
    const line = lines.findIndex((text) => placeholderNames(text).includes(unknown)) + 1;
    const suggestion = didYouMean(unknown, known).replace(/"([^"]+)"/, '{{$1}}');
    throw new TemplateError(messages().init.unknownPlaceholder({ name: unknown, suggestion }), line > 0 ? line : undefined);
  }
  const body = renderTemplate(source, values);
  const text = withModeline(body, options.schemaReference);
  const loaded = loadPlan(new TextEncoder().encode(text), { explicit: true });
  const first = loaded?.findings[0];
  if (!loaded?.plan || first) {
    const t = messages().init;
    throw new TemplateError(first ? t.invalidRenderAt({ line: first.line, column: first.column, problem: first.message }) : t.invalidRender({ problem: t.notAPlan }));
  }
  if (loaded.plan.account.name !== answers.accountName) throw new TemplateError(messages().init.mustSetAccountName);
  return { text, plan: loaded.plan };
}
