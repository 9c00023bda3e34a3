import type { FileReport } from '../check/run.js';
import type { Finding } from '../plan/finding.js';
import type { Formatter } from './types.js';

/**
 * JUnit XML for CI test reports (Jenkins, GitLab, Azure DevOps, test-reporter actions):
 * one `<testsuite>` per plan file, one failing `<testcase>` per finding (warnings too,
 * with `type="warning"`, since a report that hid them would show a green plan with
 * gaps), and one passing case for a clean plan so no suite is empty.
 *
 * Valid against the Jenkins xUnit schema, and apart from the totals on `<testsuites>`
 * (which readers use, but the Ant schema does not declare) against the Ant schema too:
 * hence `properties`, `system-out`/`system-err`, `hostname`, `package`, `id` and times
 * on every suite. Nothing is timed, so times are 0 and the timestamp is the `--as-of`
 * date, keeping the document deterministic. Written suite by suite.
 */
export const junitPieces: Formatter<Generator<string>> = function* (report, { asOf }) {
  // The totals open the document: a first pass counts, then the suites are written one by one.
  let tests = 0;
  let failures = 0;
  for (const file of report.files) {
    const shown = file.findings.length;
    tests += Math.max(1, shown);
    failures += shown;
  }
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  const root = `<testsuites name="cro check" tests="${tests}" failures="${failures}" errors="0" time="0"`;
  if (report.files.length === 0) {
    yield `${root}/>\n`;
    return;
  }
  yield `${root}>\n`;
  for (let index = 0; index < report.files.length; index++) yield `${testSuite(report.files[index]!, index, asOf).xml}\n`;
  yield '</testsuites>\n';
};

export const formatJunit: Formatter<string> = (report, options) => [...junitPieces(report, options)].join('');

const PASSING_CASE = 'plan passes every check';
/** With `--quiet` a plan may have warnings that are not listed; its one case must not claim it passes everything. */
const NO_ERRORS_CASE = 'plan has no errors (warnings not shown)';

function testSuite(file: FileReport, index: number, asOf: string): { xml: string; tests: number; failures: number } {
  const classname = attribute(file.file);
  const names = new UniqueNames();
  const findings = file.findings;
  const cases =
    findings.length === 0
      ? [`    <testcase name="${attribute(file.warnings > 0 ? NO_ERRORS_CASE : PASSING_CASE)}" classname="${classname}" time="0"/>`]
      : findings.map((finding) => failingCase(file.file, finding, names.take(`${finding.rule} ${finding.line}:${finding.column}`)));
  const failures = findings.length;
  const properties =
    file.account === null ? '    <properties/>' : `    <properties>\n      <property name="account" value="${attribute(file.account)}"/>\n    </properties>`;
  const name = attribute(file.file);
  const open =
    `  <testsuite name="${name}" package="${name}" id="${index}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0"` +
    ` time="0" timestamp="${attribute(asOf)}T00:00:00" hostname="localhost">`;
  const xml = [open, properties, ...cases, '    <system-out/>', '    <system-err/>', '  </testsuite>'].join('\n');
  return { xml, tests: cases.length, failures };
}

function failingCase(file: string, finding: Finding, name: string): string {
  const where = `${file}:${finding.line}:${finding.column}`;
  const detail = `${where}: ${finding.message} (${finding.rule})${finding.path ? `\nat ${finding.path}` : ''}`;
  return [
    `    <testcase name="${attribute(name)}" classname="${attribute(file)}" time="0">`,
    `      <failure type="${finding.severity}" message="${attribute(finding.message)}">${text(detail)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/** Test names must be unique within a suite; two findings of one rule at one node get `(2)`, `(3)`, … */
class UniqueNames {
  private readonly taken = new Set<string>();

  take(base: string): string {
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base} (${n})`;
    this.taken.add(name);
    return name;
  }
}

/**
 * Characters XML 1.0 cannot carry at all, not even as references: C0 controls other
 * than tab and line breaks, lone surrogates, U+FFFE and U+FFFF.
 */
const FORBIDDEN_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripForbiddenXmlCharacters(value: string): string {
  return value.replace(FORBIDDEN_IN_XML, '');
}

/** Element content: markup characters escaped, `\r` as a reference since parsers would turn it into `\n`. */
export function text(value: string): string {
  return stripForbiddenXmlCharacters(value).replace(/[&<>\r]/g, (c) => ENTITIES[c]!);
}

/** An attribute value in double quotes; tabs and line breaks as references, since attribute normalisation would turn them into spaces. */
export function attribute(value: string): string {
  return stripForbiddenXmlCharacters(value).replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
