import { Chalk } from 'chalk';
import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBoxTable } from '../../src/formatters/box-table.js';
import { displayWidth } from '../../src/text/display-width.js';

/** What cli-table3 draws with the options the stylish format used with it. */
function cliTable3(head: string[], rows: string[][]): string {
  const table = new Table({ head, style: { head: [], border: [] } });
  for (const row of rows) table.push(row);
  return table.toString();
}

const NAMES = ['Tamika Johnson', 'Ayşe Yılmaz', 'Çelik', '山田太郎', 'Zoë', 'Zoe\u0308', 'José 😀', '👩‍💻 Dev', 'Ｆｕｌｌ', 'x', '', '  indented', 'none', '✖ nobody'];

describe('box table', () => {
  it('draws what cli-table3 draws: multi-line cells, wide characters, emoji, combining marks and colour', () => {
    const chalk = new Chalk({ level: 1 });
    const line = fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom<(s: string) => string>((s) => s, chalk.red, chalk.dim, chalk.green, chalk.bold)).map(([name, paint]) => paint(name));
    const cell = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell, cell), { minLength: 1, maxLength: 5 }), fc.boolean(), (rows, bold) => {
        const head = ['critical role', 'covered by', 'stance', 'backup'].map((title) => (bold ? chalk.bold(title) : title));
        expect(renderBoxTable(head, rows)).toBe(cliTable3(head, rows));
      }),
      { numRuns: 300 },
    );
  });

  it('measures text as a terminal shows it', () => {
    expect(displayWidth('Tamika')).toBe(6);
    expect(displayWidth('\u001b[31m✖ nobody\u001b[39m')).toBe(8);
    expect(displayWidth('山田')).toBe(4);
    expect(displayWidth('Zoe\u0308')).toBe(3);
  });
});
