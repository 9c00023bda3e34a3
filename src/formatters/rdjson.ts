import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../plan/finding.js';
import type { Formatter } from './types.js';

/**
 * reviewdog's Diagnostic Format, as JSON (`reviewdog -f=rdjson`; SPEC §13): one
 * DiagnosticResult naming cro as its source, one Diagnostic per finding with the rule as
 * its `code`. Its schema (test/schemas/SOURCES.md) defines a column as "starting at 1
 * (byte count in UTF-8)", where cro counts UTF-16 code units: so each finding's column is
 * recounted in the bytes of its line, read from the plan (a plan that cannot be read again
 * keeps cro's count, which is the same for a line that is ASCII up to the finding).
 * Written file by file, as `JSON.stringify(result, null, 2)` would.
 */
export const rdjsonPieces: Formatter<Generator<string>> = function* (report, { cwd = process.cwd() }) {
  const head = JSON.stringify({ source: { name: 'cro' }, diagnostics: [] }, null, 2);
  const open = head.slice(0, head.lastIndexOf('[]'));
  let first = true;
  for (const file of report.files) {
    const findings = file.findings;
    if (findings.length === 0) continue;
    const lines = linesOf(resolve(cwd, file.file));
    let piece = '';
    for (const finding of findings) {
      const diagnostic = JSON.stringify(rdjsonDiagnostic(file.file, finding, lines), null, 2).replaceAll('\n', '\n    ');
      piece += `${first ? `${open}[\n` : ',\n'}    ${diagnostic}`;
      first = false;
    }
    yield piece;
  }
  yield first ? `${head}\n` : '\n  ]\n}\n';
};

export const formatRdjson: Formatter<string> = (report, options) => [...rdjsonPieces(report, options)].join('');

const SEVERITY = { error: 'ERROR', warning: 'WARNING' } as const;

function rdjsonDiagnostic(file: string, finding: Finding, lines: readonly string[] | undefined) {
  const line = Math.max(1, finding.line);
  return {
    message: finding.message,
    location: { path: file, range: { start: { line, column: utf8Column(lines?.[line - 1], Math.max(1, finding.column)) } } },
    severity: SEVERITY[finding.severity],
    code: { value: finding.rule },
  };
}

/** The file's lines, or undefined when it cannot be read (gone, or not a file). */
function linesOf(path: string): string[] | undefined {
  try {
    return readFileSync(path, 'utf8').split(/\r\n|\r|\n/);
  } catch {
    return undefined;
  }
}

/**
 * A 1-based column in UTF-16 code units, as a 1-based column in UTF-8 bytes of the same
 * line: 1 plus the bytes of what comes before it. Without the line (or past its end), the
 * count is kept.
 */
export function utf8Column(line: string | undefined, column: number): number {
  if (line === undefined || column - 1 > line.length) return column;
  return Buffer.byteLength(line.slice(0, column - 1), 'utf8') + 1;
}
