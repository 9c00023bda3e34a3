import Table from 'cli-table3';
import { displayWidth } from '../formatters/box-table.js';

/**
 * The look of every break-even table: no box, two spaces between columns, one rule
 * under the header. It reads the same with and without colour and pastes cleanly
 * into an e-mail or a ticket.
 */
export function plainTable(head: string[], colAligns: Array<'left' | 'right'>): Table.Table {
  return new Table({
    head,
    colAligns,
    chars: {
      top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
      bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
      left: '', 'left-mid': '', right: '', 'right-mid': '',
      mid: '─', 'mid-mid': '──', middle: '  ',
    },
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
  });
}

/** The rendered table without trailing spaces (short cells pad every line to the widest). */
export function renderTable(table: Table.Table): string {
  return table.toString().split('\n').map((line) => line.trimEnd()).join('\n');
}

/**
 * A table that leaves out some of its columns, by index, and can take `squeeze` columns
 * of the terminal off its first column's text (names, cut short with "…").
 */
export type TableWithout = (hidden: ReadonlySet<number>, squeeze: number) => string;

/**
 * A table as wide as `width` at most (a terminal's): rendered whole when it fits or no
 * width is given, else again without its least needed columns, taken in `dropOrder`,
 * until it fits or none are left to drop; then its first column's names are cut short.
 * A table that wraps in the terminal is unreadable; one without its ROI column still
 * answers the question it is there for. Returns the columns left out, for a note under
 * the table.
 */
export function fitToWidth(render: TableWithout, dropOrder: readonly number[], width: number | undefined): { text: string; hidden: number[] } {
  const hidden = new Set<number>();
  let text = render(hidden, 0);
  if (width === undefined) return { text, hidden: [] };
  for (const column of dropOrder) {
    if (widest(text) <= width) break;
    hidden.add(column);
    text = render(hidden, 0);
  }
  const overflow = widest(text) - width;
  if (overflow > 0) text = render(hidden, overflow);
  return { text, hidden: [...hidden] };
}

/** The fewest columns a name is cut to, however narrow the terminal: a name must stay recognisable. */
const SHORTEST_NAME = 12;

/** Cuts each of `names` to `squeeze` columns less than the widest of them (not below SHORTEST_NAME), ending a cut one with "…". */
export function squeezeNames(names: readonly string[], squeeze: number): string[] {
  if (squeeze <= 0) return [...names];
  const limit = Math.max(SHORTEST_NAME, Math.max(0, ...names.map(displayWidth)) - squeeze);
  return names.map((name) => cutToWidth(name, limit));
}

function cutToWidth(text: string, limit: number): string {
  if (displayWidth(text) <= limit) return text;
  let out = '';
  for (const character of text) {
    if (displayWidth(`${out}${character}…`) > limit) break;
    out += character;
  }
  return `${out}…`;
}

function widest(text: string): number {
  return Math.max(0, ...text.split('\n').map(displayWidth));
}

/** `cells` without the hidden columns. */
export function shown<T>(cells: readonly T[], hidden: ReadonlySet<number>): T[] {
  return cells.filter((_, index) => !hidden.has(index));
}

/** What a note under a narrowed table says: "ROI, MRR left out to fit the terminal; …". */
export function leftOutNote(head: readonly string[], hidden: readonly number[], wider: string): string | undefined {
  if (hidden.length === 0) return undefined;
  const names = hidden.map((column) => head[column]!.replace(/\n/g, ' '));
  return `${names.join(', ')} left out to fit the terminal; ${wider}`;
}
