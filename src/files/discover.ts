import { readdirSync, statSync, type Dirent } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../util/errors.js';

export interface PlanFileRef {
  /** The file's path. A path ending in a separator is a folder whose plans could not be listed: reading it reports why (see read.ts). */
  absolute: string;
  /** Relative to cwd, `/` separators, no leading `./` (SPEC §4). */
  display: string;
  /** Named on the command line (a non-plan is then reported, not skipped). */
  explicit: boolean;
}

/** .yaml and .yml, in any case. */
const PLAN_EXTENSION = /\.ya?ml$/i;
const SKIPPED_FOLDERS = new Set(['node_modules']);

export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel === '' ? '.' : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

/**
 * Expands the given files and folders into the YAML files to check, sorted by path.
 * Folders are searched recursively, skipping node_modules and dot-folders, and each
 * real folder is entered once so symbolic-link cycles end. A folder that cannot be read
 * is listed too (its path ends in a separator), so that the run reports it instead of
 * passing without its plans.
 */
export function discoverPlanFiles(paths: readonly string[], cwd: string): PlanFileRef[] {
  const found: PlanFileRef[] = [];
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') throw new UsageError(`${given}: a symbolic link loop; point it at a real file or folder`);
      throw new UsageError(`${given}: no such file or folder`);
    }
    if (stats.isDirectory()) {
      walk(absolute, displayPath(absolute, cwd), found, new Set());
    } else {
      found.push({ absolute, display: displayPath(absolute, cwd), explicit: true });
    }
  }
  found.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return withoutRepeats(found);
}

/**
 * A file found twice (named, and in a folder named too) is one file, named if either was:
 * repeats are neighbours once sorted. One folder can hold repeats too: Node reads names
 * that are not UTF-8 with U+FFFD for the bad bytes, so two such files can share a path.
 */
function withoutRepeats(sorted: readonly PlanFileRef[]): PlanFileRef[] {
  const out: PlanFileRef[] = [];
  for (const ref of sorted) {
    const last = out[out.length - 1];
    if (last?.display !== ref.display) out.push(ref);
    else if (ref.explicit && !last.explicit) out[out.length - 1] = ref;
  }
  return out;
}

/**
 * Errors after which a folder has nothing to check: it went away (or became a file)
 * between being listed and being read. Any other error leaves plans unchecked.
 */
const GONE = new Set(['ENOENT', 'ENOTDIR']);

/**
 * `shown` is the folder as displayed (see displayPath): files are named from it, not with
 * path.relative each. `visited` holds the device and inode of each folder entered: a
 * realpath at every level walked the whole path again each time, which made a tree 2,000
 * folders deep take minutes.
 */
function walk(dir: string, shown: string, found: PlanFileRef[], visited: Set<string>): void {
  let entries: Dirent[];
  try {
    const { dev, ino } = statSync(dir, { bigint: true });
    const id = `${dev}:${ino}`;
    if (visited.has(id)) return;
    visited.add(id);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (GONE.has((error as NodeJS.ErrnoException).code ?? '')) return;
    found.push({ absolute: dir.endsWith(sep) ? dir : `${dir}${sep}`, display: shown === '.' ? './' : `${shown}/`, explicit: false });
    return;
  }
  // `dir` is absolute and normalised, and a name has no separator: path.join's normalising
  // of every one of 10,000 paths was a fifth of discovery.
  const prefix = dir.endsWith(sep) ? dir : `${dir}${sep}`;
  for (const entry of entries) {
    const full = `${prefix}${entry.name}`;
    const display = shown === '.' ? entry.name : `${shown}/${entry.name}`;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        // A dangling or looping link named like a plan is reported when read; others are noise.
        isFile = true;
      }
    }
    if (isDir) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      walk(full, display, found, visited);
    } else if (isFile && PLAN_EXTENSION.test(entry.name)) {
      found.push({ absolute: full, display, explicit: false });
    }
  }
}
