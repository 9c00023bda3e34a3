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
