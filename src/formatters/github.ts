import type { Formatter } from './types.js';

/**
 * GitHub Actions workflow commands, one annotation per finding, so each shows on the
 * pull request's diff at its line. No findings print nothing: a notice per clean run
 * would only be noise on the PR.
 *
 * The runner reads `::command key=value,key=value::message` and percent-decodes it, so
 * every character that would end a field early is encoded: `%` first (else our own
 * escapes would decode twice), line breaks everywhere (a command is one line), and in
 * property values also `:` and `,`, which separate properties from each other and
 * from the message. (Spectral escapes only `\n`; a `%0A` typed in a message then
 * arrives as a line break.)
 */
export const formatGithub: Formatter<string> = (report) => {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      const command = finding.severity === 'error' ? 'error' : 'warning';
      const properties = [
        `file=${escapeProperty(file.file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `title=${escapeProperty(finding.rule)}`,
      ].join(',');
      lines.push(`::${command} ${properties}::${escapeData(finding.message)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

/** The message part of a workflow command (as `@actions/core` escapes it). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command: the message escapes plus the two separators. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
