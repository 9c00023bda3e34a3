import { messages } from '../../../i18n/messages.js';
import { codeSpan, escapeCell, escapeInline, tableRow } from '../../../text/markdown.js';
import { describeItem, whereOf } from '../describe.js';
import { daysLate, grouped, type Agenda } from './agenda.js';

/**
 * The agenda as a weekly e-mail or a wiki page: a heading, what chose the items, then a
 * section per group with a table of date, account, what to do, who and where.
 */
export function renderAgendaMarkdown(agenda: Agenda): string {
  const says = messages().agenda;
  const md = says.markdown;
  const out: string[] = [`# ${md.title}`, ''];
  const filters = md.filters({ owner: agenda.owner ?? '', segment: agenda.segment ?? '', within: agenda.within === undefined ? '' : String(agenda.within) });
  out.push(escapeInline(`${md.asOf({ asOf: agenda.asOf })}${filters === '' ? '' : ` ${filters}`}`), '');
  if (agenda.items.length === 0) {
    out.push(escapeInline(says.text.empty), '');
    return out.join('\n');
  }
  const head = [md.head.date, md.head.account, md.head.action, md.head.who, md.head.where];
  for (const { group, items } of grouped(agenda)) {
    out.push(`## ${escapeInline(`${says.text.groups[group]} (${md.count({ count: items.length })})`)}`, '');
    out.push(tableRow(head.map(escapeCell)), tableRow(head.map(() => '---')));
    for (const item of items) {
      const action = escapeCell(describeItem(item));
      const late = item.overdue ? ` (${escapeCell(md.overdueBy({ days: daysLate(item, agenda.asOf) }))})` : '';
      out.push(tableRow([item.overdue ? `**${item.date}**` : item.date, escapeCell(item.account), `${action}${late}`, escapeCell(item.who ?? says.text.nobody), codeSpan(whereOf(item), { inTable: true })]));
    }
    out.push('');
  }
  return out.join('\n');
}
