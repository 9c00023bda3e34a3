import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { WriteFailedError, writeFileSafely } from '../files/write.js';
import { messages } from '../i18n/messages.js';
import type { Finding } from '../plan/finding.js';
import { subjectOf } from '../plan/subject.js';
import { UsageError } from '../util/errors.js';
import { ReportWithFindings, summarize, type CheckReport, type CheckSummary, type FileReport } from './check-one.js';

/*
 * The baseline (SPEC §12): for adopting cro on a repository full of old gaps. A file of
 * the findings accepted on the day, counted by (file, rule, subject) — never by line or
 * message, so an edit that moves lines, or a day that changes a count in a message,
 * wakes none of them. A finding counts only if it is not in the baseline; those that are
 * are reported as "baselined: N".
 *
 *   { "version": 1, "findings": { "<file>": { "<rule>": { "<subject>": <count> } } } }
 *
 * Files are named relative to the baseline's own folder (so it holds whatever folder cro
 * runs from), with `/`; every level is sorted, and the file is written atomically
 * (files/write.ts), so its diffs review well. A subject's counter: `/2`, `/3`, given to a
 * second finding of one rule on one subject in file order (plan/subject.ts), is not part
 * of the key: the entry counts them instead, so the numbering moving does not matter.
 */

export const BASELINE_VERSION = 1;

/** file → rule → subject → count. */
export type BaselineCounts = Map<string, Map<string, Map<string, number>>>;

export interface Baseline {
  /** Absolute path of the file. */
  path: string;
  /** As the user named it, for messages. */
  shown: string;
  counts: BaselineCounts;
}

/** A finding's subject without the counter plan/subject.ts adds to tell alike findings apart. */
export function baselineSubject(finding: Finding): string {
  return subjectOf(finding).replace(/\/\d+$/, '');
}

export function readBaseline(path: string, shown: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(messages().adopt.unreadable({ file: shown, problem: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(messages().adopt.notABaseline({ file: shown }));
  }
  const counts: BaselineCounts = new Map();
  if (!isRecord(data) || data.version !== BASELINE_VERSION || !isRecord(data.findings)) throw new UsageError(messages().adopt.notABaseline({ file: shown }));
  for (const [file, rules] of Object.entries(data.findings)) {
    if (!isRecord(rules)) throw new UsageError(messages().adopt.notABaseline({ file: shown }));
    const byRule = new Map<string, Map<string, number>>();
    for (const [rule, subjects] of Object.entries(rules)) {
      if (!isRecord(subjects)) throw new UsageError(messages().adopt.notABaseline({ file: shown }));
      const bySubject = new Map<string, number>();
      for (const [subject, count] of Object.entries(subjects)) {
        if (!Number.isSafeInteger(count) || (count as number) < 1) throw new UsageError(messages().adopt.notABaseline({ file: shown }));
        bySubject.set(subject, count as number);
      }
      byRule.set(rule, bySubject);
    }
    counts.set(file, byRule);
  }
  return { path, shown, counts };
}

/** Where a report's file is in the baseline: relative to the baseline's folder, with `/`. */
export function baselineKey(file: string, cwd: string, baselinePath: string): string {
  return relative(dirname(baselinePath), resolve(cwd, file)).split('\\').join('/');
}

/** The findings of a run as baseline counts. */
export function countsOf(report: CheckReport, cwd: string, baselinePath: string): BaselineCounts {
  const counts: BaselineCounts = new Map();
  for (const file of report.files) {
    const findings = file.findings;
    if (findings.length === 0) continue;
    const byRule = new Map<string, Map<string, number>>();
    for (const finding of findings) {
      let bySubject = byRule.get(finding.rule);
      if (!bySubject) byRule.set(finding.rule, (bySubject = new Map()));
      const subject = baselineSubject(finding);
      bySubject.set(subject, (bySubject.get(subject) ?? 0) + 1);
    }
    counts.set(baselineKey(file.file, cwd, baselinePath), byRule);
  }
  return counts;
}

export interface Baselined {
  report: CheckReport;
  /** Findings the baseline accepted. */
  baselined: number;
  /** What of the baseline this run's files still have: the baseline pruned to them (files this run did not check are kept whole). */
  stillOccurring: BaselineCounts;
}

/**
 * The report with the findings the baseline accepts taken out: up to its count of each
 * (file, rule, subject), in file order; the counts and the summary follow. Files without
 * such findings are the same objects as before (the JSON report passes their bytes on).
 */
export function applyBaseline(report: CheckReport, baseline: Baseline, cwd: string): Baselined {
  let baselined = 0;
  const checked = new Set<string>();
  const still: BaselineCounts = new Map();
  const files = report.files.map((file) => {
    const key = baselineKey(file.file, cwd, baseline.path);
    checked.add(key);
    const accepted = baseline.counts.get(key);
    if (!accepted) return file;
    const left = new Map<string, Map<string, number>>();
    const kept: Finding[] = [];
    let taken = 0;
    for (const finding of file.findings) {
      const subject = baselineSubject(finding);
      const allowed = accepted.get(finding.rule)?.get(subject) ?? 0;
      let byRule = left.get(finding.rule);
      if (!byRule) left.set(finding.rule, (byRule = new Map()));
      const used = byRule.get(subject) ?? 0;
      if (used < allowed) {
        byRule.set(subject, used + 1);
        taken++;
      } else {
        kept.push(finding);
      }
    }
    for (const [rule, bySubject] of left) if (bySubject.size === 0) left.delete(rule);
    if (left.size > 0) still.set(key, left);
    baselined += taken;
    return taken === 0 ? file : new WithoutBaselined(file, kept);
  });
  // Entries of files this run did not check stay as they are: a run over some files prunes only those.
  for (const [key, byRule] of baseline.counts) if (!checked.has(key) && !still.has(key)) still.set(key, byRule);
  const summary: CheckSummary & { baselined?: number } = { ...summarize(files), baselined };
  return { report: { summary, files }, baselined, stillOccurring: still };
}

/** Merges a run's counts into a baseline's: this run's files anew, the others as they were. */
export function mergeCounts(old: BaselineCounts | undefined, fresh: BaselineCounts, checkedKeys: Iterable<string>): BaselineCounts {
  const out: BaselineCounts = new Map();
  const checked = new Set(checkedKeys);
  if (old) for (const [key, byRule] of old) if (!checked.has(key)) out.set(key, byRule);
  for (const [key, byRule] of fresh) out.set(key, byRule);
  return out;
}

export function total(counts: BaselineCounts): number {
  let n = 0;
  for (const byRule of counts.values()) for (const bySubject of byRule.values()) for (const count of bySubject.values()) n += count;
  return n;
}

/** The baseline file's text: every level sorted by code units, two-space indented, one entry a line. */
export function baselineText(counts: BaselineCounts): string {
  const sorted = (keys: Iterable<string>) => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const findings: Record<string, Record<string, Record<string, number>>> = {};
  for (const file of sorted(counts.keys())) {
    const byRule = counts.get(file)!;
    const rules: Record<string, Record<string, number>> = {};
    for (const rule of sorted(byRule.keys())) {
      const bySubject = byRule.get(rule)!;
      const subjects: Record<string, number> = {};
      for (const subject of sorted(bySubject.keys())) subjects[subject] = bySubject.get(subject)!;
      rules[rule] = subjects;
    }
    findings[file] = rules;
  }
  return `${JSON.stringify({ version: BASELINE_VERSION, findings }, null, 2)}\n`;
}

export async function writeBaseline(baseline: Pick<Baseline, 'path' | 'shown'>, counts: BaselineCounts): Promise<void> {
  try {
    await writeFileSafely(baseline.path, baselineText(counts), { shown: baseline.shown });
  } catch (error) {
    // A folder that does not exist, no permission, a full disk: the user's to fix, not a bug.
    if (error instanceof WriteFailedError) throw new UsageError(`${baseline.shown}: ${error.reason}`);
    throw error;
  }
}

/** A file's report without its baselined findings; everything else read through. */
class WithoutBaselined extends ReportWithFindings {
  constructor(
    all: FileReport,
    private readonly kept: Finding[],
  ) {
    let errors = 0;
    for (const finding of kept) if (finding.severity === 'error') errors++;
    super(all, { errors, warnings: kept.length - errors });
  }

  get findings(): Finding[] {
    return this.kept;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
