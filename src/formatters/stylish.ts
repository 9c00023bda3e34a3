import { plural } from '../text/words.js';
import type { FileReport } from '../check/check-one.js';
import type { Role } from '../plan/vocabulary.js';
import { roleCoverage, type RoleCoverage } from '../method/coverage.js';
import { oneLine } from '../text/terminal-text.js';
import { renderBoxTable } from './box-table.js';
import type { Formatter, FormatterOptions } from './types.js';

type Chalk = FormatterOptions['chalk'];

/**
 * The terminal view, after ESLint's: per file its findings with line:column, then (for a
 * plan that passed the schema) who covers each critical role, then one summary line.
 * Produced file by file, so a large run is written as it is formatted. Every text that
 * comes from a plan (file names, names, messages quoting its values) goes through
 * `oneLine`: cro's own colour codes are the only escape sequences this view writes.
 */
export const stylishPieces: Formatter<Generator<string>> = function* (report, options) {
  const { chalk } = options;
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const out: string[] = [];
    const account = file.account ? chalk.dim(`  ${oneLine(file.account)}`) : '';
    out.push(`${chalk.underline(oneLine(file.file))}${account}`);
    const positions = file.findings.map((f) => `${f.line}:${f.column}`);
    const width = Math.max(...positions.map((p) => p.length));
    file.findings.forEach((finding, i) => {
      const severity = finding.severity === 'error' ? chalk.red('error  ') : chalk.yellow('warning');
      out.push(`  ${chalk.dim(positions[i]!.padEnd(width))}  ${severity}  ${oneLine(finding.message)}  ${chalk.dim(oneLine(finding.rule))}`);
    });
    const table = coverageTable(file, options);
    if (table) out.push('', table);
    out.push('');
    yield `${out.join('\n')}\n`;
  }
  yield `${summaryLine(report.summary, chalk)}\n`;
};

export const formatStylish: Formatter<string> = (report, options) => [...stylishPieces(report, options)].join('');

/**
 * Critical roles × who covers them, their stance and backup, so the gap shows at a
 * glance. Gaps carry a ✖ as well as red, so the table reads the same without colour.
 */
export function coverageTable(file: FileReport, { chalk, criticalRoles, asOf }: FormatterOptions): string | null {
  const coverage = file.coverage ?? (file.plan ? roleCoverage(file.plan, criticalRoles as readonly Role[], asOf) : undefined);
  if (!coverage || criticalRoles.length === 0) return null;
  const head = ['critical role', 'covered by', 'stance', 'backup'].map((title) => chalk.bold(title));
  return renderBoxTable(
    head,
    coverage.map((role) => [role.role, ...coverageCells(role, chalk)]),
  )
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/** The covered-by, stance and backup cells of one role: one line per person (a name cannot add one). */
function coverageCells({ coveredBy, notCovering }: RoleCoverage, chalk: Chalk): [string, string, string] {
  const people: string[] = [];
  const stances: string[] = [];
  const backups: string[] = [];
  if (coveredBy.length === 0) {
    people.push(chalk.red('✖ nobody'));
    stances.push('');
    backups.push('');
    // Who holds the role but does not count, so the reader sees why.
    for (const { person, why } of notCovering) {
      people.push(chalk.dim(`  ${oneLine(person.name)}`));
      stances.push(chalk.dim(why.replace(/^is (an? )?/, '')));
      backups.push('');
    }
  }
  const single = coveredBy.length === 1;
  for (const { person, backup } of coveredBy) {
    people.push(oneLine(person.name));
    stances.push(person.stance === 'advocate' ? chalk.green('advocate') : 'supporter');
    if (backup.status === 'current') backups.push(oneLine(backup.person.name));
    else if (backup.status === 'left') backups.push(chalk.red(`✖ ${oneLine(backup.person.name)} (left ${backup.person.leftOn})`));
    else if (backup.status === 'detractor') backups.push(chalk.red(`✖ ${oneLine(backup.person.name)} (detractor)`));
    // A second person covering the role makes a backup optional.
    else backups.push(single ? chalk.red('✖ none') : chalk.dim('none'));
  }
  return [people.join('\n'), stances.join('\n'), backups.join('\n')];
}

function summaryLine(summary: { files: number; plans: number; errors: number; warnings: number }, chalk: Chalk): string {
  const problems = summary.errors + summary.warnings;
  const files = plural(summary.files, 'file');
  if (problems === 0) return chalk.green(`✔ no problems in ${files}`);
  const text = `✖ ${plural(problems, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}) in ${files}`;
  return chalk.bold(summary.errors > 0 ? chalk.red(text) : chalk.yellow(text));
}

