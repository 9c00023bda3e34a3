import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmdirSync,
  statSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { letSignalsIn } from '../util/interrupt.js';
import { removeQuietly, writeAll } from '../util/write-all.js';
import { writeInChunks } from '../util/chunked-output.js';
import { messages } from '../i18n/messages.js';

/*
 * The one way cro writes a file (reports, caches, plans, a new repository). Whatever
 * happens — a full disk, a file-size limit, Ctrl-C, kill -9, another run writing the same
 * file — the target holds its old bytes or all of the new ones, never a part:
 *
 * - a regular file (or none) is replaced by renaming a temporary file over it. The
 *   temporary file lives beside the target (a rename never crosses file systems), has a
 *   name nobody can guess and is created exclusively (O_EXCL: a link planted under that
 *   name is never followed). Every byte is written (writeSync may write less than asked:
 *   a full disk or a size limit then fails the next write), flushed, and only then renamed.
 * - the new file keeps the old one's permissions (and owner, when cro runs as root): a
 *   plan or report that was private stays private.
 * - a symbolic link keeps being a link: the file it points to is replaced.
 * - a device, FIFO or socket (`--output /dev/stdout`) is written in place, never replaced.
 * - temporary files of a run that was killed are removed by the next write beside them.
 */

export type WriteKind = 'create' | 'replace';

export interface WriteOptions {
  /** `create` never replaces an existing file (FileExistsError), even one created meanwhile; default `replace`. */
  kind?: WriteKind;
  /** Permissions of a new file (before the umask); an existing file keeps its own. */
  newFileMode?: number;
  /** fsync the file and its folder before returning (default true); a cache can be rebuilt and skips it. */
  durable?: boolean;
  /** Create missing folders on the way (default false). */
  makeFolders?: boolean;
  /** The target as the user wrote it, for messages (default: the target). */
  shown?: string;
  /** A device, FIFO or socket at the target: written in place (a report), or refused (a plan, a cache). */
  special?: 'write-in-place' | 'refuse';
}

export class FileExistsError extends Error {
  override readonly name = 'FileExistsError';
  constructor(readonly file: string) {
    super(messages().errors.files.write.exists({ file }));
  }
}

/** A write that failed; `code` is the errno code, `reason` a few words for the user. */
export class WriteFailedError extends Error {
  override readonly name = 'WriteFailedError';
  constructor(
    readonly file: string,
    readonly code: string | undefined,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Live temporary files, removed if the process exits before they are renamed. */
const temporaries = new Set<string>();
let exitHookInstalled = false;

function track(path: string): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const file of temporaries) removeQuietly(file);
    });
  }
  temporaries.add(path);
}

function untrack(path: string): void {
  temporaries.delete(path);
  removeQuietly(path);
}

/** Chunks of a large document (64 KiB each) written between turns of the event loop. */
const CHECK_INTERRUPT_EVERY = 16;

type Content = string | Uint8Array | Iterable<string | Uint8Array>;

/**
 * Writes `content` to `target` (see the top of this file). Pieces are written as they
 * come, so a report of 10,000 plans is never held whole; a Ctrl-C between chunks ends
 * the run and removes what was written so far.
 */
export async function writeFileSafely(target: string, content: Content, options: WriteOptions = {}): Promise<void> {
  await writeFilesTogether([{ target, content, options }]);
}

export interface FileToWrite {
  target: string;
  content: Content;
  options?: WriteOptions;
}

/**
 * Writes several files as one change: every file is written in full beside its target
 * first, and only when all are whole do they take their names — so a full disk or a
 * Ctrl-C leaves none of them changed. (The renames themselves cannot run out of space;
 * should one fail, the files this call created are removed again, but a file it had
 * already replaced stays replaced.)
 */
export async function writeFilesTogether(files: readonly FileToWrite[]): Promise<void> {
  const prepared: Prepared[] = [];
  try {
    for (const file of files) prepared.push(await prepare(file));
    await letSignalsIn();
  } catch (error) {
    for (const done of prepared) discard(done);
    throw error;
  }
  const placed: Prepared[] = [];
  try {
    for (const done of prepared) {
      await place(done);
      placed.push(done);
    }
  } catch (error) {
    for (const done of placed) if (done.created) removeQuietly(done.path);
    for (const done of prepared) discard(done);
    throw error;
  }
  // Each folder once: 500 plans of one folder need one sync of it, not 500.
  const folders = new Set<string>();
  for (const done of prepared) if (done.durable && done.temporary !== undefined) folders.add(dirname(done.path));
  for (const folder of folders) syncFolder(folder);
}

/** A file written beside its target, ready to take its name (or, for a device, its content). */
interface Prepared {
  shown: string;
  path: string;
  kind: WriteKind;
  durable: boolean;
  /** The temporary file; none for a device, FIFO or socket, written in place. */
  temporary?: string;
  content?: Content;
  /** No file was there before. */
  created: boolean;
  /** The first folder made on the way (makeFolders), removed again if the write is undone. */
  madeFolder?: string;
}

async function prepare({ target, content, options = {} }: FileToWrite): Promise<Prepared> {
  const { kind = 'replace', newFileMode = 0o666, durable = true, makeFolders = false, shown = target, special = 'write-in-place' } = options;
  const where = resolveTarget(target, kind, shown, special);
  const base = { shown, path: where.path, kind, durable, created: where.existing === undefined };
  if (where.special) return { ...base, content };
  const folder = dirname(where.path);
  let madeFolder: string | undefined;
  if (makeFolders) {
    try {
      madeFolder = mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw failure(shown, error, target);
    }
  }
  try {
    return await prepareIn(folder, where, { ...base, ...(madeFolder ? { madeFolder } : {}) }, content, newFileMode, durable, target);
  } catch (error) {
    if (madeFolder) removeEmptyFolders(folder, madeFolder);
    throw error;
  }
}

async function prepareIn(folder: string, where: Target, base: Prepared, content: Content, newFileMode: number, durable: boolean, target: string): Promise<Prepared> {
  const { shown } = base;
  removeAbandonedTemporaries(folder, basename(where.path));
  const temporary = join(folder, `.${basename(where.path)}.${process.pid}.${randomBytes(8).toString('hex')}.tmp`);
  let fd: number;
  try {
    // 0o600 while it is being written: the permissions it ends with are set once it is whole.
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
  } catch (error) {
    throw failure(shown, error, target);
  }
  track(temporary);
  try {
    try {
      await writePieces(fd, content);
      keepPermissions(fd, where.existing, newFileMode);
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    untrack(temporary);
    throw failure(shown, error, target);
  }
  return { ...base, temporary };
}

async function place(file: Prepared): Promise<void> {
  if (file.temporary === undefined) {
    await writeInPlace(file.path, file.content!);
    return;
  }
  try {
    if (file.kind === 'replace') renameSync(file.temporary, file.path);
    else placeWithoutReplacing(file.temporary, file.path, file.shown);
  } catch (error) {
    if (error instanceof FileExistsError) throw error;
    throw failure(file.shown, error, file.path);
  }
  untrack(file.temporary);
}

function discard(file: Prepared): void {
  if (file.temporary !== undefined) untrack(file.temporary);
  if (file.madeFolder) removeEmptyFolders(dirname(file.path), file.madeFolder);
}

/** Removes `folder` and its parents up to `top`, as long as they are empty (a write undone leaves no folders it made). */
function removeEmptyFolders(folder: string, top: string): void {
  for (let dir = folder; dir.startsWith(top); dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return; // not empty: another file of the change, or someone else's
    }
    if (dir === top) return;
  }
}

interface Target {
  /** Where the bytes go: the target with its links resolved. */
  path: string;
  /** A device, FIFO or socket: written in place. */
  special: boolean;
  /** The file being replaced, if any. */
  existing?: Stats;
}

function resolveTarget(target: string, kind: WriteKind, shown: string, special: 'write-in-place' | 'refuse'): Target {
  const absolute = resolve(target);
  let link: Stats;
  try {
    link = lstatSync(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path: absolute, special: false };
    throw failure(shown, error, target);
  }
  if (kind === 'create') {
    if (link.isDirectory()) throw new WriteFailedError(target, 'EISDIR', messages().errors.files.write.isFolder);
    throw new FileExistsError(target);
  }
  // /dev/stdout, /dev/fd/1, /proc/self/fd/1: links to what the shell opened (a pipe, a
  // terminal, or a file it opened for us, perhaps to append): written there, in place, as
  // a redirection would be. Resolving them would replace the shell's file, or fail on a pipe.
  if (link.isSymbolicLink() && (absolute.startsWith('/dev/') || absolute.startsWith('/proc/'))) {
    let opened: Stats;
    try {
      opened = statSync(absolute);
    } catch (error) {
      throw failure(shown, error, target);
    }
    if (opened.isDirectory()) throw new WriteFailedError(target, 'EISDIR', messages().errors.files.write.isFolder);
    return refuseSpecial({ path: absolute, special: true, existing: opened }, special, target);
  }
  let real = absolute;
  let stats = link;
  if (link.isSymbolicLink()) {
    try {
      real = realpathSync(absolute);
      stats = statSync(real);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new WriteFailedError(target, code, messages().errors.files.write.danglingLink);
      throw failure(shown, error, target);
    }
  }
  if (stats.isDirectory()) throw new WriteFailedError(target, 'EISDIR', messages().errors.files.write.isFolder);
  // A rename needs only the folder's permission, so it would replace a file its owner made
  // read-only (and, for someone else's file, take it over): refused, as an editor does.
  if (stats.isFile() && isReadOnly(real, stats)) throw new WriteFailedError(shown, 'EACCES', messages().errors.files.write.readOnly);
  // A device, FIFO or socket is written in place; only a regular file is ever replaced.
  return refuseSpecial({ path: real, special: !stats.isFile(), existing: stats }, special, target);
}

/** No write permission for anyone, or none for this user (root may write what has a write bit). */
function isReadOnly(path: string, stats: Stats): boolean {
  if ((stats.mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** A target that must be a regular file (a plan, a cache) is never a device or a FIFO. */
function refuseSpecial(where: Target, special: 'write-in-place' | 'refuse', target: string): Target {
  if (where.special && special === 'refuse') throw new WriteFailedError(target, 'EINVAL', messages().errors.files.write.notRegular);
  return where;
}

async function writeInPlace(path: string, content: string | Uint8Array | Iterable<string | Uint8Array>): Promise<void> {
  let fd: number;
  try {
    const probe = await waitForReader(path);
    try {
      // Opened while the probe still holds the FIFO open: were the probe closed first, the
      // reader would see the end of the stream and leave, and this open would wait for good.
      fd = openSync(path, constants.O_WRONLY | constants.O_APPEND);
    } finally {
      closeSync(probe);
    }
  } catch (error) {
    throw failure(path, error);
  }
  try {
    await writePieces(fd, content);
  } catch (error) {
    throw failure(path, error);
  } finally {
    closeSync(fd);
  }
}

/** How long a FIFO may take to get its reader (`cat pipe &` started just before cro). */
const READER_WAIT_MS = 3000;

/**
 * A FIFO nobody reads would block a plain open for good, deaf to Ctrl-C. Opened without
 * blocking, it fails (ENXIO) until a reader comes: tried again for a few seconds, with
 * the event loop free between tries, then given up with that error. Returns the probe's
 * descriptor, which the caller closes once its own is open.
 */
async function waitForReader(path: string): Promise<number> {
  const until = Date.now() + READER_WAIT_MS;
  for (;;) {
    try {
      return openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENXIO' || Date.now() >= until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

async function writePieces(fd: number, content: string | Uint8Array | Iterable<string | Uint8Array>): Promise<void> {
  if (typeof content === 'string') return writeAll(fd, Buffer.from(content));
  if (content instanceof Uint8Array) return writeAll(fd, content);
  // A turn of the event loop every few chunks lets a Ctrl-C be seen while a large report is written.
  const pieces = content[Symbol.iterator]();
  let finished = false;
  while (!finished) {
    let chunks = 0;
    const slice = {
      *[Symbol.iterator]() {
        while (chunks < CHECK_INTERRUPT_EVERY) {
          const step = pieces.next();
          if (step.done) {
            finished = true;
            return;
          }
          yield step.value;
        }
      },
    };
    writeInChunks(slice, (chunk) => {
      writeAll(fd, chunk);
      chunks++;
      return true;
    });
    await letSignalsIn();
  }
}

function keepPermissions(fd: number, existing: Stats | undefined, newFileMode: number): void {
  if (existing === undefined) {
    fchmodSync(fd, newFileMode & ~process.umask());
    return;
  }
  fchmodSync(fd, existing.mode & 0o7777);
  // Only root can give a file to someone else; a plan edited by root stays its owner's.
  if (process.getuid?.() === 0 && (existing.uid !== 0 || existing.gid !== 0)) {
    try {
      fchownSync(fd, existing.uid, existing.gid);
    } catch {
      // a file system without owners (FAT): nothing to keep
    }
  }
}

/**
 * A hard link fails if the target exists, even one another process created a moment
 * ago, so a new file never replaces anything; where links are not supported, a check
 * and a rename.
 */
function placeWithoutReplacing(temporary: string, path: string, shown: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileExistsError(shown);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    if (pathExists(path)) throw new FileExistsError(shown);
    renameSync(temporary, path);
  }
}

function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, constants.O_RDONLY | (constants.O_DIRECTORY ?? 0));
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // some file systems cannot sync a folder; the file itself is already on disk
  }
}

const TEMPORARY = /^\.(.+)\.(\d+)\.[0-9a-f]{16}\.tmp$/;

/**
 * Temporary files of earlier runs that were killed before they could remove them: named
 * after this target, made by a process that no longer exists.
 */
function removeAbandonedTemporaries(folder: string, name: string): void {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.endsWith('.tmp')) continue;
    const match = TEMPORARY.exec(entry);
    if (match?.[1] !== name || isRunning(Number(match[2]))) continue;
    removeQuietly(join(folder, entry));
  }
}

export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

export function pathExists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** `shown` is the path as the user wrote it, for the message; `file` the path written. */
function failure(shown: string, error: unknown, file = shown): WriteFailedError {
  if (error instanceof WriteFailedError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new WriteFailedError(file, code, whyNotWritten(code, shown));
}

/** A few words on why a file could not be written, and what to do. */
export function whyNotWritten(code: string | undefined, file: string): string {
  const says = messages().errors.files.write;
  switch (code) {
    case 'ENOENT':
      return says.ENOENT({ folder: dirname(file) });
    case 'EISDIR':
      return says.isFolder;
    case 'EACCES':
    case 'EPERM':
      return says.EACCES({ code });
    case 'ENOTDIR':
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
    case 'EROFS':
    case 'ELOOP':
    case 'ENXIO':
    case 'EPIPE':
      return says[code];
    default:
      return says.other({ code: code ?? messages().errors.unknownError });
  }
}

/** The identity of a file (after links): device and inode, or undefined when it does not exist. */
export function fileIdentity(path: string): { dev: number; ino: number } | undefined {
  try {
    const { dev, ino } = statSync(path);
    return { dev, ino };
  } catch {
    return undefined;
  }
}

/** Whether two paths name the same file (links and hard links included). */
export function sameFile(a: { dev: number; ino: number } | undefined, path: string): boolean {
  if (a === undefined) return false;
  const b = fileIdentity(path);
  return b !== undefined && a.dev === b.dev && a.ino === b.ino;
}
