import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';

const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

describe('cro: the command line itself', () => {
  it('--version prints the package version', () => {
    expect(runCli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('--help lists every command with examples', () => {
    const result = runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['init', 'check', 'breakeven', 'report', 'map', 'schema', 'rules', 'explain']) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(result.stdout).toContain('Examples:');
  });

  it('cro alone prints the help on stdout and exits 0', () => {
    const result = runCli([]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(runCli(['--help']).stdout);
  });

  it('check --help documents the flags with examples', () => {
    const result = runCli(['check', '--help']);
    expect(result.code).toBe(0);
    for (const flag of ['--format', '--output', '--as-of', '--rule', '--quiet', '--max-warnings', 'Examples:']) expect(result.stdout).toContain(flag);
  });

  it('an unknown flag or command is exit 2 with one line, no stack trace', () => {
    for (const args of [['check', '--bogus'], ['chek'], ['check', '--format', 'xml'], ['check', '--as-of', '2026-13-01']]) {
      const result = runCli(args, { cwd: tempTree() });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^cro: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('suggests the command a typo meant', () => {
    expect(runCli(['chek']).stderr).toMatch(/check/);
  });

  it('--max-warnings must be a whole number', () => {
    expect(runCli(['check', '--max-warnings', 'many'], { cwd: tempTree() })).toMatchObject({ code: 2, stderr: expect.stringMatching(/--max-warnings many: expected a whole number/) });
    // A negative number is a whole number too: the error says which ones are meant.
    expect(runCli(['check', '--max-warnings', '-5'], { cwd: tempTree() })).toMatchObject({
      code: 2,
      stderr: 'cro: --max-warnings -5: expected a whole number (0 or more), or -1 for no limit\n',
    });
  });

  it('colours only when asked: FORCE_COLOR colours, NO_COLOR and --no-color win', () => {
    const dir = tempTree({ 'a.yaml': 'cro: 1\naccount: {}\n' });
    const forced = runCli(['check', 'a.yaml'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    expect(runCli(['check', 'a.yaml'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(runCli(['check', 'a.yaml', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(runCli(['check', 'a.yaml'], { cwd: dir }).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('cro: small promises of a good CLI', () => {
  it('an unknown command is one line with the suggestion', () => {
    const result = runCli(['chek']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("cro: unknown command 'chek' (did you mean check?)\n");
  });

  it('--max-warnings -1 means no limit', () => {
    const dir = tempTree({ 'cro.config.yaml': 'rules:\n  okrs: warn\n', 'a.yaml': 'cro: 1\naccount: { name: A }\n' });
    expect(runCli(['check', 'a.yaml', '--max-warnings', '-1', '--rule', 'critical-roles=off', '--rule', 'renewal-requirements=off', '--rule', 'two-messages=off', '--rule', 'cross-functional-team=off'], { cwd: dir }).code).toBe(0);
  });

  it('a report written to a file never has colour codes, even with FORCE_COLOR', () => {
    const dir = tempTree({ 'a.yaml': 'cro: 1\naccount: {}\n' });
    runCli(['check', 'a.yaml', '--output', 'out.txt'], { cwd: dir, env: { FORCE_COLOR: '3' } });
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).not.toMatch(/\u001b\[/);
  });

  it('says where it looked when there are no plans', () => {
    expect(runCli(['check'], { cwd: tempTree() }).stderr).toMatch(/no plans found in the current folder/);
    expect(runCli(['check'], { cwd: tempTree({ 'cro.config.yaml': 'plans: accounts\n', 'accounts/.gitkeep': '' }) }).stderr).toMatch(
      /no plans found in accounts \(the plans of cro\.config\.yaml\)/,
    );
  });

  it('finds plans with upper-case extensions', () => {
    const dir = tempTree({ 'plans/A.YAML': 'cro: 1\naccount: {}\n' });
    expect(JSON.parse(runCli(['check', '--format', 'json'], { cwd: dir }).stdout).files.map((f: { file: string }) => f.file)).toEqual(['plans/A.YAML']);
  });
});

describe('--format', () => {
  it('answers a misspelt format with the nearest of that command, in one line, exit 2', () => {
    for (const [command, typo, meant] of [
      ['check', 'stylsh', 'stylish'],
      ['report', 'htlm', 'html'],
      ['breakeven', 'jsno', 'json'],
      ['map', 'mermiad', 'mermaid'],
    ] as const) {
      const result = runCli([command, ...(command === 'map' ? ['plan.yaml'] : []), '--format', typo]);
      expect(result.code, command).toBe(2);
      expect(result.stderr, command).toMatch(new RegExp(`^cro: option '-f, --format <format>' argument '${typo}' is invalid\\. Allowed choices are [a-z, ]+\\. \\(did you mean "${meant}"\\?\\)\\n$`));
      expect(result.stdout).toBe('');
    }
  });
});
