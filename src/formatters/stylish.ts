import type { Formatter } from './types.js';

/** The terminal view, after ESLint's: per file its findings with line:column, then one summary line. */
export const formatStylish: Formatter = (report, { chalk }) => {
  const out: string[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const account = file.account ? chalk.dim(`  ${file.account}`) : '';
    out.push(`${chalk.underline(file.file)}${account}`);
    const positions = file.findings.map((f) => `${f.line}:${f.column}`);
    const width = Math.max(...positions.map((p) => p.length));
    file.findings.forEach((finding, i) => {
      const severity = finding.severity === 'error' ? chalk.red('error  ') : chalk.yellow('warning');
      out.push(`  ${chalk.dim(positions[i]!.padEnd(width))}  ${severity}  ${finding.message}  ${chalk.dim(finding.rule)}`);
    });
    out.push('');
  }
  out.push(summaryLine(report.summary, chalk));
  return `${out.join('\n')}\n`;
};

function summaryLine(
  summary: { files: number; plans: number; errors: number; warnings: number },
  chalk: Parameters<Formatter>[1]['chalk'],
): string {
  const problems = summary.errors + summary.warnings;
  const files = `${summary.files} ${plural(summary.files, 'file')}`;
  if (problems === 0) return chalk.green(`✔ no problems in ${files}`);
  const text = `✖ ${problems} ${plural(problems, 'problem')} (${summary.errors} ${plural(summary.errors, 'error')}, ${summary.warnings} ${plural(summary.warnings, 'warning')}) in ${files}`;
  return chalk.bold(summary.errors > 0 ? chalk.red(text) : chalk.yellow(text));
}

export function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
