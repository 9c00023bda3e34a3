import { readPlanBytes, type ReadOutcome } from '../files/read.js';
import type { PlanFileRef } from '../files/discover.js';
import { compareFindings, type Finding } from '../plan/finding.js';
import { loadPlan } from '../plan/load.js';
import type { Plan } from '../plan/schema.js';
import { assignSubjects } from '../plan/subject.js';
import { roleCoverage, type RoleCoverage } from '../method/coverage.js';
import type { Derive } from './derive.js';
import { activeRulesOf, type CheckSettings } from './settings.js';
import { runRules, type ActiveRule, type RunContext } from '../rules/engine.js';
import { suppressIn } from './suppress.js';
import type { SuppressedFinding } from '../rules/suppression.js';
import type { SuppressionComment } from '../plan/suppression-comments.js';
import type { Locator } from '../plan/locate.js';
import { isSelected, type PlanSelection } from './selection.js';

export interface FileReport {
  /** Relative to cwd, `/` separators (SPEC §4). */
  file: string;
  account: string | null;
  findings: Finding[];
  errors: number;
  warnings: number;
  /** True when the file passed the schema, so the coverage rules ran on it. */
  checked: boolean;
  /** Valid YAML but not a plan, reported only because it was named on the command line (a folder scan skips it). */
  notAPlan?: boolean;
  /** The validated plan, for views that need more than findings (cro report). */
  plan?: Plan;
  /** Who covers each critical role: all the stylish view needs of a plan, kept instead of it on large runs. */
  coverage?: RoleCoverage[];
  /** `findings` as UTF-8 in the layout of `--format json`, when they are held so (see check/laid-out-report.ts). */
  findingsJson?: Uint8Array;
  /** What the command asked of this file besides its findings, computed while the plan was at hand (see check/derive.ts). */
  derived?: unknown;
  /** Findings a `# cro-ignore` comment set aside (SPEC §12): not in `findings`, not counted; absent when none. */
  suppressed?: SuppressedFinding[];
  /** Lines of the plan's nodes, while the plan is at hand (dropped with it). */
  locate?: Locator;
  /** The plan's `# cro-ignore` comments, while the plan is at hand (dropped with it): the agenda dates their `until`. */
  suppressionComments?: SuppressionComment[];
}

export interface CheckSummary {
  /** Files reported: plans, and YAML files that could not be read as one. */
  files: number;
  /** Files that passed the schema, so the coverage rules ran on them. */
  plans: number;
  errors: number;
  warnings: number;
}

export interface CheckReport {
  summary: CheckSummary;
  files: FileReport[];
}

export interface CheckOptions {
  rules: readonly ActiveRule[];
  context: RunContext;
  read?: (file: string) => ReadOutcome;
  /** Use the fast parser where it agrees with the reference (default true; tests compare both). */
  fast?: boolean;
}

/** Checks each file independently: a broken file becomes findings, never stops the others. */
export function checkFiles(refs: readonly PlanFileRef[], { rules, context, read = readPlanBytes, fast = true }: CheckOptions): CheckReport {
  const files: FileReport[] = [];
  for (const ref of refs) {
    const report = checkFile(ref, rules, context, read, fast);
    if (report) files.push(report);
  }
  return { files, summary: summarize(files) };
}

/**
 * The check of one file, the core every command runs: the file's bytes (or why they could
 * not be read) and the settings in, its report out. With `derive`, the report carries what
 * that asks of the plan and the findings instead of the findings (the counts stay).
 * No I/O. Null for YAML that is not a plan, found by a folder scan (skipped).
 */
export function checkOne(
  ref: PlanFileRef,
  outcome: ReadOutcome,
  settings: CheckSettings,
  rules = activeRulesOf(settings),
  derive?: Derive,
  { detach = true }: { detach?: boolean } = {},
): FileReport | null {
  const report = checkFile(ref, rules, settings.context, () => outcome, settings.fast, settings.select);
  if (!report) return null;
  if (derive) {
    // Unless the caller detaches them later, or posts them to another thread, which copies every string.
    report.derived = detach ? detachStrings(derive(report)) : derive(report);
    // What was derived is all the command keeps of the file besides its counts.
    report.findings = [];
  }
  if (report.plan) {
    // Plans are dropped as soon as they are checked: 10,000 of them would not fit the memory budget.
    if (settings.withCoverage) report.coverage = roleCoverage(report.plan, settings.context.criticalRoles, settings.context.asOf);
    delete report.plan;
  }
  delete report.locate;
  delete report.suppressionComments;
  return report;
}

export function checkFile(
  ref: PlanFileRef,
  rules: readonly ActiveRule[],
  context: RunContext,
  read: (file: string) => ReadOutcome = readPlanBytes,
  fast = true,
  select?: PlanSelection,
): FileReport | null {
  const outcome = read(ref.absolute);
  // A file that cannot be read says nothing of its owner or segment: not chosen.
  if (!outcome.ok && select) return null;
  if (!outcome.ok) {
    return fileReport(ref.display, null, assignSubjects([
      { rule: 'yaml-syntax', severity: 'error', message: outcome.message, line: 1, column: 1, path: '' },
    ]));
  }
  const loaded = loadPlan(outcome.bytes, { explicit: ref.explicit, fast });
  if (loaded === null) return null;
  // Plans the run does not choose are dropped before their rules run.
  if (select && !isSelected(select, loaded.plan?.account ?? loaded.accountData)) return null;
  // The loader's findings (schema, yaml-syntax) get their subjects from where they are;
  // the rules' come with theirs (runRules), and no rule shares an id with the loader's.
  const findings = loaded.findings.length === 0 ? [] : assignSubjects([...loaded.findings]);
  if (loaded.plan) findings.push(...runRules(loaded.plan, rules, context, loaded.locate));
  findings.sort(compareFindings);
  // `# cro-ignore` comments: looked for only in a plan whose bytes name them.
  const { kept, suppressed, comments } = suppressIn(outcome.bytes, findings, rules, context, loaded.plan !== undefined);
  const report = fileReport(ref.display, detach(loaded.account), kept, loaded.plan);
  if (suppressed.length > 0) report.suppressed = suppressed;
  if (loaded.notAPlan) report.notAPlan = true;
  if (loaded.plan) report.locate = loaded.locate;
  if (loaded.plan && comments.length > 0) report.suppressionComments = comments;
  return report;
}

/**
 * A copy of a short string cut from a file's text. V8 represents such cuts as views into
 * the whole text, so keeping the account name would keep every plan's text in memory.
 */
function detach(text: string | null): string | null {
  return text === null ? null : (` ${text}`).slice(1);
}

function fileReport(file: string, account: string | null, findings: Finding[], plan?: Plan): FileReport {
  let errors = 0;
  for (const finding of findings) if (finding.severity === 'error') errors++;
  const report: FileReport = { file, account, findings, errors, warnings: findings.length - errors, checked: plan !== undefined };
  if (plan) report.plan = plan;
  return report;
}

export function summarize(files: readonly FileReport[]): CheckSummary {
  const summary: CheckSummary = { files: files.length, plans: 0, errors: 0, warnings: 0 };
  for (const file of files) {
    if (file.checked) summary.plans++;
    summary.errors += file.errors;
    summary.warnings += file.warnings;
  }
  return summary;
}

/** `--quiet`: warnings leave the listing but stay in the counts (they still count for --max-warnings). */
export function withoutWarnings(report: CheckReport): CheckReport {
  return { summary: report.summary, files: report.files.map((file) => new ErrorsOnly(file)) };
}

/**
 * A file's report read with other findings than its own (some of them), everything else
 * read through: `--quiet`'s errors only, a baseline's findings not yet accepted
 * (baseline.ts). Counted for what it lists.
 */
export abstract class ReportWithFindings implements FileReport {
  readonly file: string;
  readonly account: string | null;
  readonly errors: number;
  readonly warnings: number;
  readonly checked: boolean;
  readonly notAPlan: boolean | undefined;
  readonly derived: unknown;

  protected constructor(
    protected readonly all: FileReport,
    counts: { errors: number; warnings: number },
  ) {
    this.file = all.file;
    this.account = all.account;
    this.errors = counts.errors;
    this.warnings = counts.warnings;
    this.checked = all.checked;
    this.notAPlan = all.notAPlan;
    this.derived = all.derived;
  }

  abstract get findings(): Finding[];

  get coverage(): RoleCoverage[] | undefined {
    return this.all.coverage;
  }

  get suppressed(): SuppressedFinding[] | undefined {
    return this.all.suppressed;
  }
}

/**
 * A report listing only a file's errors, filtered when read: the findings of a large run
 * are held as bytes (see check/laid-out-report.ts), and filtering them all at once would
 * bring every one back into memory. No `findingsJson`: those bytes hold the warnings too.
 */
class ErrorsOnly extends ReportWithFindings {
  constructor(all: FileReport) {
    // The counts stay the file's own: the warnings still count for --max-warnings.
    super(all, all);
  }

  get findings(): Finding[] {
    return this.all.findings.filter((f) => f.severity === 'error');
  }
}

/**
 * `value` with every long string in it copied, in place. V8 keeps a string cut from a
 * longer one (an account or a person's name, cut from the plan's text) as a view into it:
 * kept until the end of a run, each such name held its whole plan, ~50 MB for 10,000
 * accounts. Strings shorter than V8's shortest view (13 characters) are copies already.
 * Cheaper than structuredClone, which copied every object as well (a sixth of a report).
 */
export function detachStrings<T>(value: T): T {
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
