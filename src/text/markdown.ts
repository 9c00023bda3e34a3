import { oneLine } from './terminal-text.js';

// Markdown of every command (check, report, breakeven): GitHub's renderer and markdownlint read it (test/schemas).

/**
 * One row of a GFM table, in the "compact" style (markdownlint's MD060): one space
 * each side of every cell, an empty cell a single space, so every row of every table
 * cro writes, delimiter row included, has the same shape. Cells are escaped already.
 */
export function tableRow(cells: readonly string[]): string {
  return `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|`;
}

/**
 * Text shown literally: backslash-escapes the punctuation Markdown gives meaning to
 * (CommonMark allows a backslash before any ASCII punctuation; `$` starts math on
 * GitHub), and collapses line breaks, which would end a heading or a table row.
 */
export function escapeInline(value: string): string {
  // Markdown goes to a terminal too (stdout by default): no escape sequence passes.
  return oneLine(value.replace(/\r\n?|\n/g, ' ')).replace(/[\\`*_[\]<>#|~&$]/g, '\\$&');
}

/** A table cell: inline escaping, but line breaks kept as `<br>` (the one line break a cell can hold). */
export function escapeCell(value: string): string {
  return value
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map(escapeInline)
    .join('<br>');
}

/**
 * Code spans keep text verbatim; the fence is longer than any backtick run inside. In a
 * table, `|` still ends the cell even in code, so it is escaped there (GFM removes the `\`).
 */
export function codeSpan(value: string, { inTable = false } = {}): string {
  const flat = oneLine(value);
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${inTable ? flat.replace(/\|/g, '\\|') : flat}${pad}${fence}`;
}
