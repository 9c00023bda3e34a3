import { unlinkSync, writeSync } from 'node:fs';

/** writeSync may write less than asked (a full disk, a signal): the rest is written, never dropped. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** Removes a file if it is there; anything in the way (no such folder, not a folder, no permission) is not an error. */
export function removeQuietly(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch {
    return false;
  }
}
