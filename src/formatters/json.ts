import type { Formatter } from './types.js';

/** The stable machine-readable shape of SPEC §4; other tools parse it, so change nothing lightly. */
export const formatJson: Formatter = (report) => {
  const document = {
    version: 1,
    summary: report.summary,
    files: report.files.map((file) => ({
      file: file.file,
      account: file.account,
      errors: file.errors,
      warnings: file.warnings,
      findings: file.findings.map(({ rule, severity, message, line, column, path }) => ({
        rule,
        severity,
        message,
        line,
        column,
        path,
      })),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};
