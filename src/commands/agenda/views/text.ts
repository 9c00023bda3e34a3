import type { ChalkInstance } from 'chalk';
import { currentLang, messages } from '../../../i18n/messages.js';
import { displayWidth } from '../../../text/display-width.js';
import { oneLine } from '../../../text/terminal-text.js';
import { describeItem, whereOf } from '../describe.js';
import { daysLate, grouped, type Agenda } from './agenda.js';

/**
 * The terminal view: a heading per group (overdue, today, the next 7 and 30 days, later),
 * and per item its date, account and what to do, then who and where, dimmed. Everything
 * from a plan goes through `oneLine`: cro's own colours are the only escapes it writes.
 */
export function renderAgendaText(agenda: Agenda, { chalk }: { chalk: ChalkInstance }): string {
  const says = messages().agenda.text;
  const out: string[] = [chalk.bold(says.title({ asOf: shownDate(agenda.asOf), count: agenda.items.length })), ''];
  if (agenda.items.length === 0) return `${out[0]}\n\n${says.empty}\n`;
  for (const { group, items } of grouped(agenda)) {
    const heading = `${says.groups[group]} (${items.length})`;
    out.push(group === 'overdue' ? chalk.red.bold(heading) : chalk.bold(heading));
    const accountWidth = Math.max(...items.map((item) => displayWidth(oneLine(item.account))));
    for (const item of items) {
      const date = shownDate(item.date);
      const account = oneLine(item.account);
      const pad = ' '.repeat(accountWidth - displayWidth(account));
      out.push(`  ${item.overdue ? chalk.red(date) : date}  ${chalk.bold(account)}${pad}  ${oneLine(describeItem(item))}`);
      const details = [item.who === null ? says.nobody : oneLine(item.who), oneLine(whereOf(item))];
      if (item.overdue) details.push(says.late({ days: daysLate(item, agenda.asOf) }));
      out.push(`  ${' '.repeat(displayWidth(date))}  ${chalk.dim(details.join(' · '))}`);
    }
    out.push('');
  }
  return `${out.join('\n')}`;
}

/** A date as the language writes it: ISO in English, DD.MM.YYYY in Turkish. */
function shownDate(iso: string): string {
  return currentLang() === 'tr' ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso;
}
