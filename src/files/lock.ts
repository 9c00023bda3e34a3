import { closeSync, constants, openSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { removeQuietly, writeAll } from '../util/write-all.js';
import { isRunning } from './write.js';

/*
 * A plan edited by two cro runs at once: each checks the plan is unchanged since it read
 * it, then renames its version over it — and without a lock both can pass the check
 * before either renames, so one run's change is lost while it said it made it. The lock
 * is a file beside the plan (`.<name>.cro-lock`, holding the process id), created
 * exclusively, so only one run at a time goes from that check to the rename. A lock left
 * by a run that was killed (its process is gone) is taken over. Runs do not wait for each
 * other: the one that finds the plan locked is about to see it changed anyway.
 */

export class PlanLockedError extends Error {
  override readonly name = 'PlanLockedError';
  constructor(readonly file: string) {
    super(`${file} is locked`);
  }
}

const held = new Set<string>();
let exitHookInstalled = false;

function lockPathOf(target: string): string {
  let real = resolve(target);
  try {
    real = realpathSync(real); // a plan reached through a link is locked where it lives
  } catch {
    // not there yet: locked under the name given
  }
  return join(dirname(real), `.${basename(real)}.cro-lock`);
}

function holderOf(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Locks `target` (shown as `shown` in the error) and returns the function that unlocks
 * it. Throws PlanLockedError when a running process holds it. Where no lock file can be
 * made (a read-only folder), nothing is locked: the write itself then fails, saying why.
 */
export function lockForWriting(target: string, shown: string): () => void {
  const lock = lockPathOf(target);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(lock, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return () => undefined;
      const pid = holderOf(lock);
      if (pid === undefined ? justMade(lock) : isRunning(pid)) throw new PlanLockedError(shown);
      // Left by a run that was killed (even before it wrote its id): taken over.
      if (holderOf(lock) === pid) removeQuietly(lock);
      continue;
    }
    try {
      writeAll(fd, Buffer.from(`${process.pid}\n`));
    } finally {
      closeSync(fd);
    }
    if (!exitHookInstalled) {
      exitHookInstalled = true;
      process.on('exit', () => {
        for (const file of held) removeQuietly(file);
      });
    }
    held.add(lock);
    return () => {
      held.delete(lock);
      if (holderOf(lock) === process.pid) removeQuietly(lock);
    };
  }
  throw new PlanLockedError(shown);
}

/** A lock without a process id yet: another run made it a moment ago and is writing its id. */
function justMade(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs < 5000;
  } catch {
    return false;
  }
}
