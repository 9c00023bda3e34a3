import type { AnyRule } from './types.js';

/**
 * Every coverage rule of SPEC §5, in the order `cro rules` lists them. `schema` and
 * `yaml-syntax` are not here: they come from the loader and are always errors.
 */
export const allRules: readonly AnyRule[] = [];

export const ALWAYS_ERROR_RULES = ['schema', 'yaml-syntax'] as const;

export function findRule(id: string): AnyRule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
