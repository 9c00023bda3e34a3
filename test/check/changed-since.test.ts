import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesChangedSince } from '../../src/files/changed.js';
import { runCli, tempTree } from '../helpers/cli.js';
import { MINIMAL_PLAN } from '../helpers/plans.js';

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } });
const files = (stdout: string) => (JSON.parse(stdout) as { files: Array<{ file: string }> }).files.map((f) => f.file);

describe('cro check --changed-since', () => {
  it('checks only the plans changed since a revision: committed, edited or new', () => {
    const dir = tempTree({ 'plans/a.yaml': MINIMAL_PLAN, 'plans/b.yaml': MINIMAL_PLAN, 'plans/c.yaml': MINIMAL_PLAN });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    git(dir, 'checkout', '-qb', 'feature');
    writeFileSync(join(dir, 'plans/a.yaml'), MINIMAL_PLAN.replace('Acme', 'Acme Corp'));
    git(dir, 'commit', '-qam', 'edit a');
    // main moves on after the branch left it: that change is not the pull request's.
    git(dir, 'checkout', '-q', 'main');
    writeFileSync(join(dir, 'plans/c.yaml'), MINIMAL_PLAN.replace('Acme', 'Acme Main'));
    git(dir, 'commit', '-qam', 'edit c on main');
    git(dir, 'checkout', '-q', 'feature');
    writeFileSync(join(dir, 'plans/b.yaml'), MINIMAL_PLAN.replace('Acme', 'Acme Two'));
    writeFileSync(join(dir, 'plans/d.yaml'), MINIMAL_PLAN);
    const result = runCli(['check', '--format', 'json', '--changed-since', 'main'], { cwd: dir });
    expect(files(result.stdout)).toEqual(['plans/a.yaml', 'plans/b.yaml', 'plans/d.yaml']);
    // From a subfolder, paths stay relative to where cro runs.
    expect(files(runCli(['check', '.', '--format', 'json', '--changed-since', 'main'], { cwd: join(dir, 'plans') }).stdout)).toEqual(['a.yaml', 'b.yaml', 'd.yaml']);
  });

  it('compares real paths: plans reached through a symbolic link, new plans outside the current folder, names not UTF-8', () => {
    const root = tempTree({ 'repo/plans/a.yaml': MINIMAL_PLAN, 'repo/plans/b.yaml': MINIMAL_PLAN, 'repo/sub/.keep': '' });
    const dir = join(root, 'repo');
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    git(dir, 'checkout', '-qb', 'feature');
    writeFileSync(join(dir, 'plans/a.yaml'), MINIMAL_PLAN.replace('Acme', 'Acme Corp'));
    git(dir, 'commit', '-qam', 'edit a');
    writeFileSync(join(dir, 'plans/new.yaml'), MINIMAL_PLAN);
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'plans/caf')), Buffer.from([0xe9]), Buffer.from('.yaml')]), MINIMAL_PLAN);
    symlinkSync('repo', join(root, 'link'));
    symlinkSync('plans', join(dir, 'plans-link'));
    const changed = (cwd: string, path: string) => files(runCli(['check', path, '--format', 'json', '--changed-since', 'main'], { cwd }).stdout);
    expect(changed(dir, 'plans-link')).toEqual(['plans-link/a.yaml', 'plans-link/caf\\xE9.yaml', 'plans-link/new.yaml']);
    expect(changed(dir, '../link/plans')).toEqual(['../link/plans/a.yaml', '../link/plans/caf\\xE9.yaml', '../link/plans/new.yaml']);
    expect(changed(join(dir, 'sub'), '../plans')).toEqual(['../plans/a.yaml', '../plans/caf\\xE9.yaml', '../plans/new.yaml']);
    expect(changed(join(root, 'link/sub'), '../plans')).toEqual(['../plans/a.yaml', '../plans/caf\\xE9.yaml', '../plans/new.yaml']);
    // A folder that could not be listed may hold changed plans: it stays in the run, to be reported.
    expect(filesChangedSince('main', dir).has(join(dir, 'plans/locked') + sep)).toBe(true);
    expect(filesChangedSince('main', dir).has(join(dir, 'plans/b.yaml'))).toBe(false);
  });

  it('a plan that is itself a link changed when the file it names did', () => {
    const dir = tempTree({ 'shared/acme.yaml': MINIMAL_PLAN, 'plans/other.yaml': MINIMAL_PLAN });
    symlinkSync('../shared/acme.yaml', join(dir, 'plans/acme.yaml'));
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    writeFileSync(join(dir, 'shared/acme.yaml'), MINIMAL_PLAN.replace('Acme', 'Acme Corp'));
    const result = runCli(['check', 'plans', '--format', 'json', '--changed-since', 'main'], { cwd: dir });
    expect(files(result.stdout)).toEqual(['plans/acme.yaml']);
  });

  it('nothing changed: exit 0 with a note', () => {
    const dir = tempTree({ 'plans/a.yaml': MINIMAL_PLAN });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    const result = runCli(['check', '--changed-since', 'HEAD'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/no plans changed since HEAD/);
  });

  it('is a clear usage error outside a git repository or with an unknown revision', () => {
    const outside = runCli(['check', '--changed-since', 'main'], { cwd: tempTree({ 'a.yaml': MINIMAL_PLAN }) });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/is not inside a git repository/);
    const dir = tempTree({ 'a.yaml': MINIMAL_PLAN });
    git(dir, 'init', '-q');
    const unknown = runCli(['check', '--changed-since', 'no-such-branch'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--changed-since no-such-branch: git does not know this revision; .*fetch-depth: 0/);
  });
});
