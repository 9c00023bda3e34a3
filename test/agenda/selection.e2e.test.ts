import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';

/*
 * Choosing plans (SPEC §10): `--owner` and `--segment` on check, report, breakeven and
 * agenda choose plans by account.owner / account.segment, ignoring case (and accents),
 * through the one check of each file, so every command and format sees the same plans.
 * And the stylish view's coverage tables: hidden by --quiet and --no-coverage, gone with
 * their rule, findings in line, column, rule order.
 */

const EXAMPLES = join(ROOT, 'examples');
const AS_OF = ['--as-of', '2026-11-27'];
const run = (args: string[], cwd = EXAMPLES) => runCli([...args], { cwd, env: { NO_COLOR: '1' } });
const files = (stdout: string, key: 'files' | 'results' | 'accounts') => (JSON.parse(stdout) as Record<string, Array<{ file: string }>>)[key]!.map((entry) => entry.file);

describe('--owner and --segment choose plans', () => {
  it('a choice that matches no plan says so, not that there are no plans', () => {
    for (const command of ['check', 'report', 'breakeven', 'agenda']) {
      const result = run([command, ...AS_OF, '--segment', 'nothing']);
      expect(result.code, command).toBe(0);
      expect(result.stderr, command).toBe('cro: none of the 5 plans in plans (the plans of cro.config.yaml) matches --segment "nothing"; check the name, or leave the option out\n');
    }
  });

  it('report: an empty choice shows no accounts, and does not tell a repository of plans to create one', () => {
    const result = run(['report', ...AS_OF, '--segment', 'enterpris']);
    expect(result.stdout).toContain('No accounts to report.');
    expect(result.stdout).not.toContain('cro init');
    expect(result.stderr).toContain('none of the 5 plans');
  });

  it('agenda: an --owner nobody in the plans has is named, with the nearest account owner', () => {
    const typo = run(['agenda', ...AS_OF, '--owner', 'Olivia Grnt']);
    expect(typo.stdout).toContain('0 items');
    expect(typo.stderr).toBe('cro: nobody named "Olivia Grnt" owns an account, is on a team or owns a win plan in 5 plans; check the name (did you mean "Olivia Grant"?)\n');
    expect(run(['agenda', ...AS_OF, '--owner', 'Nobody At All']).stderr).toMatch(/nobody named "Nobody At All" .* in 5 plans; check the name\n$/);
    // A person with a part in some plan but nothing due is no mistake: no note.
    expect(run(['agenda', ...AS_OF, '--owner', 'olivia grant', '--within', '0']).stderr).toBe('');
    // A team member or a win plan's owner is a person of the plan too.
    expect(run(['agenda', ...AS_OF, '--owner', 'Ali Kaya']).stderr).toBe('');
  });

  it('check: only the chosen plans are checked and counted', () => {
    const result = run(['check', ...AS_OF, '--format', 'json', '--owner', 'EMMA WALSH']);
    expect(files(result.stdout, 'files')).toEqual(['plans/copper-kettle-coffee.yaml']);
    expect((JSON.parse(result.stdout) as { summary: { files: number } }).summary.files).toBe(1);
    expect(files(run(['check', ...AS_OF, '--format', 'json', '--segment', 'Enterprise']).stdout, 'files')).toEqual([
      'plans/brueckner-antriebstechnik.yaml',
      'plans/halcyon-cold-chain.yaml',
      'plans/harbor-and-vine-grocers.yaml',
    ]);
    expect(files(run(['check', ...AS_OF, '--format', 'json', '--segment', 'enterprise', '--owner', 'naomi brooks']).stdout, 'files')).toEqual(['plans/halcyon-cold-chain.yaml']);
    // Nobody's plans: an empty, passing run.
    const none = run(['check', ...AS_OF, '--owner', 'Nobody At All']);
    expect(none.code).toBe(0);
  });

  it('check --cache with a selection checks afresh and leaves the cache alone', () => {
    const dir = tempTree({ 'plans/a.yaml': 'cro: 1\naccount: { name: A, owner: Ayşe Yılmaz }\n', 'plans/b.yaml': 'cro: 1\naccount: { name: B, owner: Tom Becker }\n' });
    expect(run(['check', '--cache', '--format', 'json'], dir).code).toBe(1);
    const chosen = run(['check', '--cache', '--format', 'json', '--owner', 'ayse yilmaz'], dir);
    expect(files(chosen.stdout, 'files')).toEqual(['plans/a.yaml']);
    expect(files(run(['check', '--cache', '--format', 'json'], dir).stdout, 'files')).toEqual(['plans/a.yaml', 'plans/b.yaml']);
  });

  it('report and breakeven', () => {
    const report = JSON.parse(run(['report', ...AS_OF, '--format', 'json', '--segment', 'SMB']).stdout) as { summary: { accounts: number } };
    expect(report.summary.accounts).toBe(1);
    expect(files(run(['breakeven', '--format', 'json', '--owner', 'lukas hoffmann']).stdout, 'results')).toEqual(['plans/brueckner-antriebstechnik.yaml']);
    expect(files(run(['breakeven', '--format', 'json', '--segment', 'smb']).stdout, 'results')).toEqual(['plans/copper-kettle-coffee.yaml']);
  });

  it('an invalid plan is chosen by what its account says', () => {
    const dir = tempTree({ 'a.yaml': 'cro: 1\naccount: { name: A, owner: Jane Doe, bogus: 1 }\n', 'b.yaml': 'cro: 1\naccount: { name: B, owner: Tom Becker, bogus: 1 }\n' });
    const result = run(['check', '--format', 'json', '--owner', 'jane doe'], dir);
    expect(result.code).toBe(1);
    expect(files(result.stdout, 'files')).toEqual(['a.yaml']);
  });
});

describe("check's stylish coverage tables (SPEC §10)", () => {
  const TABLE = '┌';
  it('shown by default, hidden by --quiet and --no-coverage, gone with critical-roles off', () => {
    expect(run(['check', ...AS_OF]).stdout).toContain(TABLE);
    expect(run(['check', ...AS_OF, '--quiet']).stdout).not.toContain(TABLE);
    const noCoverage = run(['check', ...AS_OF, '--no-coverage']);
    expect(noCoverage.stdout).not.toContain(TABLE);
    expect(noCoverage.stdout).toContain('warning');
    expect(run(['check', ...AS_OF, '--rule', 'critical-roles=off']).stdout).not.toContain(TABLE);
  });

  it('--quiet is much shorter: the errors and the summary only', () => {
    const full = run(['check', ...AS_OF]).stdout.split('\n').length;
    const quiet = run(['check', ...AS_OF, '--quiet']).stdout.split('\n').length;
    expect(quiet).toBeLessThan(full / 4);
  });

  it('findings are ordered by line, column, then rule', () => {
    const { stdout } = run(['check', ...AS_OF, '--no-coverage']);
    for (const block of stdout.split('\n\n')) {
      const rows = block.split('\n').map((line) => /^ {2}(\d+):(\d+)\s+\S+\s+.*\s(\S+)$/.exec(line)).filter((m): m is RegExpExecArray => m !== null);
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1]!, rows[i]!];
        const order = Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]) || (a[3]! < b[3]! ? -1 : a[3]! > b[3]! ? 1 : 0);
        expect(order, `${a[0]}\n${b[0]}`).toBeLessThanOrEqual(0);
      }
    }
  });
});

describe('cro map <folder> with --owner / --segment', () => {
  it('draws the chosen plans; without a selection a folder is still refused', () => {
    const tree = run(['map', 'plans', ...AS_OF, '--segment', 'enterprise']);
    expect(tree.code, tree.stderr).toBe(0);
    for (const account of ['Brückner Antriebstechnik GmbH', 'Halcyon Cold Chain, Inc.', 'Harbor & Vine Grocers']) expect(tree.stdout).toContain(account);
    expect(tree.stdout).not.toContain('Copper Kettle');
    const dot = run(['map', 'plans', ...AS_OF, '--owner', 'emma walsh', '--format', 'dot']);
    expect(dot.stdout.match(/^digraph /gm)).toHaveLength(1);
    expect(run(['map', 'plans', ...AS_OF, '--owner', 'EMMA WALSH', '--format', 'mermaid']).code).toBe(0);
    const many = run(['map', 'plans', ...AS_OF, '--segment', 'enterprise', '--format', 'mermaid']);
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/^cro: 3 plans .*--format tree or dot\n$/);
    expect(run(['map', 'plans', ...AS_OF]).code).toBe(2);
    const none = run(['map', 'plans', ...AS_OF, '--owner', 'Nobody At All']);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^cro: no plan in plans /);
  });
});

describe('an empty --owner or --segment', () => {
  it('is a usage error (exit 2, one line), not a run that silently chooses no plan', () => {
    for (const args of [
      ['agenda', '--owner', ''],
      ['agenda', '--segment', ' '],
      ['check', '--owner', ''],
      ['report', '--segment', ''],
      ['breakeven', '--owner', '  '],
      ['map', 'plans', '--owner', ''],
    ]) {
      const flag = args.find((arg) => arg.startsWith('--'))!;
      const result = run([...args, ...AS_OF]);
      expect(result, args.join(' ')).toMatchObject({ code: 2, stdout: '', stderr: `cro: ${flag} is empty: write the name that chooses the plans, or leave ${flag} out\n` });
    }
  });
});

describe('a selection that chooses no plan', () => {
  it('says so, rather than that there are no plans and cro init should make one', () => {
    for (const [command, flag] of [['check', '--owner'], ['report', '--owner'], ['breakeven', '--owner'], ['agenda', '--segment']] as const) {
      const result = run([command, ...AS_OF, flag, 'Nobody At All']);
      expect(result.code, command).toBe(0);
      expect(result.stderr, command).toBe(`cro: none of the 5 plans in plans (the plans of cro.config.yaml) matches ${flag} "Nobody At All"; check the name, or leave the option out\n`);
    }
  });
});
