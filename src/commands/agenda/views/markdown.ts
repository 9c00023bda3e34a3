import { messages } from '../../../i18n/messages.js';
import { codeSpan, escapeCell, escapeInline, tableRow } from '../../../text/markdown.js';
import { describeItem, whereOf } from '../describe.js';
import { daysLate, grouped, type Agenda } from './agenda.js';

/**
 * The agenda as a weekly e-mail or a wiki page: a heading, what chose the items, then a
 * section per group with a table of date, account, what to do, who and where.
 */
export function renderAgendaMarkdown(agenda: Agenda): string {
  return [...agendaMarkdownPieces(agenda)].join('');
}

/** The page a row at a time (a large repository has 100,000 items: never one string). */
export function* agendaMarkdownPieces(agenda: Agenda): Generator<string> {
  const says = messages().agenda;
  const md = says.markdown;
  const filters = md.filters({ owner: agenda.owner ?? '', segment: agenda.segment ?? '', within: agenda.within === undefined ? '' : String(agenda.within) });
  yield `# ${escapeInline(md.title)}\n\n${escapeInline(`${md.asOf({ asOf: agenda.asOf })}${filters === '' ? '' : ` ${filters}`}`)}\n\n`;
  if (agenda.items.length === 0) {
    yield `${escapeInline(says.text.empty)}\n`;
    return;
  }
  const head = [md.head.date, md.head.account, md.head.action, md.head.who, md.head.where];
  let first = true;
  for (const { group, items } of grouped(agenda)) {
    yield `${first ? '' : '\n'}## ${escapeInline(`${says.text.groups[group]} (${md.count({ count: items.length })})`)}\n\n`;
    first = false;
    yield `${tableRow(head.map(escapeCell))}\n${tableRow(head.map(() => '---'))}\n`;
    for (const item of items) {
      const action = escapeCell(describeItem(item));
      const late = item.overdue ? ` (${escapeCell(md.overdueBy({ days: daysLate(item, agenda.asOf) }))})` : '';
      yield `${tableRow([item.overdue ? `**${item.date}**` : item.date, escapeCell(item.account), `${action}${late}`, escapeCell(item.who ?? says.text.nobody), codeSpan(whereOf(item), { inTable: true })])}\n`;
    }
  }
}
