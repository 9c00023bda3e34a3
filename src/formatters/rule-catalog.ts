import type { Finding } from '../plan/finding.js';
import type { RuleMeta } from '../rules/types.js';

type AnyRuleMeta = RuleMeta<unknown>;

/**
 * `schema` and `yaml-syntax` come from the loader, not from a rule module, so the rule
 * list formatters receive does not describe them; formats that document every rule
 * they report (SARIF) take their description from here.
 */
export const LOADER_RULES: readonly AnyRuleMeta[] = [
  {
    id: 'yaml-syntax',
    defaultSeverity: 'error',
    description: 'The file must be readable as YAML 1.2 (UTF-8, spaces for indentation, at most 1 MiB).',
    defaultOptions: {},
    docs: {
      rationale:
        'A plan that cannot be read cannot be checked: none of the other rules run on it. ' +
        'Plans are YAML 1.2 in UTF-8, indented with spaces (a tab is a syntax error), with unique keys. ' +
        'The finding points at the first place the parser stopped.',
      passing: 'cro: 1\naccount:\n  name: Acme Logistics\n',
      failing: 'cro: 1\naccount:\n\tname: Acme Logistics   # indented with a tab\n',
    },
  },
  {
    id: 'schema',
    defaultSeverity: 'error',
    description: 'The plan must follow the plan format: known keys, required fields, valid values and references.',
    defaultOptions: {},
    docs: {
      rationale:
        'Unknown keys are errors so that a typo never passes silently, and every reference ' +
        '(`backup`, `contacts`, `heroes`) must name a stakeholder of the same plan. Ids are text, ' +
        'dates are real ISO dates, money is never negative and rates lie in their ranges. ' +
        'The coverage rules run only on plans that pass this check. `cro schema` prints the full format.',
      passing:
        'cro: 1\naccount:\n  name: Acme Logistics\nstakeholders:\n  - id: maria\n    name: Maria Lopez\n    group: renew\n',
      failing:
        'cro: 1\naccount:\n  name: Acme Logistics\nstakeholders:\n  - id: 2024          # ids are text: quote it\n    name: Maria Lopez\n    group: renw        # renew or new-buy\n',
    },
  },
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
      description: `Findings of the rule ${finding.rule}.`,
      defaultOptions: {},
      docs: { rationale: '', passing: '', failing: '' },
    });
  }
  return [...byId.values()];
}
