import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { removeQuietly } from '../util/write-all.js';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export class FileExistsError extends Error {
  override readonly name = 'FileExistsError';
  constructor(readonly file: string) {
    super(`${file} already exists`);
  }
}

/**
 * Writes a file atomically: the text goes to a temporary file in the same folder, is
 * flushed to disk, then takes the target's name in one step — so a crash or Ctrl-C
 * leaves the old file or the whole new one, never a part. Without `overwrite` the
 * final step is a hard link, which fails if the target exists even when another process
 * creates it meanwhile (FileExistsError); the file is never replaced.
 */
export function writeFileAtomic(target: string, text: string, { overwrite }: { overwrite: boolean }): void {
  const dir = dirname(target);
  mkdirSync(dir, { recursive: true });
  const temporary = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temporary, 'wx', 0o644);
  try {
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (overwrite) {
      if (isDirectory(target)) throw new FileExistsError(target);
      renameSync(temporary, target);
      return;
    }
    try {
      linkSync(temporary, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new FileExistsError(target);
      // Some file systems have no hard links; fall back to a check and a rename.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
      if (exists(target)) throw new FileExistsError(target);
      renameSync(temporary, target);
    }
  } finally {
    removeQuietly(temporary);
  }
}

export function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
