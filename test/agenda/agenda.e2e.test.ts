import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Configuration } from 'markdownlint';
import { lint } from 'markdownlint/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error -- plain JavaScript module shared with the benchmark
import { generateRepository } from '../../bench/generate.js';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';
import { FLAGS, unmarkedWords } from '../helpers/unmarked.js';
import { planStrings, unescapeMarkdown } from '../formatters/marked-text.js';
import { foldName } from '../../src/text/fold.js';

/*
 * `cro agenda` end to end, the built binary spawned (`npm run build` first): on the
 * example repository (every kind of item, the order, the filters, every format read by
 * what consumes it) and on generated plans (the same agenda whichever thread checked a
 * plan, and the filters agreeing with the plans' own data).
 */

const EXAMPLES = join(ROOT, 'examples');
const AS_OF = ['--as-of', '2026-11-27'];

interface JsonItem {
  date: string;
  overdue: boolean;
  kind: string;
  account: string;
  action: string;
  who: string | null;
  file: string;
  line: number;
  subject: string;
  name: string;
  uid: string;
}
interface JsonAgenda {
  version: number;
  asOf: string;
  filters: { owner: string | null; segment: string | null; within: number | null };
  summary: { items: number; overdue: number };
  items: JsonItem[];
}

const agenda = (args: string[], cwd = EXAMPLES, env: Record<string, string> = {}) => runCli(['agenda', ...AS_OF, ...args], { cwd, env: { NO_COLOR: '1', ...env } });

function json(args: string[] = [], cwd = EXAMPLES, env: Record<string, string> = {}): JsonAgenda {
  const result = agenda([...args, '--format', 'json'], cwd, env);
  expect(result.code, result.stderr).toBeLessThan(2);
  return JSON.parse(result.stdout) as JsonAgenda;
}

/** Overdue first, then by date. */
function expectAgendaOrder(items: JsonItem[]): void {
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [items[i - 1]!, items[i]!];
    expect(Number(a.overdue) >= Number(b.overdue), `${a.date} ${b.date}`).toBe(true);
    if (a.overdue === b.overdue) expect(a.date <= b.date, `${a.date} then ${b.date}`).toBe(true);
  }
}

interface PlanFacts {
  owner?: string;
  segment?: string;
  team: string[];
}

const facts = new Map<string, PlanFacts>();

function planFacts(cwd: string, file: string): PlanFacts {
  const key = join(cwd, file);
  const known = facts.get(key);
  if (known) return known;
  const plan = parse(readFileSync(join(cwd, file), 'utf8')) as { account: { owner?: string; segment?: string }; team?: Array<{ name: string }> };
  const read = { owner: plan.account.owner, segment: plan.account.segment, team: (plan.team ?? []).map((member) => member.name) };
  facts.set(key, read);
  return read;
}

describe('cro agenda on the examples', () => {
  let all: JsonAgenda;
  beforeAll(() => {
    all = json();
  });

  it('has an item of every kind, each with date, account, what to do, who, overdue and file:line', () => {
    const kinds = new Set(all.items.map((item) => item.kind));
    expect([...kinds].sort()).toEqual(['contact', 'fix-before-renewal', 'milestone', 'renewal', 'renewal-prep', 'review', 'win-plan']);
    for (const item of all.items) {
      expect(item.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(item.account).not.toBe('');
      expect(item.action).not.toBe('');
      expect(item.file).toMatch(/^plans\/[a-z-]+\.yaml$/);
      expect(item.line).toBeGreaterThan(0);
      expect(item.overdue).toBe(item.date < '2026-11-27');
    }
    expect(all.version).toBe(1);
    expect(all.summary).toEqual({ items: all.items.length, overdue: all.items.filter((item) => item.overdue).length });
    // The examples' config sets stale-contact to 60 days: Victor Almeida, last contacted on 2026-08-05.
    expect(all.items).toContainEqual(expect.objectContaining({ kind: 'contact', name: 'Victor Almeida', date: '2026-10-04', overdue: true, who: 'Olivia Grant', file: 'plans/harbor-and-vine-grocers.yaml', line: 45 }));
    expect(all.items).toContainEqual(expect.objectContaining({ kind: 'win-plan', name: 'Scott Hanley', date: '2026-10-31', overdue: true }));
    expect(all.items).toContainEqual(expect.objectContaining({ kind: 'renewal-prep', account: 'Harbor & Vine Grocers', date: '2026-11-02' }));
    expect(all.items).toContainEqual(expect.objectContaining({ kind: 'fix-before-renewal', account: 'Harbor & Vine Grocers', date: '2026-11-27', overdue: false }));
    // Each line points at what the item is about (the stakeholder, milestone or account), as check's findings do.
    const harbor = readFileSync(join(EXAMPLES, 'plans/harbor-and-vine-grocers.yaml'), 'utf8').split('\n');
    expect(harbor[45 - 1]).toBe('  - id: victor');
    const checked = JSON.parse(runCli(['check', ...AS_OF, '--format', 'json'], { cwd: EXAMPLES }).stdout) as { files: Array<{ file: string; findings: Array<{ rule: string; line: number; subject: string }> }> };
    const stale = checked.files.flatMap((file) => file.findings.filter((f) => f.rule === 'stale-contact').map((f) => `${file.file}:${f.line} ${f.subject}`));
    const contacts = all.items.filter((item) => item.kind === 'contact' && item.overdue).map((item) => `${item.file}:${item.line} ${item.subject}`);
    expect(contacts.sort()).toEqual(stale.sort());
  });

  it('lists overdue items first, then by date; the exit code is 1, as a plan has errors', () => {
    expectAgendaOrder(all.items);
    expect(all.items[0]!.overdue).toBe(true);
    expect(agenda([]).code).toBe(1);
  });

  it('--within: what falls due in that many days, and every overdue item', () => {
    const week = json(['--within', '7']);
    expect(week.filters.within).toBe(7);
    expect(week.items).toEqual(all.items.filter((item) => item.overdue || item.date <= '2026-12-04'));
    expect(week.items.some((item) => !item.overdue)).toBe(true);
    expect(json(['--within', '0']).items.every((item) => item.overdue || item.date === '2026-11-27')).toBe(true);
    const bad = agenda(['--within', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^cro: .*--within/);
  });

  it("--owner: a person's items, as win-plan owner, account owner or team member, ignoring case and accents", () => {
    const olivia = json(['--owner', 'OLIVIA GRANT']);
    expect(olivia.items.length).toBeGreaterThan(0);
    expect(new Set(olivia.items.map((item) => item.account))).toEqual(new Set(['Harbor & Vine Grocers']));
    expect(olivia.items).toEqual(all.items.filter((item) => item.account === 'Harbor & Vine Grocers'));
    for (const owner of ['Ali Kaya', 'ali kaya', 'Mehmet Sahin', 'elif yilmaz']) {
      const mine = json(['--owner', owner]);
      for (const item of mine.items) {
        const facts = planFacts(EXAMPLES, item.file);
        const people = [item.who, facts.owner, ...facts.team].filter((name): name is string => typeof name === 'string').map(foldName);
        expect(people, `${owner}: ${item.action}`).toContain(foldName(owner));
      }
    }
    expect(json(['--owner', 'Nobody At All']).items).toEqual([]);
  });

  it('--segment chooses plans by account.segment; with --owner and --within, all three hold', () => {
    const smb = json(['--segment', 'SMB']);
    expect(new Set(smb.items.map((item) => item.account))).toEqual(new Set(['Copper Kettle Coffee Roasters']));
    const combined = json(['--segment', 'enterprise', '--owner', 'naomi brooks', '--within', '30']);
    expect(combined.items.length).toBeGreaterThan(0);
    expect(combined.items).toEqual(all.items.filter((item) => item.account === 'Halcyon Cold Chain, Inc.' && (item.overdue || item.date <= '2026-12-27')));
    expect(combined.filters).toEqual({ owner: 'naomi brooks', segment: 'enterprise', within: 30 });
  });

  it('text: grouped by when, readable in a terminal, no colour under NO_COLOR', () => {
    const { stdout } = agenda(['--within', '30']);
    expect(stdout).toMatch(/^Agenda as of 2026-11-27: \d+ items\n/);
    expect(stdout).toContain('\nOverdue (');
    expect(stdout).toContain('\nToday (1)\n  2026-11-27  Harbor & Vine Grocers  Fix the plan\'s 5 errors before the renewal on 2027-01-31 (see cro check)\n');
    expect(stdout).toContain('Olivia Grant · plans/harbor-and-vine-grocers.yaml:45 · 54 days late');
    expect(stdout).not.toContain('\u001b[');
    expect(agenda(['--within', '30'], EXAMPLES, { FORCE_COLOR: '1', NO_COLOR: '' }).stdout).toContain('\u001b[');
  });

  it('markdown: passes markdownlint (as test/formatters holds every Markdown of cro)', () => {
    const config: Configuration = { default: true, MD060: { style: 'compact' }, MD013: false, MD024: { siblings_only: true } };
    for (const args of [[], ['--owner', 'Nobody At All'], ['--segment', 'smb', '--within', '30', '--owner', 'emma walsh']]) {
      const { stdout } = agenda([...args, '--format', 'markdown']);
      expect(stdout.startsWith('# Agenda\n')).toBe(true);
      const found = lint({ strings: { agenda: stdout }, config }).agenda!;
      expect(found.map((f) => `${f.lineNumber}: ${f.ruleNames.join('/')} ${f.errorDetail ?? ''}`)).toEqual([]);
    }
  });

  it('ics: a calendar ical.js reads, one all-day event per item, UIDs unique and the same from one run to the next', () => {
    const result = agenda(['--format', 'ics']);
    const document = result.stdout;
    expect(document.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    for (const line of document.slice(0, -2).split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const events = new ICAL.Component(ICAL.parse(document)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(all.items.length);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    expect(events.map((event) => event.uid)).toEqual(all.items.map((item) => item.uid));
    expect(events.map((event) => event.startDate.toString())).toEqual(all.items.map((item) => item.date));
    expect(events.every((event) => event.startDate.isDate)).toBe(true);
    // A week later the dates of the run moved; the events keep their identities.
    const later = new ICAL.Component(ICAL.parse(runCli(['agenda', '--as-of', '2026-12-04', '--format', 'ics'], { cwd: EXAMPLES }).stdout));
    const laterUids = new Set(later.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).uid));
    expect(events.filter((event) => laterUids.has(event.uid)).length).toBeGreaterThan(events.length / 2);
  });

  it('--output writes the calendar file; it refuses to write over a plan', () => {
    const dir = tempTree();
    const file = join(dir, 'agenda.ics');
    const result = agenda(['--format', 'ics', '--output', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(agenda(['--format', 'ics']).stdout);
    expect(agenda(['--output', 'plans/copper-kettle-coffee.yaml']).code).toBe(2);
  });

  it('LANG=tr_TR.UTF-8: every word of every format comes from the catalog (no English)', () => {
    const data: Array<string | RegExp> = [/plans\/[\w.-]+\.yaml(:\d+)?/, ...planStrings(EXAMPLES).sort((a, b) => b.length - a.length), FLAGS, 'cro check', 'cro agenda', 'cro', 'BEGIN', 'END', 'VCALENDAR', 'VEVENT'];
    const env = { LANG: 'tr_TR.UTF-8', CRO_I18N_MARK: '1' };
    for (const format of ['text', 'markdown', 'json', 'ics']) {
      const { stdout } = agenda(['--format', format], EXAMPLES, env);
      let shown = stdout;
      // What the machine formats hold as data: their keys and syntax, the ids and kinds.
      if (format === 'markdown') shown = unescapeMarkdown(stdout);
      if (format === 'json') shown = (JSON.parse(stdout) as JsonAgenda).items.map((item) => item.action).join('\n');
      if (format === 'ics') shown = stdout.replace(/\r\n /g, '').split('\r\n').filter((line) => /^(SUMMARY|DESCRIPTION|X-WR-CALNAME):/.test(line)).map((line) => line.replace(/^[A-Z-]+:/, '')).join('\n').replace(/\\(?:([nN])|(.))/g, (_, newline: string | undefined, char: string | undefined) => (newline ? '\n' : char!));
      expect(unmarkedWords(shown, data), format).toEqual([]);
    }
    const plain = agenda([], EXAMPLES, { LANG: 'tr_TR.UTF-8' }).stdout;
    expect(plain).toContain('Ajanda (27.11.2026 itibarıyla)');
    expect(plain).toContain('Gecikenler (');
  });

  it('--help shows its examples, in Turkish too', () => {
    expect(runCli(['agenda', '--help']).stdout).toContain('cro agenda --owner "Ali Kaya" --within 7');
    const tr = runCli(['agenda', '--help', '--lang', 'tr'], { env: { CRO_I18N_MARK: '1' } }).stdout;
    expect(unmarkedWords(tr, [FLAGS, /\[?(text|markdown|json|ics)\]?/g, /cro agenda[^\n#]*/g, 'cro'])).toEqual([]);
  });
});

describe('cro agenda on generated plans', () => {
  const dir = tempTree();
  beforeAll(() => {
    // Enough plans for a worker thread to take a share (CRO_WORKERS=1).
    generateRepository(dir, 500, 7);
  });

  it('the same agenda whether worker threads or this thread checked the plans', () => {
    const one = agenda(['--format', 'json'], dir, { CRO_WORKERS: '0' });
    const workers = agenda(['--format', 'json'], dir, { CRO_WORKERS: '1' });
    expect(one.code).toBe(workers.code);
    expect(workers.stdout).toBe(one.stdout);
    const items = (JSON.parse(one.stdout) as JsonAgenda).items;
    expect(items.length).toBeGreaterThan(500);
    expectAgendaOrder(items);
    expect(new Set(items.map((item) => item.uid)).size).toBe(items.length);
  });

  it('--segment and --owner agree with the plans themselves; --within with the dates', () => {
    const all = json([], dir).items;
    const smb = json(['--segment', 'smb'], dir).items;
    expect(smb).toEqual(all.filter((item) => planFacts(dir, item.file).segment === 'smb'));
    const owner = planFacts(dir, all[0]!.file).owner!;
    const mine = json(['--owner', owner.toUpperCase()], dir).items;
    expect(mine).toEqual(all.filter((item) => {
      const facts = planFacts(dir, item.file);
      return [item.who, facts.owner, ...facts.team].some((name) => name !== null && name !== undefined && foldName(name) === foldName(owner));
    }));
    const soon = json(['--within', '14', '--segment', 'enterprise'], dir).items;
    expect(soon).toEqual(all.filter((item) => planFacts(dir, item.file).segment === 'enterprise' && (item.overdue || item.date <= '2026-12-11')));
  });
});

describe('a suppression on the agenda (SPEC §12)', () => {
  it('shows the day a `# cro-ignore … until` ends, with its reason, in text and in the calendar', () => {
    const dir = tempTree({
      'cro.config.yaml': 'plans: plans\n',
      'plans/acme.yaml': 'cro: 1\naccount:\n  name: Acme\n  owner: Jane Doe\n# cro-ignore stakeholder-needs -- gathered at the Q1 workshop until 2026-12-10\nstakeholders:\n  - { id: maria, name: Maria Lopez, group: renew }\n',
    });
    const text = agenda(['--within', '30'], dir);
    expect(text.stdout).toContain('The suppression of stakeholder-needs ends: close the gap, or decide again (reason given: gathered at the Q1 workshop)');
    expect(text.stdout).toContain('plans/acme.yaml:5');
    const calendar = new ICAL.Component(ICAL.parse(agenda(['--format', 'ics'], dir).stdout));
    const summaries = calendar.getAllSubcomponents('vevent').map((event: ICAL.Component) => String(event.getFirstPropertyValue('summary')));
    expect(summaries.some((summary: string) => summary.startsWith('The suppression of stakeholder-needs ends'))).toBe(true);
  });
});
