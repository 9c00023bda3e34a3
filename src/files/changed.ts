import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { UsageError } from '../util/errors.js';

/**
 * Absolute paths of the files that differ from `ref` — committed, staged, unstaged or new —
 * in the git repository around `cwd`: what a pull request touched, for `--changed-since`.
 */
export function filesChangedSince(ref: string, cwd: string): Set<string> {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '');
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError('--changed-since needs git, and git is not installed');
      if (/not a git repository/i.test(stderr)) throw new UsageError(`--changed-since ${ref}: ${cwd} is not inside a git repository`);
      throw new UsageError(`--changed-since ${ref}: git cannot compare with it (${stderr.trim().split('\n')[0] || 'unknown error'})`);
    }
  };
  const top = git(['rev-parse', '--show-toplevel']).trim();
  if (ref.startsWith('-')) throw new UsageError(`--changed-since ${ref}: not a git revision`);
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const changed = git(['diff', '--name-only', '-z', '--diff-filter=ACMRT', ref, '--']);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z']);
  const files = new Set<string>();
  for (const name of changed.split('\0')) if (name) files.add(resolve(top, name));
  for (const name of untracked.split('\0')) if (name) files.add(resolve(cwd, name));
  return files;
}
