import { readPlanBytes, type ReadOutcome } from '../files/read.js';
import type { PlanFileRef } from '../files/discover.js';
import { roleCoverage } from '../rules/coverage.js';
import type { Utf8Spool } from '../util/utf8-spool.js';
import { findingsText } from '../formatters/json-layout.js';
import { layOutFindings } from './laid-out-report.js';
import { checkFile, type FileReport } from './run.js';
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
}

/**
 * Checks files in order in this thread; the unit of work of both the main thread and the
 * workers. Asynchronous to wait for a file that the read-ahead thread has not delivered yet.
 */
export async function checkBatch(refs: readonly PlanFileRef[], settings: CheckSettings, options: BatchOptions = {}): Promise<CheckedFile[]> {
  const { hashContent = false, onFileDone, take, layOutInto, derive } = options;
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
    let report = checkOne(ref, read(ref.absolute), settings, rules, derive);
    if (report && layOutInto) report = layOutFindings(report, layOutInto);
    out.push(hash === undefined ? { report } : { report, hash });
    onFileDone?.();
  }
  return out;
}

/**
 * The check of one file, the core every command runs: the file's bytes (or why they could
 * not be read) and the settings in, its report out. With `derive`, the report carries what
 * that asks of the plan and the findings instead of the findings (the counts stay).
 * No I/O. Null for YAML that is not a plan, found by a folder scan (skipped).
 */
export function checkOne(ref: PlanFileRef, outcome: ReadOutcome, settings: CheckSettings, rules = activeRulesOf(settings), derive?: Derive): FileReport | null {
  const report = checkFile(ref, rules, settings.context, () => outcome, settings.fast);
  if (!report) return null;
  if (derive) {
    report.derived = detachStrings(derive(report));
    // What was derived is all the command keeps of the file besides its counts.
    report.findings = [];
  }
  if (report.plan) {
    // Plans are dropped as soon as they are checked: 10,000 of them would not fit the memory budget.
    if (settings.withCoverage) report.coverage = roleCoverage(report.plan, settings.context.criticalRoles, settings.context.asOf);
    delete report.plan;
  }
  return report;
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
  return { findingsJson: Buffer.from(findingsText(report?.findings ?? [])), coverageJson: coverage ? Buffer.from(JSON.stringify(coverage)) : undefined, hash };
}

/**
 * `value` with every long string in it copied, in place. V8 keeps a string cut from a
 * longer one (an account or a person's name, cut from the plan's text) as a view into it:
 * kept until the end of a run, each such name held its whole plan, ~50 MB for 10,000
 * accounts. Strings shorter than V8's shortest view (13 characters) are copies already.
 * Cheaper than structuredClone, which copied every object as well (a sixth of a report).
 */
function detachStrings<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = detachStrings(value[i]);
  } else if (typeof value === 'object' && value !== null) {
    // for…in, not Object.keys: no array made per object (this runs over every object of every account).
    const record = value as Record<string, unknown>;
    for (const key in record) record[key] = detachStrings(record[key]);
  } else if (typeof value === 'string' && value.length >= 13) {
    return (` ${value}`).slice(1) as T;
  }
  return value;
}

export function contentHash(bytes: Uint8Array): string {
  // Only --cache hashes; loading node:crypto on demand keeps it off every other run's start-up.
  const { createHash } = process.getBuiltinModule('node:crypto') as typeof import('node:crypto');
  return createHash('sha1').update(bytes).digest('hex');
}
