import { messages } from '../i18n/messages.js';
import Table from 'cli-table3';
import { displayWidth } from './display-width.js';

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

/** A table without some of its columns (by index), its names cut to `nameLimit` columns of a terminal (Infinity: whole). */
export type TableWithout = (hidden: ReadonlySet<number>, nameLimit: number) => string;

/** Names wider than this are cut before any column is left out: the end of a long name says less than a column of figures. */
const NAME_CAP = 28;
/** The fewest columns a name is cut to, however narrow the terminal: a name must stay recognisable. */
const SHORTEST_NAME = 12;

/**
 * A table as wide as `width` at most (a terminal's). Rendered whole when it fits or no
 * width is given; else with names cut to NAME_CAP, then without its least needed columns,
 * taken in `dropOrder`, until it fits or none are left to drop, and then with names cut
 * further. A table that wraps in the terminal is unreadable; one without its ROI column
 * still answers the question it is there for. `widestName` is the widest of the names
 * the table cuts. Returns the columns left out, for a note under the table.
 */
export function fitToWidth(render: TableWithout, dropOrder: readonly number[], width: number | undefined, widestName: number): { text: string; hidden: number[] } {
  const hidden = new Set<number>();
  let text = render(hidden, Infinity);
  if (width === undefined || widest(text) <= width) return { text, hidden: [] };
  let limit = Math.min(widestName, NAME_CAP);
  text = render(hidden, limit);
  for (const column of dropOrder) {
    if (widest(text) <= width) break;
    hidden.add(column);
    text = render(hidden, limit);
  }
  const overflow = widest(text) - width;
  if (overflow > 0 && limit > SHORTEST_NAME) {
    limit = Math.max(SHORTEST_NAME, limit - overflow);
    text = render(hidden, limit);
  }
  return { text, hidden: [...hidden] };
}

let graphemeSegmenter: Intl.Segmenter | undefined;

/** What a reader sees as one character each: an emoji with its joiners, a letter with its marks. */
function graphemes(text: string): string[] {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(graphemeSegmenter.segment(text), (part) => part.segment);
}

/**
 * `text` cut to `limit` columns of a terminal with "…" where it was cut, never inside a
 * character: a name keeps its start and its end, so names that differ only at the end
 * stay apart ("Acme Corpora…— East"); a path keeps its end, where its file name is.
 */
export function cutToWidth(text: string, limit: number, keep: 'both ends' | 'end' = 'both ends'): string {
  if (displayWidth(text) <= limit) return text;
  const parts = graphemes(text);
  const room = Math.max(0, limit - 1);
  let head = '';
  let next = 0;
  if (keep === 'both ends') {
    const headRoom = Math.ceil(room * 0.6);
    while (next < parts.length && displayWidth(head + parts[next]!) <= headRoom) head += parts[next++]!;
  }
  let tail = '';
  const tailRoom = room - displayWidth(head);
  for (let last = parts.length - 1; last >= next && displayWidth(parts[last]! + tail) <= tailRoom; last--) tail = parts[last]! + tail;
  return `${head}…${tail}`;
}

/** The widest of `names`, in columns of a terminal. */
export function widestOf(names: readonly string[]): number {
  return Math.max(0, ...names.map(displayWidth));
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
  return messages().common.leftOut({ columns: names.join(', '), wider });
}
