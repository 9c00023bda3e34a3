import type { FileReport } from '../check/check-one.js';
import type { Finding } from '../plan/finding.js';
import type { Formatter } from './types.js';
import { messages } from '../i18n/messages.js';

/**
 * JUnit XML for CI test reports (Jenkins, GitLab, Azure DevOps, test-reporter actions):
 * one `<testsuite>` per plan file, and in it one `<testcase>` per rule (SPEC §4): the
 * loader's check (`schema`, or `yaml-syntax` for a file that is not YAML), then, for a
 * plan that passed it, each coverage rule in effect. A case fails when its rule found an
 * error; a warning is no failure (it goes to the `system-out` of its passing case), so
 * the counts agree with the exit code. Exceeding `--max-warnings` adds one failing case
 * `max-warnings`, in a suite of its own.
 *
 * Valid against the Jenkins xUnit schema: hence `properties`, `system-out`/`system-err`,
 * `hostname`, `package`, `id` and times on every suite. (Not against the Ant schema,
 * which has no `system-out` in a test case nor totals on `<testsuites>`.) Nothing is
 * timed, so times are 0 and the timestamp is the `--as-of` date, keeping the document
 * deterministic. Written suite by suite.
 */
export const junitPieces: Formatter<Generator<string>> = function* (report, options) {
  const { asOf } = options;
  const ruleIds = options.activeRules ?? options.rules.map((rule) => rule.id);
  const overLimit = warningsOverLimit(report.summary.warnings, options.maxWarnings);
  // The totals open the document: a first pass counts, then the suites are written one by one.
  let tests = 0;
  let failures = 0;
  for (const file of report.files) {
    const cases = ruleCases(file, ruleIds);
    tests += cases.length;
    for (const entry of cases) if (entry.errors.length > 0) failures++;
  }
  if (overLimit) {
    tests++;
    failures++;
  }
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  const root = `<testsuites name="cro check" tests="${tests}" failures="${failures}" errors="0" time="0"`;
  if (report.files.length === 0 && !overLimit) {
    yield `${root}/>\n`;
    return;
  }
  yield `${root}>\n`;
  for (let index = 0; index < report.files.length; index++) {
    const file = report.files[index]!;
    const cases = ruleCases(file, ruleIds).map((entry) => ({ xml: testCase(file.file, entry), failed: entry.errors.length > 0 }));
    yield `${testSuite({ name: file.file, account: file.account, index, asOf }, cases)}\n`;
  }
  if (overLimit) {
    const message = messages().check.junit.maxWarnings({ warnings: report.summary.warnings, limit: options.maxWarnings! });
    const xml = [
      '    <testcase name="max-warnings" classname="cro check" time="0">',
      `      <failure type="max-warnings" message="${attribute(message)}">${text(message)}</failure>`,
      '    </testcase>',
    ].join('\n');
    yield `${testSuite({ name: 'cro check', account: null, index: report.files.length, asOf }, [{ xml, failed: true }])}\n`;
  }
  yield '</testsuites>\n';
};

export const formatJunit: Formatter<string> = (report, options) => [...junitPieces(report, options)].join('');

function warningsOverLimit(warnings: number, maxWarnings: number | undefined): boolean {
  return maxWarnings !== undefined && warnings > maxWarnings;
}

interface RuleCase {
  rule: string;
  errors: Finding[];
  warnings: Finding[];
}

/**
 * A file's cases, one per rule: the loader's first, then the coverage rules in effect
 * (only on a plan that passed the schema: they did not run on the others), then any
 * other rule a finding names, so no finding is left out.
 */
function ruleCases(file: FileReport, ruleIds: readonly string[]): RuleCase[] {
  const byRule = new Map<string, RuleCase>();
  const add = (rule: string) => {
    if (!byRule.has(rule)) byRule.set(rule, { rule, errors: [], warnings: [] });
  };
  const findings = file.findings;
  add(findings.some((finding) => finding.rule === 'yaml-syntax') ? 'yaml-syntax' : 'schema');
  if (file.checked) for (const id of ruleIds) add(id);
  for (const finding of findings) {
    add(finding.rule);
    const entry = byRule.get(finding.rule)!;
    (finding.severity === 'error' ? entry.errors : entry.warnings).push(finding);
  }
  return [...byRule.values()];
}

function testSuite(suite: { name: string; account: string | null; index: number; asOf: string }, cases: ReadonlyArray<{ xml: string; failed: boolean }>): string {
  const failures = cases.filter((entry) => entry.failed).length;
  const properties =
    suite.account === null ? '    <properties/>' : `    <properties>\n      <property name="account" value="${attribute(suite.account)}"/>\n    </properties>`;
  const name = attribute(suite.name);
  const open =
    `  <testsuite name="${name}" package="${name}" id="${suite.index}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0"` +
    ` time="0" timestamp="${attribute(suite.asOf)}T00:00:00" hostname="localhost">`;
  return [open, properties, ...cases.map((entry) => entry.xml), '    <system-out/>', '    <system-err/>', '  </testsuite>'].join('\n');
}

function testCase(file: string, { rule, errors, warnings }: RuleCase): string {
  const open = `    <testcase name="${attribute(rule)}" classname="${attribute(file)}" time="0"`;
  if (errors.length === 0 && warnings.length === 0) return `${open}/>`;
  const lines = [`${open}>`];
  const words = messages().check.junit;
  if (errors.length > 0) {
    const first = errors[0]!.message;
    const message = errors.length === 1 ? first : words.errors({ count: errors.length, first });
    lines.push(`      <failure type="error" message="${attribute(message)}">${text(errors.map((finding) => detail(file, finding)).join('\n'))}</failure>`);
  }
  if (warnings.length > 0) lines.push(`      <system-out>${text(warnings.map((finding) => words.warning({ detail: detail(file, finding) })).join('\n'))}</system-out>`);
  lines.push('    </testcase>');
  return lines.join('\n');
}

/** One finding as the stylish view would locate it: `file:line:col: message (rule)`, and its data path. */
function detail(file: string, finding: Finding): string {
  const at = finding.path ? `\n${messages().check.junit.at({ path: finding.path })}` : '';
  return `${file}:${finding.line}:${finding.column}: ${finding.message} (${finding.rule})${at}`;
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
