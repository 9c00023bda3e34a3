import { resolveRules, type ResolvedRule } from '../rules/resolve.js';
import { loadCommandConfig, type CommandIO, type GlobalFlags } from './io.js';

// Apart from io.ts, which every command loads: resolving rules loads every rule.

/** The rules with the severities and options in effect: the config's, then `--rule` (of `cro rules` and `cro explain`). */
export function resolveRulesFromConfig(flags: GlobalFlags & { rule?: string[] }, io: CommandIO): ResolvedRule[] {
  const config = loadCommandConfig(io, flags);
  return resolveRules({ config: config.data.rules, configWhere: (id) => config.where(['rules', id]), cli: flags.rule });
}
