import { existsSync, realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Config } from '../../config/load.js';
import type { ChangedFile, Git } from '../../git/git.js';
import { planPaths } from '../io.js';

/*
 * The paths given to `cro diff` and `cro history` (SPEC §9). git's rename detection pairs
 * only files inside the pathspecs it is given: handed `plans/northgate.yaml` alone, it
 * sees a plan moved there as added, and a regression passes as a new plan. So git always
 * compares and walks the whole scope of plans (the config's plan paths, as when no path is
 * given; and the given paths too, should one lie outside them), and the paths only choose,
 * afterwards, which changes are shown: those that touch a given path on either side of a
 * rename (a folder: what is under it).
 */

export interface PathScope {
  /** For git: the plans' scope, plus each given path (git takes the union). */
  pathspecs: string[];
  /** Whether a top-relative path is (under) one of the given paths; always true when none was given. */
  keeps(path: string): boolean;
  /** Whether a change touches a given path, before or after it. */
  touches(change: ChangedFile): boolean;
  /**
   * The first given path that is neither in the working tree nor `seen` (by a change that
   * touched it, or by `elsewhere`, asked last): a path that names nothing, a usage error.
   */
  missing(seen: readonly ChangedFile[], elsewhere?: (path: string) => boolean): string | undefined;
}

export function scopeOf(git: Git, given: readonly string[], config: Config, cwd: string): PathScope {
  if (given.length === 0) {
    return { pathspecs: planPaths([], config), keeps: () => true, touches: () => true, missing: () => undefined };
  }
  let base = cwd;
  try {
    base = realpathSync(cwd);
  } catch {
    // the folder as given
  }
  // As git reads a pathspec: relative to the current folder, by its letters (git.top is real, so is base).
  const tops = given.map((path) => {
    const top = relative(git.top, resolve(base, path)).split(sep).join('/');
    return top === '..' || top.startsWith('../') ? null : top;
  });
  const under = (path: string, top: string | null) => top !== null && (top === '' || path === top || path.startsWith(`${top}/`));
  const keeps = (path: string) => tops.some((top) => under(path, top));
  const touches = (change: ChangedFile) => (change.from !== null && keeps(change.from)) || (change.to !== null && keeps(change.to));
  return {
    pathspecs: [...new Set([...planPaths([], config), ...given])],
    keeps,
    touches,
    missing(seen, elsewhere) {
      return given.find((path, i) => {
        if (existsSync(resolve(cwd, path))) return false;
        const top = tops[i]!;
        if (seen.some((c) => (c.from !== null && under(c.from, top)) || (c.to !== null && under(c.to, top)))) return false;
        return !(top !== null && elsewhere?.(top));
      });
    },
  };
}
