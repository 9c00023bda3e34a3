import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeQuietly } from './write-all.js';

/** Writes bytes[offset, offset + length) at a position of a file; returns how many were written. */
export type WriteFile = (fd: number, bytes: Uint8Array, offset: number, length: number, position: number) => number;

/** Where a string written to the spool lies, in bytes. */
export interface SpoolSlice {
  readonly offset: number;
  readonly length: number;
}

/**
 * Holds many strings as UTF-8 in constant memory: they are encoded into one buffer, which
 * is appended to an unlinked temporary file whenever it fills, and read back by slice.
 *
 * What `cro check` holds until it can write its report (after every file is checked: the
 * summary comes first) is every file's findings: ~37 MB for 10,000 plans. Held as objects, the garbage
 * collector copied and marked them again and again; held in fresh memory, each new page
 * cost a page fault (~3 ms per megabyte on CI's virtual machines); and either way memory
 * grew with the number of plans. Written to a file they cost one copy into the page
 * cache, and the process keeps two buffers however many plans there are.
 *
 * Where no temporary file can be made, full buffers are kept in memory instead.
 */
export class Utf8Spool {
  readonly #chunkBytes: number;
  readonly #directory: string;
  #chunk: Buffer;
  #used = 0;
  /** Bytes moved out of the chunk: [0, #stored) are in the file (or #kept). */
  #stored = 0;
  #fd: number | undefined;
  #path: string | undefined;
  /** Full chunks kept in memory, when no file could be made. */
  #kept: Array<{ offset: number; bytes: Uint8Array }> | undefined;
  #window: Buffer | undefined;
  #windowStart = 0;
  #windowEnd = 0;

  readonly #writeFile: WriteFile;

  /** @param writeFile how bytes are written to the file (tests give one that fails, as a full disk does). */
  constructor({ chunkBytes = 1 << 20, directory = tmpdir(), writeFile = writeSync }: { chunkBytes?: number; directory?: string; writeFile?: WriteFile } = {}) {
    this.#chunkBytes = chunkBytes;
    this.#directory = directory;
    this.#writeFile = writeFile;
    this.#chunk = Buffer.allocUnsafeSlow(chunkBytes);
  }

  write(text: string): SpoolSlice {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units).
    const most = text.length * 3;
    if (most > this.#chunkBytes - this.#used) this.#flush();
    if (most > this.#chunkBytes) {
      const bytes = Buffer.from(text, 'utf8');
      const offset = this.#stored;
      this.#store(bytes);
      return { offset, length: bytes.length };
    }
    const offset = this.#stored + this.#used;
    const length = this.#chunk.write(text, this.#used, 'utf8');
    this.#used += length;
    return { offset, length };
  }

  /** The bytes of a slice: a view that stays valid until the next write or read. */
  read({ offset, length }: SpoolSlice): Uint8Array {
    if (length === 0) return new Uint8Array(0);
    if (offset >= this.#stored) return this.#chunk.subarray(offset - this.#stored, offset - this.#stored + length);
    if (this.#kept) {
      let i = this.#kept.length - 1;
      while (this.#kept[i]!.offset > offset) i--;
      const held = this.#kept[i]!;
      return held.bytes.subarray(offset - held.offset, offset - held.offset + length);
    }
    if (this.#window && offset >= this.#windowStart && offset + length <= this.#windowEnd) return this.#window.subarray(offset - this.#windowStart, offset - this.#windowStart + length);
    if (length > this.#chunkBytes) return this.#readFile(Buffer.allocUnsafe(length), offset);
    this.#window ??= Buffer.allocUnsafeSlow(this.#chunkBytes);
    const got = Math.min(this.#chunkBytes, this.#stored - offset);
    this.#readFile(this.#window.subarray(0, got), offset);
    this.#windowStart = offset;
    this.#windowEnd = offset + got;
    return this.#window.subarray(0, length);
  }

  /** Closes and removes the temporary file; idempotent. */
  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    if (this.#path !== undefined) removeQuietly(this.#path);
    this.#fd = undefined;
    this.#path = undefined;
  }

  #flush(): void {
    if (this.#used === 0) return;
    const full = this.#chunk.subarray(0, this.#used);
    this.#used = 0;
    this.#store(full);
    // A chunk kept in memory is not written over.
    if (this.#kept) this.#chunk = Buffer.allocUnsafeSlow(this.#chunkBytes);
  }

  #store(bytes: Uint8Array): void {
    if (this.#fd === undefined && !this.#kept) this.#open();
    if (!this.#kept) {
      try {
        for (let done = 0; done < bytes.length; ) done += this.#writeFile(this.#fd!, bytes, done, bytes.length - done, this.#stored + done);
      } catch {
        // A full or failing disk: what the file holds comes back into memory, and the rest stays there.
        this.#bringBack();
      }
    }
    this.#kept?.push({ offset: this.#stored, bytes });
    this.#stored += bytes.length;
  }

  #bringBack(): void {
    const held = this.#readFile(Buffer.allocUnsafe(this.#stored), 0);
    this.close();
    this.#kept = this.#stored > 0 ? [{ offset: 0, bytes: held }] : [];
    this.#window = undefined;
    this.#windowEnd = 0;
  }

  #open(): void {
    const path = join(this.#directory, `cro-${process.pid}-${Math.random().toString(36).slice(2)}.spool`);
    try {
      this.#fd = openSync(path, 'wx+', 0o600);
    } catch {
      this.#kept = [];
      return;
    }
    // Gone from the folder at once where the system allows it, so nothing is left behind however the run ends.
    if (!removeQuietly(path)) this.#path = path;
  }

  #readFile(target: Buffer, offset: number): Buffer {
    for (let done = 0; done < target.length; ) {
      const n = readSync(this.#fd!, target, done, target.length - done, offset + done);
      if (n === 0) throw new Error('the findings spool file ended early');
      done += n;
    }
    return target;
  }
}

