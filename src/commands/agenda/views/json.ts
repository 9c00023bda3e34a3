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
export function renderAgendaJson(agenda: Agenda, options: { version: string }): string {
  return [...agendaJsonPieces(agenda, options)].join('');
}

/**
 * The document an item at a time (100,000 items of a large repository are never one
 * string), laid out exactly as `JSON.stringify(document, null, 2)` would (tests compare).
 */
export function* agendaJsonPieces(agenda: Agenda, { version }: { version: string }): Generator<string> {
  const head = {
    version: 1,
    cro: version,
    asOf: agenda.asOf,
    filters: { owner: agenda.owner ?? null, segment: agenda.segment ?? null, within: agenda.within ?? null },
    summary: { items: agenda.items.length, overdue: agenda.items.filter((item) => item.overdue).length },
  };
  const opened = JSON.stringify({ ...head, items: [] }, null, 2);
  if (agenda.items.length === 0) {
    yield `${opened}\n`;
    return;
  }
  // Everything before the empty list's closing bracket, then the items, indented as members of it.
  yield `${opened.slice(0, -'[]\n}'.length)}[\n`;
  let first = true;
  for (const item of agenda.items) {
    yield `${first ? '' : ',\n'}${itemText(item)}`;
    first = false;
  }
  yield '\n  ]\n}\n';
}

/**
 * A JSON string, as JSON.stringify writes it: most of the agenda's text has nothing to
 * escape, and a test of that is cheaper than a call per value (113,000 items, five values
 * each). Surrogates go the long way, as JSON.stringify escapes a lone one.
 */
// eslint-disable-next-line no-control-regex
const PLAIN = /^[^"\\\u0000-\u001F\uD800-\uDFFF]*$/;
const q = (value: string | null) => (value !== null && PLAIN.test(value) ? `"${value}"` : JSON.stringify(value));

/** One item as `JSON.stringify(itemJson(item), null, 2)` lays it out inside the list, written directly (100,000 of them). */
function itemText(item: AgendaItem): string {
  return (
    '    {\n' +
    // The date and the kind are ISO digits and a fixed name: nothing to escape.
    `      "date": "${item.date}",\n` +
    `      "overdue": ${item.overdue},\n` +
    `      "kind": "${item.kind}",\n` +
    `      "account": ${q(item.account)},\n` +
    `      "action": ${q(describeItem(item))},\n` +
    `      "who": ${q(item.who)},\n` +
    `      "file": ${q(item.file)},\n` +
    `      "line": ${item.line},\n` +
    `      "subject": ${q(item.subject)},\n` +
    `      "name": ${q(item.name)},\n` +
    // Hex digits and a domain: nothing to escape.
    `      "uid": "${itemUid(item)}"\n` +
    '    }'
  );
}

/** The item's fields in the JSON document (the reference layout itemText writes). */
export function itemJson(item: AgendaItem) {
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
