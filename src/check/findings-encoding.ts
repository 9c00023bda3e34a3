import type { FileReport } from './check-one.js';
import type { Finding } from '../plan/finding.js';
import type { SuppressedFinding } from '../rules/suppression.js';
import { subjectOf } from '../plan/subject.js';

/*
 * The layout of `--format json` (SPEC §4): what JSON.stringify(document, null, 2) gives,
 * written out for this one fixed shape. Strings and numbers still go through
 * JSON.stringify (the escaping); the layout is spelled out because stringify's
 * indentation, and re-indenting its result, were a tenth of a 10,000-plan run. A file's
 * findings are their own piece so that `--cache` can store them as they will be written
 * (see check/cache.ts). test/formatters/json.test.ts compares the whole document with
 * JSON.stringify on generated reports.
 */

const q = JSON.stringify;

/** A file's entry up to its findings, indented as inside the document. */
export function entryHead(file: Pick<FileReport, 'file' | 'account' | 'errors' | 'warnings'>): string {
  return `    {\n      "file": ${q(file.file)},\n      "account": ${q(file.account)},\n      "errors": ${q(file.errors)},\n      "warnings": ${q(file.warnings)},\n      "findings": `;
}

/** What closes a file's entry after its findings. */
export const ENTRY_TAIL = '\n    }';

/**
 * What closes a file's findings and opens its suppressed ones (SPEC §12), when it has any:
 * `"suppressed"` follows `"findings"` in the entry, so the two are one piece, and the JSON
 * report and `--cache` pass it through as they do findings alone. Nothing else in the
 * piece can look like it: keys inside a finding are indented further, and a JSON string
 * holds no line break.
 */
export const SUPPRESSED_KEY = ',\n      "suppressed": ';

/**
 * A file's findings as the value of its "findings" key, indented as inside the document;
 * then, when a comment set some aside, its "suppressed" key and their list.
 */
export function findingsText(findings: readonly Finding[], suppressed?: readonly SuppressedFinding[]): string {
  const text = findingsList(findings);
  return suppressed === undefined || suppressed.length === 0 ? text : `${text}${SUPPRESSED_KEY}${suppressedList(suppressed)}`;
}

function suppressedList(suppressed: readonly SuppressedFinding[]): string {
  const entries = suppressed.map((finding) => {
    const { rule, severity, message, line, column, path, reason, until } = finding;
    return (
      `        {\n          "rule": ${quoteName(rule)},\n          "severity": ${quoteName(severity)},\n          "message": ${q(message)},\n` +
      `          "line": ${whole(line)},\n          "column": ${whole(column)},\n          "path": ${q(path)},\n` +
      `          "subject": ${q(subjectOf(finding))},\n          "reason": ${q(reason)}${until === undefined ? '' : `,\n          "until": ${q(until)}`}\n        }`
    );
  });
  return `[\n${entries.join(',\n')}\n      ]`;
}

function findingsList(findings: readonly Finding[]): string {
  if (findings.length === 0) return '[]';
  let text = '[\n';
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]!;
    const { rule, severity, message, line, column, path } = finding;
    text +=
      `        {\n          "rule": ${quoteName(rule)},\n          "severity": ${quoteName(severity)},\n          "message": ${q(message)},\n` +
      `          "line": ${whole(line)},\n          "column": ${whole(column)},\n          "path": ${q(path)},\n` +
      `          "subject": ${q(subjectOf(finding))}\n        }${i < findings.length - 1 ? ',' : ''}\n`;
  }
  return `${text}      ]`;
}

/*
 * A 10,000-plan run lays out ~220,000 findings, seven values each: the rule ids and
 * severities, a handful of names, are quoted once, and lines and columns, whole numbers,
 * are written as such (what JSON.stringify gives for them).
 */
const quotedNames = new Map<string, string>();

function quoteName(name: string): string {
  let quoted = quotedNames.get(name);
  if (quoted === undefined) {
    quoted = q(name);
    quotedNames.set(name, quoted);
  }
  return quoted;
}

function whole(n: number): string {
  return Number.isSafeInteger(n) ? `${n}` : q(n);
}
