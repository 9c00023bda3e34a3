import type { Lang } from '../i18n/lang.js';
import { formatPath, type Finding } from '../plan/finding.js';
import type { Locator } from '../plan/locate.js';
import type { Plan } from '../plan/schema.js';
import { assignSubjects } from '../plan/subject.js';
import type { Role } from '../plan/vocabulary.js';
import type { AnyRule, RuleContext } from './types.js';

/** A rule switched on, with the severity and options in effect after config and `--rule`. */
export interface ActiveRule {
  rule: AnyRule;
  severity: 'warning' | 'error';
  options: unknown;
}

export interface RunContext {
  asOf: string;
  /**
   * The language of the findings' messages (English when absent): the commands set it, so
   * that it keys the cache and reaches the worker threads; rules read their words from
   * messages(), which the command (or worker) has set to it.
   */
  lang?: Lang;
  criticalRoles: readonly Role[];
  horizon: number;
}

const contexts = new WeakMap<ActiveRule, { base: RunContext; context: RuleContext<unknown> }>();

/** Each rule's context is the same for every plan of a run: built once, not once per plan. */
function ruleContext(active: ActiveRule, base: RunContext): RuleContext<unknown> {
  const cached = contexts.get(active);
  if (cached?.base === base) return cached.context;
  const context = { ...base, options: active.options };
  contexts.set(active, { base, context });
  return context;
}

/**
 * Messages are built by concatenation, which V8 keeps as trees of string pieces; a check
 * of 10,000 plans holds ~100,000 of them. Reading a character flattens the tree into one
 * string and frees the pieces, halving the memory findings take.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

/** Runs the coverage rules on a plan that passed the schema. */
export function runRules(plan: Plan, rules: readonly ActiveRule[], context: RunContext, locate: Locator): Finding[] {
  const findings: Finding[] = [];
  for (const active of rules) {
    const { rule, severity } = active;
    for (const report of rule.check(plan, ruleContext(active, context))) {
      const { line, column } = locate(report.path);
      findings.push({
        rule: rule.meta.id,
        severity,
        message: flat(report.message),
        line,
        column,
        path: flat(formatPath(report.path)),
        subject: flat(report.subject),
      });
    }
  }
  // A plan may name two milestones or targets alike: their findings still need subjects of their own.
  return assignSubjects(findings);
}
