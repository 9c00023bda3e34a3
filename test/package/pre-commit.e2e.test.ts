import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, tempTree } from '../helpers/cli.js';

/*
 * .pre-commit-hooks.yaml (SPEC §13), run by pre-commit itself (Debian's package; .ci/run
 * installs it): pre-commit clones cro from a git repository at a revision, installs it
 * with `npm install` and `npm pack` (whose whole stdout it takes for the tarball's name:
 * see .npmrc) and runs the hook on a plans repository. The current tree, committed or
 * not, is committed into a temporary repository first, so the hook tested is this one.
 */
const HAS_PRE_COMMIT = spawnSync('pre-commit', ['--version'], { stdio: 'ignore' }).status === 0;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=cro test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

/** This checkout's files as they are now (tracked and untracked, not ignored), committed to a new repository; returns its path and commit. */
function snapshotOfThisTree(into: string): { repo: string; rev: string } {
  const repo = join(into, 'cro');
  mkdirSync(repo);
  const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of files) {
    const from = join(ROOT, file);
    const to = join(repo, file);
    mkdirSync(dirname(to), { recursive: true });
    try {
      copyFileSync(from, to);
    } catch {
      // deleted in the work tree but still in the index: not part of what is tested
    }
  }
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'snapshot');
  return { repo, rev: git(repo, 'rev-parse', 'HEAD').trim() };
}

/** A plan with warnings only (no error): the hook passes on it. */
const GOOD = `cro: 1
account: { name: Acme Logistics, renewalDate: 2027-06-01 }
team:
  - { name: Jane, function: sales }
  - { name: Ece, function: marketing }
  - { name: Ali, function: customer-success }
messages: { renew: Proof of outcomes, newBuy: One vendor for freight }
renewal: { requirements: [Cut dispatch time by 20%] }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate, backup: tom, roles: [end-user, administrator, procurement, budget-owner, executive-sponsor] }
  - { id: tom, name: Tom Reed, group: renew, stance: supporter, backup: maria, roles: [end-user, administrator, procurement, budget-owner, executive-sponsor] }
`;

describe('.pre-commit-hooks.yaml', () => {
  it('declares cro-check: a node hook on the YAML files of plans folders, given their names', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    expect(hooks).toEqual([expect.objectContaining({ id: 'cro-check', language: 'node', entry: 'cro check', pass_filenames: true })]);
    const files = new RegExp(hooks[0]!.files as string);
    for (const path of ['plans/acme.yaml', 'plans/eu/globex.yml', 'revenue/plans/acme.yaml']) expect(path).toMatch(files);
    for (const path of ['cro.config.yaml', '.pre-commit-config.yaml', '.github/workflows/cro.yml', 'plans/README.md']) expect(path).not.toMatch(files);
  });

  it('npm pack prints the tarball’s name and nothing else on stdout (pre-commit reads it as the name)', () => {
    // In a copy, so that the build it runs (prepare) does not rewrite this checkout's dist/ under other tests.
    const { repo } = snapshotOfThisTree(tempTree());
    symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'), 'dir');
    const out = execFileSync('npm', ['pack', '--dry-run'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(out).toMatch(/^cro-[\w.-]+\.tgz\n$/);
  }, 120_000);

  it.skipIf(!HAS_PRE_COMMIT)(
    'pre-commit run --all-files passes on a good plan and fails on a bad one (skipped when pre-commit is not installed: apt-get install pre-commit)',
    () => {
      const work = tempTree();
      const { repo, rev } = snapshotOfThisTree(work);
      const plans = join(work, 'plans-repo');
      mkdirSync(join(plans, 'plans'), { recursive: true });
      writeFileSync(join(plans, '.pre-commit-config.yaml'), `repos:\n  - repo: ${repo}\n    rev: ${rev}\n    hooks:\n      - id: cro-check\n        args: [--as-of, "2026-11-27"]\n`);
      writeFileSync(join(plans, 'cro.config.yaml'), 'plans: plans\n');
      writeFileSync(join(plans, 'plans/acme.yaml'), GOOD);
      git(plans, 'init', '-q');
      git(plans, 'add', '-A');
      // An environment of its own, and npm's cache where it has the packages already.
      const env = { ...process.env, PRE_COMMIT_HOME: join(work, 'pre-commit-home'), npm_config_prefer_offline: 'true', NO_COLOR: '1', CI: '1' };
      const run = () => spawnSync('pre-commit', ['run', '--all-files', '--color', 'never'], { cwd: plans, env, encoding: 'utf8', timeout: 540_000 });

      const good = run();
      expect(good.status, `${good.stdout}\n${good.stderr}`).toBe(0);
      expect(good.stdout).toMatch(/cro check \(account plans\)\.+Passed/);

      writeFileSync(join(plans, 'plans/globex.yaml'), 'cro: 1\naccount:\n  name: Globex\nstakeholders:\n  - id: 2024\n    name: Maria\n    group: renew\n');
      git(plans, 'add', '-A');
      const bad = run();
      expect(bad.status, `${bad.stdout}\n${bad.stderr}`).toBe(1);
      expect(bad.stdout).toMatch(/cro check \(account plans\)\.+Failed/);
      expect(bad.stdout).toContain('plans/globex.yaml');
      expect(bad.stdout).toMatch(/5:9 +error .*schema/);
      // The config and pre-commit's own file are not plans, and are not given to cro.
      expect(bad.stdout).not.toContain('cro.config.yaml');
    },
    600_000,
  );
});
