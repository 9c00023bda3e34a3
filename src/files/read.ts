import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { constants } from 'node:fs';
import { sep } from 'node:path';
import { MAX_PLAN_BYTES, tooLargeMessage } from '../plan/size-limit.js';
import { fsPath } from './path-bytes.js';
import { messages } from '../i18n/messages.js';

export type ReadOutcome = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Reads a plan file without ever hanging or exhausting memory: FIFOs and devices are
 * refused (opened non-blocking, then checked) and an oversized file is never read.
 *
 * A path ending in a separator is a folder that discovery could not list (see
 * discover.ts). Opening it meets the same error again, which is reported for the folder:
 * every command that reads plans then shows it as a finding, never as a pass.
 */
export function readPlanBytes(file: string): ReadOutcome {
  const what = file.endsWith(sep) ? 'folder' : 'file';
  let fd: number;
  try {
    fd = openSync(fsPath(file), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, message: describeReadError(error, what) };
  }
  try {
    // Listed as unreadable, yet it opens now: it changed while this run listed it.
    if (what === 'folder') return { ok: false, message: messages().errors.files.read.folderChanged };
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, message: messages().errors.files.read.notRegular };
    if (stats.size > MAX_PLAN_BYTES) return { ok: false, message: tooLargeMessage(stats.size) };
    const size = stats.size;
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { ok: true, bytes: read === size ? bytes : bytes.subarray(0, read) };
  } catch (error) {
    return { ok: false, message: describeReadError(error, what) };
  } finally {
    closeSync(fd);
  }
}

export function describeReadError(error: unknown, what: 'file' | 'folder' = 'file'): string {
  const code = (error as NodeJS.ErrnoException).code;
  const says = messages().errors.files.read;
  if (what === 'folder') {
    switch (code) {
      case 'EACCES':
      case 'EPERM':
        return says.folderPermission;
      case 'ENAMETOOLONG':
        return says.folderNameTooLong;
      default:
        return says.folderOther({ code: code ?? String(error) });
    }
  }
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return says.permission;
    case 'ELOOP':
      return says.linkLoop;
    case 'ENOENT':
      return says.gone;
    case 'EISDIR':
      return says.isFolder;
    case 'ENAMETOOLONG':
      return says.nameTooLong;
    default:
      return says.other({ code: code ?? String(error) });
  }
}
