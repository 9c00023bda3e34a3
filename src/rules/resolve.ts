import type { SeveritySetting, RuleSetting } from '../config/schema.js';
import { UsageError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import type { ActiveRule } from './engine.js';
import { ALWAYS_ERROR_RULES, allRules } from './index.js';
import type { AnyRule } from './types.js';

export interface RuleOverrides {
  /** From `cro.config.yaml` `rules:`; `where` names the file position for errors. */
  config?: Record<string, RuleSetting>;
  configWhere?: (ruleId: string) => string;
  /** From `--rule id=severity` (win over the config). */
  cli?: readonly string[];
}

export interface ResolvedRule {
  rule: AnyRule;
  setting: SeveritySetting;
  options: unknown;
}

/** Applies config and `--rule` settings to the registry; an unknown id or bad option is a usage error. */
export function resolveRules({ config = {}, configWhere = () => 'config', cli = [] }: RuleOverrides): ResolvedRule[] {
  const ids = allRules.map((rule) => rule.meta.id);
  const resolved = new Map<string, ResolvedRule>(
    allRules.map((rule) => [rule.meta.id, { rule, setting: rule.meta.defaultSeverity, options: rule.meta.defaultOptions }]),
  );

  const apply = (id: string, setting: SeveritySetting, options: unknown, where: string) => {
    if ((ALWAYS_ERROR_RULES as readonly string[]).includes(id)) {
      throw new UsageError(`${where}: rule "${id}" cannot be configured; invalid plans are always errors`);
    }
    const entry = resolved.get(id);
    if (!entry) throw new UsageError(`${where}: unknown rule "${id}"${didYouMean(id, ids)}; run \`cro rules\` to list them`);
    entry.setting = setting;
    if (options !== undefined) {
      const schema = entry.rule.meta.options;
      if (!schema) throw new UsageError(`${where}: rule "${id}" takes no options`);
      const parsed = schema.safeParse(options);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const key = issue.path.length > 0 ? `option "${issue.path.join('.')}"` : 'options';
        throw new UsageError(`${where}: rule "${id}" ${key}: ${issue.message}`);
      }
      entry.options = { ...(entry.rule.meta.defaultOptions as object), ...(parsed.data as object) };
    }
  };

  for (const [id, value] of Object.entries(config)) {
    const [setting, options] = typeof value === 'string' ? [value, undefined] : [value[0], value[1]];
    apply(id, setting, options, configWhere(id));
  }
  for (const flag of cli) {
    const match = /^([a-z0-9-]+)=(off|warn|error)$/.exec(flag.trim());
    if (!match) throw new UsageError(`--rule ${flag}: write it as <rule-id>=off|warn|error, e.g. --rule okrs=off`);
    apply(match[1]!, match[2] as SeveritySetting, undefined, `--rule ${flag}`);
  }
  return [...resolved.values()];
}

export function activeRules(resolved: readonly ResolvedRule[]): ActiveRule[] {
  return resolved
    .filter((entry) => entry.setting !== 'off')
    .map(({ rule, setting, options }) => ({ rule, severity: setting === 'error' ? 'error' : 'warning', options }));
}
