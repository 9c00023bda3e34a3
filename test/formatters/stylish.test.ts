import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/formatters/stylish.js';
import type { Stakeholder } from '../../src/plan/schema.js';
import type { RoleCoverage } from '../../src/method/coverage.js';
import { cleanReport, emptyReport, fileReport, finding, formatterOptions, mixedReport, report } from './fixtures.js';

/** Control characters, line separators and bidi overrides: none may come from a plan. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\\u009b31m\u202e\u2028\n✔ no problems in 9 files';

/** The basics only: the coverage table belongs to the rules and is tested with them. */
describe('stylish formatter', () => {
  it('names each file with problems and each finding with line:column, severity, message and rule', () => {
    const out = formatStylish(mixedReport(), formatterOptions());
    expect(out).toContain('plans/broken.yaml');
    expect(out).toMatch(/3:1 +error +a tab is used for indentation; YAML indents with spaces only +yaml-syntax/);
    expect(out).toMatch(/20:7 +warning +roles: end-user, procurement; key=value::done +stakeholder-needs/);
    expect(out).toContain('plans/northgate.yaml');
  });

  it('ends with a summary line that counts problems and files', () => {
    expect(formatStylish(mixedReport(), formatterOptions()).trimEnd().split('\n').at(-1)).toBe('✖ 10 problems (6 errors, 4 warnings) in 4 files');
    expect(formatStylish(cleanReport(), formatterOptions()).trimEnd().split('\n').at(-1)).toBe('✔ no problems in 1 file');
    expect(formatStylish(emptyReport(), formatterOptions()).trimEnd().split('\n').at(-1)).toBe('✔ no problems in 0 files');
  });

  it('keeps every finding on its line, whatever its message, file or account name holds', () => {
    const out = formatStylish(mixedReport(), formatterOptions());
    expect(out).not.toMatch(UNSAFE);
    expect(out).toMatch(/30:3 +warning +bell  nul  esc  vt  nonchar\uFFFE lone\uD800 end +stale-contact/);
    expect(out).toMatch(/14:5 +error +first line second line third fourth +role-backup/);
  });

  it('writes no escape sequence and forges no line from a plan, in the findings and in the coverage table', () => {
    const person = (id: string, name: string, extra: Partial<Stakeholder> = {}): Stakeholder =>
      ({ id, name: `${name}${HOSTILE}`, group: 'renew', roles: ['end-user'], stance: 'supporter', ...extra }) as Stakeholder;
    const coverage: RoleCoverage[] = [
      { role: 'end-user', coveredBy: [{ index: 0, person: person('ada', 'Ada'), backup: { status: 'current', person: person('bo', 'Bo') } }], notCovering: [] },
      { role: 'administrator', coveredBy: [{ index: 1, person: person('cy', 'Cy'), backup: { status: 'left', person: person('di', 'Di', { leftOn: '2026-01-01' }) } }], notCovering: [] },
      { role: 'procurement', coveredBy: [], notCovering: [{ index: 2, person: person('ed', 'Ed', { stance: 'neutral' }), why: 'is neutral' }] },
    ];
    const file = {
      ...fileReport(`plans/acme${HOSTILE}.yaml`, `Acme${HOSTILE}`, [finding({ rule: 'role-backup', message: `Ada${HOSTILE} has no backup`, line: 4, column: 5 })]),
      coverage,
    };
    for (const level of [0, 3] as const) {
      const options = formatterOptions();
      const chalk = new Chalk({ level });
      const out = formatStylish(report([file]), { ...options, chalk, criticalRoles: ['end-user', 'administrator', 'procurement'] });
      // cro's own colours are the only escape sequences; without them nothing unsafe is left.
      // eslint-disable-next-line no-control-regex
      const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
      expect(plain).not.toMatch(UNSAFE);
      const lines = plain.trimEnd().split('\n');
      expect(lines.filter((line) => line.includes('✔ no problems'))).toHaveLength(lines.filter((line) => line.includes('pwned')).length);
      expect(lines.at(-1)).toBe('✖ 1 problem (1 error, 0 warnings) in 1 file');
      expect(lines[0]).toMatch(/^plans\/acme \]0;pwned \[2J \]8;;https:\/\/evil\.example \\link \]8;; \\ 31m ✔ no problems in 9 files\.yaml  Acme /);
      expect(lines[1]).toMatch(/^  4:5  error    Ada .* has no backup  role-backup$/);
      // Every row of the table is a box row: a name cannot break out of its cell.
      for (const line of lines.slice(3, -2)) expect(line).toMatch(/^  [┌├│└].*[┐┤│┘]$/);
    }
  });
});

describe('stylish output of cro check', () => {
  it('orders findings by line, column, then rule; one rule at one node in its own order, whatever the messages say', async () => {
    const { runCli, tempTree } = await import('../helpers/cli.js');
    const dir = tempTree({ 'bare.yaml': 'cro: 1\naccount:\n  name: Bare Co\n' });
    const { stdout } = runCli(['check', '--as-of', '2026-11-27', '--no-color', 'bare.yaml'], { cwd: dir });
    const atTop = stdout.split('\n').filter((line) => line.startsWith('  1:1 ')).map((line) => line.trim().split(/ {2,}/));
    expect(atTop.map(([, , , rule]) => rule)).toEqual([
      ...Array(5).fill('critical-roles'),
      ...Array(3).fill('cross-functional-team'),
      'economics', 'new-buy-targets', 'okrs', 'referrers', 'renewal-requirements', 'two-messages',
    ]);
    // Critical roles as criticalRoles lists them, team functions as the rule asks for them: not alphabetically by message.
    expect(atTop.slice(0, 8).map(([, , message]) => message!.split(/ is not covered|;/)[0])).toEqual([
      'end-user', 'administrator', 'procurement', 'budget-owner', 'executive-sponsor',
      'no team, so no sales member', 'no team, so no marketing member', 'no team, so no customer-success member',
    ]);
  });

  it('marks a backup who is a detractor in the coverage table', async () => {
    const { runCli, tempTree } = await import('../helpers/cli.js');
    const plan = `cro: 1
account: { name: Acme }
stakeholders:
  - { id: omar, name: Omar Shah, group: renew, stance: supporter, roles: [procurement], backup: scott }
  - { id: scott, name: Scott Hanley, group: renew, stance: detractor, objection: { kind: competitor }, winPlan: { owner: Ali, due: 2026-12-01 } }
`;
    const { stdout } = runCli(['check', '--as-of', '2026-11-27', '--no-color', 'acme.yaml'], { cwd: tempTree({ 'acme.yaml': plan }) });
    expect(stdout).toMatch(/│ procurement +│ Omar Shah +│ supporter +│ ✖ Scott Hanley \(detractor\) +│/);
    expect(stdout).toMatch(/4:5 +error +procurement rests on Omar Shah alone, and the backup, Scott Hanley, is a detractor/);
  });
});
