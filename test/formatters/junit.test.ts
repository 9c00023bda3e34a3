import { describe, expect, it } from 'vitest';
import { attribute, formatJunit, stripForbiddenXmlCharacters, text } from '../../src/formatters/junit.js';
import { canonicalXml, validateJunit } from '../helpers/schemas.js';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/cli.js';
import { TRICKY, cleanFile, cleanReport, emptyReport, fileReport, finding, formatterOptions, invalidPlanFile, mixedReport, report, trickyFile } from './fixtures.js';

/** Decodes what canonical XML (C14N) escapes, to compare with the original strings. */
function decodeC14n(value: string): string {
  return value.replace(/&(lt|gt|quot|amp|#x9|#xA|#xD);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&', '#x9': '\t', '#xA': '\n', '#xD': '\r' })[name]!);
}

/** Start tags of one element in canonical XML, where attribute values never hold a raw `"` (but may hold `>`). */
function elements(xml: string, element: string): Array<{ attributes: Record<string, string>; body: string }> {
  const pattern = new RegExp(`<${element}((?:\\s+[\\w:-]+="[^"]*")*)>([^<]*)`, 'g');
  return [...xml.matchAll(pattern)].map((m) => ({
    attributes: Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, decodeC14n(a[2]!)])),
    body: decodeC14n(m[2]!),
  }));
}

function attributesOf(xml: string, element: string, name: string): string[] {
  return elements(xml, element).map((e) => e.attributes[name]!);
}

describe('junit formatter', () => {
  it('validates against the Jenkins xUnit schema', async () => {
    for (const sample of [mixedReport(), cleanReport(), emptyReport()]) {
      expect(await validateJunit(formatJunit(sample, formatterOptions()), 'jenkins')).toEqual({ valid: true, errors: [] });
    }
    expect(await validateJunit(formatJunit(mixedReport(), formatterOptions({ maxWarnings: 1 })), 'jenkins')).toEqual({ valid: true, errors: [] });
    expect(await validateJunit(formatJunit(emptyReport(), formatterOptions({ maxWarnings: 0 })), 'jenkins')).toEqual({ valid: true, errors: [] });
  });

  it('is tested by a validator that does reject broken documents', async () => {
    expect((await validateJunit('<testsuites><testsuite name="x" tests="1"/></testsuites>')).valid).toBe(false);
    expect((await validateJunit('<testsuites><testsuite name="x" tests="1" failures="0" errors="0">&</testsuite></testsuites>')).valid).toBe(false);
  });

  it('writes one suite per plan file and one case per rule: the loader\'s, then the coverage rules on a valid plan', async () => {
    const xml = await canonicalXml(formatJunit(mixedReport(), formatterOptions()));
    expect(attributesOf(xml, 'testsuite', 'name')).toEqual(mixedReport().files.map((f) => f.file));
    const names = attributesOf(xml, 'testcase', 'name');
    // The tricky plan: schema, the rules in effect (here role-backup and okrs), then the other rules its findings name.
    expect(names).toEqual([
      'schema', 'role-backup', 'okrs', 'stakeholder-needs', 'two-messages', 'stale-contact', 'referrers',
      'schema', 'role-backup', 'okrs',
      'yaml-syntax',
      'schema',
    ]);
    expect(attributesOf(xml, 'testsuite', 'tests')).toEqual(['7', '3', '1', '1']);
    expect(attributesOf(xml, 'testsuite', 'failures')).toEqual(['2', '0', '1', '1']);
    expect(attributesOf(xml, 'testsuites', 'tests')).toEqual(['12']);
    expect(attributesOf(xml, 'testsuites', 'failures')).toEqual(['4']);
    expect(xml).toContain('<testcase classname="plans/copper-kettle.yaml" name="okrs" time="0"></testcase>');
  });

  it('fails a case on errors only: warnings go to the system-out of a passing case', async () => {
    const xml = await canonicalXml(formatJunit(mixedReport(), formatterOptions()));
    expect(attributesOf(xml, 'failure', 'type')).toEqual(['error', 'error', 'error', 'error']);
    const outs = elements(xml, 'system-out').map((e) => e.body).filter(Boolean);
    expect(outs).toEqual([
      `warning: ${trickyFile.file}:1:1: ${TRICKY.unicode} (okrs)`,
      `warning: ${trickyFile.file}:20:7: ${TRICKY.separators} (stakeholder-needs)\nat stakeholders[1]`,
      `warning: ${trickyFile.file}:30:3: bell nul esc vt nonchar lone end (stale-contact)\nat stakeholders[2]`,
      `warning: ${trickyFile.file}:8:2: ${TRICKY.markdown} (referrers)`,
    ]);
    const warningsOnly = report([fileReport('p.yaml', 'P', [finding({ rule: 'okrs', severity: 'warning', message: 'no OKRs' })])]);
    expect(formatJunit(warningsOnly, formatterOptions())).toContain('<testsuites name="cro check" tests="3" failures="0"');
  });

  it('puts every error of a rule in its one failure: file:line:col, message, rule and path', async () => {
    const xml = await canonicalXml(formatJunit(mixedReport(), formatterOptions()));
    const failures = elements(xml, 'failure');
    expect(failures[0]!.attributes.message).toBe(`3 errors; the first: ${TRICKY.percent}`);
    expect(failures[0]!.body.split('\n')).toEqual([
      `${trickyFile.file}:14:5: ${TRICKY.percent} (role-backup)`, 'at stakeholders[0]',
      `${trickyFile.file}:14:5: first line`, 'second line\r', 'third\rfourth (role-backup)', 'at stakeholders[0]',
      `${trickyFile.file}:14:5: first line`, 'second line\r', 'third\rfourth (role-backup)', 'at stakeholders[0]',
    ]);
    expect(failures[1]!.attributes.message).toBe(TRICKY.markup);
    expect(failures[1]!.body).toBe(`${trickyFile.file}:3:1: ${TRICKY.markup} (two-messages)\nat messages`);
    expect(failures[2]!.body).toBe('plans/broken.yaml:3:1: a tab is used for indentation; YAML indents with spaces only (yaml-syntax)');
  });

  it('keeps the account as a suite property', async () => {
    const xml = await canonicalXml(formatJunit(mixedReport(), formatterOptions()));
    expect(attributesOf(xml, 'property', 'value')).toEqual([trickyFile.account, 'Copper Kettle Coffee Roasters', 'Northgate']);
  });

  it('a case per rule in effect, as cro check passes them; none for rules that did not run on an invalid plan', async () => {
    const xml = await canonicalXml(formatJunit(report([cleanFile, invalidPlanFile]), formatterOptions({ activeRules: ['critical-roles', 'okrs', 'economics'] })));
    expect(attributesOf(xml, 'testcase', 'name')).toEqual(['schema', 'critical-roles', 'okrs', 'economics', 'schema']);
  });

  it('adds one failing case max-warnings when the warnings exceed --max-warnings, and none within it', async () => {
    const warnings = report([fileReport('p.yaml', 'P', [1, 2, 3].map((n) => finding({ rule: 'okrs', severity: 'warning', message: `w${n}`, line: n, subject: `okr:${n}` })))]);
    const within = await canonicalXml(formatJunit(warnings, formatterOptions({ maxWarnings: 3 })));
    expect(attributesOf(within, 'testsuites', 'failures')).toEqual(['0']);
    const over = await canonicalXml(formatJunit(warnings, formatterOptions({ maxWarnings: 2 })));
    expect(attributesOf(over, 'testsuites', 'failures')).toEqual(['1']);
    expect(attributesOf(over, 'testsuites', 'tests')).toEqual(['4']);
    expect(attributesOf(over, 'testsuite', 'name')).toEqual(['p.yaml', 'cro check']);
    expect(elements(over, 'failure')).toEqual([{ attributes: { message: '3 warnings exceed --max-warnings 2', type: 'max-warnings' }, body: '3 warnings exceed --max-warnings 2' }]);
    expect(over).toContain('<testcase classname="cro check" name="max-warnings" time="0">');
  });

  it('escapes markup and keeps line breaks and tabs in attributes as references', () => {
    expect(attribute(`a&b<c>d"e'f\tg\nh\ri`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f&#9;g&#10;h&#13;i');
    expect(text('a&b<c>]]>\r\n')).toBe('a&amp;b&lt;c&gt;]]&gt;&#13;\n');
    expect(stripForbiddenXmlCharacters('ok\u0000\u0008\u000b\u000c\u001f\udfff\ud800\ufffe\uffff 🚀\t\n\r')).toBe('ok 🚀\t\n\r');
  });

  it('writes an empty <testsuites> for a folder without plans', () => {
    expect(formatJunit(emptyReport(), formatterOptions())).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cro check" tests="0" failures="0" errors="0" time="0"/>\n',
    );
  });

  it('is deterministic: the timestamp comes from --as-of', () => {
    const xml = formatJunit(cleanReport(), formatterOptions({ asOf: '2027-01-31' }));
    expect(xml).toContain('timestamp="2027-01-31T00:00:00"');
    expect(formatJunit(mixedReport(), formatterOptions())).toBe(formatJunit(mixedReport(), formatterOptions()));
  });

  it('with --quiet, a rule whose warnings were hidden is a passing case', () => {
    const quiet = report([{ ...fileReport('p.yaml', 'P', []), warnings: 2 }]);
    expect(formatJunit(quiet, formatterOptions())).toContain('failures="0"');
  });
});

describe('junit of cro check', () => {
  const examples = join(ROOT, 'examples');
  const junit = (...args: string[]) => runCli(['check', '--format', 'junit', '--as-of', '2026-11-27', ...args], { cwd: examples });
  const totals = (xml: string) => /<testsuites name="cro check" tests="(\d+)" failures="(\d+)"/.exec(xml)!.slice(1).map(Number);

  it('fails as many cases as (plan, rule) pairs with errors, so the counts agree with the exit code', async () => {
    const { code, stdout } = junit();
    expect(code).toBe(1);
    expect(await validateJunit(stdout, 'jenkins')).toEqual({ valid: true, errors: [] });
    const [tests, failures] = totals(stdout);
    // 8 errors: critical-roles twice at Harbor & Vine, one case; 16 warnings, none of them a failure.
    expect(failures).toBe(7);
    expect(tests).toBe(5 * 18);
    const xml = await canonicalXml(stdout);
    expect(elements(xml, 'testcase').filter((c) => c.attributes.name === 'stale-contact')).toHaveLength(5);
  });

  it('a plan with warnings only: no failure, exit 0; past --max-warnings: the one failing case, exit 1', async () => {
    const plan = 'plans/brueckner-antriebstechnik.yaml';
    const clean = junit(plan);
    expect(clean.code).toBe(0);
    expect(totals(clean.stdout)).toEqual([18, 0]);
    expect(clean.stdout).toContain('<system-out>warning: plans/brueckner-antriebstechnik.yaml:102:5: no contact with');
    const over = junit(plan, '--max-warnings', '1');
    expect(over.code).toBe(1);
    expect(totals(over.stdout)).toEqual([19, 1]);
    expect(over.stdout).toContain('<failure type="max-warnings" message="2 warnings exceed --max-warnings 1">');
    expect(await validateJunit(over.stdout, 'jenkins')).toEqual({ valid: true, errors: [] });
    // A rule turned off has no case.
    expect(totals(junit(plan, '--rule', 'okrs=off').stdout)).toEqual([17, 0]);
  });
});
