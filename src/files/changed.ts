// Loaded when --changed-since runs, not with every `cro check` (a static import would be hoisted into the bundle).
const childProcess = () => process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
import { resolve } from 'node:path';
import { UsageError } from '../util/errors.js';

/**
 * Absolute paths of the files changed since `ref` in the git repository around `cwd` —
 * committed on this branch since it left `ref` (the merge base, as a pull request counts
 * them, so later changes on `ref` itself are not included), staged, unstaged or new.
 */
export function filesChangedSince(ref: string, cwd: string): Set<string> {
  const git = (args: string[]) => {
    try {
      return childProcess().execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '');
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError('--changed-since needs git, and git is not installed');
      if (/not a git repository/i.test(stderr)) throw new UsageError(`--changed-since ${ref}: ${cwd} is not inside a git repository`);
      throw new UsageError(`--changed-since ${ref}: git cannot compare with it (${stderr.trim().split('\n')[0] || 'unknown error'})`);
    }
  };
  const top = git(['rev-parse', '--show-toplevel']).trim();
  if (ref.startsWith('-')) throw new UsageError(`--changed-since ${ref}: not a git revision`);
  try {
    childProcess().execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, stdio: 'ignore' });
  } catch {
    throw new UsageError(
      `--changed-since ${ref}: git does not know this revision; check the name, and in a shallow clone ` +
        '(GitHub\'s actions/checkout by default) fetch the history it needs, e.g. fetch-depth: 0',
    );
  }
  const committed = git(['diff', '--name-only', '-z', '--diff-filter=ACMRT', `${ref}...HEAD`, '--']);
  const uncommitted = git(['diff', '--name-only', '-z', '--diff-filter=ACMRT', 'HEAD', '--']);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z']);
  const files = new Set<string>();
  for (const name of `${committed}\0${uncommitted}`.split('\0')) if (name) files.add(resolve(top, name));
  for (const name of untracked.split('\0')) if (name) files.add(resolve(cwd, name));
  return files;
}
