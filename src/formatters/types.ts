import type { ChalkInstance } from 'chalk';
import type { CheckReport } from '../check/check-one.js';
import type { RuleMeta } from '../rules/types.js';

export interface FormatterOptions {
  chalk: ChalkInstance;
  /** Metadata of every rule (for SARIF and other formats that describe rules). */
  rules: ReadonlyArray<RuleMeta<unknown>>;
  /** Critical roles in effect (for coverage views). */
  criticalRoles: readonly string[];
  asOf: string;
  /** Version of cro, for tool metadata. */
  version: string;
  /** Ids of the coverage rules in effect (not off), in registry order, for formats with a case per rule (JUnit); default, every rule of `rules`. */
  activeRules?: readonly string[];
  /** false for `--quiet` and `--no-coverage`: the stylish view leaves out its coverage tables (default true). */
  coverage?: boolean;
  /** `--max-warnings`, when given: JUnit adds a failing case when the warnings exceed it. */
  maxWarnings?: number;
  /** The folder the report's file names are relative to (formats that read a plan's lines again, rdjson); default, the process's. */
  cwd?: string;
}

/**
 * A check formatter: the whole report in, the whole document out (ends with a newline
 * unless empty) — as one string, or as pieces produced while they are written, so a large
 * report is never held twice in memory. A piece may be UTF-8 bytes (findings from the cache).
 */
export type Formatter<Output extends string | Iterable<string | Uint8Array> = string | Iterable<string | Uint8Array>> = (
  report: CheckReport,
  options: FormatterOptions,
) => Output;
