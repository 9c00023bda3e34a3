import type { SeveritySetting, RuleSetting } from '../config/schema.js';
import { messages } from '../i18n/messages.js';
import { didYouMean } from '../plan/did-you-mean.js';
import { UsageError } from '../util/errors.js';
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

  const text = messages().rules.settings;
  const apply = (id: string, setting: SeveritySetting, options: Record<string, unknown> | undefined, where: string) => {
    if ((ALWAYS_ERROR_RULES as readonly string[]).includes(id)) throw new UsageError(text.notConfigurable({ where, id }));
    const entry = resolved.get(id);
    if (!entry) throw new UsageError(`${where}: ${text.unknownRule({ id, hint: didYouMean(id, ids) })}`);
    entry.setting = setting;
    if (options !== undefined) entry.options = parseOptions(entry.rule, options, where);
  };

  for (const [id, value] of Object.entries(config)) {
    const [setting, options] = typeof value === 'string' ? [value, undefined] : [value[0], value[1]];
    apply(id, setting, options, configWhere(id));
  }
  for (const flag of cli) {
    const match = /^([a-z0-9-]+)=(off|warn|error)$/.exec(flag.trim());
    if (!match) throw new UsageError(text.ruleFlag({ flag }));
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
  const text = messages().rules.settings;
  if (!schema) throw new UsageError(text.noOptions({ where, id }));
  const known = Object.keys(defaultOptions as object);
  for (const key of Object.keys(given)) {
    if (!known.includes(key)) {
      throw new UsageError(text.unknownOption({ where, id, key, hint: didYouMean(key, known), known: known.map((k) => `"${k}"`).join(', ') }));
    }
  }
  const parsed = schema.safeParse({ ...(defaultOptions as object), ...given });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const value = issue.path.length > 0 ? valueAt(given, issue.path) : undefined;
    const got = value === undefined ? '' : JSON.stringify(value);
    throw new UsageError(text.badOption({ where, id, option: issue.path.join('.'), got, problem: issue.message }));
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
