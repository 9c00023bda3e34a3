/** A small valid plan, as YAML text, to start test cases from. */
export const MINIMAL_PLAN = `cro: 1
account:
  name: Acme Logistics
`;

export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

import { allRules } from '../../src/rules/index.js';

/** A cro.config.yaml that switches every coverage rule off, for tests about reading files. */
export const CONFIG_WITHOUT_RULES =
  allRules.length === 0 ? 'rules: {}\n' : `rules:\n${allRules.map((rule) => `  ${rule.meta.id}: off`).join('\n')}\n`;
