import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/formatters/github.js';
import { TRICKY, cleanReport, emptyReport, formatterOptions, mixedReport, trickyFile } from './fixtures.js';

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

  it('round-trips: the runner decodes exactly the original file, rule and message', () => {
    const lines = formatGithub(mixedReport(), formatterOptions()).trimEnd().split('\n');
    const decoded = lines.map(parseAnnotation);
    const expected = mixedReport().files.flatMap((file) =>
      file.findings.map((f) => ({
        command: f.severity,
        properties: { file: file.file, line: String(f.line), col: String(f.column), title: f.rule },
        message: f.message,
      })),
    );
    expect(decoded).toEqual(expected);
    expect(decoded[0]!.message).toBe(TRICKY.percent);
    expect(decoded[0]!.message).toContain('literal %0A');
    expect(decoded[0]!.properties.file).toBe(trickyFile.file);
  });

  it('round-trips any text, in the message and in a property', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(unescapeData(escapeData(text))).toBe(text);
        expect(unescapeProperty(escapeProperty(text))).toBe(text);
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

  it('prints nothing for a clean plan or a folder without plans', () => {
    expect(formatGithub(cleanReport(), formatterOptions())).toBe('');
    expect(formatGithub(emptyReport(), formatterOptions())).toBe('');
  });
});
