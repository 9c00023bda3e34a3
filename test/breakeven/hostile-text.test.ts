import { describe, expect, it } from 'vitest';
import { formatChart } from '../../src/commands/breakeven/views/chart.js';
import { gateFailures } from '../../src/commands/breakeven/gate.js';
import { formatBreakEvenMarkdown } from '../../src/commands/breakeven/views/markdown.js';
import { formatPortfolioTable } from '../../src/commands/breakeven/views/portfolio-table.js';
import { formatScheduleTable } from '../../src/commands/breakeven/schedule.js';
import { formatSummary } from '../../src/commands/breakeven/summary.js';
import type { BreakEvenEntry } from '../../src/economics/entry.js';
import { coloured, economicsOf, fromYaml, plain, stripAnsi } from './fixtures.js';

/*
 * A plan's account name and file name end up in every break-even view: none may carry
 * an escape sequence, a line break, a line separator or a bidi override to the terminal.
 */

/** As a YAML double-quoted scalar writes them: OSC 0 title, clear screen, OSC 8 link, CSI U+009B, a forged line, U+2028, RLO. */
const HOSTILE_YAML = String.raw`\e]0;pwned\a\e[2J\e]8;;https://evil.example\e\\link\e]8;;\e\\\x9b31m\n✔ no problems\L\u202Eevil`;
const HOSTILE_FILE = 'plans/acme\u001b]0;pwned\u0007\n✔ no problems\u2028\u202e.yaml';
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const hostilePlan = (economics: string) =>
  `cro: 1\naccount: { name: "Acme${HOSTILE_YAML}", renewalDate: 2027-02-01 }\neconomics: { ${economics} }\n`;
const paysBack = economicsOf(fromYaml(hostilePlan('start: 2026-02-01, acquisitionCost: 84000, monthlyRevenue: 9500, grossMargin: 0.78'), HOSTILE_FILE));
const never = economicsOf(fromYaml(hostilePlan('start: 2026-02-01, acquisitionCost: 84000, monthlyRevenue: 100, supportCostMonthly: 200'), HOSTILE_FILE));
const noEconomics = fromYaml(`cro: 1\naccount: { name: "Bolt${HOSTILE_YAML}" }\n`, HOSTILE_FILE);
const invalid = fromYaml(`cro: 1\naccount: { name: "Core${HOSTILE_YAML}", renewalDate: "soon${HOSTILE_YAML}" }\n`, HOSTILE_FILE);

/** Output with cro's own colour codes taken out: then nothing unsafe may be left. */
function expectSafe(out: string): string[] {
  const text = stripAnsi(out);
  expect(text).not.toMatch(UNSAFE);
  const lines = text.split('\n');
  // The forged line never starts at the margin: it stays after the name that carried it,
  // or on an indented line that wrapping made.
  for (const line of lines) expect(line).not.toMatch(/^✔ no problems/);
  return lines;
}

describe('break-even views of a plan whose names hold escape sequences', () => {
  it('the fixtures really carry them', () => {
    expect(paysBack.account).toContain('\u001b]0;pwned\u0007');
    expect(paysBack.account).toContain('\u009b');
    expect(paysBack.account).toContain('\u2028');
    expect(invalid.kind).toBe('invalid');
  });

  it('summary: the title shows the name and file as text, on one line', () => {
    for (const chalk of [plain, coloured]) {
      const lines = expectSafe(formatSummary(paysBack, chalk));
      expect(lines[0]).toBe('Acme ]0;pwned [2J ]8;;https://evil.example \\link ]8;; \\ 31m ✔ no problems evil · plans/acme ]0;pwned ✔ no problems .yaml');
    }
  });

  it('--schedule and --chart: the heading and the title', () => {
    for (const chalk of [plain, coloured]) {
      expect(expectSafe(formatScheduleTable(paysBack, chalk))[0]).toMatch(/^Acme \]0;pwned .* evil: month by month/);
      expectSafe(formatChart(paysBack, chalk, { width: 200 }));
      expectSafe(formatChart(never, chalk, { width: 80 }));
    }
  });

  it('the many-plan table: names, files and the notes below it', () => {
    const entries: BreakEvenEntry[] = [paysBack, never, noEconomics, invalid];
    for (const chalk of [plain, coloured]) {
      for (const width of [undefined, 60, 200]) {
        const lines = expectSafe(formatPortfolioTable(entries, chalk, width));
        expect(lines.some((line) => line.includes('never breaks even'))).toBe(true);
      }
    }
    const notes = stripAnsi(formatPortfolioTable(entries, plain));
    expect(notes).toContain('plans/acme ]0;pwned ✔ no problems .yaml:2:');
    expect(notes).toContain('Bolt ]0;pwned');
  });

  it('the gate lines on stderr', () => {
    const failures = gateFailures([paysBack, never], 1, '--max-months 1');
    expect(failures).toHaveLength(2);
    for (const failure of failures) expectSafe(failure);
  });

  it('markdown: no escape sequence either, should the document be printed', () => {
    for (const entries of [[paysBack], [paysBack, never, noEconomics, invalid]]) {
      const out = formatBreakEvenMarkdown(entries, { schedule: true, chart: true, plain, asOf: '2026-11-27', version: '1.0.0' });
      expect(out).not.toMatch(UNSAFE);
    }
  });
});
