import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { agendaJsonPieces, itemJson } from '../../src/commands/agenda/views/json.js';
import { renderAgendaText } from '../../src/commands/agenda/views/text.js';
import { renderAgendaMarkdown } from '../../src/commands/agenda/views/markdown.js';
import type { AgendaItem } from '../../src/method/agenda.js';
import { useLang } from '../../src/i18n/messages.js';

const HOSTILE = 'Evil "Corp" \\ | *bold* \u001b[31mred\u001b[0m\nline2';

const items: AgendaItem[] = [
  { kind: 'contact', date: '2026-10-01', overdue: true, account: HOSTILE, who: null, file: 'plans/e.yaml', line: 4, subject: 'stakeholder:x', name: `Mr ${HOSTILE}`, lastContact: '2026-07-03' },
  { kind: 'renewal', date: '2026-11-27', overdue: false, account: 'Acme', who: 'Jane Doe', file: 'plans/a.yaml', line: 3, subject: 'account.renewalDate', name: 'Acme', renewalDate: '2026-11-27' },
  { kind: 'milestone', date: '2027-03-01', overdue: false, account: 'Acme', who: 'Jane Doe', file: 'plans/a.yaml', line: 20, subject: 'milestone:Go-live', name: 'Go-live' },
];
const agenda = { asOf: '2026-11-27', items, owner: 'jane doe', within: 120 };

describe('the agenda views', () => {
  it('json: written item by item, byte for byte what JSON.stringify lays out', () => {
    useLang('en');
    const streamed = [...agendaJsonPieces(agenda, { version: '9.9.9' })].join('');
    const reference = {
      version: 1,
      cro: '9.9.9',
      asOf: '2026-11-27',
      filters: { owner: 'jane doe', segment: null, within: 120 },
      summary: { items: 3, overdue: 1 },
      items: items.map(itemJson),
    };
    expect(streamed).toBe(`${JSON.stringify(reference, null, 2)}\n`);
    const empty = [...agendaJsonPieces({ asOf: '2026-11-27', items: [] }, { version: '9.9.9' })].join('');
    expect(JSON.parse(empty)).toMatchObject({ items: [], summary: { items: 0, overdue: 0 } });
  });

  it('text: groups in order, every plan text on one inert line', () => {
    const out = renderAgendaText(agenda, { chalk: new Chalk({ level: 0 }) });
    expect(out.indexOf('Overdue (1)')).toBeLessThan(out.indexOf('Today (1)'));
    expect(out.indexOf('Today (1)')).toBeLessThan(out.indexOf('Later (1)'));
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/\u001b/);
    expect(out).toContain('no owner · plans/e.yaml:4 · 57 days late');
    expect(renderAgendaText({ asOf: '2026-11-27', items: [] }, { chalk: new Chalk({ level: 0 }) })).toBe('Agenda as of 2026-11-27: 0 items\n\nNothing is due.\n');
  });

  it('markdown: a table per group; plan text cannot break the table or add markup', () => {
    const out = renderAgendaMarkdown(agenda);
    const rows = out.split('\n').filter((line) => line.startsWith('| '));
    // Head, delimiter and item per group: every row has the five cells.
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
    expect(out).toContain('Evil "Corp" \\\\ \\| \\*bold\\* ');
    expect(out).toContain('Person: jane doe. Due within 120 days, and everything overdue.');
  });
});
