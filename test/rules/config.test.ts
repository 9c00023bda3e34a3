import { describe, expect, it } from 'vitest';
import { runInProcess, tempTree } from '../helpers/cli.js';

/*
 * How cro.config.yaml `rules:`, `criticalRoles` and `--rule` change what `cro check`
 * reports (SPEC §5, §6). In-process: the same code path as the binary, much faster.
 */

// Line 7 is Maria: 70 days without contact on 2026-11-27, a stale contact only with days < 70.
const PLAN = `cro: 1
account: { name: Acme Logistics }
team:
  - { name: Jane Doe, function: sales }
  - { name: Ali Kaya, function: customer-success }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, roles: [procurement], stance: neutral, lastContact: 2026-09-18 }
`;

interface JsonFinding {
  rule: string;
  severity: string;
  line: number;
  column: number;
}

async function check(config: string | null, args: string[] = []) {
  const dir = tempTree({ 'plan.yaml': PLAN, ...(config === null ? {} : { 'cro.config.yaml': config }) });
  const result = await runInProcess(['check', 'plan.yaml', '--format', 'json', '--as-of', '2026-11-27', ...args], { cwd: dir });
  const findings: JsonFinding[] = result.code === 2 ? [] : JSON.parse(result.stdout).files[0].findings;
  const of = (rule: string) => findings.filter((f) => f.rule === rule);
  return { ...result, findings, of };
}

describe('rules in cro.config.yaml', () => {
  it('defaults without a config: every rule at its default severity', async () => {
    const { of } = await check(null);
    expect(of('okrs')).toMatchObject([{ severity: 'warning' }]);
    expect(of('cross-functional-team')).toMatchObject([{ severity: 'error', line: 4, column: 3 }]);
    expect(of('stale-contact')).toEqual([]);
  });

  it('off, warn and error set the severity', async () => {
    const { of, code } = await check('rules:\n  okrs: error\n  cross-functional-team: warn\n  critical-roles: off\n');
    expect(of('okrs')).toMatchObject([{ severity: 'error' }]);
    expect(of('cross-functional-team')).toMatchObject([{ severity: 'warning' }]);
    expect(of('critical-roles')).toEqual([]);
    expect(code).toBe(1);
  });

  it('[severity, { options }] sets options: stale-contact days', async () => {
    const { of } = await check('rules:\n  stale-contact: [warn, { days: 60 }]\n');
    expect(of('stale-contact')).toMatchObject([{ severity: 'warning', line: 7, column: 5 }]);
    expect((await check('rules:\n  stale-contact: [error, { days: 70 }]\n')).of('stale-contact')).toEqual([]);
    expect((await check('rules:\n  stale-contact: [error, { days: 69 }]\n')).of('stale-contact')).toMatchObject([{ severity: 'error' }]);
  });

  it('[severity] alone and [severity, {}] keep the default options', async () => {
    expect((await check('rules:\n  stale-contact: [error]\n')).of('stale-contact')).toEqual([]);
    expect((await check('rules:\n  stale-contact: [error, {}]\n')).of('stale-contact')).toEqual([]);
  });

  it('cross-functional-team functions option', async () => {
    const { of } = await check('rules:\n  cross-functional-team: [error, { functions: [sales, customer-success] }]\n');
    expect(of('cross-functional-team')).toEqual([]);
  });

  it('criticalRoles narrows the roles critical-roles and role-backup look at', async () => {
    expect((await check(null)).of('critical-roles')).toHaveLength(5);
    const { of } = await check('criticalRoles: [procurement]\n');
    expect(of('critical-roles')).toMatchObject([{ line: 7, column: 3 }]);
  });

  it.each([
    ['an unknown rule id, with a suggestion', 'rules:\n  okr: off\n', /^cro: cro\.config\.yaml:2:\d+: unknown rule "okr" \(did you mean "okrs"\?\)/],
    ['a bad option value', 'rules:\n  stale-contact: [warn, { days: 0 }]\n', /^cro: cro\.config\.yaml:2:\d+: rule "stale-contact" option "days" \(got 0\): must be at least 1 day/],
    ['a fractional number of days', 'plans: .\nrules:\n  stale-contact: [warn, { days: 1.5 }]\n', /^cro: cro\.config\.yaml:3:\d+: rule "stale-contact" option "days" \(got 1\.5\): must be a whole number/],
    ['an unknown option', 'rules:\n  stale-contact: [warn, { dayz: 60 }]\n', /^cro: cro\.config\.yaml:2:\d+: rule "stale-contact" has no option "dayz" \(did you mean "days"\?\)/],
    ['options for a rule without any', 'rules:\n  okrs: [warn, { days: 1 }]\n', /^cro: cro\.config\.yaml:2:\d+: rule "okrs" takes no options/],
    ['a bad function', 'rules:\n  cross-functional-team: [warn, { functions: [sales, ceo] }]\n', /option "functions\.1" \(got "ceo"\): must be one of sales, marketing/],
    ['configuring schema', 'rules:\n  schema: off\n', /^cro: cro\.config\.yaml:2:\d+: rule "schema" cannot be configured/],
    ['a bad severity', 'rules:\n  okrs: maybe\n', /^cro: cro\.config\.yaml:2:\d+: rules\.okrs/],
  ])('%s is exit 2 naming it and the config line', async (_name, config, message) => {
    const { code, stderr, stdout } = await check(config);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stdout).toBe('');
  });
});

describe('--rule on the command line', () => {
  it('overrides the config', async () => {
    const { of, code } = await check('rules:\n  okrs: error\n', ['--rule', 'okrs=off']);
    expect(of('okrs')).toEqual([]);
    expect(code).toBe(1);
    const raised = await check('rules:\n  okrs: off\n', ['--rule', 'okrs=error']);
    expect(raised.of('okrs')).toMatchObject([{ severity: 'error' }]);
  });

  it('keeps the options of the config while changing the severity', async () => {
    const { of } = await check('rules:\n  stale-contact: [warn, { days: 60 }]\n', ['--rule', 'stale-contact=error']);
    expect(of('stale-contact')).toMatchObject([{ severity: 'error' }]);
  });

  it('is repeatable; the last one for a rule wins', async () => {
    const { of } = await check(null, ['--rule', 'okrs=error', '--rule', 'cross-functional-team=off', '--rule', 'okrs=warn']);
    expect(of('okrs')).toMatchObject([{ severity: 'warning' }]);
    expect(of('cross-functional-team')).toEqual([]);
  });

  it('can turn every error off: exit 0', async () => {
    const off = ['critical-roles', 'cross-functional-team', 'renewal-requirements', 'two-messages'].flatMap((id) => ['--rule', `${id}=off`]);
    expect((await check(null, off)).code).toBe(0);
  });

  it.each([
    [['--rule', 'okr=off'], /^cro: --rule okr=off: unknown rule "okr" \(did you mean "okrs"\?\)/],
    [['--rule', 'okrs'], /^cro: --rule okrs: write it as <rule-id>=off\|warn\|error/],
    [['--rule', 'okrs=loud'], /^cro: --rule okrs=loud: write it as/],
    [['--rule', 'yaml-syntax=off'], /rule "yaml-syntax" cannot be configured/],
  ])('%j is exit 2', async (args, message) => {
    const { code, stderr } = await check(null, args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
