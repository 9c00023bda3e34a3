import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/formatters/github.js';
import { oneLine } from '../../src/text/terminal-text.js';
import { TRICKY, cleanReport, emptyReport, fileReport, finding, formatterOptions, mixedReport, report, trickyFile } from './fixtures.js';

interface Annotation {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/**
 * Reads a workflow command the way the Actions runner does (ActionCommand.cs): split at
 * the first `::` after the command, properties at `,`, each at its first `=`, then
 * percent-decode, `%25` last.
 */
function parseAnnotation(line: string): Annotation {
  const match = /^::(\w+) ([^:]*)::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties: Record<string, string> = {};
  for (const pair of match[2]!.split(',')) {
    const at = pair.indexOf('=');
    properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
  }
  return { command: match[1]!, properties, message: unescapeData(match[3]!) };
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

describe('github formatter', () => {
  it('writes one annotation per finding, error or warning, with file, line, col and the rule as title', () => {
    const out = formatGithub(mixedReport(), formatterOptions());
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe(
      '::error file=plans/acme%2Cinc%3A "east" #1.yaml,line=14,col=5,title=role-backup::coverage at 100%25 – 50%250A of it literal %250A and %2525 and %25',
    );
    expect(lines).toContain('::error file=plans/broken.yaml,line=3,col=1,title=yaml-syntax::a tab is used for indentation; YAML indents with spaces only');
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(4);
    expect(out.endsWith('\n')).toBe(true);
  });

  it('puts every annotation on one line, whatever the message holds', () => {
    const out = formatGithub(mixedReport(), formatterOptions());
    for (const line of out.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning) file=[^:,]*,line=\d+,col=\d+,title=[^:,]+::[^\r\n]*$/);
  });

  it('round-trips: the runner decodes the file, rule and message as the terminal shows them', () => {
    const lines = formatGithub(mixedReport(), formatterOptions()).trimEnd().split('\n');
    const decoded = lines.map(parseAnnotation);
    const expected = mixedReport().files.flatMap((file) =>
      file.findings.map((f) => ({
        command: f.severity,
        properties: { file: file.file, line: String(f.line), col: String(f.column), title: f.rule },
        // A message is one line, as in the stylish view; the file name keeps its line breaks.
        message: oneLine(f.message),
      })),
    );
    // Errors first, in file order, then the warnings.
    expect(decoded).toEqual([...expected.filter((a) => a.command === 'error'), ...expected.filter((a) => a.command === 'warning')]);
    expect(decoded[0]!.message).toBe(TRICKY.percent);
    expect(decoded[0]!.message).toContain('literal %0A');
    expect(decoded[0]!.properties.file).toBe(trickyFile.file);
  });

  it('writes the errors first, at most 10 of each level, then one notice saying how many were left out and where they are', () => {
    const many = (rule: string, severity: 'error' | 'warning', count: number, from: number) =>
      Array.from({ length: count }, (_, i) => finding({ rule, severity, message: `${rule} ${i}`, line: from + i, subject: `stakeholder:p${i}` }));
    // Warnings before errors in the file, and errors in a later file: GitHub would keep the first 10 of each level it sees.
    const r = report([
      fileReport('plans/a.yaml', 'A', [...many('stale-contact', 'warning', 13, 1), ...many('role-backup', 'error', 6, 20)]),
      fileReport('plans/b.yaml', 'B', [...many('detractor-plan', 'error', 9, 1), ...many('okrs', 'warning', 10, 40)]),
    ]);
    const decoded = formatGithub(r, formatterOptions()).trimEnd().split('\n').map(parseAnnotation);
    expect(decoded.map((a) => a.command)).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), 'notice']);
    expect(decoded.slice(0, 10).map((a) => `${a.properties.file} ${a.message}`)).toEqual([
      ...Array.from({ length: 6 }, (_, i) => `plans/a.yaml role-backup ${i}`),
      ...Array.from({ length: 4 }, (_, i) => `plans/b.yaml detractor-plan ${i}`),
    ]);
    expect(decoded.slice(10, 20).every((a) => a.properties.file === 'plans/a.yaml')).toBe(true);
    expect(decoded.at(-1)).toEqual({
      command: 'notice',
      properties: { title: 'cro check' },
      message: '5 more errors and 13 more warnings not shown as annotations (GitHub shows 10 of each per step); the job summary has the full report, or run `cro check` locally',
    });
  });

  it('adds no notice when every finding fits, and names only the level that overflowed', () => {
    const warnings = Array.from({ length: 11 }, (_, i) => finding({ rule: 'okrs', severity: 'warning', message: `w${i}`, line: i + 1 }));
    const errors = Array.from({ length: 10 }, (_, i) => finding({ rule: 'schema', message: `e${i}`, line: i + 1 }));
    const fits = formatGithub(report([fileReport('a.yaml', 'A', [...errors, ...warnings.slice(0, 10)])]), formatterOptions());
    expect(fits).not.toContain('::notice');
    const over = formatGithub(report([fileReport('a.yaml', 'A', [...errors, ...warnings])]), formatterOptions()).trimEnd().split('\n');
    expect(over).toHaveLength(21);
    expect(parseAnnotation(over.at(-1)!).message).toMatch(/^1 more warning not shown as annotations/);
  });

  it('round-trips any text without control characters, in the message and in a property; line breaks too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        // What the runner decodes: the text with its line breaks, every other control a space.
        const shown = text.split(/(\r|\n)/).map((part) => (part === '\r' || part === '\n' ? part : oneLine(part))).join('');
        expect(unescapeData(escapeData(text))).toBe(shown);
        expect(unescapeProperty(escapeProperty(text))).toBe(shown);
        if (oneLine(text) === text) expect(unescapeData(escapeData(text))).toBe(text);
        expect(escapeData(text)).not.toMatch(/[\r\n]/);
        expect(escapeProperty(text)).not.toMatch(/[\r\n:,]/);
      }),
    );
  });

  it('escapes % before anything else, so an escape typed in a message stays literal', () => {
    expect(escapeData('%0A')).toBe('%250A');
    expect(escapeData('a\r\nb')).toBe('a%0D%0Ab');
    expect(escapeProperty('C:\\plans\\a,b.yaml')).toBe('C%3A\\plans\\a%2Cb.yaml');
  });

  it('passes no ESC, C1 control, separator or bidi override of a plan to the log, and forges no line', () => {
    const hostile = 'Acme\u001b]0;pwned\u0007 \u001b[2J\u009b31m\u202eevil\u2066\u2028x\n::error::✔ no problems';
    const out = formatGithub(report([fileReport(`plans/${hostile}.yaml`, hostile, [finding({ rule: 'okrs', message: `no objective in ${hostile}` })])]), formatterOptions());
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    const { message, properties } = parseAnnotation(lines[0]!);
    expect(message).toBe('no objective in Acme ]0;pwned   [2J 31m evil x ::error::✔ no problems');
    expect(properties.file).toBe('plans/Acme ]0;pwned   [2J 31m evil x\n::error::✔ no problems.yaml');
  });

  it('prints nothing for a clean plan or a folder without plans', () => {
    expect(formatGithub(cleanReport(), formatterOptions())).toBe('');
    expect(formatGithub(emptyReport(), formatterOptions())).toBe('');
  });
});
