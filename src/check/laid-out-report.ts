import { SUPPRESSED_KEY, findingsText } from './findings-encoding.js';
import type { SuppressedFinding } from '../rules/suppression.js';
import type { Finding } from '../plan/finding.js';
import type { RoleCoverage } from '../method/coverage.js';
import type { SpoolSlice, Utf8Spool } from '../util/utf8-spool.js';
import type { FileReport } from './check-one.js';

export type ReportFields = Pick<FileReport, 'account' | 'errors' | 'warnings' | 'checked' | 'notAPlan' | 'derived'> & {
  /** The role coverage, or how to read it when asked (held in the spool, like the findings). */
  coverage?: RoleCoverage[] | (() => RoleCoverage[] | undefined) | undefined;
};

/**
 * A file's report whose findings are held as the UTF-8 bytes `--format json` writes for
 * them (findings-encoding.ts), and parsed back only if something reads `findings`.
 * The JSON report passes the bytes through, and `--cache` stores them as they are.
 *
 * Held as objects, 10,000 plans' findings are ~40 MB that every young-generation
 * collection of the run copies once more as it promotes them, and every full collection
 * marks: a sixth of a cold run. As bytes in a spool (util/utf8-spool.ts) they are none of
 * the collector's work, and take no memory.
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
  notAPlan: boolean | undefined;
  derived: unknown;
  #coverage: ReportFields['coverage'];
  #findingsJson: Uint8Array | (() => Uint8Array);

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
    this.notAPlan = fields.notAPlan;
    this.derived = fields.derived;
    this.#coverage = fields.coverage;
    this.#findingsJson = findingsJson;
  }

  /** Read once per file by the stylish view: parsed on each read, never kept. */
  get coverage(): RoleCoverage[] | undefined {
    const source = this.#coverage;
    return typeof source === 'function' ? source() : source;
  }

  get findingsJson(): Uint8Array {
    const source = this.#findingsJson;
    return typeof source === 'function' ? source() : source;
  }

  /**
   * Parsed from the bytes on every read but the repeated ones: formatters go file by file
   * and read a file's findings several times in a row, so the last file's are kept, and
   * only those. Kept on every report, 10,000 plans' findings would be back in memory.
   */
  get findings(): Finding[] {
    return this.#parsed().findings;
  }

  /** The findings a `cro-ignore` set aside, held after the others in the same bytes (findings-encoding.ts). */
  get suppressed(): SuppressedFinding[] | undefined {
    return this.#parsed().suppressed;
  }

  #parsed(): { findings: Finding[]; suppressed: SuppressedFinding[] | undefined } {
    if (lastParsed?.report === this) return lastParsed;
    const text = decode(this.findingsJson);
    const cut = text.indexOf(SUPPRESSED_KEY);
    const findings = JSON.parse(cut === -1 ? text : text.slice(0, cut)) as Finding[];
    const suppressed = cut === -1 ? undefined : (JSON.parse(text.slice(cut + SUPPRESSED_KEY.length)) as SuppressedFinding[]);
    lastParsed = { report: this, findings, suppressed };
    return lastParsed;
  }
}

function decode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

let lastParsed: { report: LaidOutFileReport; findings: Finding[]; suppressed: SuppressedFinding[] | undefined } | undefined;

/**
 * `report` with its findings laid out as JSON into `spool`; the plan, if any, is not kept.
 * Its `findingsJson` is then a view valid until the spool is next used (see Utf8Spool.read).
 */
export function layOutFindings(report: FileReport, spool: Utf8Spool): LaidOutFileReport {
  // One object literal and no intermediates: this runs once per file of every `cro check`.
  const slice = spool.write(findingsText(report.findings, report.suppressed));
  const coverage = report.coverage ? spooledCoverage(spool, JSON.stringify(report.coverage)) : undefined;
  const { account, errors, warnings, checked, notAPlan } = report;
  const derived = spoolDerived(report.derived, spool);
  return new LaidOutFileReport(report.file, { account, errors, warnings, checked, notAPlan, derived, coverage }, () => spool.read(slice));
}

/** A report's findings (and coverage) as the text they are laid out in: what a worker thread posts back instead of objects. */
export interface ReportTexts {
  findings: string;
  coverage?: string;
}

export function textsOf(report: FileReport): ReportTexts {
  const findings = findingsText(report.findings, report.suppressed);
  return report.coverage ? { findings, coverage: JSON.stringify(report.coverage) } : { findings };
}

export function fieldsOf(report: FileReport): Omit<ReportFields, 'coverage'> {
  const { account, errors, warnings, checked, notAPlan, derived } = report;
  return { account, errors, warnings, checked, notAPlan, derived };
}

/** A report posted by a worker, from its fields and texts, the texts laid out into `spool`. */
export function layOutText(file: string, fields: Omit<ReportFields, 'coverage'>, texts: ReportTexts, spool: Utf8Spool): LaidOutFileReport {
  const slice = spool.write(texts.findings);
  const coverage = texts.coverage === undefined ? undefined : spooledCoverage(spool, texts.coverage);
  const { account, errors, warnings, checked, notAPlan } = fields;
  const derived = spoolDerived(fields.derived, spool);
  return new LaidOutFileReport(file, { account, errors, warnings, checked, notAPlan, derived, coverage }, () => spool.read(slice));
}

/**
 * The stylish view's coverage, held in the spool and parsed when read: it holds each person
 * as in the plan, and kept as objects for 10,000 plans it was ~100 MB, and most of the
 * run's garbage collection.
 */
function spooledCoverage(spool: Utf8Spool, text: string): () => RoleCoverage[] {
  const slice = spool.write(text);
  return () => JSON.parse(decode(spool.read(slice))) as RoleCoverage[];
}

/**
 * What a command derived of a file may carry texts to hold in the spool, not in memory
 * (the JSON report's accounts): strings under `spooled`, replaced here by their slices.
 */
export interface SpooledTexts {
  spooled: Record<string, string | SpoolSlice>;
}

function spoolDerived(derived: unknown, spool: Utf8Spool): unknown {
  const texts = (derived as Partial<SpooledTexts> | null | undefined)?.spooled;
  if (typeof texts !== 'object' || texts === null) return derived;
  const slices: Record<string, string | SpoolSlice> = {};
  for (const key in texts) {
    const text = texts[key]!;
    slices[key] = typeof text === 'string' ? spool.write(text) : text;
  }
  return { ...(derived as object), spooled: slices };
}
