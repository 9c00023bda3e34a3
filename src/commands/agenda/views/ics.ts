import { currentLang, messages } from '../../../i18n/messages.js';
import type { AgendaItem } from '../../../method/agenda.js';
import { addDays } from '../../../util/dates.js';
import { describeItem, whereOf } from '../describe.js';
import { itemUid } from './uid.js';
import type { Agenda } from './agenda.js';

/*
 * The agenda as an iCalendar file (RFC 5545) to subscribe to: one all-day event per item,
 * with a UID that stays the same from run to run (uid.ts), so a calendar that reads the
 * file again updates its events instead of adding copies. Written to the letter of the
 * RFC: CRLF line ends (§3.1), lines folded at 75 octets without splitting a character,
 * TEXT values escaped (§3.3.11), dates as DATE values (§3.3.4). DTSTAMP is the as-of
 * day, so the same plans give the same bytes (a file kept in git diffs only where the
 * agenda changed).
 */

const CRLF = '\r\n';
/** RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
const LINE_OCTETS = 75;

export function renderAgendaIcs(agenda: Agenda, { version }: { version: string }): string {
  const says = messages().agenda.ics;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//cro//cro ${text(version)}//${currentLang().toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(says.calendarName)}`,
  ];
  const stamp = `${agenda.asOf.replace(/-/g, '')}T000000Z`;
  for (const item of agenda.items) lines.push(...event(item, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}

function event(item: AgendaItem, stamp: string): string[] {
  const says = messages().agenda.ics;
  const action = describeItem(item);
  const summary = `${item.overdue ? `${says.overduePrefix}: ` : ''}${action} — ${item.account}`;
  const description = [action, says.who({ who: item.who ?? messages().agenda.text.nobody }), says.where({ where: whereOf(item) })];
  if (item.overdue) description.push(says.overdue({ date: item.date }));
  return [
    'BEGIN:VEVENT',
    `UID:${text(itemUid(item))}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(item.date)}`,
    // An all-day event ends the next day (DTEND is not inclusive, §3.6.1).
    `DTEND;VALUE=DATE:${basicDate(addDays(item.date, 1))}`,
    `SUMMARY:${text(summary)}`,
    `DESCRIPTION:${text(description.join('\n'))}`,
    `CATEGORIES:${text(item.kind)}`,
    // A reminder, not a meeting: it does not make anyone busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** 2026-12-15 → 20261215 (§3.3.4). */
function basicDate(iso: string): string {
  return iso.replace(/-/g, '');
}

/**
 * A TEXT value (§3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`;
 * other control characters, which TEXT may not hold, are dropped (a tab stays).
 */
export function text(value: string): string {
  return value
    .replace(/\r\n?|[\n\u2028\u2029\u0085]/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/**
 * A content line folded at 75 octets of UTF-8 (§3.1): each continuation starts with one
 * space, which counts towards its 75, and no character is cut between two lines.
 */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}
