import Table from 'cli-table3';

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
