import type { AgendaItem } from '../../../method/agenda.js';
import { describeItem } from '../describe.js';
import { itemUid } from './uid.js';
import type { Agenda } from './agenda.js';

/**
 * `cro agenda --format json` (stable; other tools read it):
 * `{ version: 1, asOf, filters: { owner, segment, within }, summary: { items, overdue },
 *    items: [ { date, overdue, kind, account, action, who, file, line, subject, name, uid } ] }`
 * — dates ISO, `null` where a filter or a person is not given; `action` in the language in use.
 */
export function renderAgendaJson(agenda: Agenda, { version }: { version: string }): string {
  const document = {
    version: 1,
    cro: version,
    asOf: agenda.asOf,
    filters: { owner: agenda.owner ?? null, segment: agenda.segment ?? null, within: agenda.within ?? null },
    summary: { items: agenda.items.length, overdue: agenda.items.filter((item) => item.overdue).length },
    items: agenda.items.map(itemJson),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function itemJson(item: AgendaItem) {
  return {
    date: item.date,
    overdue: item.overdue,
    kind: item.kind,
    account: item.account,
    action: describeItem(item),
    who: item.who,
    file: item.file,
    line: item.line,
    subject: item.subject,
    name: item.name,
    uid: itemUid(item),
  };
}
