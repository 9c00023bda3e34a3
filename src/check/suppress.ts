import type { Finding } from '../plan/finding.js';
import { DIRECTIVE_MARK, readSuppressionComments, type SuppressionComment } from '../plan/suppression-comments.js';
import type { ActiveRule, RunContext } from '../rules/engine.js';
import { allRules, ALWAYS_ERROR_RULES } from '../rules/index.js';
import { applySuppressions, SUPPRESSION_RULE, type SuppressedFinding } from '../rules/suppression.js';

const MARK = Buffer.from(DIRECTIVE_MARK);

/**
 * Every rule a `cro-ignore` may name: the coverage rules, but not `suppression` itself, nor
 * `schema` and `yaml-syntax`, which are always errors: a plan that cannot be read is fixed,
 * not suppressed (a baseline may still accept it on the day cro is adopted).
 */
const SUPPRESSIBLE = allRules.map((rule) => rule.meta.id).filter((id) => id !== SUPPRESSION_RULE);

/**
 * The suppressions of one file (SPEC §12), applied to its findings in file order: what
 * stays, and what a comment set aside. Part of the pure check of a file, so what it gives
 * is stored by `--cache` with the findings, under a key that holds `--as-of` (an `until`
 * depends on it) and the rules in effect ("unused" depends on them). A file whose bytes do
 * not contain `cro-ignore` costs one search.
 */
export function suppressIn(bytes: Uint8Array, findings: Finding[], rules: readonly ActiveRule[], context: RunContext, checked: boolean): { kept: Finding[]; suppressed: SuppressedFinding[]; comments: SuppressionComment[] } {
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(MARK) === -1) return { kept: findings, suppressed: [], comments: [] };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const ran = new Set<string>(ALWAYS_ERROR_RULES);
  // Coverage rules run only on a plan that passed the schema: a suppression of one is not "unused" on a plan that did not.
  if (checked) for (const active of rules) ran.add(active.rule.meta.id);
  const own = rules.find((active) => active.rule.meta.id === SUPPRESSION_RULE);
  const { findings: kept, suppressed } = applySuppressions(text, findings, { asOf: context.asOf, severity: own ? own.severity : null, ran, known: SUPPRESSIBLE });
  // The comments themselves too, for the agenda (a suppression's `until` is a day to act on).
  return { kept, suppressed, comments: readSuppressionComments(text) };
}
