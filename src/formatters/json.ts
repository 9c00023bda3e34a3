import type { FileReport } from '../check/run.js';
import type { Formatter } from './types.js';

/**
 * The stable machine-readable shape of SPEC §4; other tools parse it, so change nothing
 * lightly. Written file by file, byte for byte what `JSON.stringify(document, null, 2)` gives.
 */
export const formatJson: Formatter<Generator<string>> = function* (report) {
  const head = JSON.stringify({ version: 1, summary: report.summary }, null, 2);
  if (report.files.length === 0) {
    yield `${head.slice(0, -2)},\n  "files": []\n}\n`;
    return;
  }
  yield `${head.slice(0, -2)},\n  "files": [\n`;
  for (let index = 0; index < report.files.length; index++) {
    const separator = index < report.files.length - 1 ? ',\n' : '\n';
    yield `    ${JSON.stringify(fileEntry(report.files[index]!), null, 2).replace(/\n/g, '\n    ')}${separator}`;
  }
  yield '  ]\n}\n';
};

function fileEntry(file: FileReport) {
  return {
    file: file.file,
    account: file.account,
    errors: file.errors,
    warnings: file.warnings,
    findings: file.findings.map(({ rule, severity, message, line, column, path }) => ({ rule, severity, message, line, column, path })),
  };
}
