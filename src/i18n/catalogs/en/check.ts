/*
 * The check area of the English catalog (see ./index.ts for the conventions): what
 * `cro check` writes around the findings in each format. A count is given as a number
 * (the language chooses its noun by it and writes it its own way: English as plain
 * digits, as cro always has); a date, a rule id or a name arrives ready to print.
 */

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const check = {
  /** The terminal view (stylish). */
  stylish: {
    severity: { error: 'error', warning: 'warning' },
    /** The coverage table's columns (objects, not arrays, so that CRO_I18N_MARK marks each). */
    coverageHead: { role: 'critical role', coveredBy: 'covered by', stance: 'stance', backup: 'backup' },
    nobody: 'nobody',
    /** Why someone who holds a role does not cover it, in the stance column. */
    notCovering: {
      left: ({ date }: { date: string }) => `left on ${date}`,
      newBuy: 'in Group 2 (new-buy)',
      unknownStance: 'has an unknown stance',
    },
    backupLeft: ({ name, date }: { name: string; date: string }) => `${name} (left ${date})`,
    backupDetractor: ({ name }: { name: string }) => `${name} (detractor)`,
    noBackup: 'none',
    noProblems: ({ files }: { files: number }) => `no problems in ${count(files, 'file')}`,
    problems: ({ errors, warnings, files }: { errors: number; warnings: number; files: number }) =>
      `${count(errors + warnings, 'problem')} (${count(errors, 'error')}, ${count(warnings, 'warning')}) in ${count(files, 'file')}`,
  },
  /** The pull-request comment (markdown). */
  markdown: {
    footer: ({ version, asOf }: { version: string; asOf: string }) => `cro ${version}, as of ${asOf}`,
    noPlansHeading: 'cro check: no plans found',
    noPlans: 'No plans found; run `cro init` to create one.',
    clean: ({ files }: { files: number }) => `cro check: no problems in ${count(files, 'file')}`,
    verdict: ({ errors, warnings, affected, files }: { errors: number; warnings: number; affected: number; files: number }) => {
      const counts = [errors > 0 && count(errors, 'error'), warnings > 0 && count(warnings, 'warning')].filter(Boolean).join(' and ');
      return `cro check: ${counts} in ${affected} of ${count(files, 'file')}`;
    },
    severity: { error: 'error', warning: 'warning' },
    head: { line: 'Line', severity: 'Severity', rule: 'Rule', message: 'Message' },
    cleanFiles: ({ count: files }: { count: number }) => `${count(files, 'file')} without problems.`,
    hiddenWarnings: ({ count: warnings }: { count: number }) => `${count(warnings, 'warning')} not shown (\`--quiet\`).`,
  },
  /** GitHub Actions annotations. */
  github: {
    leftOut: ({ errors, warnings, limit }: { errors: number; warnings: number; limit: number }) => {
      const counts = [
        errors > 0 ? `${errors} more ${errors === 1 ? 'error' : 'errors'}` : '',
        warnings > 0 ? `${warnings} more ${warnings === 1 ? 'warning' : 'warnings'}` : '',
      ].filter(Boolean);
      return `${counts.join(' and ')} not shown as annotations (GitHub shows ${limit} of each per step); the job summary has the full report, or run \`cro check\` locally`;
    },
  },
  /** JUnit XML. */
  junit: {
    errors: ({ count: errors, first }: { count: number; first: string }) => `${errors} errors; the first: ${first}`,
    warning: ({ detail }: { detail: string }) => `warning: ${detail}`,
    at: ({ path }: { path: string }) => `at ${path}`,
    maxWarnings: ({ warnings, limit }: { warnings: number; limit: number }) => `${warnings} warnings exceed --max-warnings ${limit}`,
  },
  /** SARIF: the headings of a rule's examples in its help. */
  sarif: {
    failing: 'Failing:',
    passing: 'Passing:',
  },
  /** The progress line on a terminal; the counts arrive written as the language writes them. */
  progress: ({ done, total }: { done: string; total: string }) => `checking ${done}/${total} files`,
};
