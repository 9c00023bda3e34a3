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

  const apply = (id: string, setting: SeveritySetting, options: Record<string, unknown> | undefined, where: string) => {
    if ((ALWAYS_ERROR_RULES as readonly string[]).includes(id)) {
      throw new UsageError(`${where}: rule "${id}" cannot be configured; invalid plans are always errors`);
    }
    const entry = resolved.get(id);
    if (!entry) throw new UsageError(`${where}: unknown rule "${id}"${didYouMean(id, ids)}; run \`cro rules\` to list them`);
    entry.setting = setting;
    if (options !== undefined) entry.options = parseOptions(entry.rule, options, where);
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

/**
 * A rule's options from the config, over its defaults (`[warn, {}]` keeps them all). An
 * unknown key is named with the closest known one, so `dayz` points to `days`.
 */
function parseOptions(rule: AnyRule, given: Record<string, unknown>, where: string): unknown {
  const { id, options: schema, defaultOptions } = rule.meta;
  if (!schema) throw new UsageError(`${where}: rule "${id}" takes no options`);
  const known = Object.keys(defaultOptions as object);
  for (const key of Object.keys(given)) {
    if (!known.includes(key)) {
      const hint = didYouMean(key, known);
      throw new UsageError(`${where}: rule "${id}" has no option "${key}"${hint}; its options are ${known.map((k) => `"${k}"`).join(', ')}`);
    }
  }
  const parsed = schema.safeParse({ ...(defaultOptions as object), ...given });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.length > 0 ? `option "${issue.path.join('.')}"` : 'options';
    const value = issue.path.length > 0 ? valueAt(given, issue.path) : undefined;
    const shown = value === undefined ? '' : ` (got ${JSON.stringify(value)})`;
    throw new UsageError(`${where}: rule "${id}" ${key}${shown}: ${issue.message}`);
  }
  return parsed.data;
}

/** The value the user wrote at a path of their options; own keys only (`constructor` is not one unless written). */
function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function activeRules(resolved: readonly ResolvedRule[]): ActiveRule[] {
  return resolved
    .filter((entry) => entry.setting !== 'off')
    .map(({ rule, setting, options }) => ({ rule, severity: setting === 'error' ? 'error' : 'warning', options }));
}
