import { findingsText } from '../formatters/json-layout.js';
import type { Finding } from '../plan/finding.js';
import type { RoleCoverage } from '../rules/coverage.js';
import type { Utf8Arena } from '../util/utf8-arena.js';
import type { FileReport } from './run.js';

export type ReportFields = Pick<FileReport, 'account' | 'errors' | 'warnings' | 'checked' | 'coverage'>;

/**
 * A file's report whose findings are held as the UTF-8 bytes `--format json` writes for
 * them (formatters/json-layout.ts), and parsed back only if something reads `findings`.
 * The JSON report passes the bytes through, and `--cache` stores them as they are.
 *
 * Held as objects, 10,000 plans' findings are ~40 MB that every young-generation
 * collection of the run copies once more as it promotes them, and every full collection
 * marks: a sixth of a cold run. As bytes they are none of the collector's work.
 *
 * A class, not per-object accessors: 10,000 objects with their own getters were slow to
 * build and to collect.
 */
export class LaidOutFileReport implements FileReport {
  file: string;
  account: string | null;
  errors: number;
  warnings: number;
  checked: boolean;
  coverage?: RoleCoverage[];
  #findingsJson: Uint8Array | (() => Uint8Array);
  #findings: Finding[] | undefined;

  /**
   * @param findingsJson the bytes, or how to read them when asked (the cache reads them
   *   from its file; see check/cache.ts for how long such bytes stay valid).
   */
  constructor(file: string, fields: ReportFields, findingsJson: Uint8Array | (() => Uint8Array)) {
    this.file = file;
    this.account = fields.account;
    this.errors = fields.errors;
    this.warnings = fields.warnings;
    this.checked = fields.checked;
    if (fields.coverage) this.coverage = fields.coverage;
    this.#findingsJson = findingsJson;
  }

  get findingsJson(): Uint8Array {
    const source = this.#findingsJson;
    return typeof source === 'function' ? source() : source;
  }

  get findings(): Finding[] {
    if (!this.#findings) {
      const json = this.findingsJson;
      this.#findings = JSON.parse(Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8')) as Finding[];
    }
    return this.#findings;
  }

  set findings(value: Finding[]) {
    this.#findings = value;
  }
}

/** `report` with its findings laid out as JSON into `arena`; the plan, if any, is not kept. */
export function layOutFindings(report: FileReport, arena: Utf8Arena): LaidOutFileReport {
  return new LaidOutFileReport(report.file, report, arena.encode(findingsText(report.findings)));
}
