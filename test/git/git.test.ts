import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Git } from '../../src/git/git.js';
import { tempTree } from '../helpers/cli.js';
import { git, gitRepo } from '../helpers/git-repo.js';

/*
 * src/git against real repositories made here: revisions as git resolves them, changed
 * files with git's rename detection, names with spaces and non-ASCII letters, blobs read
 * through one `git cat-file --batch`, the one-walk log, shallow clones and their limits.
 */

afterEach(() => {
  vi.restoreAllMocks();
});

describe('src/git', () => {
  it('resolves revisions, merge bases and the last commit on or before a day', () => {
    const repo = gitRepo();
    const first = repo.commit({ 'plans/a.yaml': 'cro: 1\n' }, 'first', { date: '2026-03-01' });
    const second = repo.commit({ 'plans/a.yaml': 'cro: 1 # 2\n' }, 'second', { date: '2026-04-01' });
    repo.git(['checkout', '-q', '-b', 'topic']);
    const topic = repo.commit({ 'plans/b.yaml': 'cro: 1\n' }, 'topic', { date: '2026-05-01' });
    repo.git(['checkout', '-q', 'main']);
    repo.commit({ 'plans/c.yaml': 'cro: 1\n' }, 'main moves on', { date: '2026-06-01' });
    const g = Git.open(repo.dir);
    expect(g.commit('HEAD~1')).toBe(second);
    expect(g.tryCommit('no-such-branch')).toBeNull();
    expect(g.tryCommit('--output=x')).toBeNull();
    expect(g.mergeBase(g.commit('main'), g.commit('topic'))).toBe(second);
    expect(g.lastCommitOnOrBefore('2026-03-15')).toBe(first);
    expect(g.lastCommitOnOrBefore('2026-04-01')).toBe(second);
    expect(g.lastCommitOnOrBefore('2026-02-01')).toBeNull();
    expect(g.commit('topic')).toBe(topic);
    expect(() => g.commit('nope')).toThrow(/nope: no such revision/);
  });

  it('says one line outside a repository', () => {
    expect(() => Git.open(tempTree())).toThrow(/is not inside a git repository/);
  });

  it('lists changed files between trees and against the working tree, renames followed, odd names intact', () => {
    const content = 'cro: 1\naccount:\n  name: A\nstakeholders: []\nnotes: a long enough plan for rename detection to pair the two paths\n';
    const repo = gitRepo({ 'plans/Brückner Antriebstechnik.yaml': content, 'plans/keep.yaml': 'cro: 1\n' });
    const from = repo.git(['rev-parse', 'HEAD']).trim();
    repo.commit({ 'plans/Brückner Antriebstechnik.yaml': null, 'plans/brückner renamed.yaml': content, 'plans/new.yaml': 'cro: 1\n' }, 'rename');
    const g = Git.open(repo.dir);
    const changed = g.changedFiles(from, 'HEAD', ['plans']);
    expect(changed.map(({ status, from: a, to }) => [status, a, to])).toEqual([
      ['R', 'plans/Brückner Antriebstechnik.yaml', 'plans/brückner renamed.yaml'],
      ['A', null, 'plans/new.yaml'],
    ]);
    expect(changed[0]!.fromBlob).toBe(changed[0]!.toBlob);

    repo.write({ 'plans/keep.yaml': 'cro: 1 # edited\n', 'plans/untracked file.yaml': 'cro: 1\n' });
    const worktree = g.changedFiles(g.commit('HEAD'), null, ['plans']);
    expect(worktree.map(({ status, to, toBlob }) => [status, to, toBlob])).toEqual([
      ['M', 'plans/keep.yaml', null],
      ['A', 'plans/untracked file.yaml', null],
    ]);
  });

  it('reads every blob of a run through one git cat-file --batch', () => {
    const repo = gitRepo({ 'a.yaml': 'one\n', 'b.yaml': 'two\n', 'c d.yaml': '' });
    const g = Git.open(repo.dir);
    const names = repo.git(['ls-tree', '-r', '--format=%(objectname)', 'HEAD']).trim().split('\n');
    const spy = vi.spyOn(process.getBuiltinModule('node:child_process') as typeof import('node:child_process'), 'execFileSync');
    const blobs = g.blobs([...names, '0123456789012345678901234567890123456789']);
    const batches = spy.mock.calls.filter(([, args]) => (args as string[]).includes('cat-file'));
    expect(batches).toHaveLength(1);
    expect([...blobs.values()].map((b) => Buffer.from(b).toString('utf8')).sort()).toEqual(['', 'one\n', 'two\n']);
  });

  it('walks the log once, oldest first, with each commit\'s files and renames', () => {
    const repo = gitRepo();
    const body = 'cro: 1\naccount:\n  name: A\nnotes: enough text for git to see the rename as one file moving\n';
    repo.commit({ 'plans/a.yaml': body }, 'add a', { author: 'Ayşe Yılmaz' });
    repo.commit({ 'plans/a.yaml': null, 'plans/z.yaml': body }, 'rename a to z');
    repo.commit({ 'README.md': 'x' }, 'not a plan');
    const g = Git.open(repo.dir);
    const log = g.log(['plans']);
    expect(log.map((c) => [c.subject, c.author, c.files.map((f) => `${f.status} ${f.from} ${f.to}`)])).toEqual([
      ['add a', 'Ayşe Yılmaz', ['A null plans/a.yaml']],
      ['rename a to z', 'Jane Doe', ['R plans/a.yaml plans/z.yaml']],
    ]);
  });

  it('knows a shallow clone and where its history was cut', () => {
    const repo = gitRepo();
    repo.commit({ 'a.yaml': '1\n' }, 'one');
    repo.commit({ 'a.yaml': '2\n' }, 'two');
    const cut = repo.commit({ 'a.yaml': '3\n' }, 'three');
    const clone = tempTree();
    git(clone, ['clone', '-q', '--depth', '1', `file://${repo.dir}`, '.']);
    const g = Git.open(clone);
    expect(g.isShallow()).toBe(true);
    expect([...g.shallowBoundaries()]).toEqual([cut]);
    expect(() => g.commit('HEAD~1')).toThrow(/shallow clone/);
    expect(Git.open(repo.dir).isShallow()).toBe(false);
  });

  it('turns a failing git into one line naming the command', () => {
    const repo = gitRepo({ 'a.yaml': 'x' });
    writeFileSync(join(repo.dir, '.git', 'index'), 'garbage');
    const g = Git.open(repo.dir);
    expect(() => g.changedFiles('HEAD', null, [])).toThrow(/^git diff --raw failed: /);
  });
});
