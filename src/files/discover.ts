import { readdirSync, statSync, type Dirent } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../util/errors.js';
import { fsPath, pathFromBytes, visiblePath } from './path-bytes.js';
import { messages } from '../i18n/messages.js';

export interface PlanFileRef {
  /**
   * The file's path. Bytes of a name that are not UTF-8 are lone surrogates (see
   * path-bytes.ts: fsPath turns it back into bytes). A path ending in a separator is a
   * folder whose plans could not be listed: reading it reports why (see read.ts).
   */
  absolute: string;
  /** Relative to cwd, `/` separators, no leading `./` (SPEC §4); bytes that are not UTF-8 shown as `\xFF`. */
  display: string;
  /** Named on the command line (a non-plan is then reported, not skipped). */
  explicit: boolean;
  /** A symbolic link to the plan: --changed-since looks at what it names too. */
  linked?: true;
}

/** .yaml and .yml, in any case. */
const PLAN_EXTENSION = /\.ya?ml$/i;
const SKIPPED_FOLDERS = new Set(['node_modules']);

export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel === '' ? '.' : rel;
  return visiblePath(sep === '/' ? shown : shown.split(sep).join('/'));
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
      if (code === 'ELOOP') throw new UsageError(messages().errors.files.linkLoop({ path: given }));
      throw new UsageError(messages().errors.files.noSuchPath({ path: given }));
    }
    if (stats.isDirectory()) {
      walk(absolute, displayPath(absolute, cwd), found, new Set(), cwd);
    } else {
      found.push({ absolute, display: displayPath(absolute, cwd), explicit: true });
    }
  }
  found.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : a.absolute < b.absolute ? -1 : a.absolute > b.absolute ? 1 : 0));
  return withoutRepeats(found);
}

/**
 * A file found twice (named, and in a folder named too) is one file, named if either was:
 * repeats are neighbours once sorted.
 */
function withoutRepeats(sorted: readonly PlanFileRef[]): PlanFileRef[] {
  const out: PlanFileRef[] = [];
  for (const ref of sorted) {
    const last = out[out.length - 1];
    // Displays first: comparing them is cheap (sorting flattened them); one display can
    // stand for two paths only where names hold bytes that are not UTF-8.
    if (last?.display !== ref.display || last.absolute !== ref.absolute) out.push(ref);
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
function walk(dir: string, shown: string, found: PlanFileRef[], visited: Set<string>, cwd: string): void {
  const at = fsPath(dir);
  // `dir` is absolute and normalised, and a name has no separator: path.join's normalising
  // of every one of 10,000 paths was a fifth of discovery.
  const prefix = dir.endsWith(sep) ? dir : `${dir}${sep}`;
  // Down from a folder above the current one to it, a display built from the path given
  // (`../../plans/team`) is not the relative path (`.`), and one file would be listed twice.
  if (dir === cwd || cwd.startsWith(prefix)) shown = displayPath(dir, cwd);
  let entries: Dirent[];
  try {
    const { dev, ino } = statSync(at, { bigint: true });
    const id = `${dev}:${ino}`;
    if (visited.has(id)) return;
    visited.add(id);
    entries = readdirSync(at, { withFileTypes: true });
  } catch (error) {
    if (GONE.has((error as NodeJS.ErrnoException).code ?? '')) return;
    found.push({ absolute: prefix, display: shown === '.' ? './' : `${shown}/`, explicit: false });
    return;
  }
  // Node reads a name that is not UTF-8 with U+FFFD for its bad bytes, which names no
  // file: such a folder is read again as bytes. Reading every folder so made discovery of
  // 10,000 plans about 12 ms (40%) slower.
  let names: string[] | undefined;
  if (entries.some((entry) => entry.name.includes('\uFFFD'))) {
    try {
      const raw = readdirSync(at, { withFileTypes: true, encoding: 'buffer' }) as unknown as Array<Dirent & { name: Buffer }>;
      entries = raw;
      names = raw.map((entry) => pathFromBytes(entry.name));
    } catch {
      // Listed a moment ago: the names as read then are the best there is.
    }
  }
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const name = names ? names[i]! : entry.name;
    const full = `${prefix}${name}`;
    const shownName = names ? visiblePath(name) : name;
    const display = shown === '.' ? shownName : `${shown}/${shownName}`;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(fsPath(full));
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        // A dangling or looping link named like a plan is reported when read; others are noise.
        isFile = true;
      }
    }
    if (isDir) {
      if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue;
      walk(full, display, found, visited, cwd);
    } else if (isFile && PLAN_EXTENSION.test(name)) {
      found.push(entry.isSymbolicLink() ? { absolute: full, display, explicit: false, linked: true } : { absolute: full, display, explicit: false });
    }
  }
}
