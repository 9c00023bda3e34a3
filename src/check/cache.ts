import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FileReport } from './run.js';
import type { CheckSettings } from './settings.js';

/*
 * `--cache`, like ESLint's: a file whose bytes are unchanged keeps its findings. Every
 * entry hangs off one key made of everything else that decides findings — the cro
 * version, the rules with their options, the critical roles, the horizon and --as-of —
 * so changing any of them starts afresh. A cache that is corrupt, foreign or from
 * another key is ignored and rewritten, never trusted.
 */

const FORMAT = 'cro-check-cache';
const FORMAT_VERSION = 2;

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

/** The stat fingerprint of a file, or undefined when it cannot be read. */
export function statKey(file: string): string | undefined {
  try {
    const stats = statSync(file);
    return `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
  } catch {
    return undefined;
  }
}

export function cacheKey(settings: CheckSettings, version: string): string {
  return createHash('sha1')
    .update(JSON.stringify({ version, rules: settings.rules, context: settings.context, withCoverage: settings.withCoverage }))
    .digest('hex');
}

export function openCache(location: string, key: string): CheckCache {
  const entries = new Map<string, CacheEntry>(readEntries(location, key));
  const fresh = new Map<string, CacheEntry>();
  let changed = false;
  return {
    lookup(file, stat) {
      const entry = entries.get(file);
      if (!entry || entry.stat !== stat) return undefined;
      fresh.set(file, entry);
      return entry;
    },
    get(file, hash) {
      const entry = entries.get(file);
      if (!entry || entry.hash !== hash) return undefined;
      fresh.set(file, entry);
      return entry.report;
    },
    set(file, hash, report, stat) {
      const previous = entries.get(file);
      if (previous?.hash !== hash || previous.stat !== stat) changed = true;
      fresh.set(file, stat === undefined ? { hash, report } : { hash, stat, report });
    },
    save() {
      // A run that changed nothing leaves the file alone: rewriting it is most of a warm run's cost.
      if (!changed && fresh.size === entries.size) return;
      // Only the files of this run are kept, so deleted plans do not pile up.
      const document = { format: FORMAT, version: FORMAT_VERSION, key, entries: Object.fromEntries(fresh) };
      const temporary = join(dirname(location), `.${basename(location)}.${process.pid}.tmp`);
      try {
        writeFileSync(temporary, asciiJson(document), 'latin1');
        renameSync(temporary, location);
      } catch {
        rmSync(temporary, { force: true }); // a cache that cannot be written only costs the next run time
      }
    },
  };
}

/**
 * JSON with every non-ASCII character escaped (\\u00e7 for ç): names in findings make a cache
 * mostly text, and decoding megabytes of UTF-8 was a third of a warm run.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function readEntries(location: string, key: string): Array<[string, CacheEntry]> {
  let document: unknown;
  try {
    // Written as ASCII (see asciiJson): read as one byte per character, skipping UTF-8 decoding.
    document = JSON.parse(readFileSync(location, 'latin1'));
  } catch {
    return [];
  }
  if (!isRecord(document) || document.format !== FORMAT || document.version !== FORMAT_VERSION || document.key !== key) return [];
  if (!isRecord(document.entries)) return [];
  return Object.entries(document.entries).filter((entry): entry is [string, CacheEntry] => isEntry(entry[1]));
}

function isEntry(value: unknown): value is CacheEntry {
  if (!isRecord(value) || typeof value.hash !== 'string' || !isRecord(value.report)) return false;
  if (value.stat !== undefined && typeof value.stat !== 'string') return false;
  const report = value.report;
  return (
    typeof report.file === 'string' &&
    (report.account === null || typeof report.account === 'string') &&
    typeof report.errors === 'number' &&
    typeof report.warnings === 'number' &&
    typeof report.checked === 'boolean' &&
    Array.isArray(report.findings) &&
    report.findings.every(isFinding)
  );
}

function isFinding(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.rule === 'string' &&
    (value.severity === 'error' || value.severity === 'warning') &&
    typeof value.message === 'string' &&
    Number.isInteger(value.line) &&
    Number.isInteger(value.column) &&
    typeof value.path === 'string'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
