import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/rules/index.js';
import { ROOT, runCli, runInProcess, tempTree } from '../helpers/cli.js';

/*
 * The coverage rules end to end: the built binary (`npm run build` first) on the
 * example plans repository, on a plan with every gap of the method, and the
 * `cro rules` / `cro explain` commands.
 */

const EXAMPLES = join(ROOT, 'examples');
const EVERY_GAP = join(ROOT, 'test/rules/fixtures/every-gap.yaml');
const AS_OF = ['--as-of', '2026-11-27'];

interface JsonReport {
  summary: { files: number; plans: number; errors: number; warnings: number };
  files: Array<{ file: string; account: string | null; errors: number; warnings: number; findings: Array<{ rule: string; severity: string; line: number; column: number; message: string; path: string }> }>;
}

const json = (stdout: string) => JSON.parse(stdout) as JsonReport;
const brief = (report: JsonReport) =>
  Object.fromEntries(report.files.map((f) => [f.file, f.findings.map((x) => `${x.line}:${x.column} ${x.severity} ${x.rule}`)]));

describe('cro check on examples/ (examples/README.md)', () => {
  const result = runCli(['check', ...AS_OF, '--format', 'json'], { cwd: EXAMPLES });
  const report = json(result.stdout);

  it('reads the plans folder of the config and exits 1: three plans have error-level gaps', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(report.summary).toEqual({ files: 5, plans: 5, errors: 8, warnings: 16 });
  });

  it('reports exactly the expected rules at the expected positions, per plan', () => {
    expect(brief(report)).toEqual({
      'plans/brueckner-antriebstechnik.yaml': ['102:5 warning stale-contact', '122:5 warning new-buy-targets'],
      'plans/copper-kettle-coffee.yaml': [
        '1:1 warning okrs',
        '27:5 error role-backup',
        '27:5 warning stakeholder-needs',
        '38:5 warning stale-contact',
        '51:5 warning stakeholder-needs',
        '69:5 warning milestone-review',
        '75:5 warning milestone-review',
      ],
      'plans/halcyon-cold-chain.yaml': [],
      'plans/harbor-and-vine-grocers.yaml': [
        '30:3 error critical-roles',
        '30:3 error critical-roles',
        '45:5 error role-backup',
        '45:5 warning stale-contact',
        '58:5 error detractor-overdue',
        '58:5 warning stale-contact',
        '80:5 error detractor-plan',
        '149:5 warning new-buy-targets',
        '163:5 warning milestone-review',
        '175:3 warning breakeven-horizon',
      ],
      'plans/northgate-building-supply.yaml': [
        '1:1 warning new-buy-targets',
        '1:1 warning okrs',
        '26:3 error critical-roles',
        '53:5 error role-backup',
        '78:5 warning stakeholder-needs',
      ],
    });
  });

  it('names the people, roles and dates a revenue leader needs', () => {
    const messages = Object.fromEntries(report.files.map((f) => [f.file.replace(/^plans\/|\.yaml$/g, ''), f.findings.map((x) => x.message).join('\n')]));
    expect(messages['northgate-building-supply']).toContain('procurement is not covered: Gary Whitfield is neutral');
    expect(messages['northgate-building-supply']).toContain('administrator rests on Wesley Park alone; add a backup');
    expect(messages['northgate-building-supply']).toMatch(/Mehmet Şahin's needs do not say what they must hear/);
    expect(messages['harbor-and-vine-grocers']).toContain('administrator is not covered: Rachel Kim left on 2026-08-14 and Ben Foster is neutral');
    expect(messages['harbor-and-vine-grocers']).toContain('executive-sponsor and budget-owner rest on Victor Almeida alone, and the backup, Rachel Kim, left on 2026-08-14');
    expect(messages['harbor-and-vine-grocers']).toContain("win plan owned by Olivia Grant was due 2026-10-31");
    expect(messages['harbor-and-vine-grocers']).toContain('Nadia Rahman is a detractor (concern) with no win plan');
    expect(messages['harbor-and-vine-grocers']).toContain('pays back in month 21 (2027-09-01), after the renewal date 2027-01-31');
    expect(messages['harbor-and-vine-grocers']).toContain('Victor Almeida for 114 days (last 2026-08-05, limit 60)');
    expect(messages['harbor-and-vine-grocers']).not.toMatch(/Rachel Kim for \d+ days/);
    expect(messages['copper-kettle-coffee']).toContain('executive-sponsor, budget-owner and procurement rest on Hana Kobayashi alone');
    expect(messages['copper-kettle-coffee']).toContain('"Six-month check-in" was due 2026-11-20');
    expect(messages['copper-kettle-coffee']).toContain('its review (2026-07-31) lacks the marketing perspective');
    expect(messages['brueckner-antriebstechnik']).toContain('the "Plant Wrocław (Poland)" target has no Group 1 hero: Claudia Roth is in Group 2');
  });

  it('stylish: each plan with its findings and its coverage table, and a summary line', () => {
    const { stdout, code } = runCli(['check', ...AS_OF], { cwd: EXAMPLES });
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/\u001b\[/);
    const harbor = stdout.slice(stdout.indexOf('plans/harbor-and-vine-grocers.yaml'), stdout.indexOf('plans/northgate-building-supply.yaml'));
    expect(harbor).toMatch(/30:3 +error +administrator is not covered/);
    expect(harbor).toMatch(/│ administrator +│ ✖ nobody +│/);
    expect(harbor).toMatch(/│ budget-owner +│ Victor Almeida +│ supporter +│ ✖ Rachel Kim \(left 2026-08-14\) +│/);
    expect(stdout).not.toContain('plans/halcyon-cold-chain.yaml');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('✖ 24 problems (8 errors, 16 warnings) in 5 files');
  });

  it('the plan to copy passes: exit 0', () => {
    const { code, stdout } = runCli(['check', ...AS_OF, 'plans/halcyon-cold-chain.yaml'], { cwd: EXAMPLES });
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('✔ no problems in 1 file');
  });

  it('the as-of date moves the time-based findings', () => {
    const { stdout } = runCli(['check', '--as-of', '2026-10-30', '--format', 'json', 'plans/harbor-and-vine-grocers.yaml'], { cwd: EXAMPLES });
    const rules = json(stdout).files[0]!.findings.map((f) => f.rule);
    expect(rules).not.toContain('detractor-overdue');
    expect(rules.filter((r) => r === 'stale-contact')).toHaveLength(1);
  });
});

describe('a plan with every gap of the method', () => {
  it('gives a finding of every coverage rule but economics, each where it belongs', () => {
    const { code, stdout } = runCli(['check', ...AS_OF, '--format', 'json', EVERY_GAP]);
    expect(code).toBe(1);
    expect(brief(json(stdout))['test/rules/fixtures/every-gap.yaml']).toEqual([
      '7:16 error renewal-date',
      '9:3 error cross-functional-team',
      '9:3 error cross-functional-team',
      '12:11 error two-messages',
      '14:3 error critical-roles',
      '14:3 error critical-roles',
      '14:3 warning referrers',
      '14:5 error role-backup',
      '14:5 warning stakeholder-needs',
      '14:5 warning stale-contact',
      '20:5 error detractor-plan',
      '26:5 warning detractor-overdue',
      '38:3 error renewal-requirements',
      '40:5 warning new-buy-targets',
      '42:5 warning milestone-review',
      '44:3 warning okrs',
      '46:3 warning breakeven-horizon',
    ]);
    const breakeven = json(stdout).files[0]!.findings.at(-1)!;
    expect(breakeven).toMatchObject({ path: 'economics', message: expect.stringContaining('never breaks even within 120 months: support costs 600 a month') });
  });

  it('a bare plan lacks every section: findings at 1:1 or at stakeholders', () => {
    const dir = tempTree({ 'bare.yaml': 'cro: 1\naccount:\n  name: Bare Co\n' });
    const { stdout } = runCli(['check', ...AS_OF, '--format', 'json', 'bare.yaml'], { cwd: dir });
    const findings = json(stdout).files[0]!.findings;
    expect(findings.map((f) => `${f.line}:${f.column} ${f.rule}`).sort()).toEqual(
      [
        ...Array(5).fill('critical-roles'),
        'cross-functional-team', 'cross-functional-team', 'cross-functional-team', 'economics', 'new-buy-targets', 'okrs', 'referrers', 'renewal-requirements', 'two-messages',
      ].map((rule) => `1:1 ${rule}`).sort(),
    );
  });

  it('a plan that fails the schema gets no coverage findings and no table', () => {
    const dir = tempTree({ 'bad.yaml': 'cro: 1\naccount:\n  name: Bad Co\nstakeholders:\n  - { id: 2024, name: X, group: renew }\n' });
    const { stdout, code } = runCli(['check', ...AS_OF, 'bad.yaml'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toMatch(/5:11 +error .* +schema/);
    expect(stdout).not.toContain('critical role');
    expect(stdout).toContain('1 problem (1 error, 0 warnings)');
  });
});

describe('--quiet and --max-warnings', () => {
  it('--quiet hides warnings but counts them', () => {
    const { stdout, code } = runCli(['check', ...AS_OF, '--quiet'], { cwd: EXAMPLES });
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/ warning /);
    expect(stdout).toMatch(/ error +administrator is not covered/);
    expect(stdout).not.toContain('brueckner');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('✖ 24 problems (8 errors, 16 warnings) in 5 files');
    const quietJson = json(runCli(['check', ...AS_OF, '--quiet', '--format', 'json'], { cwd: EXAMPLES }).stdout);
    expect(quietJson.files.flatMap((f) => f.findings).every((f) => f.severity === 'error')).toBe(true);
    expect(quietJson.summary.warnings).toBe(16);
  });

  it('warnings alone exit 0, and 1 beyond --max-warnings (quiet or not)', () => {
    const plan = 'plans/brueckner-antriebstechnik.yaml';
    expect(runCli(['check', ...AS_OF, plan], { cwd: EXAMPLES }).code).toBe(0);
    expect(runCli(['check', ...AS_OF, plan, '--max-warnings', '2'], { cwd: EXAMPLES }).code).toBe(0);
    const over = runCli(['check', ...AS_OF, plan, '--max-warnings', '1', '--quiet'], { cwd: EXAMPLES });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('2 warnings exceed --max-warnings 1');
    expect(runCli(['check', ...AS_OF, plan, '--max-warnings', '0', '--rule', 'stale-contact=off', '--rule', 'new-buy-targets=off'], { cwd: EXAMPLES }).code).toBe(0);
  });

  it('--rule turns an error into a warning, and --max-warnings still gates it', () => {
    const args = ['check', ...AS_OF, 'plans/northgate-building-supply.yaml', '--rule', 'critical-roles=warn', '--rule', 'role-backup=warn'];
    expect(runCli(args, { cwd: EXAMPLES }).code).toBe(0);
    expect(runCli([...args, '--max-warnings', '4'], { cwd: EXAMPLES }).code).toBe(1);
  });

  it('a bad --max-warnings is exit 2', () => {
    expect(runCli(['check', ...AS_OF, '--max-warnings', 'many'], { cwd: EXAMPLES })).toMatchObject({ code: 2, stderr: expect.stringContaining('--max-warnings many') });
  });
});

describe('cro rules', () => {
  it('lists every rule with the severity in effect and its description', () => {
    const { stdout, code } = runCli(['rules'], { cwd: EXAMPLES });
    expect(code).toBe(0);
    for (const rule of allRules) expect(stdout).toContain(rule.meta.description);
    expect(stdout).toMatch(/^detractor-overdue +error \(default warn\) +A current detractor/m);
    expect(stdout).toMatch(/^okrs +warn +The plan has at least one objective/m);
    expect(stdout).toMatch(/^schema +error \(always\)/m);
    // The examples' config sets stale-contact's days to 60: said beside the default wording.
    expect(stdout).toMatch(/^stale-contact +warn +No current stakeholder has gone more than 90 days \(option `days`\) without contact\. Set here: days: 60 \(default 90\)\.$/m);
    expect(stdout).not.toMatch(/^okrs .*Set here/m);
  });

  it('--format json, with --rule applied', () => {
    const { stdout, code } = runCli(['rules', '--format', 'json', '--rule', 'okrs=off'], { cwd: EXAMPLES });
    expect(code).toBe(0);
    const rules = JSON.parse(stdout).rules as Array<{ id: string; severity: string; defaultSeverity: string; options: unknown; configurable: boolean }>;
    expect(rules.map((r) => r.id)).toEqual([...allRules.map((r) => r.meta.id), 'yaml-syntax', 'schema']);
    expect(rules.find((r) => r.id === 'okrs')).toMatchObject({ severity: 'off', defaultSeverity: 'warn' });
    expect(rules.find((r) => r.id === 'stale-contact')).toMatchObject({ severity: 'warn', options: { days: 60 } });
    expect(rules.find((r) => r.id === 'schema')).toMatchObject({ severity: 'error', configurable: false });
  });

  it('a bad config is exit 2', () => {
    const dir = tempTree({ 'cro.config.yaml': 'rules:\n  okr: off\n' });
    expect(runCli(['rules'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown rule "okr"') });
  });
});

describe('cro explain', () => {
  it('prints the rationale, options, a passing and a failing example with what check reports', () => {
    const { stdout, code } = runCli(['explain', 'stale-contact']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^stale-contact: No current stakeholder/);
    expect(stdout).toMatch(/Severity +warn/);
    expect(stdout).toMatch(/Options +days: 90/);
    expect(stdout).toContain('Why');
    expect(stdout).toMatch(/Passing\n {4}cro: 1\n/);
    expect(stdout).toMatch(/Failing\n {4}cro: 1\n/);
    expect(stdout).toMatch(/cro check --as-of 2026-11-27 reports:\n {4}4:5 {2}no contact with Victor Almeida for 114 days/);
    expect(stdout).toContain('stale-contact: [warn, { days: 90 }]');
  });

  it('shows the severity and options in effect from the config', () => {
    const { stdout } = runCli(['explain', 'detractor-overdue'], { cwd: EXAMPLES });
    expect(stdout).toMatch(/Severity +error \(default warn\)/);
  });

  // In-process: the same command for every rule, without spawning fifteen processes.
  it.each(allRules.map((rule) => rule.meta.id))('explains %s', async (id) => {
    const { stdout, code } = await runInProcess(['explain', id]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/reports:\n {4}\d+:\d+ {2}\S/);
  });

  it('explains the loader rules too', () => {
    const { stdout, code } = runCli(['explain', 'schema']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Severity +error \(always/);
  });

  it.each([
    ['stale-contat', 'stale-contact'],
    ['okr', 'okrs'],
    ['backup', 'role-backup'],
  ])('an unknown rule %s is exit 2 with did-you-mean %s', (typo, suggestion) => {
    const { code, stderr, stdout } = runCli(['explain', typo]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(`cro: unknown rule "${typo}" (did you mean "${suggestion}"?); run \`cro rules\` to list them`);
  });

  it('a missing rule id is exit 2', () => {
    expect(runCli(['explain']).code).toBe(2);
  });
});
