import { readPlanBytes, type ReadOutcome } from '../files/read.js';
import type { PlanFileRef } from '../files/discover.js';
import { compareFindings, type Finding } from '../plan/finding.js';
import { loadPlan } from '../plan/load.js';
import type { Plan } from '../plan/schema.js';
import { assignSubjects } from '../plan/subject.js';
import type { RoleCoverage } from '../rules/coverage.js';
import { runRules, type ActiveRule, type RunContext } from '../rules/engine.js';

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

export function checkFile(
  ref: PlanFileRef,
  rules: readonly ActiveRule[],
  context: RunContext,
  read: (file: string) => ReadOutcome = readPlanBytes,
  fast = true,
): FileReport | null {
  const outcome = read(ref.absolute);
  if (!outcome.ok) {
    return fileReport(ref.display, null, assignSubjects([
      { rule: 'yaml-syntax', severity: 'error', message: outcome.message, line: 1, column: 1, path: '' },
    ]));
  }
  const loaded = loadPlan(outcome.bytes, { explicit: ref.explicit, fast });
  if (loaded === null) return null;
  // The loader's findings (schema, yaml-syntax) get their subjects from where they are;
  // the rules' come with theirs (runRules), and no rule shares an id with the loader's.
  const findings = loaded.findings.length === 0 ? [] : assignSubjects([...loaded.findings]);
  if (loaded.plan) findings.push(...runRules(loaded.plan, rules, context, loaded.locate));
  findings.sort(compareFindings);
  const report = fileReport(ref.display, detach(loaded.account), findings, loaded.plan);
  if (loaded.notAPlan) report.notAPlan = true;
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
 * A report listing only a file's errors, filtered when read: the findings of a large run
 * are held as bytes (see check/laid-out-report.ts), and filtering them all at once would
 * bring every one back into memory. No `findingsJson`: those bytes hold the warnings too.
 */
class ErrorsOnly implements FileReport {
  readonly file: string;
  readonly account: string | null;
  readonly errors: number;
  readonly warnings: number;
  readonly checked: boolean;
  readonly notAPlan: boolean | undefined;
  readonly derived: unknown;

  constructor(private readonly all: FileReport) {
    this.file = all.file;
    this.account = all.account;
    this.errors = all.errors;
    this.warnings = all.warnings;
    this.checked = all.checked;
    this.notAPlan = all.notAPlan;
    this.derived = all.derived;
  }

  get coverage(): RoleCoverage[] | undefined {
    return this.all.coverage;
  }

  get findings(): Finding[] {
    return this.all.findings.filter((f) => f.severity === 'error');
  }
}
