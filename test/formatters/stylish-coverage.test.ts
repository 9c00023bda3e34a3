import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/formatters/stylish.js';
import type { RoleCoverage } from '../../src/method/coverage.js';
import type { Stakeholder } from '../../src/plan/schema.js';
import { fileReport, finding, formatterOptions, report } from './fixtures.js';

/*
 * The stylish view's coverage table belongs to the `critical-roles` rule (SPEC §10): it
 * goes with the rule, and with --quiet and --no-coverage (coverage: false); the findings
 * above it are in line, column, rule order whatever order they came in.
 */

const ada = { id: 'ada', name: 'Ada Lovelace', group: 'renew', roles: ['end-user'], stance: 'advocate' } as Stakeholder;
const coverage: RoleCoverage[] = [{ role: 'end-user', coveredBy: [{ index: 0, person: ada, backup: { status: 'none' } }], notCovering: [] }] as RoleCoverage[];

function withTable() {
  const file = fileReport('plans/acme.yaml', 'Acme', [
    finding({ rule: 'stale-contact', message: 'b', line: 9, column: 5, severity: 'warning' }),
    finding({ rule: 'role-backup', message: 'a', line: 9, column: 5 }),
    finding({ rule: 'critical-roles', message: 'c', line: 3, column: 3 }),
    finding({ rule: 'okrs', message: 'd', line: 9, column: 1, severity: 'warning' }),
  ]);
  return report([{ ...file, coverage }]);
}

describe('stylish coverage tables', () => {
  it('are shown while critical-roles is on, and not when it is off, or coverage is turned off', () => {
    expect(formatStylish(withTable(), formatterOptions())).toContain('Ada Lovelace');
    expect(formatStylish(withTable(), formatterOptions({ activeRules: ['critical-roles', 'role-backup'] }))).toContain('Ada Lovelace');
    expect(formatStylish(withTable(), formatterOptions({ activeRules: ['role-backup', 'okrs'] }))).not.toContain('Ada Lovelace');
    expect(formatStylish(withTable(), formatterOptions({ coverage: false }))).not.toContain('Ada Lovelace');
  });

  it('list findings by line, column, then rule', () => {
    const lines = formatStylish(withTable(), formatterOptions({ coverage: false })).split('\n').filter((line) => /^ {2}\d/.test(line));
    expect(lines.map((line) => line.trim().split(/\s+/).at(-1))).toEqual(['critical-roles', 'okrs', 'role-backup', 'stale-contact']);
  });
});
