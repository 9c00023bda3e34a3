import { describe, expect, it } from 'vitest';
import { attribute, formatJunit, stripForbiddenXmlCharacters, text } from '../../src/formatters/junit.js';
import { canonicalXml, validateJunit } from '../helpers/schemas.js';
import { TRICKY, cleanReport, emptyReport, fileReport, finding, formatterOptions, mixedReport, report, trickyFile } from './fixtures.js';

/** The Ant schema declares no attributes on `<testsuites>`; everything below it must conform. */
const withoutRootTotals = (xml: string): string => xml.replace(/<testsuites [^>]*?(\/?)>/, '<testsuites$1>');

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
  it('validates against the Jenkins xUnit schema, and the Ant schema below the root', async () => {
    for (const sample of [mixedReport(), cleanReport(), emptyReport()]) {
      const xml = formatJunit(sample, formatterOptions());
      expect(await validateJunit(xml, 'jenkins')).toEqual({ valid: true, errors: [] });
      expect(await validateJunit(withoutRootTotals(xml), 'ant')).toEqual({ valid: true, errors: [] });
    }
  });

  it('is tested by validators that do reject broken documents', async () => {
    expect((await validateJunit('<testsuites><testsuite name="x" tests="1"/></testsuites>')).valid).toBe(false);
    expect((await validateJunit('<testsuites><testsuite name="x" tests="1" failures="0" errors="0">&</testsuite></testsuites>')).valid).toBe(false);
    // The one known difference from the Ant schema: the totals on the root, which readers use.
    const ant = await validateJunit(formatJunit(mixedReport(), formatterOptions()), 'ant');
    expect(ant.valid).toBe(false);
    expect(ant.errors.join('\n')).toMatch(/testsuites.*attribute/);
  });

  it('writes one suite per plan file, one failing case per finding, one passing case for a clean plan', async () => {
    const xml = await canonicalXml(formatJunit(mixedReport(), formatterOptions()));
    expect(attributesOf(xml, 'testsuite', 'name')).toEqual(mixedReport().files.map((f) => f.file));
    expect(attributesOf(xml, 'testsuites', 'tests')).toEqual(['11']);
    expect(attributesOf(xml, 'testsuites', 'failures')).toEqual(['10']);
    expect(attributesOf(xml, 'testsuite', 'tests')).toEqual(['8', '1', '1', '1']);
    expect(attributesOf(xml, 'testsuite', 'failures')).toEqual(['8', '0', '1', '1']);
    expect(xml).toContain('<testcase classname="plans/copper-kettle.yaml" name="plan passes every check" time="0"></testcase>');
    expect(attributesOf(xml, 'failure', 'type')).toEqual(['error', 'error', 'error', 'warning', 'error', 'warning', 'warning', 'warning', 'error', 'error']);
  });

  it('keeps the account as a suite property', async () => {
    const xml = await canonicalXml(formatJunit(mixedReport(), formatterOptions()));
    expect(attributesOf(xml, 'property', 'value')).toEqual([trickyFile.account, 'Copper Kettle Coffee Roasters', 'Northgate']);
  });

  it('names test cases by rule and position, unique within a suite', async () => {
    const xml = await canonicalXml(formatJunit(mixedReport(), formatterOptions()));
    const names = attributesOf(xml, 'testcase', 'name').slice(0, 8);
    expect(names.slice(0, 3)).toEqual(['role-backup 14:5', 'role-backup 14:5 (2)', 'role-backup 14:5 (3)']);
    expect(new Set(names).size).toBe(names.length);
  });

  it('a counter never collides with a name that already has one', () => {
    const collide = report([
      fileReport('p.yaml', null, [
        finding({ rule: 'okrs', message: 'a' }),
        finding({ rule: 'okrs 1:1 (2)', message: 'b' }),
        finding({ rule: 'okrs', message: 'c' }),
      ]),
    ]);
    const xml = formatJunit(collide, formatterOptions());
    const names = [...xml.matchAll(/<testcase name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual(['okrs 1:1', 'okrs 1:1 (2) 1:1', 'okrs 1:1 (2)']);
  });

  it('carries messages exactly as a parser reads them back, minus characters XML forbids', async () => {
    const xml = await canonicalXml(formatJunit(mixedReport(), formatterOptions()));
    const messages = attributesOf(xml, 'failure', 'message');
    const expected = mixedReport().files.flatMap((f) => f.findings.map((x) => stripForbiddenXmlCharacters(x.message)));
    expect(messages).toEqual(expected);
    expect(messages).toContain(TRICKY.markup);
    expect(messages).toContain(TRICKY.lines);
    expect(messages).toContain(TRICKY.unicode);
    expect(messages).toContain('bell nul esc vt nonchar lone end');
  });

  it('writes file:line:col, message, rule and path in the failure body', async () => {
    const xml = await canonicalXml(formatJunit(mixedReport(), formatterOptions()));
    const bodies = elements(xml, 'failure').map((e) => e.body);
    expect(bodies[4]).toBe(`${trickyFile.file}:3:1: ${TRICKY.markup} (two-messages)\nat messages`);
    expect(bodies.at(-2)).toBe('plans/broken.yaml:3:1: a tab is used for indentation; YAML indents with spaces only (yaml-syntax)');
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

  it('does not call a plan clean when --quiet hid its warnings', () => {
    const quiet = report([{ ...fileReport('p.yaml', 'P', []), warnings: 2 }]);
    expect(formatJunit(quiet, formatterOptions())).toContain('name="plan has no errors (warnings not shown)"');
  });
});
