import { closeSync, constants, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { findingsText } from './findings-encoding.js';
import { writeFileSafely } from '../files/write.js';
import { UsageError } from '../util/errors.js';
import { messages } from '../i18n/messages.js';
import type { RoleCoverage } from '../method/coverage.js';
import { isSafelyOlder, type FileStamp } from './file-stamp.js';
import { LaidOutFileReport } from './laid-out-report.js';
import type { FileReport } from './check-one.js';
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
 *   {"format":"cro-check-cache","version":6,"key":…,"index":{"bytes":…,"crc32":…},"payload":{"bytes":…}}\n
 *   {"files":[…],"hashes":"…","stamps":[…],"accounts":[…],"counts":[…]}\n
 *   each file's findings, as UTF-8 JSON in `--format json` layout, then its coverage, file after file
 *
 * The index is by column, one array per field, row i being file i: 10,000 rows as arrays
 * or objects were most of what a warm run parsed and then garbage-collected. `hashes` is
 * the files' SHA-1s end to end, `stamps` four numbers per file (see file-stamp.ts),
 * `counts` seven per file (errors, warnings, kind, findings bytes, their CRC-32, coverage
 * bytes, their CRC-32; kind is 1 for a plan that passed the schema, 2 for YAML that is not
 * a plan, reported only because it was named, 0 otherwise). The coverage is the stylish
 * view's, as JSON, for valid plans (0 bytes for other files): in the payload, not the
 * index, so that a run of another format never reads it.
 *
 * The index is checked against its CRC-32 before anything in it is used. Each file's
 * findings (and coverage) are checked against theirs when the file is looked up: a row
 * damaged on disk is a miss like any other, and its plan is checked with the files that
 * changed, before anything is written. They are checked again as they are read for the
 * report: the JSON report copies them straight from the file, through one reused window
 * (reading 37 MB into fresh memory, page faults included, was the largest cost of a warm
 * run). Findings that fail that second check — the cache written over in place during
 * the run — are found again by checking the plan afresh; either way the cache is then
 * rewritten, and such findings are never used. The checksums catch damage, not forgery: a cache
 * written by hand to pass them is as trusted as the plans beside it.
 *
 * Only a regular file is read or replaced: a FIFO, a device or a folder at the cache's
 * location is left alone, and the run goes on without a cache.
 */

const FORMAT = 'cro-check-cache';
/** How every cache file starts (its header's first key), whatever its version. */
const CACHE_SIGNATURE = Buffer.from(`{"format":"${FORMAT}"`);
// 8: coverage always stored, in the payload, and no longer in the key. 9: findings after suppressions (SPEC §12), with the suppressed ones.
const FORMAT_VERSION = 9;
const WINDOW_BYTES = 1 << 20;
const HASH_CHARS = 40;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const STAMP_FIELDS = 4;
const COUNT_FIELDS = 7;
/** The kinds of file in counts (see the top of this file). */
const KIND_INVALID = 0;
const KIND_CHECKED = 1;
const KIND_NOT_A_PLAN = 2;

export interface CacheEntry {
  hash: string;
  report: FileReport;
}

export interface CheckCache {
  /**
   * The entry of a file whose stamp is the one recorded with its hash: its bytes are the
   * ones hashed then, so reading them again is skipped.
   */
  lookup(file: string, stamp: FileStamp): CacheEntry | undefined;
  get(file: string, hash: string): FileReport | undefined;
  /** Records a file of this run; call once per file, in order, whether its report came from the cache or not. */
  set(file: string, hash: string, report: FileReport, stamp?: FileStamp): void;
  /** Writes the cache of this run, if anything changed. Call once the report is written: findings read while writing it may turn out damaged. */
  save(): Promise<void>;
  /** Lets go of the old cache file; call once the report is written (its findings may be read from it until then). */
  close(): void;
}

/**
 * A plan checked afresh, for findings the cache cannot vouch for: the findings laid out as
 * `--format json` writes them, and the hash of the bytes they were found in.
 */
export type CheckAfresh = (file: string) => { findingsJson: Uint8Array; coverageJson?: Uint8Array | undefined; hash: string };

/*
 * Bundled, every static import of this module would load with `cro check` itself; it is
 * needed only with --cache, so node:crypto and node:zlib are fetched when it runs.
 */
const builtin = <T>(name: string) => process.getBuiltinModule(name) as T;
const crc32 = (data: Uint8Array, value?: number) => builtin<typeof import('node:zlib')>('node:zlib').crc32(data, value);

export function cacheKey(settings: CheckSettings, version: string): string {
  return builtin<typeof import('node:crypto')>('node:crypto')
    .createHash('sha1')
    .update(JSON.stringify({ version, rules: settings.rules, context: settings.context }))
    .digest('hex');
}

/** The index of a cache file, by column, as stored (see the top of this file). */
interface CacheIndex {
  files: string[];
  hashes: string;
  stamps: number[];
  accounts: Array<string | null>;
  counts: number[];
}

/** A file of this run whose report did not come from the old cache file. */
interface NewEntry {
  file: string;
  hash: string;
  stamp: FileStamp | undefined;
  report: FileReport;
}

/**
 * The cache file read at the start of the run: its index, where each file's findings
 * start, and the file, open for reading them.
 */
class OldCache {
  readonly #positions = new Map<string, number>();

  constructor(
    readonly index: CacheIndex,
    readonly offsets: Float64Array,
    readonly reader: CacheFileReader,
  ) {}

  get rows(): number {
    return this.index.files.length;
  }

  /**
   * The row of a file. Files mostly come in the order of the last run, so the caller's
   * guess (the row after the last one it found) is tried first, and a map of every row is
   * built only when a guess misses.
   */
  rowOf(file: string, guess: number): number | undefined {
    const { files } = this.index;
    if (files[guess] === file) return guess;
    if (this.#positions.size === 0) files.forEach((name, row) => this.#positions.set(name, row));
    return this.#positions.get(file);
  }

  hashOf(row: number): string {
    return this.index.hashes.slice(row * HASH_CHARS, (row + 1) * HASH_CHARS);
  }

  stampMatches(row: number, stamp: FileStamp): boolean {
    const { stamps } = this.index;
    const at = row * STAMP_FIELDS;
    return stamps[at] === stamp.size && stamps[at + 1] === stamp.mtimeMs && stamps[at + 2] === stamp.ctimeMs && stamps[at + 3] === stamp.ino;
  }

  setStamp(row: number, stamp: FileStamp | undefined): void {
    const at = row * STAMP_FIELDS;
    const { stamps } = this.index;
    [stamps[at], stamps[at + 1], stamps[at + 2], stamps[at + 3]] = stamp ? [stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino] : [-1, -1, -1, -1];
  }

  count(row: number, field: 0 | 1 | 2 | 3 | 4 | 5 | 6): number {
    return this.index.counts[row * COUNT_FIELDS + field]!;
  }

  /** The findings of a row as stored, or undefined when they fail their checksum or cannot be read. */
  findings(row: number): Uint8Array | undefined {
    try {
      const bytes = this.reader.read(this.offsets[row]!, this.count(row, 3));
      const whole = bytes[0] === OPEN_BRACKET && bytes[bytes.length - 1] === CLOSE_BRACKET && crc32(bytes) === this.count(row, 4);
      return whole ? bytes : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Whether a row's findings and coverage pass their checksums: checked when the row is
   * looked up, before the run writes anything, so a damaged row is an ordinary miss and
   * its plan is checked with the others. They are checked again when read for the report,
   * in case the file was overwritten meanwhile.
   */
  isWhole(row: number): boolean {
    return this.findings(row) !== undefined && this.coverage(row) !== undefined;
  }

  /** The coverage of a row as stored (empty: none), or undefined when it fails its checksum or cannot be read. */
  coverage(row: number): Uint8Array | undefined {
    const length = this.count(row, 5);
    if (length === 0) return new Uint8Array(0);
    try {
      const bytes = this.reader.read(this.offsets[row]! + this.count(row, 3), length);
      return crc32(bytes) === this.count(row, 6) ? bytes : undefined;
    } catch {
      return undefined;
    }
  }
}

export function openCache(location: string, key: string, checkAfresh: CheckAfresh, { shown = location, now = Date.now() }: { shown?: string; now?: number } = {}): CheckCache {
  refuseForeignFile(location, shown);
  const old = readCacheFile(location, key);
  // A stamp taken now of a file written in the last moments may not tell it from an edit
  // in the same tick of a coarse clock (see file-stamp.ts): such stamps are not kept.
  const trusted = (stamp: FileStamp | undefined) => (stamp !== undefined && isSafelyOlder(stamp, now) ? stamp : undefined);
  /** What this run put in place of each row of the old file: the row, kept, or a new entry; nothing if it did not check the file. */
  const byRow: Array<number | NewEntry | undefined> = old ? new Array(old.rows) : [];
  /** Entries for files the old file did not have. */
  const added: NewEntry[] = [];
  const handedOut = old ? new Uint8Array(old.rows) : undefined;
  /** Findings and coverage found again because the stored ones failed their checksum. */
  const foundAgain = new Map<number, { findingsJson: Uint8Array; coverageJson: Uint8Array }>();
  /** Rows whose file, found again, no longer had the bytes of the entry: not kept. */
  const outdated = new Set<number>();
  let changed = false;
  // Where lookup/get, and set, expect the next file (see OldCache.rowOf).
  let nextLooked = 0;
  let nextSet = 0;
  const rowToLookUp = (file: string) => {
    const row = old?.rowOf(file, nextLooked);
    if (row !== undefined) nextLooked = row + 1;
    return row;
  };

  const foundAfresh = (row: number) => {
    let again = foundAgain.get(row);
    if (again) return again;
    // The file is read as it is now: edited since its stamp was compared, its findings are
    // still this run's best answer, but they are not the entry's and are not kept.
    const { findingsJson, coverageJson, hash } = checkAfresh(old!.index.files[row]!);
    if (hash !== old!.hashOf(row)) outdated.add(row);
    again = { findingsJson, coverageJson: coverageJson ?? new Uint8Array(0) };
    foundAgain.set(row, again);
    changed = true;
    return again;
  };
  const findingsOfRow = (row: number): Uint8Array => foundAgain.get(row)?.findingsJson ?? old!.findings(row) ?? foundAfresh(row).findingsJson;
  /** The row's coverage as JSON; empty for a file that is not a valid plan. */
  const coverageOfRow = (row: number): Uint8Array => foundAgain.get(row)?.coverageJson ?? old!.coverage(row) ?? foundAfresh(row).coverageJson;
  const reportOfRow = (row: number): FileReport => {
    handedOut![row] = 1;
    return new LaidOutFileReport(
      '',
      {
        account: old!.index.accounts[row]!,
        errors: old!.count(row, 0),
        warnings: old!.count(row, 1),
        checked: old!.count(row, 2) === KIND_CHECKED,
        notAPlan: old!.count(row, 2) === KIND_NOT_A_PLAN,
        coverage: old!.count(row, 5) === 0 ? undefined : () => parseCoverage(coverageOfRow(row)),
      },
      () => findingsOfRow(row),
    );
  };
  const findingsOf = (entry: number | NewEntry): Uint8Array => (typeof entry === 'number' ? findingsOfRow(entry) : findingsJsonOf(entry.report));
  const coverageOf = (entry: number | NewEntry): Uint8Array => (typeof entry === 'number' ? coverageOfRow(entry) : coverageJsonOf(entry.report));

  return {
    lookup(file, stamp) {
      const row = rowToLookUp(file);
      if (row === undefined || !old!.stampMatches(row, stamp) || !old!.isWhole(row)) return undefined;
      return { hash: old!.hashOf(row), report: reportOfRow(row) };
    },
    get(file, hash) {
      const row = rowToLookUp(file);
      if (row === undefined || old!.hashOf(row) !== hash || !old!.isWhole(row)) return undefined;
      return reportOfRow(row);
    },
    set(file, hash, report, taken) {
      const stamp = trusted(taken);
      const row = old?.rowOf(file, nextSet);
      if (row !== undefined) nextSet = row + 1;
      if (row !== undefined && handedOut![row] === 1 && old!.hashOf(row) === hash) {
        // Its findings came from the cache: only the stamp can be new.
        if (!stamp || !old!.stampMatches(row, stamp)) {
          old!.setStamp(row, stamp);
          changed = true;
        }
        byRow[row] = row;
        return;
      }
      changed = true;
      // The report written later uses the same bytes, so a --cache run lays out findings once.
      if (!(report instanceof LaidOutFileReport) && !report.findingsJson) report.findingsJson = Buffer.from(findingsText(report.findings, report.suppressed));
      const entry = { file, hash, stamp, report };
      if (row === undefined) added.push(entry);
      else byRow[row] = entry;
    },
    async save() {
      // The old file's order, then files new to it. A file this run did not check (it named
      // some files, or only those changed since a commit) keeps its entry while it exists,
      // so a pull request's run does not leave the next full run cold; a file gone is dropped.
      const entries: Array<number | NewEntry> = [];
      for (let row = 0; row < byRow.length; row++) {
        const entry = byRow[row];
        if (entry === undefined) {
          if (existsSync(old!.index.files[row]!)) entries.push(row);
        } else if (typeof entry !== 'number' || !outdated.has(entry)) {
          entries.push(entry);
        }
      }
      for (const entry of added) entries.push(entry);
      // A run that changed nothing leaves the file alone: rewriting it is most of a warm run's cost.
      const same = !changed && old !== undefined && entries.length === old.rows && entries.every((entry, row) => entry === row);
      if (!same) await writeCacheFile(location, key, entries, old, findingsOf, coverageOf);
    },
    close() {
      old?.reader.close();
    },
  };
}

/** Stored coverage, or none (no table) if it is not a list: the checksum catches damage, not a hand-made file. */
function parseCoverage(bytes: Uint8Array): RoleCoverage[] | undefined {
  if (bytes.length === 0) return undefined;
  try {
    const coverage: unknown = JSON.parse(decode(bytes));
    return Array.isArray(coverage) ? (coverage as RoleCoverage[]) : undefined;
  } catch {
    return undefined;
  }
}

function coverageJsonOf(report: FileReport): Uint8Array {
  const { coverage } = report;
  return coverage === undefined ? new Uint8Array(0) : Buffer.from(JSON.stringify(coverage));
}

function findingsJsonOf(report: FileReport): Uint8Array {
  // Laid-out reports read their bytes from the spool (or the old cache) on each call.
  return report.findingsJson ?? Buffer.from(findingsText(report.findings, report.suppressed));
}

/**
 * Reads a cache file by offset through one reused window. What `read` returns is a view
 * of the window, valid until the next read: its callers copy it at once (the JSON report
 * into its output buffer, findings into a parse, a rewrite into the new file).
 */
class CacheFileReader {
  readonly #window = Buffer.allocUnsafeSlow(WINDOW_BYTES);
  #start = 0;
  #end = 0;
  #closed = false;

  constructor(
    private readonly fd: number,
    readonly size: number,
  ) {}

  read(offset: number, length: number): Uint8Array {
    if (offset >= this.#start && offset + length <= this.#end) return this.#window.subarray(offset - this.#start, offset - this.#start + length);
    const target = length > WINDOW_BYTES ? Buffer.allocUnsafe(length) : this.#window;
    this.#start = this.#end = 0;
    const got = readFully(this.fd, target, offset);
    if (got < length) throw new Error('the cache file ended early');
    if (target !== this.#window) return target;
    this.#start = offset;
    this.#end = offset + got;
    return this.#window.subarray(0, length);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    closeSync(this.fd);
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

async function writeCacheFile(
  location: string,
  key: string,
  entries: ReadonlyArray<number | NewEntry>,
  old: OldCache | undefined,
  findingsOf: (entry: number | NewEntry) => Uint8Array,
  coverageOf: (entry: number | NewEntry) => Uint8Array,
): Promise<void> {
  const index: CacheIndex = { files: [], hashes: '', stamps: [], accounts: [], counts: [] };
  const hashes: string[] = [];
  let payloadBytes = 0;
  // The sizes and checksums go in the index, before the payload, so the findings and the
  // coverage are gone over twice, each time read through the old file's window or the
  // spool's: far cheaper than holding them. Each is used before the next is read.
  for (const entry of entries) {
    const findings = findingsOf(entry);
    const findingsLength = findings.length;
    const findingsCrc = crc32(findings);
    const coverage = coverageOf(entry);
    const coverageCrc = crc32(coverage);
    payloadBytes += findingsLength + coverage.length;
    if (typeof entry === 'number') {
      const row = entry;
      const at = row * STAMP_FIELDS;
      index.files.push(old!.index.files[row]!);
      hashes.push(old!.hashOf(row));
      index.stamps.push(...old!.index.stamps.slice(at, at + STAMP_FIELDS));
      index.accounts.push(old!.index.accounts[row]!);
      index.counts.push(old!.count(row, 0), old!.count(row, 1), old!.count(row, 2), findingsLength, findingsCrc, coverage.length, coverageCrc);
    } else {
      const { file, hash, stamp, report } = entry;
      index.files.push(file);
      hashes.push(hash);
      index.stamps.push(...(stamp ? [stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino] : [-1, -1, -1, -1]));
      index.accounts.push(report.account);
      index.counts.push(report.errors, report.warnings, report.checked ? KIND_CHECKED : report.notAPlan ? KIND_NOT_A_PLAN : KIND_INVALID, findingsLength, findingsCrc, coverage.length, coverageCrc);
    }
  }
  index.hashes = hashes.join('');
  const indexBytes = Buffer.from(`${JSON.stringify(index)}\n`);
  const header = `${JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, key, index: { bytes: indexBytes.length - 1, crc32: crc32(indexBytes) }, payload: { bytes: payloadBytes } })}\n`;
  if (!isRegularFileOrMissing(location)) return;
  function* pieces() {
    yield header;
    yield indexBytes;
    for (const entry of entries) {
      yield findingsOf(entry);
      yield coverageOf(entry);
    }
  }
  try {
    // Renamed over the old file: a run reading the old one meanwhile keeps reading it.
    await writeFileSafely(location, pieces(), { durable: false, special: 'refuse' });
  } catch {
    // a cache that cannot be written only costs the next run time
  }
}

/**
 * `--cache-location` names a file cro will replace: anything there that is not one of
 * its caches (a plan, the config, a report) is refused before the run, never lost.
 */
function refuseForeignFile(location: string, shown: string): void {
  let fd: number;
  try {
    fd = openSync(location, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || !existsSync(location)) return;
    // A file cro cannot read could be anything: it is not replaced on trust.
    throw new UsageError(messages().errors.cacheUnreadable({ file: shown, code: code ?? 'error' }));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size === 0) return;
    const start = Buffer.alloc(CACHE_SIGNATURE.length);
    const got = readFully(fd, start, 0);
    // A cache cut short within its first bytes is still recognisably one (and rewritten).
    if (!start.subarray(0, got).equals(CACHE_SIGNATURE.subarray(0, got))) {
      throw new UsageError(messages().errors.notACache({ file: shown }));
    }
  } finally {
    closeSync(fd);
  }
}

function isRegularFileOrMissing(location: string): boolean {
  try {
    return statSync(location).isFile();
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** The cache file at `location` if it was made with `key` and its index is whole; otherwise none. */
function readCacheFile(location: string, key: string): OldCache | undefined {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO for reading would wait for a writer forever.
    fd = openSync(location, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  let reader: CacheFileReader | undefined;
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new Error('not a regular file');
    reader = new CacheFileReader(fd, stats.size);
    const old = readIndex(reader, key);
    if (old) return old;
  } catch {
    // unreadable or malformed: as if there were none
  }
  if (reader) reader.close();
  else closeSync(fd);
  return undefined;
}

function readIndex(reader: CacheFileReader, key: string): OldCache | undefined {
  const first = reader.read(0, Math.min(reader.size, WINDOW_BYTES));
  const headEnd = first.indexOf(0x0a);
  if (headEnd === -1) return undefined;
  const header: unknown = JSON.parse(decode(first.subarray(0, headEnd)));
  if (!isRecord(header) || header.format !== FORMAT || header.version !== FORMAT_VERSION || header.key !== key) return undefined;
  const indexBytes = isRecord(header.index) ? header.index.bytes : undefined;
  const indexCrc = isRecord(header.index) ? header.index.crc32 : undefined;
  const payloadBytes = isRecord(header.payload) ? header.payload.bytes : undefined;
  if (!isCount(indexBytes) || !isCount(payloadBytes) || !isCount(indexCrc)) return undefined;
  const indexStart = headEnd + 1;
  const payloadStart = indexStart + indexBytes + 1;
  if (payloadStart + payloadBytes !== reader.size) return undefined;

  const indexText = reader.read(indexStart, indexBytes + 1);
  if (crc32(indexText) !== indexCrc || indexText[indexBytes] !== 0x0a) return undefined;
  const index: unknown = JSON.parse(decode(indexText.subarray(0, indexBytes)));
  if (!isCacheIndex(index)) return undefined;
  const offsets = new Float64Array(index.files.length);
  let offset = payloadStart;
  for (let row = 0; row < index.files.length; row++) {
    offsets[row] = offset;
    offset += index.counts[row * COUNT_FIELDS + 3]! + index.counts[row * COUNT_FIELDS + 5]!;
  }
  return offset === reader.size ? new OldCache(index, offsets, reader) : undefined;
}

function decode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

function isCacheIndex(value: unknown): value is CacheIndex {
  if (!isRecord(value)) return false;
  const { files, hashes, stamps, accounts, counts } = value;
  if (!Array.isArray(files) || !files.every((file) => typeof file === 'string')) return false;
  const rows = files.length;
  return (
    typeof hashes === 'string' &&
    hashes.length === rows * HASH_CHARS &&
    /^[0-9a-f]*$/.test(hashes) &&
    Array.isArray(stamps) &&
    stamps.length === rows * STAMP_FIELDS &&
    stamps.every((n) => typeof n === 'number') &&
    Array.isArray(accounts) &&
    accounts.length === rows &&
    accounts.every((a) => a === null || typeof a === 'string') &&
    Array.isArray(counts) &&
    counts.length === rows * COUNT_FIELDS &&
    counts.every((n, i) => isCount(n) && (i % COUNT_FIELDS !== 2 || n <= KIND_NOT_A_PLAN) && (i % COUNT_FIELDS !== 3 || n >= 2))
  );
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
