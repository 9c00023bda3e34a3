import type { FileReport } from '../check/check-one.js';
import type { Stakeholder } from '../plan/schema.js';
import type { Role } from '../plan/vocabulary.js';
import { roleCoverage, type RoleCoverage } from '../method/coverage.js';
import { hasLeft } from '../method/people.js';
import { messages } from '../i18n/messages.js';
import { displayWidth } from '../text/display-width.js';
import { oneLine } from '../text/terminal-text.js';
import { renderBoxTable } from './box-table.js';
import type { Formatter, FormatterOptions } from './types.js';
import { compareFindings } from '../plan/finding.js';

type Chalk = FormatterOptions['chalk'];

/** The rule whose findings the coverage table explains. */
const COVERAGE_RULE = 'critical-roles';

/**
 * The terminal view, after ESLint's: per file its findings with line:column, then (for a
 * plan that passed the schema) who covers each critical role, then one summary line.
 * Produced file by file, so a large run is written as it is formatted. Every text that
 * comes from a plan (file names, names, messages quoting its values) goes through
 * `oneLine`: cro's own colour codes are the only escape sequences this view writes.
 */
export const stylishPieces: Formatter<Generator<string>> = function* (report, options) {
  const { chalk } = options;
  const severity = severityLabels(chalk);
  // The coverage table is the `critical-roles` rule's: off with it, and with --quiet or --no-coverage (SPEC §10).
  const withTables = options.coverage !== false && (options.activeRules ?? [COVERAGE_RULE]).includes(COVERAGE_RULE);
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const out: string[] = [];
    const account = file.account ? chalk.dim(`  ${oneLine(file.account)}`) : '';
    out.push(`${chalk.underline(oneLine(file.file))}${account}`);
    // By line, column, then rule, whichever way the findings came (a cache, a spool).
    const findings = [...file.findings].sort(compareFindings);
    const positions = findings.map((f) => `${f.line}:${f.column}`);
    const width = Math.max(...positions.map((p) => p.length));
    findings.forEach((finding, i) => {
      out.push(`  ${chalk.dim(positions[i]!.padEnd(width))}  ${severity[finding.severity]}  ${oneLine(finding.message)}  ${chalk.dim(oneLine(finding.rule))}`);
    });
    const table = withTables ? coverageTable(file, options) : null;
    if (table) out.push('', table);
    out.push('');
    yield `${out.join('\n')}\n`;
  }
  yield `${summaryLine(report.summary, chalk)}\n`;
};

export const formatStylish: Formatter<string> = (report, options) => [...stylishPieces(report, options)].join('');

/** "error  " and "warning", padded to one width so the messages after them line up. */
function severityLabels(chalk: Chalk): { error: string; warning: string } {
  const { error, warning } = messages().check.stylish.severity;
  const width = Math.max(displayWidth(error), displayWidth(warning));
  const pad = (label: string) => label + ' '.repeat(width - displayWidth(label));
  return { error: chalk.red(pad(error)), warning: chalk.yellow(pad(warning)) };
}

/**
 * Critical roles × who covers them, their stance and backup, so the gap shows at a
 * glance. Gaps carry a ✖ as well as red, so the table reads the same without colour.
 */
export function coverageTable(file: FileReport, { chalk, criticalRoles, asOf }: FormatterOptions): string | null {
  const coverage = file.coverage ?? (file.plan ? roleCoverage(file.plan, criticalRoles as readonly Role[], asOf) : undefined);
  if (!coverage || criticalRoles.length === 0) return null;
  const { role, coveredBy, stance, backup } = messages().check.stylish.coverageHead;
  const head = [role, coveredBy, stance, backup].map((title) => chalk.bold(title));
  const roleNames = messages().common.roles;
  return renderBoxTable(
    head,
    coverage.map((role) => [roleNames[role.role], ...coverageCells(role, chalk, asOf)]),
  )
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/** The covered-by, stance and backup cells of one role: one line per person (a name cannot add one). */
function coverageCells({ coveredBy, notCovering }: RoleCoverage, chalk: Chalk, asOf: string): [string, string, string] {
  const text = messages().check.stylish;
  const stanceNames = messages().common.stances;
  const people: string[] = [];
  const stances: string[] = [];
  const backups: string[] = [];
  if (coveredBy.length === 0) {
    people.push(chalk.red(`✖ ${text.nobody}`));
    stances.push('');
    backups.push('');
    // Who holds the role but does not count, so the reader sees why.
    for (const { person } of notCovering) {
      people.push(chalk.dim(`  ${oneLine(person.name)}`));
      stances.push(chalk.dim(whyNotCounting(person, asOf)));
      backups.push('');
    }
  }
  const single = coveredBy.length === 1;
  for (const { person, backup } of coveredBy) {
    people.push(oneLine(person.name));
    stances.push(person.stance === 'advocate' ? chalk.green(stanceNames.advocate) : stanceNames.supporter);
    if (backup.status === 'current') backups.push(oneLine(backup.person.name));
    else if (backup.status === 'left') backups.push(chalk.red(`✖ ${text.backupLeft({ name: oneLine(backup.person.name), date: backup.person.leftOn! })}`));
    else if (backup.status === 'detractor') backups.push(chalk.red(`✖ ${text.backupDetractor({ name: oneLine(backup.person.name) })}`));
    // A second person covering the role makes a backup optional.
    else backups.push(single ? chalk.red(`✖ ${text.noBackup}`) : chalk.dim(text.noBackup));
  }
  return [people.join('\n'), stances.join('\n'), backups.join('\n')];
}

/**
 * Why a holder of the role does not count, in the table's few words: the same order of
 * reasons as method/people.ts `whyNotSupportive` (left, then Group 2, then the stance),
 * whose sentence the rules' messages quote.
 */
function whyNotCounting(person: Stakeholder, asOf: string): string {
  const text = messages().check.stylish.notCovering;
  if (hasLeft(person, asOf)) return text.left({ date: person.leftOn! });
  if (person.group !== 'renew') return text.newBuy;
  if (person.stance === undefined || person.stance === 'unknown') return text.unknownStance;
  return messages().common.stances[person.stance];
}

function summaryLine(summary: { files: number; plans: number; errors: number; warnings: number }, chalk: Chalk): string {
  const { errors, warnings, files } = summary;
  const words = messages().check.stylish;
  if (errors + warnings === 0) return chalk.green(`✔ ${words.noProblems({ files })}`);
  const text = `✖ ${words.problems({ errors, warnings, files })}`;
  return chalk.bold(summary.errors > 0 ? chalk.red(text) : chalk.yellow(text));
}

