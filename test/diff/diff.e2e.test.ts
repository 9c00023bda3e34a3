import { chmodSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
import { git, gitRepo, planYaml, type PersonSpec, type Repo, programPath } from '../helpers/git-repo.js';
import { FLAGS, unmarkedWords } from '../helpers/unmarked.js';

/*
 * `cro diff` end to end, on real git repositories: a pull request that wins a detractor,
 * loses a sponsor and renames a plan, while main moves on (A...B from the merge base);
 * uncommitted changes; --since; a merge; a shallow clone; the exit codes; Markdown as
 * markdownlint reads it; Turkish with no English left; git run as few processes.
 */

const AS_OF = '2026-11-27';
const ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const cro = (repo: string, args: string[], env: Record<string, string> = {}) => runCli(args, { cwd: repo, env: { ...ENV, ...env } });

const acmePeople = (changes: { omar?: string; mariaLeft?: string } = {}): PersonSpec[] => [
  { id: 'maria', name: 'Maria Lopez', roles: ['executive-sponsor', 'budget-owner'], stance: 'advocate', backup: 'tom', ...(changes.mariaLeft ? { leftOn: changes.mariaLeft } : {}) },
  { id: 'omar', name: 'Omar Shah', roles: ['procurement'], stance: changes.omar ?? 'detractor', ...(changes.omar === 'supporter' ? { backup: 'tom' } : {}) },
  { id: 'tom', name: 'Tom Becker', roles: ['end-user', 'administrator'], stance: 'supporter', backup: 'maria' },
];
const gamma = (extra: PersonSpec[] = []) => planYaml({ name: 'Gamma Foods', people: [{ id: 'ayse', name: 'Ayşe Yılmaz', roles: ['end-user'], stance: 'advocate' }, ...extra] });

interface Json {
  accounts: Array<{ account: string; file: string; previousFile: string | null; status: string; keys: Array<{ key: string; from: string; to: string }>; people: { added: Array<{ id: string }>; left: Array<{ id: string }>; changed: Array<{ id: string; stance?: { from: string; to: string } }> }; coverage: { gained: string[]; lost: string[] }; findings: { fixed: Array<{ rule: string; subject: string }>; new: Array<{ rule: string; subject: string }> }; regression: boolean }>;
  totals: Record<string, number>;
  from: { revision: string; commit: string };
  to: { revision: string | null; commit: string | null };
}

let repo: Repo;
let base: string;

beforeAll(() => {
  repo = gitRepo();
  repo.commit({ 'cro.config.yaml': 'plans: plans\n', 'plans/acme.yaml': planYaml({ people: acmePeople() }), 'plans/beta.yaml': planYaml({ name: 'Beta Retail' }), 'plans/gamma foods.yaml': gamma() }, 'the plans', { date: '2026-09-01' });
  base = repo.git(['rev-parse', 'HEAD']).trim();
  repo.git(['checkout', '-q', '-b', 'win-omar']);
  repo.commit({ 'plans/acme.yaml': planYaml({ people: acmePeople({ omar: 'supporter' }) }) }, 'Omar backs us now', { date: '2026-10-01' });
  repo.commit({ 'plans/acme.yaml': planYaml({ people: acmePeople({ omar: 'supporter', mariaLeft: '2026-10-15' }) }), 'plans/gamma foods.yaml': null, 'plans/gamma-foods.yaml': gamma([{ id: 'kemal', name: 'Kemal Öz', roles: ['administrator'], stance: 'detractor' }]) }, 'Maria left; gamma renamed', { date: '2026-10-20' });
  repo.commit({ 'plans/beta.yaml': planYaml({ name: 'Beta Retail', comment: 'only a comment' }) }, 'comment only', { date: '2026-10-21' });
  repo.git(['checkout', '-q', 'main']);
  repo.commit({ 'plans/beta.yaml': planYaml({ name: 'Beta Retail', owner: 'Ali Kaya' }) }, 'main moves on', { date: '2026-10-25' });
  repo.git(['checkout', '-q', 'win-omar']);
}, 60_000);

describe('cro diff A...B: what a pull request changes', () => {
  it('reports each change once, in the method\'s terms, from the merge base', () => {
    const result = cro(repo.dir, ['diff', 'main...win-omar', '--format', 'json', '--as-of', AS_OF]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as Json;
    expect(doc.from.commit).toBe(base);
    // beta: main's own change is not the branch's, and the branch changed only a comment.
    expect(doc.accounts.map((a) => [a.account, a.status, a.file, a.previousFile])).toEqual([
      ['Acme Logistics', 'modified', 'plans/acme.yaml', null],
      ['Gamma Foods', 'renamed', 'plans/gamma-foods.yaml', 'plans/gamma foods.yaml'],
    ]);
    const [acme, gammaDiff] = doc.accounts;
    expect(acme!.people.changed).toEqual([{ id: 'omar', name: 'Omar Shah', stance: { from: 'detractor', to: 'supporter' }, backup: { from: null, to: 'tom' }, rolesGained: [], rolesLost: [] }]);
    expect(acme!.people.left).toEqual([{ id: 'maria', name: 'Maria Lopez', leftOn: '2026-10-15' }]);
    expect(acme!.coverage).toMatchObject({ gained: ['procurement'], lost: ['budget-owner', 'executive-sponsor'] });
    expect(acme!.findings.fixed.map((f) => `${f.rule} ${f.subject}`)).toEqual(expect.arrayContaining(['critical-roles role:procurement']));
    expect(acme!.findings.new.map((f) => `${f.rule} ${f.subject}`)).toEqual(expect.arrayContaining(['critical-roles role:budget-owner', 'critical-roles role:executive-sponsor']));
    expect(acme!.regression).toBe(true);
    expect(gammaDiff!.people.added).toEqual([expect.objectContaining({ id: 'kemal', stance: 'detractor' })]);
    expect(doc.totals).toMatchObject({ accounts: 2, rolesCovered: 1, rolesLost: 2, newDetractors: 1, detractorsWon: 1 });
    // Said once each in the text too, though three commits made them.
    const text = cro(repo.dir, ['diff', 'main...win-omar', '--as-of', AS_OF]).stdout;
    const times = (needle: string) => text.split(needle).length - 1;
    expect(times('Omar Shah (omar): detractor → supporter')).toBe(1);
    expect(times('Maria Lopez (maria) left the customer on 2026-10-15')).toBe(1);
    expect(times('moved from plans/gamma foods.yaml')).toBe(1);
    expect(times('Beta Retail')).toBe(0);
  });

  it('--format json keeps its shape (other tools parse it)', () => {
    const doc = JSON.parse(cro(repo.dir, ['diff', 'main...win-omar', '--format', 'json', '--as-of', AS_OF]).stdout) as Record<string, unknown> & Json;
    expect(Object.keys(doc)).toEqual(['version', 'from', 'to', 'asOf', 'totals', 'accounts']);
    expect(doc.version).toBe(1);
    expect(Object.keys(doc.totals)).toEqual(['accounts', 'rolesCovered', 'rolesLost', 'newDetractors', 'detractorsWon', 'fixed', 'new', 'newErrors', 'regressions']);
    expect(Object.keys(doc.accounts[0]!)).toEqual(['account', 'file', 'previousFile', 'status', 'validity', 'keys', 'people', 'coverage', 'findings', 'errors', 'warnings', 'economics', 'milestones', 'regression']);
    expect(Object.keys(doc.accounts[0]!.findings.new[0]!)).toEqual(['rule', 'severity', 'subject', 'message', 'line']);
  });

  it('--fail-on regression: exit 1 for a step backwards, 0 otherwise', () => {
    expect(cro(repo.dir, ['diff', 'main...win-omar', '--fail-on', 'regression', '--as-of', AS_OF]).code).toBe(1);
    // The first commit only wins Omar over: no step backwards.
    expect(cro(repo.dir, ['diff', `${base}..win-omar~2`, '--fail-on', 'regression', '--as-of', AS_OF]).code).toBe(0);
    expect(cro(repo.dir, ['diff', 'main...win-omar', '--as-of', AS_OF]).code).toBe(0);
  });

  it('A..B compares the two trees: main\'s own change shows, reversed', () => {
    const doc = JSON.parse(cro(repo.dir, ['diff', 'main..win-omar', '--format', 'json', '--as-of', AS_OF]).stdout) as Json;
    const beta = doc.accounts.find((a) => a.account === 'Beta Retail')!;
    expect(beta.keys).toEqual([{ key: 'owner', from: 'Ali Kaya', to: 'Jane Doe' }]);
  });

  it('reads as a pull-request comment: the headline first, one section per account, markdownlint-clean', () => {
    const result = cro(repo.dir, ['diff', 'main...win-omar', '--format', 'markdown', '--as-of', AS_OF]);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('## Account plan changes');
    expect(lines[2]).toBe('**2 accounts changed: 1 role covered, 2 roles no longer covered, 1 new detractor, 1 detractor won over, 1 finding fixed, 3 new.**');
    expect(result.stdout).toContain('### Acme Logistics');
    expect(result.stdout).toContain('- ✅ Omar Shah (omar): detractor → supporter');
    expect(result.stdout).toContain('- ⚠️ Maria Lopez (maria) left the customer on 2026-10-15');
    expect(result.stdout).toContain('- • moved from plans/gamma foods.yaml');
    const found = lint({ strings: { diff: result.stdout }, config: { default: true, MD013: false, MD041: false, MD060: { style: 'compact' } } }).diff!;
    expect(found.map((f) => `${f.lineNumber}: ${f.ruleNames.join('/')} ${f.errorDetail ?? ''}`)).toEqual([]);
  });

  it('in Turkish, says nothing in English', () => {
    const result = cro(repo.dir, ['diff', 'main...win-omar', '--lang', 'tr', '--as-of', AS_OF], { CRO_I18N_MARK: '1' });
    expect(result.code).toBe(0);
    const data = ['Acme Logistics', 'Gamma Foods', 'Maria Lopez', 'Omar Shah', 'Kemal Öz', 'Tom Becker', /\(\w+\)/, /plans\/[\w .-]+\.yaml/, /win-omar|main/, FLAGS, /[0-9a-f]{7}/, /[\w-]+:[\w:-]+/, /\b(critical-roles|role-backup|detractor-plan|stakeholder-needs|referrers|new-buy-targets)\b/];
    expect(unmarkedWords(result.stdout, data)).toEqual([]);
    const markdown = cro(repo.dir, ['diff', 'main...win-omar', '--lang', 'tr', '--format', 'markdown', '--as-of', AS_OF], { CRO_I18N_MARK: '1' });
    expect(unmarkedWords(markdown.stdout, data)).toEqual([]);
  });
});

describe('cro diff, the other forms', () => {
  it('no revision: HEAD against the working tree, uncommitted and untracked plans included', () => {
    const work = gitRepo({ 'plans/acme.yaml': planYaml({ people: acmePeople() }) });
    work.write({ 'plans/acme.yaml': planYaml({ people: acmePeople({ omar: 'neutral' }) }), 'plans/new one.yaml': planYaml({ name: 'New One' }) });
    const doc = JSON.parse(cro(work.dir, ['diff', '--format', 'json', '--as-of', AS_OF]).stdout) as Json;
    expect(doc.to).toEqual({ revision: null, commit: null });
    expect(doc.accounts.map((a) => [a.account, a.status])).toEqual([['Acme Logistics', 'modified'], ['New One', 'added']]);
    expect(doc.accounts[0]!.people.changed[0]!.stance).toEqual({ from: 'detractor', to: 'neutral' });
    expect(cro(work.dir, ['diff', '--as-of', AS_OF]).stdout).toContain('· new plan: 0 stakeholders, 0 of 5 critical roles covered, 5 errors, 2 warnings');
    // A path narrows it; a revision and a path together.
    expect((JSON.parse(cro(work.dir, ['diff', 'plans/acme.yaml', '--format', 'json', '--as-of', AS_OF]).stdout) as Json).accounts).toHaveLength(1);
    expect((JSON.parse(cro(work.dir, ['diff', 'HEAD', 'plans/new one.yaml', '--format', 'json', '--as-of', AS_OF]).stdout) as Json).accounts.map((a) => a.account)).toEqual(['New One']);
  });

  it('--since: from the last commit on or before that day', () => {
    const doc = JSON.parse(cro(repo.dir, ['diff', '--since', '2026-10-10', '--format', 'json', '--as-of', AS_OF]).stdout) as Json;
    expect(doc.from.revision).toBe('2026-10-10');
    // From "Omar backs us now": Maria's departure and the rename remain.
    const acme = doc.accounts.find((a) => a.account === 'Acme Logistics')!;
    expect(acme.people.changed).toEqual([]);
    expect(acme.people.left.map((p) => p.id)).toEqual(['maria']);
    const early = cro(repo.dir, ['diff', '--since', '2025-01-01']);
    expect(early.code).toBe(2);
    expect(early.stderr).toBe('cro: --since 2025-01-01: no commit on or before that day\n');
    expect(cro(repo.dir, ['diff', '--since', 'last week']).stderr).toMatch(/^cro: --since last week: not a date/);
  });

  it('after a merge, the merge commit against its first parent is the branch\'s change', () => {
    const merged = gitRepo();
    merged.commit({ 'plans/acme.yaml': planYaml({ people: acmePeople() }) }, 'start');
    merged.git(['checkout', '-q', '-b', 'topic']);
    merged.commit({ 'plans/acme.yaml': planYaml({ people: acmePeople({ omar: 'supporter' }) }) }, 'win omar');
    merged.git(['checkout', '-q', 'main']);
    merged.commit({ 'plans/other.yaml': planYaml({ name: 'Other' }) }, 'other');
    git(merged.dir, ['merge', '-q', '--no-ff', '-m', 'merge topic', 'topic'], { GIT_AUTHOR_NAME: 'x', GIT_AUTHOR_EMAIL: 'x@x', GIT_COMMITTER_NAME: 'x', GIT_COMMITTER_EMAIL: 'x@x' });
    const doc = JSON.parse(cro(merged.dir, ['diff', 'HEAD~1..HEAD', '--format', 'json', '--as-of', AS_OF]).stdout) as Json;
    expect(doc.accounts.map((a) => a.account)).toEqual(['Acme Logistics']);
    expect(doc.accounts[0]!.people.changed.map((p) => p.stance)).toEqual([{ from: 'detractor', to: 'supporter' }]);
  });

  it('a shallow clone works as far as its history goes, and says so beyond it', () => {
    const clone = tempTree();
    git(clone, ['clone', '-q', '--depth', '2', '--branch', 'win-omar', `file://${repo.dir}`, '.']);
    const near = cro(clone, ['diff', 'HEAD~1..HEAD', '--format', 'json', '--as-of', AS_OF]);
    expect(near.code).toBe(0);
    const far = cro(clone, ['diff', 'HEAD~3']);
    expect(far.code).toBe(2);
    expect(far.stderr).toBe('cro: HEAD~3: no such revision in this shallow clone; fetch more history (git fetch --unshallow) or name a revision it has\n');
  });

  it('exit 2 with one line outside a repository, for an unknown revision, or a bad --fail-on', () => {
    const outside = cro(tempTree({ 'plans/a.yaml': planYaml() }), ['diff']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^cro: \S+ is not inside a git repository: cro diff and cro history read the plans' history from git\n$/);
    const unknown = cro(repo.dir, ['diff', 'no-such-branch...HEAD']);
    expect(unknown).toMatchObject({ code: 2, stdout: '', stderr: 'cro: no-such-branch: no such revision in this repository (a branch, tag or commit)\n' });
    expect(cro(repo.dir, ['diff', '--fail-on', 'regresion']).code).toBe(2);
  });

  it('exit 2 with one line in a repository without a working tree (bare, or inside .git), not git’s words', () => {
    const bare = tempTree();
    git(bare, ['clone', '-q', '--bare', `file://${repo.dir}`, '.']);
    for (const dir of [bare, join(repo.dir, '.git')]) {
      const result = cro(dir, ['diff', 'HEAD~1..HEAD']);
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toMatch(/^cro: \S+ is a git repository without a working tree \(a bare repository, or inside \.git\): run cro diff and cro history in the folder of a clone\n$/);
      expect(cro(dir, ['history']).stderr).toBe(result.stderr);
    }
  });

  it('runs git as a few processes: one cat-file for every blob, not one per file', () => {
    const wrapper = tempTree();
    const log = join(wrapper, 'calls.log');
    const real = git(wrapper, ['--exec-path']).trim();
    void real;
    const gitPath = programPath('git');
    writeFileSync(join(wrapper, 'git'), `#!/bin/sh\necho "$@" >> ${JSON.stringify(log)}\nexec ${JSON.stringify(gitPath)} "$@"\n`);
    chmodSync(join(wrapper, 'git'), 0o755);
    const result = runCli(['diff', 'main...win-omar', '--as-of', AS_OF], { cwd: repo.dir, env: { ...ENV, PATH: `${wrapper}:${process.env.PATH}` } });
    expect(result.code).toBe(0);
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    expect(calls.filter((c) => c.startsWith('cat-file'))).toEqual(['cat-file --batch']);
    expect(calls.length).toBeLessThanOrEqual(8);
  });
});
