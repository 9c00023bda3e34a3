import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/check/check-one.js';
import { discoverPlanFiles } from '../../src/files/discover.js';
import { formatStylish } from '../../src/formatters/stylish.js';
import { CRITICAL_ROLES } from '../../src/plan/vocabulary.js';
import { allRules } from '../../src/rules/index.js';
import { tempTree } from '../helpers/cli.js';

/** The coverage table of the stylish format, drawn from real plans through `checkFiles`. */
function stylish(files: Record<string, string>, { level = 0 as 0 | 1, criticalRoles = [...CRITICAL_ROLES] } = {}): string {
  const dir = tempTree(files);
  const rules = allRules.map((rule) => ({ rule, severity: rule.meta.defaultSeverity === 'error' ? ('error' as const) : ('warning' as const), options: rule.meta.defaultOptions }));
  const report = checkFiles(discoverPlanFiles(['.'], dir), { rules, context: { asOf: '2026-11-27', criticalRoles, horizon: 120 } });
  return formatStylish(report, { chalk: new Chalk({ level }), rules: allRules.map((r) => r.meta), criticalRoles, asOf: '2026-11-27', version: '0.0.0' });
}

const HARBOR = `cro: 1
account: { name: Harbor & Vine Grocers }
stakeholders:
  - { id: rachel, name: Rachel Kim, group: renew, roles: [administrator], stance: advocate, leftOn: 2026-08-14 }
  - { id: victor, name: Victor Almeida, group: renew, roles: [executive-sponsor, budget-owner], stance: supporter, backup: rachel }
  - { id: scott, name: Scott Hanley, group: renew, roles: [procurement], stance: detractor }
  - { id: ben, name: Ben Foster, group: renew, roles: [administrator], stance: neutral }
  - { id: tamika, name: Tamika Johnson, group: renew, roles: [end-user], stance: advocate, backup: luis }
  - { id: luis, name: Luis Ortega, group: renew, roles: [end-user], stance: supporter }
`;

/** Rows of the table as [role, covered by, stance, backup] cells, trimmed. */
function rows(out: string): string[][] {
  return out
    .split('\n')
    .filter((line) => line.trimStart().startsWith('│'))
    .map((line) => line.trim().slice(1, -1).split('│').map((cell) => cell.trim()));
}

describe('stylish coverage table', () => {
  it('follows the findings of each plan: roles × who covers them, stance and backup, gaps marked without colour', () => {
    const out = stylish({ 'harbor.yaml': HARBOR });
    expect(out).not.toMatch(/\u001b\[/);
    expect(out.indexOf('critical-roles')).toBeLessThan(out.indexOf('critical role'));
    expect(rows(out)).toEqual([
      ['critical role', 'covered by', 'stance', 'backup'],
      ['end-user', 'Tamika Johnson', 'advocate', 'Luis Ortega'],
      ['', 'Luis Ortega', 'supporter', 'none'],
      ['administrator', '✖ nobody', '', ''],
      ['', 'Rachel Kim', 'left on 2026-08-14', ''],
      ['', 'Ben Foster', 'neutral', ''],
      ['procurement', '✖ nobody', '', ''],
      ['', 'Scott Hanley', 'detractor', ''],
      ['budget-owner', 'Victor Almeida', 'supporter', '✖ Rachel Kim (left 2026-08-14)'],
      ['executive-sponsor', 'Victor Almeida', 'supporter', '✖ Rachel Kim (left 2026-08-14)'],
    ]);
  });

  it('marks a single-threaded role without backup, and shows a role nobody holds', () => {
    const out = stylish({ 'a.yaml': 'cro: 1\naccount: { name: A }\nstakeholders:\n  - { id: w, name: Wesley Park, group: renew, roles: [administrator], stance: supporter }\n' });
    expect(rows(out)).toContainEqual(['administrator', 'Wesley Park', 'supporter', '✖ none']);
    expect(rows(out)).toContainEqual(['procurement', '✖ nobody', '', '']);
  });

  it('uses the configured critical roles', () => {
    const out = stylish({ 'harbor.yaml': HARBOR }, { criticalRoles: ['procurement'] });
    expect(rows(out).map((r) => r[0]).filter(Boolean)).toEqual(['critical role', 'procurement']);
  });

  it('has no table for a file that failed the schema', () => {
    const out = stylish({ 'bad.yaml': 'cro: 1\naccount: { name: A }\nstakeholders:\n  - { id: 2024, name: X, group: renew }\n' });
    expect(out).toContain('schema');
    expect(out).not.toContain('critical role');
  });

  it('colours when asked, and still lines up', () => {
    const out = stylish({ 'harbor.yaml': HARBOR }, { level: 1 });
    expect(out).toMatch(/\u001b\[31m✖ nobody/);
    const widths = new Set(out.split('\n').filter((l) => l.trimStart().startsWith('│')).map((l) => l.replace(/\u001b\[[0-9;]*m/g, '').length));
    expect(widths.size).toBe(1);
  });
});
