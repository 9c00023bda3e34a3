// Loaded when --changed-since runs, not with every `cro check` (a static import would be hoisted into the bundle).
const childProcess = () => process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
import { realpathSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { UsageError } from '../util/errors.js';
import { fsPath, pathFromBytes } from './path-bytes.js';
import { messages } from '../i18n/messages.js';

/** Answers whether a discovered path (see PlanFileRef.absolute) is among the changed files. */
export interface ChangedFiles {
  /** `linked`: the path is a symbolic link to the file, whose own real path counts too. */
  has(absolute: string, linked?: boolean): boolean;
}

/**
 * The files changed since `ref` in the git repository around `cwd` — committed on this
 * branch since it left `ref` (the merge base, as a pull request counts them, so later
 * changes on `ref` itself are not included), staged, unstaged or new.
 *
 * git names files by their real paths, and a plan may be reached through a symbolic link
 * (`cro check link/plans`): paths are compared as real paths.
 */
export function filesChangedSince(ref: string, cwd: string): ChangedFiles {
  const git = (args: string[]): Buffer => {
    try {
      return childProcess().execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '');
      const says = messages().errors;
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(says.files.gitMissing);
      if (/not a git repository/i.test(stderr)) throw new UsageError(says.files.notARepository({ ref, folder: cwd }));
      throw new UsageError(says.files.gitCannotCompare({ ref, reason: stderr.trim().split('\n')[0] || says.unknownError }));
    }
  };
  // Names are bytes (-z: not quoted), kept as discovery keeps them (see path-bytes.ts).
  const names = (output: Buffer): string[] => {
    const out: string[] = [];
    for (let from = 0; from < output.length; ) {
      let end = output.indexOf(0, from);
      if (end === -1) end = output.length;
      if (end > from) out.push(pathFromBytes(output.subarray(from, end)));
      from = end + 1;
    }
    return out;
  };
  const top = realPath(pathFromBytes(git(['rev-parse', '--show-toplevel'])).replace(/\n$/, ''));
  if (ref.startsWith('-')) throw new UsageError(messages().errors.files.notARevision({ ref }));
  try {
    childProcess().execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, stdio: 'ignore' });
  } catch {
    throw new UsageError(messages().errors.files.unknownRevision({ ref }));
  }
  const changed = new Set<string>();
  const add = (output: Buffer) => {
    for (const name of names(output)) changed.add(resolve(top, name));
  };
  add(git(['diff', '--name-only', '-z', '--diff-filter=ACMRT', `${ref}...HEAD`, '--']));
  add(git(['diff', '--name-only', '-z', '--diff-filter=ACMRT', 'HEAD', '--']));
  // The whole repository's new files, named from its top like the others: a plan may lie outside the current folder.
  add(git(['ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--', ':/']));

  const realFolders = new Map<string, string>();
  return {
    has(absolute, linked = false) {
      // A folder that could not be listed may hold changed plans: it stays in the run, to be reported.
      if (absolute.endsWith(sep)) return true;
      if (changed.has(absolute)) return true;
      // A plan that is itself a link changed when what it names did (few are links: one realpath each).
      if (linked && changed.has(realPath(absolute))) return true;
      // git names a link by its own path: its folder's real path and its name (a realpath
      // of each of 10,000 files took a third of a second, the folders' alone nothing).
      const folder = dirname(absolute);
      let real = realFolders.get(folder);
      if (real === undefined) realFolders.set(folder, (real = realPath(folder)));
      return real !== folder && changed.has(`${real}${sep}${basename(absolute)}`);
    },
  };
}

/** The real path, or the path itself when it has none (gone, or a dangling link). */
function realPath(path: string): string {
  try {
    return pathFromBytes(realpathSync.native(fsPath(path), { encoding: 'buffer' }));
  } catch {
    return path;
  }
}
