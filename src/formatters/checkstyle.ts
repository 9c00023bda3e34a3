import { attribute } from './junit.js';
import type { Formatter } from './types.js';

/**
 * Checkstyle XML (SPEC §13), the report most CI tools read besides SARIF: Jenkins Warnings
 * NG (`recordIssues(tools: [checkStyle(pattern: …)])`) and reviewdog (`-f=checkstyle`).
 * One `<file>` per file checked — a clean plan too, so a consumer counts the files — and
 * one `<error>` per finding with its line, column, severity and message; `source` is
 * `cro.<rule>`, from which Warnings NG takes the type (the part after the last dot).
 * Columns are the UTF-16 code units cro counts everywhere. Written file by file.
 */
export const checkstylePieces: Formatter<Generator<string>> = function* (report) {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n';
  for (const file of report.files) {
    const findings = file.findings;
    if (findings.length === 0) {
      yield `  <file name="${attribute(file.file)}"/>\n`;
      continue;
    }
    let piece = `  <file name="${attribute(file.file)}">\n`;
    for (const finding of findings) {
      piece +=
        `    <error line="${Math.max(1, finding.line)}" column="${Math.max(1, finding.column)}" severity="${finding.severity}"` +
        ` message="${attribute(finding.message)}" source="cro.${attribute(finding.rule)}"/>\n`;
    }
    yield `${piece}  </file>\n`;
  }
  yield '</checkstyle>\n';
};

export const formatCheckstyle: Formatter<string> = (report, options) => [...checkstylePieces(report, options)].join('');
