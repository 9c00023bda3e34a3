import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
import { gitRepo, planYaml, type PersonSpec, type Repo, programPath } from '../helpers/git-repo.js';
import { unmarkedWords } from '../helpers/unmarked.js';

/*
 * The paths given to `cro diff` and `cro history` choose what is shown, never what git
 * compares: a plan renamed (`git mv`) and made worse in one commit is the same account,
 * and a regression, whether the path given is its new name, its old one, or its folder.
 * A path that names nothing is a usage error; a deleted plan's path is not.
 */

const AS_OF = '2026-11-27';
const ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const cro = (cwd: string, args: string[], env: Record<string, string> = {}) => runCli(args, { cwd, env: { ...ENV, ...env } });

interface DiffJson { accounts: Array<{ account: string; status: string; file: string; previousFile: string | null; coverage: { lost: string[] }; findings: { new: Array<{ rule: string; subject: string }> }; regression: boolean }>; totals: Record<string, number> }
interface HistoryJson { accounts: Array<{ account: string; file: string; steps: Array<{ subject: string; file: string; diff: { status: string } | null }> }> }

const northgate = (sponsor: string): PersonSpec[] => [
  { id: 'amira', name: 'Amira Haddad', roles: ['executive-sponsor'], stance: sponsor, backup: 'frank' },
  { id: 'frank', name: 'Frank Ode', roles: ['budget-owner', 'procurement', 'end-user', 'administrator'], stance: 'supporter', backup: 'amira' },
];
const NORTHGATE = (sponsor = 'advocate') => planYaml({ name: 'Northgate Building Supply', people: northgate(sponsor) });
const ACME = planYaml({ name: 'Acme Logistics' });
const BETA = (revenue = 9500) => planYaml({ name: 'Beta Retail', monthlyRevenue: revenue });

let repo: Repo;
let start: string;
beforeAll(() => {
  repo = gitRepo();
  repo.commit({ 'cro.config.yaml': 'plans: plans\n', 'plans/northgate-building-supply.yaml': NORTHGATE(), 'plans/acme.yaml': ACME, 'plans/sub/beta.yaml': BETA(), 'plans/gone.yaml': planYaml({ name: 'Gone Co' }) }, 'Start the plans', { date: '2026-03-01' });
  start = repo.git(['rev-parse', 'HEAD']).trim();
  repo.commit({ 'plans/sub/beta.yaml': BETA(12000), 'plans/northgate-building-supply.yaml': planYaml({ name: 'Northgate Building Supply', people: northgate('supporter') }) }, 'Beta grows; Amira a supporter', { date: '2026-04-01' });
  repo.commit({ 'plans/gone.yaml': null }, 'Gone Co churned', { date: '2026-05-01' });
  // The review's case: the plan moved with git mv, and its sponsor turned detractor, in one commit.
  repo.git(['mv', 'plans/northgate-building-supply.yaml', 'plans/northgate.yaml']);
  repo.commit({ 'plans/northgate.yaml': NORTHGATE('detractor'), 'plans/acme.yaml': planYaml({ name: 'Acme Logistics', owner: 'Ali Kaya' }) }, 'Rename northgate; Amira turned', { date: '2026-06-01' });
}, 60_000);

describe('cro diff <path>: git still sees the rename', () => {
  it('A..B with the renamed plan\'s path: the same regression as without a path, and exit 1', () => {
    const whole = cro(repo.dir, ['diff', 'HEAD~1..HEAD', '--format', 'json', '--as-of', AS_OF]);
    const all = (JSON.parse(whole.stdout) as DiffJson).accounts;
    expect(all.map((a) => a.account)).toEqual(['Acme Logistics', 'Northgate Building Supply']);
    const ours = all.find((a) => a.account === 'Northgate Building Supply')!;
    expect(ours).toMatchObject({ status: 'renamed', file: 'plans/northgate.yaml', previousFile: 'plans/northgate-building-supply.yaml', regression: true });
    expect(ours.coverage.lost).toEqual(['executive-sponsor']);
    // Its new name, its old name, either: the same account, the same findings.
    for (const path of ['plans/northgate.yaml', 'plans/northgate-building-supply.yaml']) {
      const one = cro(repo.dir, ['diff', 'HEAD~1..HEAD', path, '--format', 'json', '--as-of', AS_OF, '--fail-on', 'regression']);
      expect(one).toMatchObject({ code: 1, stderr: '' });
      expect((JSON.parse(one.stdout) as DiffJson).accounts).toEqual([ours]);
    }
    const text = cro(repo.dir, ['diff', 'HEAD~1..HEAD', 'plans/northgate.yaml', '--as-of', AS_OF, '--fail-on', 'regression']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('moved from plans/northgate-building-supply.yaml');
    expect(text.stdout).not.toContain('new plan');
    expect(text.stdout).not.toContain('Acme Logistics');
  });

  it('against the working tree, after an uncommitted git mv: the rename, not a new plan; untracked plans under a folder given come as added', () => {
    const work = gitRepo({ 'cro.config.yaml': 'plans: plans\n', 'plans/northgate-building-supply.yaml': NORTHGATE(), 'plans/acme.yaml': ACME });
    work.git(['mv', 'plans/northgate-building-supply.yaml', 'plans/northgate.yaml']);
    work.write({ 'plans/northgate.yaml': NORTHGATE('detractor'), 'plans/acme.yaml': planYaml({ name: 'Acme Logistics', owner: 'Ali Kaya' }), 'plans/new/zeta.yaml': planYaml({ name: 'Zeta' }) });
    for (const args of [['diff', 'plans/northgate.yaml'], ['diff', 'HEAD', 'plans/northgate.yaml']]) {
      const result = cro(work.dir, [...args, '--format', 'json', '--as-of', AS_OF, '--fail-on', 'regression']);
      expect(result).toMatchObject({ code: 1, stderr: '' });
      expect((JSON.parse(result.stdout) as DiffJson).accounts.map((a) => [a.account, a.status, a.previousFile, a.coverage.lost])).toEqual([
        ['Northgate Building Supply', 'renamed', 'plans/northgate-building-supply.yaml', ['executive-sponsor']],
      ]);
    }
    const folder = cro(work.dir, ['diff', 'plans/new', '--format', 'json', '--as-of', AS_OF]);
    expect((JSON.parse(folder.stdout) as DiffJson).accounts.map((a) => [a.account, a.status])).toEqual([['Zeta', 'added']]);
    // A path given from a subfolder reads as git reads it: from there.
    const inside = cro(join(work.dir, 'plans'), ['diff', 'northgate.yaml', '--format', 'json', '--as-of', AS_OF]);
    expect((JSON.parse(inside.stdout) as DiffJson).accounts.map((a) => a.status)).toEqual(['renamed']);
  });

  it('a folder path keeps what is under it', () => {
    const result = cro(repo.dir, ['diff', `${start}..HEAD`, 'plans/sub/', '--format', 'json', '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as DiffJson).accounts.map((a) => [a.account, a.file])).toEqual([['Beta Retail', 'plans/sub/beta.yaml']]);
  });

  it('a path that names nothing is exit 2 with one line; a deleted plan\'s path is fine', () => {
    for (const args of [['diff', 'HEAD', 'plans/nope.yaml'], ['diff', 'HEAD~1..HEAD', 'plans/nope.yaml'], ['diff', 'plans/nope/']]) {
      const result = cro(repo.dir, args);
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toMatch(/^cro: plans\/nope\/?(\.yaml)?: no such file or folder, in the working tree or on either side compared\n$/);
    }
    const deleted = cro(repo.dir, ['diff', `${start}..HEAD`, 'plans/gone.yaml', '--format', 'json', '--as-of', AS_OF]);
    expect(deleted.code).toBe(0);
    expect((JSON.parse(deleted.stdout) as DiffJson).accounts.map((a) => [a.account, a.status])).toEqual([['Gone Co', 'deleted']]);
    // On both sides, unchanged, though gone from the working tree now: nothing changed, not an error.
    expect(cro(repo.dir, ['diff', `${start}..HEAD~2`, 'plans/gone.yaml'])).toMatchObject({ code: 0, stdout: expect.stringContaining('No account changed.') });
  });
});

describe('cro history <path>: the whole timeline, from before a rename', () => {
  const subjects = (doc: HistoryJson) => doc.accounts.map((a) => [a.account, a.file, a.steps.map((s) => s.subject)]);

  it('shows every step of the account whose plan had the path, by its new name or its old one', () => {
    const whole = JSON.parse(cro(repo.dir, ['history', '--format', 'json']).stdout) as HistoryJson;
    const ours = whole.accounts.find((a) => a.account === 'Northgate Building Supply')!;
    expect(ours.steps.map((s) => [s.subject, s.file, s.diff?.status])).toEqual([
      ['Start the plans', 'plans/northgate-building-supply.yaml', 'added'],
      ['Beta grows; Amira a supporter', 'plans/northgate-building-supply.yaml', 'modified'],
      ['Rename northgate; Amira turned', 'plans/northgate.yaml', 'renamed'],
    ]);
    for (const path of ['plans/northgate.yaml', 'plans/northgate-building-supply.yaml']) {
      const result = cro(repo.dir, ['history', path, '--format', 'json']);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect((JSON.parse(result.stdout) as HistoryJson).accounts).toEqual([ours]);
    }
    const text = cro(repo.dir, ['history', 'plans/northgate.yaml']).stdout;
    expect(text).toMatch(/^1 account, 3 commits\n/);
  });

  it('a folder path: the accounts under it; a deleted plan\'s path: its timeline to the deletion', () => {
    expect(subjects(JSON.parse(cro(repo.dir, ['history', 'plans/sub', '--format', 'json']).stdout) as HistoryJson)).toEqual([
      ['Beta Retail', 'plans/sub/beta.yaml', ['Start the plans', 'Beta grows; Amira a supporter']],
    ]);
    const gone = cro(repo.dir, ['history', 'plans/gone.yaml', '--format', 'json']);
    expect(gone.code).toBe(0);
    expect(subjects(JSON.parse(gone.stdout) as HistoryJson)).toEqual([['Gone Co', 'plans/gone.yaml', ['Start the plans', 'Gone Co churned']]]);
  });

  it('a path that no commit touched and that is not in the working tree: exit 2 with one line, in English and in Turkish', () => {
    const result = cro(repo.dir, ['history', 'plans/nope.yaml']);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'cro: plans/nope.yaml: no such file or folder, in the working tree or in any commit of the history read\n' });
    // With one good path beside it, still: the bad one is named.
    expect(cro(repo.dir, ['history', 'plans/acme.yaml', 'plans/nope.yaml']).stderr).toMatch(/^cro: plans\/nope\.yaml: /);
    // A new repository: no commit at all.
    expect(cro(gitRepo().dir, ['history', 'plans/nope.yaml']).code).toBe(2);
    for (const args of [['history', 'plans/nope.yaml'], ['diff', 'HEAD', 'plans/nope.yaml']]) {
      const tr = cro(repo.dir, [...args, '--lang', 'tr'], { CRO_I18N_MARK: '1' });
      expect(tr.code).toBe(2);
      expect(unmarkedWords(tr.stderr, ['plans/nope.yaml', /^cro:/])).toEqual([]);
      expect(cro(repo.dir, [...args, '--lang', 'tr']).stderr).toMatch(/^cro: plans\/nope\.yaml: böyle bir dosya ya da klasör yok; ne çalışma klasöründe ne de /);
    }
  });

  it('walks git once and reads only the blobs of the accounts shown', () => {
    const wrapper = tempTree();
    const calls = join(wrapper, 'calls.log');
    const asked = join(wrapper, 'blobs.log');
    const real = programPath('git');
    writeFileSync(join(wrapper, 'git'), `#!/bin/sh\necho "$@" >> ${JSON.stringify(calls)}\nif [ "$1" = cat-file ] && [ "$2" = --batch ]; then tee -a ${JSON.stringify(asked)} | ${JSON.stringify(real)} "$@"; else exec ${JSON.stringify(real)} "$@"; fi\n`);
    chmodSync(join(wrapper, 'git'), 0o755);
    const run = (args: string[]) => {
      rmSync(join(repo.dir, '.git', 'cro'), { recursive: true, force: true });
      rmSync(calls, { force: true });
      rmSync(asked, { force: true });
      const result = runCli(args, { cwd: repo.dir, env: { ...ENV, PATH: `${wrapper}:${process.env.PATH}` } });
      expect(result.code).toBe(0);
      const lines = readFileSync(calls, 'utf8').trim().split('\n');
      return { lines, blobs: readFileSync(asked, 'utf8').trim().split('\n') };
    };
    const one = run(['history', 'plans/northgate.yaml']);
    expect(one.lines.filter((c) => / log /.test(` ${c} `))).toHaveLength(1);
    expect(one.lines.filter((c) => c.startsWith('cat-file'))).toEqual(['cat-file --batch']);
    // Northgate's three versions, not the other plans'.
    expect(one.blobs).toHaveLength(3);
    expect(run(['history']).blobs.length).toBeGreaterThan(3);
    const diff = run(['diff', 'HEAD~1..HEAD', 'plans/northgate.yaml', '--as-of', AS_OF]);
    expect(diff.lines.filter((c) => c.startsWith('cat-file'))).toEqual(['cat-file --batch']);
    expect(diff.blobs).toHaveLength(2);
  });
});
