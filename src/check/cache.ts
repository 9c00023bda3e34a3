import { closeSync, copyFileSync, fstatSync, mkdtempSync, openSync, readSync, renameSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { findingsText } from '../formatters/json-layout.js';
import { removeQuietly, writeAll } from '../util/write-all.js';
import type { RoleCoverage } from '../rules/coverage.js';
import { LaidOutFileReport } from './laid-out-report.js';
import type { FileReport } from './run.js';
import type { CheckSettings } from './settings.js';

/*
 * `--cache`, like ESLint's: a file whose bytes are unchanged keeps its findings. Every
 * entry hangs off one key made of everything else that decides findings — the cro
 * version, the rules with their options, the critical roles, the horizon and --as-of —
 * so changing any of them starts afresh. A cache that is corrupt, foreign or from
 * another key is ignored and rewritten, never trusted.
 *
 * The file is built for a re-run that changed nothing, whose cost is all reading it and
 * writing the report. Three parts:
 *
 *   {"format":"cro-check-cache","version":4,"key":…,"index":{"bytes":…},"payload":{"bytes":…},"crc32":…}\n
 *   [[file, sha1, stat, account, errors, warnings, checked, findingsBytes, coverage], …]\n
 *   each file's findings, one after the other, as UTF-8 JSON in `--format json` layout
 *
 * The file is read from a private copy, taken at the start, so nothing done to it during
 * the run changes what is read. The CRC-32 covers the index and the payload, and is
 * checked before anything is used. The payload is never read whole: `--format json`
 * copies each file's findings into the report as it writes it, through one reused window
 * (reading 37 MB into fresh memory, page faults included, was the largest cost of a warm
 * run), and other formats parse a file's findings when they first read them.
 */

const FORMAT = 'cro-check-cache';
const FORMAT_VERSION = 4;
const WINDOW_BYTES = 1 << 20;

export interface CacheEntry {
  hash: string;
  /** Size, modification and change times and inode when the bytes were hashed (see statKey). */
  stat?: string;
  report: FileReport;
}

export interface CheckCache {
  /**
   * The entry of a file whose size, times and inode are those recorded with its hash. Any
   * write to a file moves its change time (ctime, which no tool can set back), so an equal
   * stat means the bytes hashed last time are the bytes there now, and reading them again
   * is skipped.
   */
  lookup(file: string, stat: string): CacheEntry | undefined;
  get(file: string, hash: string): FileReport | undefined;
  set(file: string, hash: string, report: FileReport, stat?: string): void;
  /** Writes the cache of this run, if anything changed. */
  save(): void;
  /** Lets go of the old cache file; call once the report is written (its findings may be read from it until then). */
  close(): void;
}

/*
 * Bundled, every static import of this module would load with `cro check` itself; it is
 * needed only with --cache, so node:crypto and node:zlib are fetched when it runs.
 */
const builtin = <T>(name: string) => process.getBuiltinModule(name) as T;
const crc32 = (data: Uint8Array, value?: number) => builtin<typeof import('node:zlib')>('node:zlib').crc32(data, value);

export function cacheKey(settings: CheckSettings, version: string): string {
  return builtin<typeof import('node:crypto')>('node:crypto')
    .createHash('sha1')
    .update(JSON.stringify({ version, rules: settings.rules, context: settings.context, withCoverage: settings.withCoverage }))
    .digest('hex');
}

/** Where a file's findings are in the cache file read at the start of the run. */
interface PayloadSlice {
  offset: number;
  length: number;
}

/**
 * One file as stored: its report without the findings, which are a slice of the old file,
 * bytes of this run, or how to read them (from the run's spool: see laid-out-report.ts).
 */
interface StoredEntry {
  hash: string;
  stat: string | undefined;
  account: string | null;
  errors: number;
  warnings: number;
  checked: boolean;
  coverage: RoleCoverage[] | undefined;
  findings: Uint8Array | PayloadSlice | (() => Uint8Array);
}

type IndexRow = [file: string, hash: string, stat: string | null, account: string | null, errors: number, warnings: number, checked: 0 | 1, bytes: number, coverage: RoleCoverage[] | null];

export function openCache(location: string, key: string): CheckCache {
  const { entries, file } = readCacheFile(location, key);
  const fresh = new Map<string, StoredEntry>();
  let changed = false;
  const bytesOf = (findings: StoredEntry['findings']) =>
    findings instanceof Uint8Array ? findings : typeof findings === 'function' ? findings() : file!.read(findings.offset, findings.length);
  const keep = (name: string, entry: StoredEntry) => {
    fresh.set(name, entry);
    return new LaidOutFileReport('', entry, () => bytesOf(entry.findings));
  };
  return {
    lookup(name, stat) {
      const entry = entries.get(name);
      if (!entry || entry.stat !== stat) return undefined;
      return { hash: entry.hash, stat, report: keep(name, entry) };
    },
    get(name, hash) {
      const entry = entries.get(name);
      if (!entry || entry.hash !== hash) return undefined;
      return keep(name, entry);
    },
    set(name, hash, report, stat) {
      const kept = fresh.get(name);
      if (kept?.hash === hash) {
        // Its findings came from the cache: only the stat can be new.
        if (kept.stat !== stat) {
          kept.stat = stat;
          changed = true;
        }
        return;
      }
      changed = true;
      let findings: StoredEntry['findings'];
      if (report instanceof LaidOutFileReport) {
        findings = () => report.findingsJson; // read back when the cache is written
      } else {
        // The report written later uses the same bytes, so a --cache run lays out findings once.
        findings = report.findingsJson ?? Buffer.from(findingsText(report.findings));
        report.findingsJson = findings;
      }
      const { account, errors, warnings, checked, coverage } = report;
      fresh.set(name, { hash, stat, account, errors, warnings, checked, coverage, findings });
    },
    save() {
      // A run that changed nothing leaves the file alone: rewriting it is most of a warm run's cost.
      // Only the files of this run are kept, so deleted plans do not pile up. The old file stays
      // open, and readable, after the new one replaces it.
      if (changed || fresh.size !== entries.size) writeCacheFile(location, key, fresh, bytesOf);
    },
    close() {
      file?.close();
    },
  };
}

/**
 * Reads a cache file by offset through one reused window. What `read` returns is a view
 * of the window, valid until the next read: its callers copy it at once (the JSON report
 * into its output buffer, findings into a parse, a rewrite into the new file).
 */
class CacheFileReader {
  readonly #fd: number;
  readonly #window = Buffer.allocUnsafeSlow(WINDOW_BYTES);
  #start = 0;
  #end = 0;

  constructor(
    fd: number,
    readonly size: number,
    readonly location: string,
    /** Removes the private copy, if it is still there. */
    private readonly cleanUp?: () => void,
  ) {
    this.#fd = fd;
  }

  read(offset: number, length: number): Uint8Array {
    if (offset >= this.#start && offset + length <= this.#end) return this.#window.subarray(offset - this.#start, offset - this.#start + length);
    const target = length > WINDOW_BYTES ? Buffer.allocUnsafe(length) : this.#window;
    const got = readFully(this.#fd, target, offset);
    if (got < length) throw new Error(`the private copy of ${this.location} ended early`);
    if (target !== this.#window) return target;
    this.#start = offset;
    this.#end = offset + got;
    return this.#window.subarray(0, length);
  }

  #closed = false;

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    closeSync(this.#fd);
    this.cleanUp?.();
  }
}

/** Fills `target` from `offset` on, or up to the end of the file; returns the bytes read. */
function readFully(fd: number, target: Uint8Array, offset: number): number {
  let got = 0;
  while (got < target.length) {
    const n = readSync(fd, target, got, target.length - got, offset + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

function writeCacheFile(location: string, key: string, entries: Map<string, StoredEntry>, bytesOf: (findings: StoredEntry['findings']) => Uint8Array): void {
  const rows: IndexRow[] = [];
  let payloadBytes = 0;
  // The sizes and the checksum go first in the file, so the findings are gone over three
  // times, each read through the old file's window or the spool's: far cheaper than holding them.
  for (const [file, e] of entries) {
    const { length } = bytesOf(e.findings);
    rows.push([file, e.hash, e.stat ?? null, e.account, e.errors, e.warnings, e.checked ? 1 : 0, length, e.coverage ?? null]);
    payloadBytes += length;
  }
  const index = Buffer.from(`${JSON.stringify(rows)}\n`);
  let checksum = crc32(index);
  for (const entry of entries.values()) checksum = crc32(bytesOf(entry.findings), checksum);
  const header = `${JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, key, index: { bytes: index.length - 1 }, payload: { bytes: payloadBytes }, crc32: checksum })}\n`;
  const temporary = join(dirname(location), `.${basename(location)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeAll(fd, Buffer.from(header));
      writeAll(fd, index);
      for (const entry of entries.values()) writeAll(fd, bytesOf(entry.findings));
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, location);
  } catch {
    removeQuietly(temporary); // a cache that cannot be written only costs the next run time
  }
}

/** The entries of a cache file made with `key`, or none when it is missing, damaged, foreign or stale. */
function readCacheFile(location: string, key: string): { entries: Map<string, StoredEntry>; file: CacheFileReader | undefined } {
  // A private copy, made in the kernel (~15 ms for 10,000 plans' cache), in a folder only
  // this user can enter: the findings are read from it while the report is written, after
  // the checksum was checked, and a cache rewritten in place meanwhile (a `cp` over it)
  // must not change what they were.
  let folder: string;
  try {
    folder = mkdtempSync(join(tmpdir(), 'cro-cache-'));
  } catch {
    return { entries: new Map(), file: undefined };
  }
  const copy = join(folder, 'cache');
  const cleanUp = () => {
    removeQuietly(copy);
    try {
      rmdirSync(folder);
    } catch {
      // not empty yet (the copy could not be removed while open): removed when the reader closes
    }
  };
  let fd: number;
  try {
    copyFileSync(location, copy);
    fd = openSync(copy, 'r');
  } catch {
    cleanUp();
    return { entries: new Map(), file: undefined };
  }
  // Gone at once where the system allows removing an open file; otherwise when the reader closes.
  cleanUp();
  const file = new CacheFileReader(fd, fstatSync(fd).size, location, cleanUp);
  try {
    const entries = readEntries(file, key);
    if (entries.size > 0) return { entries, file };
  } catch {
    // unreadable or malformed: as if there were none
  }
  file.close();
  return { entries: new Map(), file: undefined };
}

function readEntries(file: CacheFileReader, key: string): Map<string, StoredEntry> {
  const none = new Map<string, StoredEntry>();
  const first = file.read(0, Math.min(file.size, WINDOW_BYTES));
  const headEnd = first.indexOf(0x0a);
  if (headEnd === -1) return none;
  const header: unknown = JSON.parse(Buffer.from(first.buffer, first.byteOffset, headEnd).toString('utf8'));
  if (!isRecord(header) || header.format !== FORMAT || header.version !== FORMAT_VERSION || header.key !== key) return none;
  const indexBytes = isRecord(header.index) ? header.index.bytes : undefined;
  const payloadBytes = isRecord(header.payload) ? header.payload.bytes : undefined;
  if (!isCount(indexBytes) || !isCount(payloadBytes) || typeof header.crc32 !== 'number') return none;
  const indexStart = headEnd + 1;
  const payloadStart = indexStart + indexBytes + 1;
  if (payloadStart + payloadBytes !== file.size) return none;

  // The checksum first, streamed through the window: nothing unverified is parsed or used.
  let checksum = 0;
  for (let at = indexStart; at < file.size; at += WINDOW_BYTES) checksum = crc32(file.read(at, Math.min(WINDOW_BYTES, file.size - at)), checksum);
  if (checksum !== header.crc32) return none;

  const index = file.read(indexStart, indexBytes + 1);
  if (index[indexBytes] !== 0x0a) return none;
  const rows: unknown = JSON.parse(Buffer.from(index.buffer, index.byteOffset, indexBytes).toString('utf8'));
  if (!Array.isArray(rows)) return none;
  const entries = new Map<string, StoredEntry>();
  let offset = payloadStart;
  for (const row of rows) {
    if (!isIndexRow(row) || offset + row[7] > file.size) return none;
    const [name, hash, stat, account, errors, warnings, checked, bytes, coverage] = row;
    entries.set(name, { hash, stat: stat ?? undefined, account, errors, warnings, checked: checked === 1, coverage: coverage ?? undefined, findings: { offset, length: bytes } });
    offset += bytes;
  }
  return offset === file.size ? entries : none;
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

function isIndexRow(row: unknown): row is IndexRow {
  return (
    Array.isArray(row) &&
    row.length === 9 &&
    typeof row[0] === 'string' &&
    typeof row[1] === 'string' &&
    (row[2] === null || typeof row[2] === 'string') &&
    (row[3] === null || typeof row[3] === 'string') &&
    Number.isInteger(row[4]) &&
    Number.isInteger(row[5]) &&
    (row[6] === 0 || row[6] === 1) &&
    Number.isInteger(row[7]) &&
    row[7] >= 0 &&
    (row[8] === null || Array.isArray(row[8]))
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
