import { messages } from '../i18n/messages.js';
import type { Finding } from '../plan/finding.js';
import { documented, type RuleMeta } from '../rules/types.js';

type AnyRuleMeta = RuleMeta<unknown>;

/**
 * `schema` and `yaml-syntax` come from the loader, not from a rule module, so the rule
 * list formatters receive does not describe them; formats that document every rule
 * they report (SARIF) take their description from here.
 */
export const LOADER_RULES: readonly AnyRuleMeta[] = [
  documented({ id: 'yaml-syntax', defaultSeverity: 'error', defaultOptions: {} }),
  documented({ id: 'schema', defaultSeverity: 'error', defaultOptions: {} }),
];

/**
 * Every rule a report can mention, each once: the coverage rules, the loader's two, and
 * a bare entry for any other id a finding carries, so a reference to a rule by index is
 * never dangling.
 */
export function ruleCatalog(rules: readonly AnyRuleMeta[], findings: Iterable<Pick<Finding, 'rule' | 'severity'>> = []): AnyRuleMeta[] {
  const byId = new Map<string, AnyRuleMeta>();
  for (const rule of [...rules, ...LOADER_RULES]) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  for (const finding of findings) {
    if (byId.has(finding.rule)) continue;
    byId.set(finding.rule, {
      id: finding.rule,
      defaultSeverity: finding.severity === 'error' ? 'error' : 'warn',
      description: messages().rules.otherRule({ rule: finding.rule }),
      defaultOptions: {},
      docs: { rationale: '', passing: '', failing: '' },
    });
  }
  return [...byId.values()];
}
