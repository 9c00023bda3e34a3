export type Severity = 'error' | 'warning';

/** A path into the plan data: keys and array indexes, as zod reports them. */
export type PlanPath = ReadonlyArray<string | number>;

/** One problem in one file, as every formatter receives it (SPEC §4). */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** `stakeholders[2].backup`; empty for the whole file. */
  path: string;
  /**
   * What the finding is about, stable across days, line moves and unrelated edits
   * (`role:procurement`, `stakeholder:maria`; SPEC §4): fingerprints, diffs and
   * baselines key on it, never on the message or the line. `(file, rule, subject)` is
   * unique in a report. Rules always give one; a loader's finding (schema, yaml-syntax)
   * gets its own when the file's findings are put together (plan/subject.ts).
   */
  subject?: string;
}

export function formatPath(path: PlanPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/**
 * Findings in file order: by line, column, then rule id (SPEC §10), so the findings at
 * one node read rule by rule, whatever their severity. One rule's findings at one node
 * keep the order the rule gave them (sorting is stable): critical roles in the order of
 * `criticalRoles`, team functions in the order the rule asks for them — never an order
 * that moves with the day counts in their messages. Rule ids are compared as code units:
 * the same order on every machine (localeCompare follows the locale of the environment,
 * and its first call costs ~10 ms of ICU set-up on every run).
 */
export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || byCodeUnits(a.rule, b.rule);
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
