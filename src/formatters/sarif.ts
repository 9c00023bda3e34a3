// Fetched when SARIF is written, not with every `cro check` (a static import is hoisted into the bundle).
const createHash = (algorithm: string) => (process.getBuiltinModule('node:crypto') as typeof import('node:crypto')).createHash(algorithm);
import type { FileReport } from '../check/check-one.js';
import type { Finding } from '../plan/finding.js';
import { subjectOf } from '../plan/subject.js';
import type { RuleMeta } from '../rules/types.js';
import type { SuppressedFinding } from '../rules/suppression.js';
import { ruleCatalog } from './rule-catalog.js';
import type { Formatter } from './types.js';
import { messages } from '../i18n/messages.js';

/** The OASIS schema the output is tested against (the errata01 id of SARIF 2.1.0). */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/**
 * Versioned, so a change of what is hashed uses a new key instead of matching old alerts
 * wrongly. v1 hashed the message, whose day counts changed every day; v2 hashes only
 * (file, rule, subject).
 */
const FINGERPRINT_KEY = 'croFindingHash/v2';
const FINGERPRINT_KEY_FULL = 'croFinding/v2';

/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run,
 * every rule described with its help, one result per finding. Deterministic: no
 * invocation times, so two runs over the same plans give the same bytes.
 *
 * The bytes are those of `JSON.stringify(log, null, 2)`, written result by result: a
 * first pass collects the rules the findings name (the catalog comes before the
 * results), then each file's results are stringified and indented to their depth in the
 * log, so 10,000 plans' results are never one object in memory.
 */
export const sarifPieces: Formatter<Generator<string>> = function* (report, { rules, version }) {
  const catalog = ruleCatalog(rules, findingsOf(report.files));
  const ruleIndex = new Map(catalog.map((rule, index) => [rule.id, index]));

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cro',
            version,
            semanticVersion: version,
            rules: catalog.map(ruleDescriptor),
          },
        },
        // Columns come from the YAML parser's string offsets, i.e. UTF-16 code units.
        columnKind: 'utf16CodeUnits',
        results: [],
      },
    ],
  };
  const text = JSON.stringify(log, null, 2);
  // The results are the last key of the one run; a key in a string value would have its quotes escaped.
  const empty = '"results": []';
  const at = text.lastIndexOf(empty);
  let first = true;
  for (const file of report.files) {
    let piece = '';
    // A file's suppressed findings (SPEC §12) follow its others, each with its justification.
    for (const finding of withSuppressed(file)) {
      const result = JSON.stringify(sarifResult(file, finding, ruleIndex.get(finding.rule)!), null, 2).replaceAll('\n', `\n${RESULT_INDENT}`);
      piece += `${first ? `${text.slice(0, at)}"results": [\n` : ',\n'}${RESULT_INDENT}${result}`;
      first = false;
    }
    if (piece !== '') yield piece;
  }
  yield first ? `${text}\n` : `\n      ]${text.slice(at + empty.length)}\n`;
};

/** Where a result sits in the log: runs[0].results[i], three levels of two spaces below the root's. */
const RESULT_INDENT = ' '.repeat(8);

export const formatSarif: Formatter<string> = (report, options) => [...sarifPieces(report, options)].join('');

function* findingsOf(files: readonly FileReport[]): Generator<Finding> {
  for (const file of files) yield* withSuppressed(file);
}

function* withSuppressed(file: FileReport): Generator<Finding | SuppressedFinding> {
  yield* file.findings;
  const suppressed = file.suppressed;
  if (suppressed) yield* suppressed;
}

function sarifResult(file: FileReport, finding: Finding | SuppressedFinding, ruleIndex: number) {
  const location: Record<string, unknown> = {
    physicalLocation: {
      artifactLocation: { uri: fileUri(file.file), uriBaseId: '%SRCROOT%' },
      region: { startLine: Math.max(1, finding.line), startColumn: Math.max(1, finding.column) },
    },
  };
  if (finding.path !== '') location.logicalLocations = [{ fullyQualifiedName: finding.path }];
  const print = fingerprint(file.file, finding);
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: finding.severity === 'error' ? 'error' : 'warning',
    message: { text: finding.message },
    locations: [location],
    fingerprints: { [FINGERPRINT_KEY_FULL]: print },
    partialFingerprints: { [FINGERPRINT_KEY]: print },
    ...('reason' in finding ? { suppressions: [{ kind: 'inSource', justification: finding.reason, ...(finding.until === undefined ? {} : { properties: { until: finding.until } }) }] } : {}),
  };
}

function ruleDescriptor(rule: RuleMeta<unknown>) {
  const { rationale, passing, failing } = rule.docs;
  const descriptor: Record<string, unknown> = {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rationale || rule.description },
    defaultConfiguration: { level: rule.defaultSeverity === 'error' ? 'error' : 'warning' },
  };
  if (rationale || passing || failing) descriptor.help = { text: helpText(rule), markdown: helpMarkdown(rule) };
  return descriptor;
}

function helpText({ description, docs }: RuleMeta<unknown>): string {
  const { failing, passing } = messages().check.sarif;
  const parts = [description, docs.rationale];
  if (docs.failing) parts.push(`${failing}\n${indent(docs.failing)}`);
  if (docs.passing) parts.push(`${passing}\n${indent(docs.passing)}`);
  return parts.filter(Boolean).join('\n\n');
}

function helpMarkdown({ description, docs }: RuleMeta<unknown>): string {
  const { failing, passing } = messages().check.sarif;
  const parts = [`**${description}**`, docs.rationale];
  if (docs.failing) parts.push(`${failing}\n\n${fencedYaml(docs.failing)}`);
  if (docs.passing) parts.push(`${passing}\n\n${fencedYaml(docs.passing)}`);
  return parts.filter(Boolean).join('\n\n');
}

function indent(text: string): string {
  return text.trimEnd().split('\n').map((line) => `    ${line}`).join('\n');
}

/** A fence longer than any backtick run in the example, so the example cannot close it. */
function fencedYaml(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}yaml\n${text.trimEnd()}\n${fence}`;
}

function pascalCase(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
}

/**
 * A relative URI reference for a `/`-separated path: each segment percent-encoded, so a
 * space, `#` or `?` in a file name stays part of the path.
 */
export function fileUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * Code scanning matches an alert across runs by its fingerprints, so they come from what
 * the finding is about and nothing else (SPEC §4): not the message, whose day counts
 * change daily ("for 99 days"), and not the line, which moves with edits above it.
 * `(file, rule, subject)` is unique in a report, so no two results share a print.
 */
function fingerprint(file: string, finding: Finding): string {
  return createHash('sha256').update([finding.rule, file, subjectOf(finding)].join('\0')).digest('hex');
}
