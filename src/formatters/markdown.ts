import type { FileReport } from '../check/check-one.js';
import type { Finding } from '../plan/finding.js';
import { codeSpan, escapeCell, escapeInline, tableRow } from '../text/markdown.js';
import { messages } from '../i18n/messages.js';
import type { Formatter } from './types.js';

const SEVERITY_ICON = { error: '❌', warning: '⚠️' } as const;

/**
 * A pull-request comment: the verdict with counts as the heading, then one table per
 * plan with problems. Messages are escaped so they render as written: a `|` or a line
 * break cannot break the table, and `<`, `*` or `_` cannot turn into HTML or emphasis.
 */
export const markdownPieces: Formatter<Generator<string>> = function* (report, { asOf, version }) {
  const { summary } = report;
  const text = messages().check.markdown;
  const footer = `\n<sub>${text.footer({ version: escapeInline(version), asOf: escapeInline(asOf) })}</sub>\n`;
  if (summary.files === 0) {
    yield `## ✅ ${text.noPlansHeading}\n\n${text.noPlans}\n${footer}`;
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
  if (clean > 0 && withFindings > 0) notes.push(text.cleanFiles({ count: clean }));
  if (hidden > 0) notes.push(text.hiddenWarnings({ count: hidden }));
  yield `${notes.length > 0 ? `\n${notes.join(' ')}\n` : ''}${footer}`;
};

export const formatMarkdown: Formatter<string> = (report, options) => [...markdownPieces(report, options)].join('');

function verdict(files: readonly FileReport[], summary: { files: number; errors: number; warnings: number }): string {
  const { errors, warnings } = summary;
  const text = messages().check.markdown;
  if (errors + warnings === 0) return `✅ ${text.clean({ files: summary.files })}`;
  const affected = files.filter((file) => file.errors + file.warnings > 0).length;
  return `${errors > 0 ? '❌' : '⚠️'} ${text.verdict({ errors, warnings, affected, files: summary.files })}`;
}

function fileSection(file: FileReport, findings: readonly Finding[]): string[] {
  const text = messages().check.markdown;
  const account = file.account ? ` · ${escapeInline(file.account)}` : '';
  const severity = (level: Finding['severity']) => `${SEVERITY_ICON[level]} ${text.severity[level]}`;
  const rows = findings.map((f) => tableRow([`${f.line}:${f.column}`, severity(f.severity), codeSpan(f.rule, { inTable: true }), escapeCell(f.message)]));
  return [`### ${codeSpan(file.file)}${account}`, '', tableRow([text.head.line, text.head.severity, text.head.rule, text.head.message]), tableRow(['---:', '---', '---', '---']), ...rows];
}
