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
export function renderAgendaText(agenda: Agenda, options: { chalk: ChalkInstance }): string {
  return [...agendaTextPieces(agenda, options)].join('');
}

/** The view an item at a time (a large repository has 100,000 items: never one string). */
export function* agendaTextPieces(agenda: Agenda, { chalk }: { chalk: ChalkInstance }): Generator<string> {
  const says = messages().agenda.text;
  yield `${chalk.bold(says.title({ asOf: shownDate(agenda.asOf), count: agenda.items.length }))}\n\n`;
  if (agenda.items.length === 0) {
    yield `${says.empty}\n`;
    return;
  }
  for (const { group, items } of grouped(agenda)) {
    const heading = `${says.groups[group]} (${items.length})`;
    yield `${group === 'overdue' ? chalk.red.bold(heading) : chalk.bold(heading)}\n`;
    let accountWidth = 0;
    for (const item of items) accountWidth = Math.max(accountWidth, displayWidth(oneLine(item.account)));
    for (const item of items) {
      const date = shownDate(item.date);
      const account = oneLine(item.account);
      const pad = ' '.repeat(accountWidth - displayWidth(account));
      const details = [item.who === null ? says.nobody : oneLine(item.who), oneLine(whereOf(item))];
      if (item.overdue) details.push(says.late({ days: daysLate(item, agenda.asOf) }));
      yield `  ${item.overdue ? chalk.red(date) : date}  ${chalk.bold(account)}${pad}  ${oneLine(describeItem(item, shownDate))}\n` + `  ${' '.repeat(displayWidth(date))}  ${chalk.dim(details.join(' · '))}\n`;
    }
    yield '\n';
  }
}

/** A date as the language writes it: ISO in English, DD.MM.YYYY in Turkish. */
function shownDate(iso: string): string {
  return currentLang() === 'tr' ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso;
}
