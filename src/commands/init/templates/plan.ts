import { loadPlan } from '../../../plan/load.js';
import type { Plan } from '../../../plan/schema.js';
import { didYouMean } from '../../../util/suggest.js';
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
    throw new TemplateError(`unknown placeholder {{${unknown}}}${didYouMean(unknown, known).replace(/"([^"]+)"/, '{{$1}}')}; the placeholders are listed in templates/README.md`, line > 0 ? line : undefined);
  }
  const body = renderTemplate(source, values);
  const text = withModeline(body, options.schemaReference);
  const loaded = loadPlan(new TextEncoder().encode(text), { explicit: true });
  const first = loaded?.findings[0];
  if (!loaded?.plan || first) {
    const where = first ? `at line ${first.line}:${first.column} of the rendered plan: ` : '';
    throw new TemplateError(`it does not render a valid plan (${where}${first?.message ?? 'not a plan'})`);
  }
  if (loaded.plan.account.name !== answers.accountName) {
    throw new TemplateError('it must set `account.name: {{accountName}}`');
  }
  return { text, plan: loaded.plan };
}
