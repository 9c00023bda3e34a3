import { statSync } from 'node:fs';
import { fsPath } from '../files/path-bytes.js';

/**
 * What `--cache` remembers of a file besides its hash: size, modification and change
 * times, inode. Any write to a file moves its change time, which no tool can set back, so
 * an equal stamp means the bytes hashed last time are the bytes there now. Kept as
 * numbers: turning 10,000 stats' times into strings to compare them was a tenth of a
 * warm run.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/**
 * The coarsest clock a file system keeps file times by: FAT's two seconds (ext3, HFS+ and
 * ext4 with 128-byte inodes keep whole seconds). A file changed within that long before
 * its stamp was taken may be changed again, same size, without its stamp moving.
 */
const COARSEST_TICK_MS = 2000;

/**
 * Whether a stamp taken at `takenAt` (or later) will tell any later change of the file:
 * its times lie a whole tick before. Otherwise the stamp is "racy", as git calls such
 * index entries, and the file's bytes must be compared instead. Times in the future (a
 * server's clock ahead of ours) are never safe.
 */
export function isSafelyOlder(stamp: FileStamp, takenAt: number): boolean {
  const before = takenAt - COARSEST_TICK_MS;
  return stamp.mtimeMs < before && stamp.ctimeMs < before;
}

/** The stamp of a file, or undefined when it cannot be read. */
export function readStamp(file: string): FileStamp | undefined {
  try {
    // fsPath: a name that is not UTF-8, passed as a string, would name another file.
    const { size, mtimeMs, ctimeMs, ino } = statSync(fsPath(file));
    return { size, mtimeMs, ctimeMs, ino };
  } catch {
    return undefined;
  }
}
