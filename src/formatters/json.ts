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
    yield `${fileEntryText(report.files[index]!)}${separator}`;
  }
  yield '  ]\n}\n';
};

/**
 * One file's entry, indented as inside the document: what JSON.stringify(entry, null, 2)
 * gives, written out for this one fixed shape. Strings still go through JSON.stringify (the
 * escaping); the layout is spelled out because stringify's indentation, and re-indenting
 * its result, were a tenth of a 10,000-plan run. test/formatters/json.test.ts compares it
 * with JSON.stringify on generated reports.
 */
function fileEntryText(file: FileReport): string {
  const q = JSON.stringify;
  let text = `    {\n      "file": ${q(file.file)},\n      "account": ${q(file.account)},\n      "errors": ${q(file.errors)},\n      "warnings": ${q(file.warnings)},\n      "findings": `;
  const { findings } = file;
  if (findings.length === 0) return `${text}[]\n    }`;
  text += '[\n';
  for (let i = 0; i < findings.length; i++) {
    const { rule, severity, message, line, column, path } = findings[i]!;
    text +=
      `        {\n          "rule": ${q(rule)},\n          "severity": ${q(severity)},\n          "message": ${q(message)},\n` +
      `          "line": ${q(line)},\n          "column": ${q(column)},\n          "path": ${q(path)}\n        }${i < findings.length - 1 ? ',' : ''}\n`;
  }
  return `${text}      ]\n    }`;
}
