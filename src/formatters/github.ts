import { oneLine } from '../text/terminal-text.js';
import { messages } from '../i18n/messages.js';
import type { Formatter } from './types.js';

/**
 * GitHub Actions workflow commands, one annotation per finding, so each shows on the
 * pull request's diff at its line. No findings print nothing: a notice per clean run
 * would only be noise on the PR.
 *
 * GitHub shows at most 10 annotations of each level per step and drops the rest without
 * a word (SPEC §4), so the errors come first, then the warnings, at most 10 of each, and
 * when some are left out a last notice says how many and where the whole report is.
 * Written as the findings are read: the errors as they come, the first warnings held
 * back (10 at most) until every error is out.
 *
 * The runner reads `::command key=value,key=value::message` and percent-decodes it, so
 * every character that would end a field early is encoded: `%` first (else our own
 * escapes would decode twice), line breaks everywhere (a command is one line), and in
 * property values also `:` and `,`, which separate properties from each other and
 * from the message. (Spectral escapes only `\n`; a `%0A` typed in a message then
 * arrives as a line break.) Any other control character the runner would pass through
 * to the log, where ESC drives the reader's terminal or colours the log: it and the
 * other characters `oneLine` neutralises become a space. A message is prose that may
 * quote a plan's names, so it is made one line first, as in the terminal; a file name
 * keeps its line breaks (encoded), so the annotation still lands on that file.
 */
export const githubPieces: Formatter<Generator<string>> = function* (report) {
  let errorsShown = 0;
  let errorsLeft = 0;
  let warningsLeft = 0;
  const warnings: string[] = [];
  for (const file of report.files) {
    const findings = file.findings;
    if (findings.length === 0) continue;
    const fileProperty = `file=${escapeProperty(file.file)}`;
    let lines = '';
    for (const finding of findings) {
      const isError = finding.severity === 'error';
      if ((isError ? errorsShown : warnings.length) >= ANNOTATIONS_PER_LEVEL) {
        if (isError) errorsLeft++;
        else warningsLeft++;
        continue;
      }
      const line = `::${isError ? 'error' : 'warning'} ${fileProperty},line=${finding.line},col=${finding.column},title=${escapeProperty(finding.rule)}::${escapeData(oneLine(finding.message))}\n`;
      if (isError) {
        errorsShown++;
        lines += line;
      } else {
        warnings.push(line);
      }
    }
    if (lines !== '') yield lines;
  }
  if (warnings.length > 0) yield warnings.join('');
  if (errorsLeft + warningsLeft > 0) {
    const notice = messages().check.github.leftOut({ errors: errorsLeft, warnings: warningsLeft, limit: ANNOTATIONS_PER_LEVEL });
    yield `::notice title=cro check::${escapeData(notice)}\n`;
  }
};

/** GitHub's limit per step for each of error, warning and notice; the rest are dropped silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

export const formatGithub: Formatter<string> = (report, options) => [...githubPieces(report, options)].join('');

/** The message part of a workflow command (as `@actions/core` escapes it), without control characters. */
export function escapeData(text: string): string {
  // Line breaks are encoded before `oneLine` sees them, so only the others become spaces.
  return oneLine(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A property value of a workflow command: the message escapes plus the two separators. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
