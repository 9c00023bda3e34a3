import { closeSync, openSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { findingsText } from '../formatters/json-layout.js';
import { writeAll } from '../util/write-all.js';
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
 *   {"format":"cro-check-cache","version":3,"key":…,"payload":{"bytes":…,"crc32":…}}\n
 *   [[file, sha1, stat, account, errors, warnings, checked, findingsBytes, coverage], …]\n
 *   each file's findings, one after the other, as UTF-8 JSON in `--format json` layout
 *
 * Findings stay bytes until something reads them: `--format json` copies them into the
 * report as they are (decoding and re-encoding 37 MB for 10,000 plans cost more than the
 * rest of a warm run); other formats parse a file's findings when they first read them.
 * The payload's CRC-32 catches a damaged file before any of it is used.
 */

const FORMAT = 'cro-check-cache';
const FORMAT_VERSION = 3;

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
  save(): void;
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

/** One file as stored: its report without the findings, which stay in the payload. */
interface StoredEntry {
  hash: string;
  stat: string | undefined;
  account: string | null;
  errors: number;
  warnings: number;
  checked: boolean;
  coverage: RoleCoverage[] | undefined;
  findings: Uint8Array;
}

type IndexRow = [file: string, hash: string, stat: string | null, account: string | null, errors: number, warnings: number, checked: 0 | 1, bytes: number, coverage: RoleCoverage[] | null];

export function openCache(location: string, key: string): CheckCache {
  const entries = readEntries(location, key);
  const fresh = new Map<string, StoredEntry>();
  let changed = false;
  const keep = (file: string, entry: StoredEntry) => {
    fresh.set(file, entry);
    return reportOf(entry);
  };
  return {
    lookup(file, stat) {
      const entry = entries.get(file);
      if (!entry || entry.stat !== stat) return undefined;
      const report = keep(file, entry);
      return { hash: entry.hash, stat, report };
    },
    get(file, hash) {
      const entry = entries.get(file);
      if (!entry || entry.hash !== hash) return undefined;
      return keep(file, entry);
    },
    set(file, hash, report, stat) {
      const previous = entries.get(file);
      if (previous?.hash !== hash || previous.stat !== stat) changed = true;
      // The report written later uses the same bytes, so a --cache run lays out findings once.
      const findings = report.findingsJson ?? Buffer.from(findingsText(report.findings));
      report.findingsJson = findings;
      const { account, errors, warnings, checked, coverage } = report;
      fresh.set(file, { hash, stat, account, errors, warnings, checked, coverage, findings });
    },
    save() {
      // A run that changed nothing leaves the file alone: rewriting it is most of a warm run's cost.
      if (!changed && fresh.size === entries.size) return;
      // Only the files of this run are kept, so deleted plans do not pile up.
      writeCache(location, key, fresh);
    },
  };
}

/** A report from the cache: its findings stay bytes until something reads them (a --format json run never does). */
function reportOf(entry: StoredEntry): FileReport {
  return new LaidOutFileReport('', entry, entry.findings);
}

function writeCache(location: string, key: string, entries: Map<string, StoredEntry>): void {
  const rows: IndexRow[] = [];
  let bytes = 0;
  let checksum = 0;
  for (const [file, e] of entries) {
    rows.push([file, e.hash, e.stat ?? null, e.account, e.errors, e.warnings, e.checked ? 1 : 0, e.findings.length, e.coverage ?? null]);
    bytes += e.findings.length;
    checksum = crc32(e.findings, checksum);
  }
  const head = `${JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, key, payload: { bytes, crc32: checksum } })}\n${JSON.stringify(rows)}\n`;
  const temporary = join(dirname(location), `.${basename(location)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeAll(fd, Buffer.from(head));
      for (const entry of entries.values()) writeAll(fd, entry.findings);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, location);
  } catch {
    rmSync(temporary, { force: true }); // a cache that cannot be written only costs the next run time
  }
}

/** The entries of a cache file made with `key`, or none when it is missing, damaged, foreign or stale. */
function readEntries(location: string, key: string): Map<string, StoredEntry> {
  const entries = new Map<string, StoredEntry>();
  let buffer: Buffer;
  try {
    buffer = readFileSync(location);
  } catch {
    return entries;
  }
  const headEnd = buffer.indexOf(0x0a);
  const indexEnd = headEnd === -1 ? -1 : buffer.indexOf(0x0a, headEnd + 1);
  if (indexEnd === -1) return entries;
  let header: unknown;
  let rows: unknown;
  try {
    header = JSON.parse(buffer.toString('utf8', 0, headEnd));
    if (!isRecord(header) || header.format !== FORMAT || header.version !== FORMAT_VERSION || header.key !== key) return entries;
    rows = JSON.parse(buffer.toString('utf8', headEnd + 1, indexEnd));
  } catch {
    return entries;
  }
  const payload = buffer.subarray(indexEnd + 1);
  const expected = isRecord(header.payload) ? header.payload : {};
  if (expected.bytes !== payload.length || expected.crc32 !== crc32(payload) || !Array.isArray(rows)) return entries;

  let offset = 0;
  for (const row of rows) {
    if (!isIndexRow(row) || offset + row[7] > payload.length) return new Map();
    const [file, hash, stat, account, errors, warnings, checked, bytes, coverage] = row;
    const entry: StoredEntry = { hash, stat: stat ?? undefined, account, errors, warnings, checked: checked === 1, coverage: coverage ?? undefined, findings: payload.subarray(offset, offset + bytes) };
    entries.set(file, entry);
    offset += bytes;
  }
  return offset === payload.length ? entries : new Map();
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
