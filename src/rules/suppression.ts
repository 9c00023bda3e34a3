import { messages } from '../i18n/messages.js';
import { compareFindings, type Finding, type Severity } from '../plan/finding.js';
import { readSuppressionComments, type SuppressionComment } from '../plan/suppression-comments.js';
import { didYouMean } from '../util/suggest.js';
import { defineRule } from './types.js';

/** The loader's rules (rules/index.ts's ALWAYS_ERROR_RULES, not imported: that module imports this one). */
const ALWAYS_ERROR_RULES = ['schema', 'yaml-syntax'] as const;

/**
 * `suppression` (SPEC §12): a `# cro-ignore` comment that cannot do what it says — no
 * reason, a rule that does not exist, an `until` date that has passed (its findings are
 * back) or is no date, a `cro-ignore-file` below the first comment block — or that
 * suppresses nothing (unused). Its findings come from the plan's comments, not from its
 * data, so `check` gives none: `applySuppressions` below, which the check of a file runs
 * after the other rules (check/check-one.ts), finds them while it sets findings aside.
 */
export default defineRule({
  meta: {
    id: 'suppression',
    defaultSeverity: 'warn',
    defaultOptions: {},
  },
  *check() {},
});

export const SUPPRESSION_RULE = 'suppression';

/** A finding a `cro-ignore` set aside: it does not count, and `--format json` and SARIF list it with the reason. */
export interface SuppressedFinding extends Finding {
  reason: string;
  until?: string;
}

export interface SuppressionOptions {
  asOf: string;
  /** The severity of `suppression` in effect; null when it is off (suppressions still apply). */
  severity: Severity | null;
  /** The rules that ran on the file, so that a suppression of a rule that is off, or did not run, is not "unused". */
  ran: ReadonlySet<string>;
  /** Every rule id a suppression may name. */
  known: readonly string[];
}

export interface Suppressed {
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

/**
 * Sets aside the findings that the plan's suppression comments cover, and adds the
 * `suppression` findings of those comments. `findings` are in file order, and so is what
 * comes back. A text without comments is answered at the cost of one search.
 */
export function applySuppressions(text: string, findings: Finding[], options: SuppressionOptions): Suppressed {
  const comments = readSuppressionComments(text);
  if (comments.length === 0) return { findings, suppressed: [] };
  const words = messages().rules.suppression;
  const problems: Finding[] = [];
  const report = (comment: SuppressionComment, problem: string, message: string) => {
    if (options.severity === null) return;
    problems.push({ rule: SUPPRESSION_RULE, severity: options.severity, message, line: comment.line, column: comment.column, path: '', subject: `${subjectOf(comment)}/${problem}` });
  };
  const known = new Set(options.known);
  const applying: Array<{ comment: SuppressionComment; rules: string[]; used: Set<string> }> = [];
  for (const comment of comments) {
    const named = comment.rules.filter((rule) => known.has(rule));
    for (const rule of comment.rules) {
      if (known.has(rule)) continue;
      if (ALWAYS_ERROR_RULES.includes(rule as (typeof ALWAYS_ERROR_RULES)[number])) report(comment, `always:${rule}`, words.alwaysError({ rule }));
      else report(comment, `unknown:${rule}`, words.unknownRule({ rule, hint: didYouMean(rule, options.known) }));
    }
    if (comment.rules.length === 0) report(comment, 'no-rule', words.noRule);
    if (comment.reason === null) report(comment, 'no-reason', words.noReason({ rule: comment.rules[0] ?? 'okrs' }));
    if (!comment.untilValid) report(comment, 'until', words.badUntil({ until: comment.until! }));
    if (comment.misplaced) report(comment, 'misplaced', words.misplaced);
    if (named.length === 0 || comment.reason === null || !comment.untilValid || comment.misplaced) continue;
    if (comment.until !== null && comment.until < options.asOf) {
      report(comment, 'expired', words.expired({ until: comment.until, rules: named.join(', ') }));
      continue;
    }
    if (comment.kind === 'node' && comment.target === null) {
      report(comment, 'no-node', words.noNode);
      continue;
    }
    applying.push({ comment, rules: named, used: new Set() });
  }

  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const by = applying.find(({ comment, rules }) => rules.includes(finding.rule) && (comment.kind === 'file' || comment.target === finding.line));
    if (!by) {
      kept.push(finding);
      continue;
    }
    by.used.add(finding.rule);
    const { reason, until } = by.comment;
    suppressed.push(until === null ? { ...finding, reason: reason! } : { ...finding, reason: reason!, until });
  }
  for (const { comment, rules, used } of applying) {
    for (const rule of rules) if (!used.has(rule) && options.ran.has(rule)) report(comment, `unused:${rule}`, words.unused({ rule }));
  }
  if (problems.length === 0) return { findings: kept, suppressed };
  // One comment may name a rule twice, or two comments be alike: each finding keeps a subject of its own.
  const taken = new Set(kept.filter((f) => f.rule === SUPPRESSION_RULE).map((f) => f.subject));
  for (const problem of problems) {
    let subject = problem.subject!;
    for (let n = 2; taken.has(subject); n++) subject = `${problem.subject!}/${n}`;
    taken.add(subject);
    problem.subject = subject;
  }
  return { findings: [...kept, ...problems].sort(compareFindings), suppressed };
}

/** What a comment is about, stable while lines move: its kind and the rules it names. */
function subjectOf(comment: SuppressionComment): string {
  return `${comment.kind === 'file' ? 'cro-ignore-file' : 'cro-ignore'}:${comment.rules.join(',')}`;
}
