import type { FileReport } from '../check/run.js';
import type { Finding } from '../plan/finding.js';
import { oneLine } from '../util/terminal-text.js';
import { plural } from './stylish.js';
import type { Formatter } from './types.js';

const SEVERITY_LABEL = { error: '❌ error', warning: '⚠️ warning' } as const;

/**
 * A pull-request comment: the verdict with counts as the heading, then one table per
 * plan with problems. Messages are escaped so they render as written: a `|` or a line
 * break cannot break the table, and `<`, `*` or `_` cannot turn into HTML or emphasis.
 */
export const markdownPieces: Formatter<Generator<string>> = function* (report, { asOf, version }) {
  const { summary } = report;
  const footer = `\n<sub>cro ${escapeInline(version)}, as of ${escapeInline(asOf)}</sub>\n`;
  if (summary.files === 0) {
    yield `## ✅ cro check: no plans found\n\nNo plans found; run \`cro init\` to create one.\n${footer}`;
    return;
  }
  yield `## ${verdict(report.files, summary)}\n`;
  // Written file by file; what the closing notes need is counted on the way.
  let withFindings = 0;
  let shownWarnings = 0;
  for (const file of report.files) {
    const findings = file.findings;
    if (findings.length === 0) continue;
    withFindings++;
    for (const finding of findings) if (finding.severity === 'warning') shownWarnings++;
    yield `\n${fileSection(file, findings).join('\n')}\n`;
  }
  const hidden = summary.warnings - shownWarnings;
  const clean = report.files.filter((file) => file.errors + file.warnings === 0).length;
  const notes: string[] = [];
  if (clean > 0 && withFindings > 0) notes.push(`${clean} ${plural(clean, 'file')} without problems.`);
  if (hidden > 0) notes.push(`${hidden} ${plural(hidden, 'warning')} not shown (\`--quiet\`).`);
  yield `${notes.length > 0 ? `\n${notes.join(' ')}\n` : ''}${footer}`;
};

export const formatMarkdown: Formatter<string> = (report, options) => [...markdownPieces(report, options)].join('');

function verdict(files: readonly FileReport[], summary: { files: number; errors: number; warnings: number }): string {
  const { errors, warnings } = summary;
  const scope = `${summary.files} ${plural(summary.files, 'file')}`;
  if (errors + warnings === 0) return `✅ cro check: no problems in ${scope}`;
  const affected = files.filter((file) => file.errors + file.warnings > 0).length;
  const counts = [errors > 0 && `${errors} ${plural(errors, 'error')}`, warnings > 0 && `${warnings} ${plural(warnings, 'warning')}`]
    .filter(Boolean)
    .join(' and ');
  return `${errors > 0 ? '❌' : '⚠️'} cro check: ${counts} in ${affected} of ${scope}`;
}

function fileSection(file: FileReport, findings: readonly Finding[]): string[] {
  const account = file.account ? ` · ${escapeInline(file.account)}` : '';
  const rows = findings.map((f) => tableRow([`${f.line}:${f.column}`, SEVERITY_LABEL[f.severity], codeSpan(f.rule, { inTable: true }), escapeCell(f.message)]));
  return [`### ${codeSpan(file.file)}${account}`, '', tableRow(['Line', 'Severity', 'Rule', 'Message']), tableRow(['---:', '---', '---', '---']), ...rows];
}

/**
 * One row of a GFM table, in the "compact" style (markdownlint's MD060): one space
 * each side of every cell, an empty cell a single space, so every row of every table
 * cro writes, delimiter row included, has the same shape. Cells are escaped already.
 */
export function tableRow(cells: readonly string[]): string {
  return `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|`;
}

/**
 * Text shown literally: backslash-escapes the punctuation Markdown gives meaning to
 * (CommonMark allows a backslash before any ASCII punctuation; `$` starts math on
 * GitHub), and collapses line breaks, which would end a heading or a table row.
 */
export function escapeInline(value: string): string {
  // Markdown goes to a terminal too (stdout by default): no escape sequence passes.
  return oneLine(value.replace(/\r\n?|\n/g, ' ')).replace(/[\\`*_[\]<>#|~&$]/g, '\\$&');
}

/** A table cell: inline escaping, but line breaks kept as `<br>` (the one line break a cell can hold). */
export function escapeCell(value: string): string {
  return value
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map(escapeInline)
    .join('<br>');
}

/**
 * Code spans keep text verbatim; the fence is longer than any backtick run inside. In a
 * table, `|` still ends the cell even in code, so it is escaped there (GFM removes the `\`).
 */
export function codeSpan(value: string, { inTable = false } = {}): string {
  const flat = oneLine(value);
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${inTable ? flat.replace(/\|/g, '\\|') : flat}${pad}${fence}`;
}
