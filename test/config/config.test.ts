import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { runCli, tempTree } from '../helpers/cli.js';
import { CONFIG_WITHOUT_RULES, MINIMAL_PLAN } from '../helpers/plans.js';

describe('cro.config.yaml', () => {
  it('is found in a parent folder and its paths resolve against its own folder', () => {
    const dir = tempTree({ 'cro.config.yaml': 'plans: accounts\ncurrency: EUR\n', 'deep/er/x.txt': '' });
    const config = loadConfig(undefined, join(dir, 'deep/er'));
    expect(config.file).toBe(join(dir, 'cro.config.yaml'));
    expect(config.dir).toBe(dir);
    expect(config.data).toEqual({ plans: 'accounts', currency: 'EUR' });
  });

  it('gives the default plans folder to cro check, from any subfolder', () => {
    const dir = tempTree({
      'cro.config.yaml': `plans: accounts\n${CONFIG_WITHOUT_RULES}`,
      'accounts/a.yaml': MINIMAL_PLAN,
      'elsewhere/b.yaml': 'cro: 1\n',
      'sub/readme.txt': '',
    });
    const result = runCli(['check', '--format', 'json'], { cwd: join(dir, 'sub') });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files.map((f: { file: string }) => f.file)).toEqual(['../accounts/a.yaml']);
  });

  it.each([
    ['an unknown key', 'plans: plans\nplan: x\n', /cro\.config\.yaml:2:1: unknown config key "plan" \(did you mean "plans"\?\)/],
    ['a bad currency', 'currency: dollars\n', /^cro: cro\.config\.yaml:1:11: currency: "dollars" is not an ISO 4217 currency code; use one such as USD, EUR or TRY\n$/],
    ['three capitals that are no currency', 'currency: XYZ\n', /^cro: cro\.config\.yaml:1:11: currency: "XYZ" is not an ISO 4217 currency code; use one such as USD, EUR or TRY\n$/],
    ['a currency in lower case', 'plans: .\ncurrency: usd\n', /^cro: cro\.config\.yaml:2:11: currency: "usd" is not an ISO 4217 currency code \(did you mean "USD"\?\); use one such as USD, EUR or TRY\n$/],
    ['an unknown key in breakeven', 'breakeven: { horizn: 60 }\n', /^cro: cro\.config\.yaml:1:14: unknown key "horizn" in breakeven \(did you mean "horizon"\?\)\n$/],
    ['a __proto__ key in breakeven', 'breakeven: { __proto__: 1 }\n', /^cro: cro\.config\.yaml:1:14: unknown key "__proto__" in breakeven\n$/],
    ['broken YAML', 'plans: [a\n', /cro\.config\.yaml:2:1: /],
    ['a bad horizon', 'breakeven: { horizon: 0 }\n', /cro\.config\.yaml:1:23: breakeven\.horizon/],
    ['a bad critical role', 'criticalRoles: [ceo]\n', /cro\.config\.yaml:1:17: criticalRoles\[0\]/],
    ['nesting 3,000 deep', `rules: ${'['.repeat(3000)}${']'.repeat(3000)}\n`, /^cro: cro\.config\.yaml:1:71: lists and maps nest deeper than 64 levels here; a config never needs this — flatten it\n$/],
    ['block nesting 3,000 deep', `rules:\n  ${'- '.repeat(3000)}x\n`, /^cro: cro\.config\.yaml:2:129: lists and maps nest deeper than 64 levels here; a config never needs this/],
    ['more than a megabyte', `# ${'x'.repeat(1024 * 1024)}\nplans: p\n`, /^cro: cro\.config\.yaml:1:1: the file is 1\.001 MB; a config may be at most 1 MB — is this the config file\?\n$/],
  ])('%s is exit 2 naming the file and line', (_, text, expected) => {
    const dir = tempTree({ 'cro.config.yaml': text, 'a.yaml': MINIMAL_PLAN });
    const result = runCli(['check', 'a.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(expected);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--config names a config explicitly; a missing one is exit 2', () => {
    const dir = tempTree({ 'custom.yaml': 'plans: p\n', 'p/a.yaml': MINIMAL_PLAN });
    expect(runCli(['check', '--config', 'missing.yaml'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringMatching(/config file not found: missing\.yaml/) });
    const result = runCli(['check', '--config', 'custom.yaml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(result.stdout).files.map((f: { file: string }) => f.file)).toEqual(['p/a.yaml']);
  });
});

describe('cro.config.yaml rule settings', () => {
  it.each([
    ['rules: { __proto__: off }\n', 'cro.config.yaml:1:10', '__proto__'],
    ['rules:\n  okrs: warn\n  "__proto__": error\n', 'cro.config.yaml:3:3', '__proto__'],
    ['rules:\n  constructor: off\n', 'cro.config.yaml:2:3', 'constructor'],
    ['rules:\n  toString: off\n', 'cro.config.yaml:2:3', 'toString'],
  ])('a rule id named after an object built-in is an unknown rule: %j', (config, where, id) => {
    const dir = tempTree({ 'cro.config.yaml': config, 'a.yaml': MINIMAL_PLAN });
    const result = runCli(['check', 'a.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`cro: ${where}: unknown rule "${id}"; run \`cro rules\` to list them\n`);
  });

  it('an option named __proto__ is an unknown option, not dropped', () => {
    const dir = tempTree({ 'cro.config.yaml': 'rules:\n  stale-contact: [warn, { __proto__: 5 }]\n', 'a.yaml': MINIMAL_PLAN });
    const result = runCli(['check', 'a.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('cro: cro.config.yaml:2:3: rule "stale-contact" has no option "__proto__"; its options are "days"\n');
  });

  it('a bad severity names the rule, the file and line, and what to write', () => {
    const dir = tempTree({ 'cro.config.yaml': 'rules:\n  okrs: maybe\n', 'a.yaml': MINIMAL_PLAN });
    const result = runCli(['check', 'a.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('cro: cro.config.yaml:2:9: rules.okrs: use off, warn or error, or a list like [warn, { days: 60 }]');
  });
});

describe('cro.config.yaml plans', () => {
  it('a plans folder that does not exist is reported at its line in the config', () => {
    const result = runCli(['check'], { cwd: tempTree({ 'cro.config.yaml': 'currency: USD\nplans: nowhere\n' }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('cro: cro.config.yaml:2:8: plans: no such file or folder: nowhere\n');
  });
});
