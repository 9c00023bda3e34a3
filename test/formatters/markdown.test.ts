import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../src/formatters/markdown.js';
import { codeSpan, escapeCell, escapeInline, tableRow } from '../../src/text/markdown.js';
import { cleanReport, emptyReport, fileReport, finding, formatterOptions, mixedReport, report } from './fixtures.js';

/** Splits a GFM table row into cells the way GFM does: at every `|` not escaped by a backslash. */
function cells(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

describe('markdown formatter', () => {
  it('heads the comment with the verdict and the counts', () => {
    const out = formatMarkdown(mixedReport(), formatterOptions());
    expect(out.split('\n')[0]).toBe('## ❌ cro check: 6 errors and 4 warnings in 3 of 4 files');
    const warningsOnly = report([fileReport('a.yaml', 'A', [finding({ rule: 'okrs', severity: 'warning', message: 'no OKRs' })])]);
    expect(formatMarkdown(warningsOnly, formatterOptions()).split('\n')[0]).toBe('## ⚠️ cro check: 1 warning in 1 of 1 file');
  });

  it('writes a table per file with problems: line, severity, rule, message', () => {
    const out = formatMarkdown(mixedReport(), formatterOptions());
    expect(out).toContain(
      [
        '### `plans/broken.yaml`',
        '',
        '| Line | Severity | Rule | Message |',
        '| ---: | --- | --- | --- |',
        '| 3:1 | ❌ error | `yaml-syntax` | a tab is used for indentation; YAML indents with spaces only |',
      ].join('\n'),
    );
    expect(out).toContain('### `plans/acme,inc: "east" #1.yaml` · Acme \\& \\<Sons\\> "Ltd"');
    expect(out).toContain('| 20:7 | ⚠️ warning | `stakeholder-needs` | roles: end-user, procurement; key=value::done |');
    expect(out).not.toContain('copper-kettle');
    expect(out).toContain('1 file without problems.');
  });

  it('keeps every row of a table on one line with four cells, whatever the message holds', () => {
    const rows = formatMarkdown(mixedReport(), formatterOptions())
      .split('\n')
      .filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(3 * 2 + 10);
    for (const row of rows) expect(cells(row)).toHaveLength(4);
  });

  it('escapes pipes, line breaks and Markdown syntax in cells', () => {
    const out = formatMarkdown(mixedReport(), formatterOptions());
    expect(out).toContain('| first line<br>second line<br>third<br>fourth |');
    expect(out).toContain('| a \\| b \\\\\\| c \\`code\\` \\*bold\\* \\_it\\_ \\[link\\](x) \\$x\\$ \\~\\~s\\~\\~ \\# h |');
    expect(out).toContain('\\<b\\>Ali \\& "Ece"\\</b\\> isn\'t \\> \'Omar\' \\]\\]\\> done');
    expect(out).toContain('Brückner — 日本語 🚀 İstanbul');
  });

  it('escapes each piece for where it goes', () => {
    expect(escapeInline('a\nb\r\nc|d')).toBe('a b c\\|d');
    expect(escapeCell('a\nb|c')).toBe('a<br>b\\|c');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a|b')).toBe('`a|b`');
    expect(codeSpan('a|b', { inTable: true })).toBe('`a\\|b`');
  });

  it('says so when there are no problems', () => {
    expect(formatMarkdown(cleanReport(), formatterOptions())).toBe('## ✅ cro check: no problems in 1 file\n\n<sub>cro 1.2.3, as of 2026-11-27</sub>\n');
  });

  it('says no plans were found for a folder without plans', () => {
    expect(formatMarkdown(emptyReport(), formatterOptions())).toBe(
      '## ✅ cro check: no plans found\n\nNo plans found; run `cro init` to create one.\n\n<sub>cro 1.2.3, as of 2026-11-27</sub>\n',
    );
  });

  it('tells how many warnings --quiet left out', () => {
    const quiet = report([{ ...fileReport('p.yaml', 'P', [finding({ rule: 'schema', message: 'bad' })]), warnings: 3 }]);
    const out = formatMarkdown(quiet, formatterOptions());
    expect(out.split('\n')[0]).toBe('## ❌ cro check: 1 error and 3 warnings in 1 of 1 file');
    expect(out).toContain('3 warnings not shown (`--quiet`).');
  });
});

describe('tableRow', () => {
  it('writes the compact style: one space each side of a cell, an empty cell a single space', () => {
    expect(tableRow(['a', '', 'c'])).toBe('| a | | c |');
    expect(tableRow(['---:', '---'])).toBe('| ---: | --- |');
    expect(cells(tableRow(['x', '', 'y']))).toEqual(['x', '', 'y']);
  });
});
