// Fetched when this format is written, not with every `cro check` (a static import is hoisted into the bundle).
const createHash = (algorithm: string) => (process.getBuiltinModule('node:crypto') as typeof import('node:crypto')).createHash(algorithm);
import type { Finding } from '../plan/finding.js';
import { subjectOf } from '../plan/subject.js';
import type { Formatter } from './types.js';

/**
 * GitLab Code Quality (SPEC §13): the JSON array of Code Climate issues that a job's
 * `artifacts:reports:codequality` uploads, shown in the merge request widget and on the
 * changed lines. GitLab reads `description`, `check_name`, `fingerprint`, `severity`
 * and `location.path` / `location.lines.begin` (its schema: test/schemas/SOURCES.md).
 *
 * GitLab tells new findings from old ones by the fingerprint, comparing the report of the
 * merge request with the target branch's: so it comes from `(file, rule, subject)` only
 * (SPEC §4), never from the line (which moves with every edit above it) or the message
 * (whose day counts change daily). Written issue by issue, as `JSON.stringify(issues, null, 2)` would.
 */
export const gitlabPieces: Formatter<Generator<string>> = function* (report) {
  let first = true;
  for (const file of report.files) {
    let piece = '';
    for (const finding of file.findings) {
      const issue = JSON.stringify(gitlabIssue(file.file, finding), null, 2).replaceAll('\n', '\n  ');
      piece += `${first ? '[\n' : ',\n'}  ${issue}`;
      first = false;
    }
    if (piece !== '') yield piece;
  }
  yield first ? '[]\n' : '\n]\n';
};

export const formatGitlab: Formatter<string> = (report, options) => [...gitlabPieces(report, options)].join('');

/** Code Climate's severities: GitLab orders the widget by them. */
const SEVERITY = { error: 'major', warning: 'minor' } as const;

function gitlabIssue(file: string, finding: Finding) {
  return {
    type: 'issue',
    check_name: finding.rule,
    description: finding.message,
    fingerprint: gitlabFingerprint(file, finding),
    severity: SEVERITY[finding.severity],
    location: { path: file, lines: { begin: Math.max(1, finding.line) } },
  };
}

/**
 * 32 hex digits (the length of the MD5 that GitLab's documentation gives as an example),
 * from what the finding is about and nothing else. `(file, rule, subject)` is unique in a
 * report, so no two issues share one.
 */
export function gitlabFingerprint(file: string, finding: Finding): string {
  return createHash('sha256').update(['cro/gitlab/v1', finding.rule, file, subjectOf(finding)].join('\0')).digest('hex').slice(0, 32);
}
