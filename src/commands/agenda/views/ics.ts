import { currentLang, messages, type Catalog } from '../../../i18n/messages.js';
import type { AgendaItem } from '../../../method/agenda.js';
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

export function renderAgendaIcs(agenda: Agenda, options: { version: string }): string {
  return [...agendaIcsPieces(agenda, options)].join('');
}

/** The calendar an event at a time, so that 100,000 items are never one string (SPEC §14). */
export function* agendaIcsPieces(agenda: Agenda, { version }: { version: string }): Generator<string> {
  const says = messages().agenda.ics;
  const head = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//cro//cro ${text(version)}//${currentLang().toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(says.calendarName)}`,
  ];
  yield lines(head);
  const stamp = `${agenda.asOf.replace(/-/g, '')}T000000Z`;
  const catalog = messages().agenda;
  for (const item of agenda.items) yield event(item, stamp, catalog);
  yield lines(['END:VCALENDAR']);
}

function lines(contentLines: readonly string[]): string {
  let out = '';
  for (const line of contentLines) out += fold(line) + CRLF;
  return out;
}

/**
 * One VEVENT. Its fixed lines (UID: 32 hex digits and a domain, the dates) are ASCII and
 * shorter than 75 octets, so only SUMMARY and DESCRIPTION, which hold plan text, are
 * folded: written as one string, as 100,000 events of a large repository cost time.
 */
function event(item: AgendaItem, stamp: string, says: Catalog['agenda']): string {
  const action = describeItem(item);
  const summary = `${item.overdue ? `${says.ics.overduePrefix}: ` : ''}${action} — ${item.account}`;
  // Lines of TEXT joined by its escaped line break, each escaped on its own. An overdue
  // item says so in its summary, on the day it was due.
  const description = `${text(says.ics.who({ who: item.who ?? says.text.nobody }))}\\n${text(says.ics.where({ where: whereOf(item) }))}`;
  return (
    `BEGIN:VEVENT${CRLF}` +
    `UID:${itemUid(item)}${CRLF}` +
    `DTSTAMP:${stamp}${CRLF}` +
    // A DATE start and no end: an event of that one day (§3.6.1).
    `DTSTART;VALUE=DATE:${basicDate(item.date)}${CRLF}` +
    `${fold(`SUMMARY:${text(summary)}`)}${CRLF}` +
    `${fold(`DESCRIPTION:${description}`)}${CRLF}` +
    // A reminder, not a meeting: it does not make anyone busy.
    `TRANSP:TRANSPARENT${CRLF}` +
    `END:VEVENT${CRLF}`
  );
}

/** 2026-12-15 → 20261215 (§3.3.4). */
function basicDate(iso: string): string {
  return iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10);
}

/**
 * A TEXT value (§3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`;
 * other control characters, which TEXT may not hold, are dropped (a tab stays).
 */
/** Anything text() changes. */
const SPECIAL = /[\\;,\r\n\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

export function text(value: string): string {
  if (!SPECIAL.test(value)) return value;
  let out = value;
  // Line breaks of any kind become LF, other control characters go (rare: a plan's hostile text).
  if (UNUSUAL.test(out)) {
    out = out
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
  }
  // Four passes without a callback: cheaper than one with a function per match (100,000 events).
  return out.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** What TEXT may not hold as it is: CR, the other line separators, control characters. */
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\r\u2028\u2029\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/**
 * A content line folded at 75 octets of UTF-8 (§3.1): each continuation starts with one
 * space, which counts towards its 75, and no character is cut between two lines.
 */
export function fold(line: string): string {
  // Most lines are short: 25 code units are at most 75 octets.
  if (line.length <= LINE_OCTETS / 3) return line;
  const lineOctets = Buffer.byteLength(line, 'utf8');
  if (lineOctets <= LINE_OCTETS) return line;
  // ASCII only (its octets are its characters): cut every 75, then 74 after the space.
  if (lineOctets === line.length) {
    let folded = line.slice(0, LINE_OCTETS);
    for (let at = LINE_OCTETS; at < line.length; at += LINE_OCTETS - 1) folded += `${CRLF} ${line.slice(at, at + LINE_OCTETS - 1)}`;
    return folded;
  }
  let out = '';
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; ) {
    const unit = line.charCodeAt(i);
    // A character's UTF-8 length from its UTF-16 code units; a surrogate pair is one character of 4 octets.
    const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const size = pair ? 4 : unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
    if (octets + size > LINE_OCTETS) {
      out += `${line.slice(start, i)}${CRLF} `;
      start = i;
      octets = 1;
    }
    octets += size;
    i += pair ? 2 : 1;
  }
  return out + line.slice(start);
}
