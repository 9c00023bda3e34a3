import { readPlanBytes, type ReadOutcome } from '../files/read.js';
import type { PlanFileRef } from '../files/discover.js';
import { roleCoverage } from '../method/coverage.js';
import type { Utf8Spool } from '../util/utf8-spool.js';
import { findingsText } from './findings-encoding.js';
import { layOutFindings } from './laid-out-report.js';
import { checkFile, checkOne, detachStrings, type FileReport } from './check-one.js';
import { activeRulesOf, type CheckSettings } from './settings.js';
import type { Derive } from './derive.js';

export interface CheckedFile {
  /** null: a YAML file that is not a plan (skipped). */
  report: FileReport | null;
  /** sha1 of the bytes checked, when asked for (the cache key of the file). */
  hash?: string;
}

export interface BatchOptions {
  /** Hash each file's bytes (the cache key of a file). */
  hashContent?: boolean;
  onFileDone?: () => void;
  /** A file's bytes by its position in `refs`, from the read-ahead thread; without it, files are read here. */
  take?: (position: number) => ReadOutcome | Promise<ReadOutcome>;
  /** Hold each report's findings as the bytes of `--format json`, laid out into this spool (see laid-out-report.ts). */
  layOutInto?: Utf8Spool;
  /** What the command asks of each file besides its findings (see derive.ts), computed before the plan is dropped. */
  derive?: Derive;
  /** The reports are posted to another thread (from a worker), which copies them. */
  posted?: boolean;
}

/**
 * Checks files in order in this thread; the unit of work of both the main thread and the
 * workers. Asynchronous to wait for a file that the read-ahead thread has not delivered yet.
 */
export async function checkBatch(refs: readonly PlanFileRef[], settings: CheckSettings, options: BatchOptions = {}): Promise<CheckedFile[]> {
  const { hashContent = false, onFileDone, take, layOutInto, derive, posted = false } = options;
  const rules = activeRulesOf(settings);
  const out: CheckedFile[] = [];
  for (let position = 0; position < refs.length; position++) {
    const ref = refs[position]!;
    let hash: string | undefined;
    const taken = take ? await take(position) : undefined;
    const read = (file: string) => {
      const outcome = taken ?? readPlanBytes(file);
      if (hashContent) hash = outcome.ok ? contentHash(outcome.bytes) : `unreadable:${outcome.message}`;
      return outcome;
    };
    // What is derived is detached from the plan's text after any of it has moved to the spool: copying that first would be wasted.
    let report = checkOne(ref, read(ref.absolute), settings, rules, derive, { detach: !posted && !layOutInto });
    if (report && layOutInto) {
      report = layOutFindings(report, layOutInto);
      if (!posted) report.derived = detachStrings(report.derived);
    }
    out.push(hash === undefined ? { report } : { report, hash });
    onFileDone?.();
  }
  return out;
}

/**
 * A plan checked afresh, for a file whose stored findings the cache cannot vouch for (see
 * cache.ts): its findings as the bytes `--format json` writes for them, its coverage, and the hash of the
 * bytes read. Checked as if named on the command line: the cache hands out the entry of a
 * file that is not a plan only to a run that names it (see driver.ts).
 */
export function checkFindingsAfresh(file: string, settings: CheckSettings): { findingsJson: Uint8Array; coverageJson: Uint8Array | undefined; hash: string } {
  let hash = '';
  const read = (path: string) => {
    const outcome = readPlanBytes(path);
    hash = outcome.ok ? contentHash(outcome.bytes) : `unreadable:${outcome.message}`;
    return outcome;
  };
  const report = checkFile({ absolute: file, display: file, explicit: true }, activeRulesOf(settings), settings.context, read, settings.fast);
  const coverage = report?.plan && roleCoverage(report.plan, settings.context.criticalRoles, settings.context.asOf);
  return { findingsJson: Buffer.from(findingsText(report?.findings ?? [], report?.suppressed)), coverageJson: coverage ? Buffer.from(JSON.stringify(coverage)) : undefined, hash };
}

export function contentHash(bytes: Uint8Array): string {
  // Only --cache hashes; loading node:crypto on demand keeps it off every other run's start-up.
  const { createHash } = process.getBuiltinModule('node:crypto') as typeof import('node:crypto');
  return createHash('sha1').update(bytes).digest('hex');
}
