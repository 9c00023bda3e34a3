import type { FileReport } from '../check/run.js';
import { plural } from './stylish.js';
import type { Formatter } from './types.js';

const SEVERITY_LABEL = { error: '❌ error', warning: '⚠️ warning' } as const;

/**
 * A pull-request comment: the verdict with counts as the heading, then one table per
 * plan with problems. Messages are escaped so they render as written: a `|` or a line
 * break cannot break the table, and `<`, `*` or `_` cannot turn into HTML or emphasis.
 */
export const formatMarkdown: Formatter<string> = (report, { asOf, version }) => {
  const { summary } = report;
  const out: string[] = [];
  if (summary.files === 0) {
    out.push('## ✅ cro check: no plans found', '', 'No plans found; run `cro init` to create one.');
  } else {
    out.push(`## ${verdict(report.files, summary)}`);
    const withFindings = report.files.filter((file) => file.findings.length > 0);
    for (const file of withFindings) out.push('', ...fileSection(file));
    const hidden = summary.warnings - countShown(report.files, 'warning');
    const clean = report.files.filter((file) => file.errors + file.warnings === 0).length;
    const notes: string[] = [];
    if (clean > 0 && withFindings.length > 0) notes.push(`${clean} ${plural(clean, 'file')} without problems.`);
    if (hidden > 0) notes.push(`${hidden} ${plural(hidden, 'warning')} not shown (\`--quiet\`).`);
    if (notes.length > 0) out.push('', notes.join(' '));
  }
  out.push('', `<sub>cro ${escapeInline(version)}, as of ${escapeInline(asOf)}</sub>`);
  return `${out.join('\n')}\n`;
};

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

function fileSection(file: FileReport): string[] {
  const account = file.account ? ` · ${escapeInline(file.account)}` : '';
  const rows = file.findings.map(
    (f) => `| ${f.line}:${f.column} | ${SEVERITY_LABEL[f.severity]} | ${codeSpan(f.rule, { inTable: true })} | ${escapeCell(f.message)} |`,
  );
  return [`### ${codeSpan(file.file)}${account}`, '', '| Line | Severity | Rule | Message |', '| ---: | --- | --- | --- |', ...rows];
}

function countShown(files: readonly FileReport[], severity: 'error' | 'warning'): number {
  return files.reduce((sum, file) => sum + file.findings.filter((f) => f.severity === severity).length, 0);
}

/**
 * Text shown literally: backslash-escapes the punctuation Markdown gives meaning to
 * (CommonMark allows a backslash before any ASCII punctuation; `$` starts math on
 * GitHub), and collapses line breaks, which would end a heading or a table row.
 */
export function escapeInline(value: string): string {
  return value.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>#|~&$]/g, '\\$&');
}

/** A table cell: inline escaping, but line breaks kept as `<br>` (the one line break a cell can hold). */
export function escapeCell(value: string): string {
  return value
    .split(/\r\n?|\n/)
    .map(escapeInline)
    .join('<br>');
}

/**
 * Code spans keep text verbatim; the fence is longer than any backtick run inside. In a
 * table, `|` still ends the cell even in code, so it is escaped there (GFM removes the `\`).
 */
export function codeSpan(value: string, { inTable = false } = {}): string {
  const flat = value.replace(/\r\n?|\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${inTable ? flat.replace(/\|/g, '\\|') : flat}${pad}${fence}`;
}
