import type { SeveritySetting } from '../config/schema.js';
import type { ActiveRule, RunContext } from '../rules/engine.js';
import { allRules } from '../rules/index.js';
import type { ResolvedRule } from '../rules/resolve.js';
import type { PlanSelection } from './selection.js';

/**
 * Everything that decides a file's findings besides its bytes, as plain data: it crosses
 * to worker threads (rules are functions and cannot) and keys the cache.
 */
export interface CheckSettings {
  rules: Array<{ id: string; setting: SeveritySetting; options: unknown }>;
  context: RunContext;
  /** Use the fast parser where it agrees with the reference. */
  fast: boolean;
  /** Keep each valid plan's role coverage in its report (the stylish coverage table; --cache stores it for any format). Not in the cache key. */
  withCoverage: boolean;
  /** `--owner` / `--segment`: only the plans they choose are reported (selection.ts). Not in the cache key: a run with it reads no cache. */
  select?: PlanSelection;
}

export function ruleSettingsOf(resolved: readonly ResolvedRule[]): CheckSettings['rules'] {
  return resolved.map(({ rule, setting, options }) => ({ id: rule.meta.id, setting, options }));
}

export function activeRulesOf(settings: CheckSettings): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const { id, setting, options } of settings.rules) {
    if (setting === 'off') continue;
    const rule = allRules.find((candidate) => candidate.meta.id === id);
    if (rule) active.push({ rule, severity: setting === 'error' ? 'error' : 'warning', options });
  }
  return active;
}
