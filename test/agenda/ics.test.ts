import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { renderAgendaIcs, fold, text } from '../../src/commands/agenda/views/ics.js';
import type { AgendaItem } from '../../src/method/agenda.js';
import { useLang } from '../../src/i18n/messages.js';

/*
 * The calendar file, read two ways: by ical.js, a maintained RFC 5545 parser (what a
 * calendar does with it), and against the RFC's own rules, which a lenient parser would
 * let pass (line length in octets, CRLF, escaping).
 */

const base: AgendaItem = {
  kind: 'win-plan',
  date: '2026-12-15',
  overdue: false,
  account: 'Acme Logistics',
  who: 'Ali Kaya',
  file: 'plans/acme.yaml',
  line: 21,
  subject: 'stakeholder:omar',
  name: 'Omar Shah',
  actions: ['Share TCO study'],
};

const HOSTILE = 'Şirket, Ltd.; "Ağır" \\ yük\ntaşımacılığı\r\nİĞÜŞÖÇ ığüşöç \u0007\u001b[31m 𝄞 👩‍👩‍👧 END:VEVENT';

function ics(items: AgendaItem[], asOf = '2026-11-27'): string {
  return renderAgendaIcs({ asOf, items }, { version: '0.1.0' });
}

/** RFC 5545 §3.1: every line ends with CRLF and holds at most 75 octets; a folded line goes on after one space. */
function expectRfcLines(document: string): void {
  expect(document.endsWith('\r\n')).toBe(true);
  expect(document.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = document.slice(0, -2).split('\r\n');
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  // No line was cut inside a UTF-8 sequence: each one is valid UTF-8 on its own.
  for (const line of lines) expect(Buffer.from(Buffer.from(line, 'utf8').toString('utf8'), 'utf8').equals(Buffer.from(line, 'utf8'))).toBe(true);
  // No control characters but CR LF (and tab) in the file.
  // eslint-disable-next-line no-control-regex
  expect(document.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F]/);
}

/** The content lines, unfolded (§3.1). */
function unfolded(document: string): string[] {
  return document.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');
}

describe('cro agenda --format ics (RFC 5545)', () => {
  it('a maintained parser reads one all-day event per item, with the texts as written', () => {
    useLang('en');
    const items = [base, { ...base, kind: 'renewal', date: '2027-02-01', overdue: false, subject: 'account.renewalDate', name: 'Acme', account: HOSTILE } as AgendaItem];
    const document = ics(items);
    const calendar = new ICAL.Component(ICAL.parse(document));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/^-\/\/cro\/\/cro 0\.1\.0\/\/EN$/);
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(2);
    const [first, second] = events;
    expect(first!.startDate.isDate).toBe(true);
    expect(first!.startDate.toString()).toBe('2026-12-15');
    expect(first!.endDate.toString()).toBe('2026-12-16');
    expect(first!.summary).toBe('Win over Omar Shah: the win plan is due (Share TCO study) — Acme Logistics');
    expect(first!.description).toContain('Who: Ali Kaya\nPlan: plans/acme.yaml:21');
    expect(String(first!.component.getFirstPropertyValue('dtstamp'))).toBe('2026-11-27T00:00:00Z');
    // The hostile account name comes back as it was, less the control characters TEXT may not hold.
    expect(second!.summary).toBe(`Renew the contract — ${HOSTILE.replace(/\r\n/g, '\n').replace(/[\u0007\u001b]/g, '')}`);
    expectRfcLines(document);
  });

  it('escapes backslash, semicolon, comma and line breaks in TEXT (§3.3.11)', () => {
    expect(text('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const lines = unfolded(ics([{ ...base, account: 'A, B; C \\ D' }]));
    const summary = lines.find((line) => line.startsWith('SUMMARY:'))!;
    expect(summary).toBe('SUMMARY:Win over Omar Shah: the win plan is due (Share TCO study) — A\\, B\\; C \\\\ D');
  });

  it('folds at 75 octets, not characters, and never inside a character: Turkish text', () => {
    useLang('tr');
    const turkish = { ...base, account: 'Ğüneş Şişecam İçecek Üretim ve Dağıtım Anonim Şirketi', name: 'Çağrı Öztürk', actions: ['Toplam sahip olma maliyeti çalışmasını paylaşın', 'Özel fiyat önerisi'] };
    const document = ics([turkish, { ...turkish, overdue: true, date: '2026-10-01' }]);
    expectRfcLines(document);
    const longest = Math.max(...document.split('\r\n').map((line) => line.length));
    // Fewer characters than octets on a line: the limit is in octets.
    expect(longest).toBeLessThan(75);
    const events = new ICAL.Component(ICAL.parse(document)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events[0]!.summary).toBe('Çağrı Öztürk ile görüşüp kazanın: kazanma planının son günü (plandaki adımlar: Toplam sahip olma maliyeti çalışmasını paylaşın ve Özel fiyat önerisi) — Ğüneş Şişecam İçecek Üretim ve Dağıtım Anonim Şirketi');
    expect(events[1]!.summary.startsWith('Gecikmiş: ')).toBe(true);
    useLang('en');
  });

  it('any text folds into lines of at most 75 octets that unfold to the line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (value) => {
        const line = `SUMMARY:${text(value)}`;
        const folded = fold(line);
        for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });

  it('a UID from file, kind and subject only: the same when the line, the date or the day of the run moves', () => {
    const uid = (document: string) => unfolded(document).filter((line) => line.startsWith('UID:'));
    const before = uid(ics([base], '2026-11-27'));
    const after = uid(ics([{ ...base, line: 40, date: '2027-01-10', overdue: false }], '2026-12-04'));
    expect(after).toEqual(before);
    expect(uid(ics([{ ...base, kind: 'contact' }]))).not.toEqual(before);
    expect(uid(ics([{ ...base, subject: 'stakeholder:maria' }]))).not.toEqual(before);
    expect(uid(ics([{ ...base, file: 'plans/other.yaml' }]))).not.toEqual(before);
  });

  it('an empty agenda is still a calendar', () => {
    const document = ics([]);
    expectRfcLines(document);
    expect(new ICAL.Component(ICAL.parse(document)).getAllSubcomponents('vevent')).toEqual([]);
  });
});
