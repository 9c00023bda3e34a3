import { UsageError } from '../util/errors.js';
import { pathFromBytes } from '../files/path-bytes.js';
import { messages } from '../i18n/messages.js';

// Loaded when a command asks git something, not with every start (a static import would be hoisted into the bundle).
const childProcess = () => process.getBuiltinModule('node:child_process') as typeof import('node:child_process');

/*
 * git as a program (SPEC §9): revisions are resolved by git, trees compared by git with
 * its rename detection, and blobs read through one `git cat-file --batch` per run, never a
 * process per file or per commit. Names cross as bytes (-z: never quoted), kept as
 * discovery keeps them (files/path-bytes.ts). Every path git prints is relative to the
 * top of the repository.
 */

/** The object name git gives "no file" in raw diff output (a side that does not exist, or the working tree). */
export const NO_OBJECT = /^0+$/;

/** One changed file between two trees, as `git diff --raw -M` reports it. */
export interface ChangedFile {
  /** A added, D deleted, M modified, R renamed (maybe also modified), T type changed, C copied. */
  status: 'A' | 'D' | 'M' | 'R' | 'T' | 'C';
  /** The path before (top-relative); null when added. */
  from: string | null;
  /** The path after; null when deleted. */
  to: string | null;
  /** The blob before; null when added. */
  fromBlob: string | null;
  /** The blob after; null when deleted, or when the after side is the working tree (read the file). */
  toBlob: string | null;
}

export interface Commit {
  hash: string;
  parents: string[];
  /** Author date, ISO 8601 with the author's offset. */
  date: string;
  author: string;
  subject: string;
  /** The files this commit changed against its first parent (none for a merge: git log shows merges without a diff). */
  files: ChangedFile[];
}

export class Git {
  /** The top of the work tree, as git names it. */
  readonly top: string;

  /** The repository's own folder (.git), shared by its work trees. */
  readonly commonDir: string;
  private readonly shallow: boolean;

  private constructor(readonly cwd: string, top: string, commonDir: string, shallow: boolean) {
    this.top = top;
    this.commonDir = commonDir;
    this.shallow = shallow;
  }

  /** The repository around `cwd`; exit 2 with one line outside one, or without git. */
  static open(cwd: string): Git {
    // One process for what every run asks first.
    const out = run(cwd, ['rev-parse', '--path-format=absolute', '--show-toplevel', '--git-common-dir', '--is-shallow-repository'], (stderr) =>
      /not a git repository/i.test(stderr)
        ? messages().diff.git.notARepository({ folder: cwd })
        : /must be run in a work tree/i.test(stderr)
          ? messages().diff.git.noWorkTree({ folder: cwd })
          : undefined,
    );
    const [top = '', common = '', shallow = ''] = pathFromBytes(out).split('\n');
    return new Git(cwd, top, common, shallow === 'true');
  }

  /** Runs git here; its failure is a usage error whose line says what git said, unless `explain` says it better. */
  run(args: readonly string[], explain?: (stderr: string) => string | undefined, input?: string | Uint8Array): Buffer {
    return run(this.cwd, args, explain, input);
  }

  /** Whether the repository is a shallow clone (its history stops where it was cut). */
  isShallow(): boolean {
    return this.shallow;
  }

  /** The commits where a shallow clone's history was cut (empty for a full clone). */
  shallowBoundaries(): Set<string> {
    if (!this.shallow) return new Set();
    const { readFileSync } = process.getBuiltinModule('node:fs') as typeof import('node:fs');
    try {
      return new Set(readFileSync(`${this.commonDir}/shallow`, 'utf8').split('\n').filter((line) => line !== ''));
    } catch {
      return new Set();
    }
  }

  /** The commit a revision names, or null when git knows no such commit. */
  tryCommit(revision: string): string | null {
    if (revision.startsWith('-') || revision === '') return null;
    const result = childProcess().spawnSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], { cwd: this.cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    if (result.error) throw gitMissing(result.error);
    return result.status === 0 ? result.stdout.toString('utf8').trim() : null;
  }

  /** The commit a revision names; exit 2 naming it when there is none (and that the clone is shallow, when it is). */
  commit(revision: string): string {
    const hash = this.tryCommit(revision);
    if (hash !== null) return hash;
    const says = messages().diff.git;
    throw new UsageError(this.isShallow() ? says.unknownRevisionShallow({ revision }) : says.unknownRevision({ revision }));
  }

  /** The merge base of two commits (where a pull request's branch left its base). */
  mergeBase(a: string, b: string): string {
    const result = childProcess().spawnSync('git', ['merge-base', a, b], { cwd: this.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.error) throw gitMissing(result.error);
    if (result.status === 0) return result.stdout.toString('utf8').trim();
    const says = messages().diff.git;
    throw new UsageError(this.isShallow() ? says.noMergeBaseShallow({ a, b }) : says.noMergeBase({ a, b }));
  }

  /** The last commit on or before `day` (YYYY-MM-DD, the end of that day in local time) reachable from HEAD; null when there is none. */
  lastCommitOnOrBefore(day: string, from = 'HEAD'): string | null {
    const out = this.run(['rev-list', '-1', `--before=${day} 23:59:59`, from, '--']).toString('utf8').trim();
    return out === '' ? null : out;
  }

  /** Whether commit `commit` has a file or folder at top-relative `path`. */
  hasPath(commit: string, path: string): boolean {
    if (path === '') return true;
    const result = childProcess().spawnSync('git', ['cat-file', '-e', `${commit}:${path}`], { cwd: this.cwd, stdio: ['ignore', 'ignore', 'ignore'] });
    if (result.error) throw gitMissing(result.error);
    return result.status === 0;
  }

  /** Whether HEAD names a commit (a new repository has none yet). */
  hasHead(): boolean {
    return this.tryCommit('HEAD') !== null;
  }

  /**
   * The files that differ between commit `from` and commit `to` — or the working tree when
   * `to` is null (then `toBlob` is null: read the file) — within the pathspecs, renames
   * followed. Untracked files of the working tree come as added.
   */
  changedFiles(from: string, to: string | null, pathspecs: readonly string[]): ChangedFile[] {
    const args = ['--literal-pathspecs', 'diff', '--raw', '-z', '-M', '--no-abbrev', '--no-ext-diff', '--no-textconv', from, ...(to === null ? [] : [to]), '--', ...pathspecs];
    const files = parseRaw(this.run(args), 0).files;
    if (to !== null) return files;
    for (const file of files) file.toBlob = null;
    const untracked = this.run(['--literal-pathspecs', 'ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--', ...pathspecs]);
    for (const path of splitNul(untracked)) files.push({ status: 'A', from: null, to: path, fromBlob: null, toBlob: null });
    return files;
  }

  /**
   * Every commit reachable from HEAD that touched the pathspecs, oldest first, with its
   * changed files (renames followed): one `git log` walk, not one per file.
   */
  log(pathspecs: readonly string[], { since }: { since?: string } = {}): Commit[] {
    const args = [
      '--literal-pathspecs', 'log', '-z', '--raw', '-M', '--no-abbrev', '--reverse', '--no-ext-diff', '--no-textconv',
      `--format=${RECORD}%H${FIELD}%P${FIELD}%aI${FIELD}%an${FIELD}%s`,
      ...(since ? [`--since=${since} 00:00:00`] : []),
      'HEAD', '--', ...pathspecs,
    ];
    return parseLog(this.run(args));
  }

  /** The blobs' bytes, through one `git cat-file --batch` process for all of them. */
  blobs(names: Iterable<string>): Map<string, Uint8Array> {
    const wanted = [...new Set(names)];
    const out = new Map<string, Uint8Array>();
    if (wanted.length === 0) return out;
    const bytes = this.run(['cat-file', '--batch'], undefined, `${wanted.join('\n')}\n`);
    let at = 0;
    for (const name of wanted) {
      const eol = bytes.indexOf(10, at);
      const header = bytes.subarray(at, eol).toString('utf8');
      at = eol + 1;
      const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
      if (!match) continue; // `<name> missing`: no such object (a shallow clone's edge, say)
      const size = Number(match[3]);
      out.set(name, bytes.subarray(at, at + size));
      at += size + 1; // the object, then a newline
    }
    return out;
  }
}

const RECORD = '%x1e';
const FIELD = '%x1f';

function run(cwd: string, args: readonly string[], explain?: (stderr: string) => string | undefined, input?: string | Uint8Array): Buffer {
  try {
    return childProcess().execFileSync('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1 << 30, ...(input === undefined ? {} : { input }) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw gitMissing(error);
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    throw new UsageError(explain?.(stderr) ?? messages().diff.git.failed({ command: `git ${args.filter((a) => a !== '--literal-pathspecs').slice(0, 2).join(' ')}`, reason: stderr.trim().split('\n')[0] || messages().errors.unknownError }));
  }
}

function gitMissing(error: unknown): UsageError {
  void error;
  return new UsageError(messages().diff.git.gitMissing);
}

function splitNul(bytes: Buffer): string[] {
  const out: string[] = [];
  for (let from = 0; from < bytes.length; ) {
    let end = bytes.indexOf(0, from);
    if (end === -1) end = bytes.length;
    if (end > from) out.push(pathFromBytes(bytes.subarray(from, end)));
    from = end + 1;
  }
  return out;
}

/**
 * Raw entries (`:100644 100644 <sha> <sha> M\0path\0`, a rename or copy with two paths)
 * from `at`, until the bytes end or something else starts.
 */
export function parseRaw(bytes: Buffer, at: number): { files: ChangedFile[]; end: number } {
  const files: ChangedFile[] = [];
  const field = () => {
    const end = bytes.indexOf(0, at);
    const value = bytes.subarray(at, end === -1 ? bytes.length : end);
    at = end === -1 ? bytes.length : end + 1;
    return value;
  };
  while (at < bytes.length && bytes[at] === 0x3a /* : */) {
    const meta = field().toString('latin1').slice(1).split(' ');
    const [, , fromSha = '', toSha = '', status = ''] = meta;
    const kind = status[0] as ChangedFile['status'];
    const first = pathFromBytes(field());
    const second = kind === 'R' || kind === 'C' ? pathFromBytes(field()) : undefined;
    const fromBlob = NO_OBJECT.test(fromSha) ? null : fromSha;
    const toBlob = NO_OBJECT.test(toSha) ? null : toSha;
    if (kind === 'A') files.push({ status: 'A', from: null, to: first, fromBlob: null, toBlob });
    else if (kind === 'D') files.push({ status: 'D', from: first, to: null, fromBlob, toBlob: null });
    else if (kind === 'R' || kind === 'C') files.push({ status: kind, from: first, to: second!, fromBlob, toBlob });
    else files.push({ status: kind === 'T' ? 'T' : 'M', from: first, to: first, fromBlob, toBlob });
  }
  return { files, end: at };
}

/** `git log -z --raw` with RECORD-led, FIELD-separated headers (see Git.log). */
export function parseLog(bytes: Buffer): Commit[] {
  const commits: Commit[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (bytes[at] !== 0x1e) {
      at++; // the newline between a header and its files, or between records
      continue;
    }
    let end = bytes.indexOf(0, at);
    if (end === -1) end = bytes.length;
    const [hash = '', parents = '', date = '', author = '', ...subject] = bytes.subarray(at + 1, end).toString('utf8').split('\x1f');
    at = end + 1;
    if (bytes[at] === 0x0a) at++;
    const { files, end: after } = parseRaw(bytes, at);
    at = after;
    commits.push({ hash, parents: parents === '' ? [] : parents.split(' '), date, author, subject: subject.join('\x1f'), files });
  }
  return commits;
}
