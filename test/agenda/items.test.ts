import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agendaInOrder, agendaItems, agendaOrder, concerns, packPlanAgenda, selectedItems, unpackPlanAgenda, withinDays, type AgendaFacts, type AgendaItem } from '../../src/method/agenda.js';
import { loadPlan } from '../../src/plan/load.js';
import type { Plan } from '../../src/plan/schema.js';
import { foldName } from '../../src/text/fold.js';
import { addDays, daysBetween } from '../../src/util/dates.js';
import { bytes } from '../helpers/plans.js';

const AS_OF = '2026-11-27';

const PLAN = `cro: 1
account:
  name: Acme Logistics
  owner: Jane Doe
  renewalDate: 2027-02-01
team:
  - { name: Jane Doe, function: sales }
  - { name: Ayşe Yılmaz, function: customer-success }
stakeholders:
  - id: maria
    name: Maria Lopez
    group: renew
    stance: advocate
    lastContact: 2026-11-02
  - id: omar
    name: Omar Shah
    group: renew
    stance: detractor
    lastContact: 2026-06-01
    objection: { kind: competitor }
    winPlan: { owner: Ali Kaya, due: 2026-12-15, actions: [Share TCO study] }
  - id: gone
    name: Gone Person
    group: renew
    stance: detractor
    leftOn: 2026-01-01
    lastContact: 2025-01-01
    winPlan: { owner: Ali Kaya, due: 2025-12-15 }
milestones:
  - name: Go-live
    due: 2026-04-01
    done: 2026-04-10
    review: { date: 2026-04-15, perspectives: [customer, sales, marketing, customer-success] }
  - name: Rollout
    due: 2026-10-01
    done: 2026-10-05
    review: { date: 2026-10-10, perspectives: [customer, sales] }
  - name: Phase two
    due: 2027-01-15
`;

/** The least of a plan that packing its items reads. */
const planOf = (account: string) => ({ account: { name: account } }) as Plan;

function load(text: string): { plan: Plan; lineOf: AgendaFacts['lineOf'] } {
  const loaded = loadPlan(bytes(text), { explicit: true });
  if (!loaded?.plan) throw new Error(`not a valid plan: ${JSON.stringify(loaded?.findings)}`);
  const { locate } = loaded;
  return { plan: loaded.plan, lineOf: (path) => locate(path).line };
}

function itemsOf(text: string, facts: Partial<AgendaFacts> = {}): AgendaItem[] {
  const { plan, lineOf } = load(text);
  return agendaItems(plan, { file: 'plans/acme.yaml', asOf: AS_OF, staleDays: 90, errors: 0, lineOf, ...facts });
}

const byKind = (items: AgendaItem[], kind: AgendaItem['kind']) => items.filter((item) => item.kind === kind);

describe('the items of a plan (SPEC §10)', () => {
  it('a contact goes stale the stale-contact days after the last contact; people who left have no items', () => {
    const contacts = byKind(itemsOf(PLAN), 'contact');
    expect(contacts.map((c) => [c.name, c.date, c.overdue, c.who, c.line])).toEqual([
      ['Maria Lopez', '2027-01-31', false, 'Jane Doe', 10],
      ['Omar Shah', '2026-08-30', true, 'Jane Doe', 15],
    ]);
    expect(byKind(itemsOf(PLAN, { staleDays: 60 }), 'contact')[0]!.date).toBe('2027-01-01');
    // The rule switched off: nobody goes stale.
    expect(byKind(itemsOf(PLAN, { staleDays: null }), 'contact')).toEqual([]);
  });

  it('agrees with the stale-contact rule on the day a contact becomes overdue', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 200 }), (ago, days) => {
        const last = addDays(AS_OF, -ago);
        const [contact] = byKind(itemsOf(`cro: 1\naccount: { name: A }\nstakeholders:\n  - { id: a, name: A B, group: renew, lastContact: ${last} }\n`, { staleDays: days }), 'contact');
        // The rule: a finding when more than `days` have passed.
        expect(contact!.overdue).toBe(daysBetween(last, AS_OF) > days);
      }),
    );
  });

  it("a detractor's win plan is due on its date, for the win plan's owner, at the stakeholder (as the finding is)", () => {
    const [win] = byKind(itemsOf(PLAN), 'win-plan');
    expect(win).toMatchObject({ name: 'Omar Shah', date: '2026-12-15', overdue: false, who: 'Ali Kaya', actions: ['Share TCO study'], line: 15, subject: 'stakeholder:omar' });
    const noOwner = itemsOf(PLAN.replace('owner: Ali Kaya, due: 2026-12-15', 'due: 2026-11-01'));
    expect(byKind(noOwner, 'win-plan')[0]).toMatchObject({ who: 'Jane Doe', overdue: true });
  });

  it('a milestone not done is due; its 360° review is owed until it has all four perspectives', () => {
    const items = itemsOf(PLAN);
    expect(byKind(items, 'milestone').map((m) => [m.name, m.date])).toEqual([['Phase two', '2027-01-15']]);
    expect(byKind(items, 'review').map((r) => [r.name, r.date, r.overdue, r.missing])).toEqual([
      ['Rollout', '2026-10-10', true, ['marketing', 'customer-success']],
      ['Phase two', '2027-01-15', false, ['customer', 'sales', 'marketing', 'customer-success']],
    ]);
  });

  it('a renewal on its date, and preparing the renewal case 90 days before', () => {
    const items = itemsOf(PLAN);
    expect(byKind(items, 'renewal')[0]).toMatchObject({ date: '2027-02-01', overdue: false, line: 3, subject: 'account.renewalDate' });
    expect(byKind(items, 'renewal-prep')[0]).toMatchObject({ date: '2026-11-03', overdue: true, renewalDate: '2027-02-01' });
    // A renewal that passed is overdue itself; preparing for it is no longer a separate item.
    const passed = itemsOf(PLAN.replace('renewalDate: 2027-02-01', 'renewalDate: 2026-11-01'));
    expect(byKind(passed, 'renewal')[0]!.overdue).toBe(true);
    expect(byKind(passed, 'renewal-prep')).toEqual([]);
  });

  it('a plan with error-level findings whose renewal is within 90 days: fix it today', () => {
    expect(byKind(itemsOf(PLAN, { errors: 3 }), 'fix-before-renewal')).toMatchObject([{ date: AS_OF, overdue: false, errors: 3, subject: 'plan' }]);
    expect(byKind(itemsOf(PLAN, { errors: 0 }), 'fix-before-renewal')).toEqual([]);
    expect(byKind(itemsOf(PLAN.replace('renewalDate: 2027-02-01', 'renewalDate: 2027-02-26'), { errors: 3 }), 'fix-before-renewal')).toEqual([]);
    expect(byKind(itemsOf(PLAN.replace('renewalDate: 2027-02-01', 'renewalDate: 2027-02-25'), { errors: 3 }), 'fix-before-renewal')).toHaveLength(1);
  });

  it('two milestones of one name keep identities of their own', () => {
    const items = itemsOf(`cro: 1\naccount: { name: A }\nmilestones:\n  - { name: QBR, due: 2027-01-01 }\n  - { name: QBR, due: 2027-04-01 }\n`);
    expect(new Set(byKind(items, 'milestone').map((m) => m.subject)).size).toBe(2);
  });
});

describe('choosing and ordering items', () => {
  it('--owner: the one who does it, the account owner or a team member, ignoring case and accents', () => {
    const { plan, lineOf } = load(PLAN);
    const items = agendaItems(plan, { file: 'f', asOf: AS_OF, staleDays: 90, errors: 0, lineOf });
    const win = byKind(items, 'win-plan')[0]!;
    expect(concerns(plan, win, 'ALI KAYA')).toBe(true);
    expect(concerns(plan, win, 'ayse yilmaz')).toBe(true);
    expect(concerns(plan, byKind(items, 'contact')[0]!, 'ali kaya')).toBe(false);
    expect(concerns(plan, win, 'Nobody Else')).toBe(false);
    expect(concerns(plan, win, '   ')).toBe(false);
  });

  it('--within: what falls due in that many days, and every overdue item', () => {
    expect(withinDays({ overdue: true, date: '2020-01-01' } as AgendaItem, AS_OF, 0)).toBe(true);
    expect(withinDays({ overdue: false, date: AS_OF } as AgendaItem, AS_OF, 0)).toBe(true);
    expect(withinDays({ overdue: false, date: '2026-12-27' } as AgendaItem, AS_OF, 30)).toBe(true);
    expect(withinDays({ overdue: false, date: '2026-12-28' } as AgendaItem, AS_OF, 30)).toBe(false);
    const { plan, lineOf } = load(PLAN);
    const soon = selectedItems(plan, { file: 'f', asOf: AS_OF, staleDays: 90, errors: 0, lineOf }, { within: 30, owner: 'ali kaya' });
    expect(soon.map((item) => item.kind)).toEqual(['win-plan']);
  });

  it('overdue first, then by date, then a tiebreak that does not depend on the input order', () => {
    const items = itemsOf(PLAN);
    fc.assert(
      fc.property(fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }), (shuffled) => {
        const sorted = [...shuffled].sort(agendaOrder);
        expect(sorted).toEqual([...items].sort(agendaOrder));
        const firstUpcoming = sorted.findIndex((item) => !item.overdue);
        expect(sorted.slice(firstUpcoming).every((item) => !item.overdue)).toBe(true);
        for (let i = 1; i < sorted.length; i++) if (sorted[i]!.overdue === sorted[i - 1]!.overdue) expect(sorted[i]!.date >= sorted[i - 1]!.date).toBe(true);
      }),
    );
  });

  it('agendaInOrder, the fast sort of a large run, gives the order agendaOrder defines, whatever the plans\' order', () => {
    const item = fc.record({
      kind: fc.constantFrom('contact', 'win-plan', 'milestone', 'review', 'renewal-prep', 'renewal', 'fix-before-renewal', 'suppression-expires' as const),
      date: fc.constantFrom('0001-01-01', '1969-12-31', '2026-11-26', '2026-11-27', '2026-11-28', '9999-12-31'),
      overdue: fc.boolean(),
      file: fc.constantFrom('a.yaml', 'b.yaml', 'c.yaml', 'plans/ä.yaml'),
      line: fc.integer({ min: 1, max: 5 }),
      subject: fc.constantFrom('plan', 'stakeholder:a', 'stakeholder:b', 'milestone:QBR'),
      who: fc.constantFrom(null, 'Ayşe', 'Tom'),
    });
    const accounts: Record<string, string> = { 'a.yaml': 'Zeta', 'b.yaml': 'Alpha', 'c.yaml': 'Alpha', 'plans/ä.yaml': 'Äpfel' };
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.integer(), (records, seed) => {
        const items = records.map((r) => ({ ...r, account: accounts[r.file]!, name: 'x' }) as AgendaItem);
        // Each file's items packed as its plan, the plans in an order of their own (as the checking threads hand them over).
        const files = [...new Set(items.map((i) => i.file))].sort((a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7) || a.localeCompare(b));
        const plans = files.map((file) => ({ file, packed: packPlanAgenda(items.filter((i) => i.file === file), planOf(accounts[file]!)) }));
        const bare = (list: AgendaItem[]) => list.map((i) => JSON.parse(JSON.stringify(i)) as AgendaItem);
        expect(bare(agendaInOrder(plans))).toEqual(bare([...items].sort(agendaOrder)));
      }),
    );
  });

  it('a plan\'s items cross threads packed (structured clone), and come back whole', () => {
    const { plan, lineOf } = load(PLAN);
    const items = agendaItems(plan, { file: 'plans/acme.yaml', asOf: AS_OF, staleDays: 90, errors: 2, lineOf });
    const packed = structuredClone(packPlanAgenda(items, plan));
    const bare = (list: AgendaItem[]) => list.map((i) => JSON.parse(JSON.stringify(i)) as AgendaItem);
    expect(bare(unpackPlanAgenda({ file: 'plans/acme.yaml', packed }))).toEqual(bare(items));
    expect(items.map((i) => i.kind)).toEqual(expect.arrayContaining(['contact', 'milestone', 'review', 'renewal']));
  });

  it('names fold alike whatever their case, accents and spaces', () => {
    expect(foldName('  Ayşe  YILMAZ ')).toBe('ayse yilmaz');
    expect(foldName('İPEK Çelik')).toBe('ipek celik');
    expect(foldName('Jürgen Groß')).toBe(foldName('jurgen gross'));
    expect(foldName('Tomasz Wiśniewski')).toBe('tomasz wisniewski');
  });

  it('dates move by whole calendar days', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), fc.integer({ min: -2000, max: 2000 }), (date, days) => {
        const iso = date.toISOString().slice(0, 10);
        const moved = addDays(iso, days);
        expect(daysBetween(iso, moved)).toBe(days);
        expect(moved).toBe(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days)).toISOString().slice(0, 10));
      }),
    );
  });
});

describe('a suppression with an expiry (SPEC §12)', () => {
  const comment = (over: Partial<NonNullable<AgendaFacts['suppressions']>[number]> = {}) => ({ rules: ['stakeholder-needs'], reason: 'gathered at the Q1 workshop', until: '2026-12-10', untilValid: true, line: 20, ...over });

  it('is an item on its until day, with its rules, reason and line, for the account owner', () => {
    const [item, ...rest] = byKind(itemsOf(PLAN, { suppressions: [comment()] }), 'suppression-expires');
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ date: '2026-12-10', overdue: false, who: 'Jane Doe', line: 20, rules: ['stakeholder-needs'], reason: 'gathered at the Q1 workshop', name: 'stakeholder-needs' });
    // Its identity does not depend on the line: moving the comment keeps the calendar event.
    expect(byKind(itemsOf(PLAN, { suppressions: [comment({ line: 40 })] }), 'suppression-expires')[0]!.subject).toBe(item!.subject);
  });

  it('overdue once its day has passed; none for a suppression without a valid until or a reason', () => {
    expect(byKind(itemsOf(PLAN, { suppressions: [comment({ until: '2026-11-01' })] }), 'suppression-expires')[0]!.overdue).toBe(true);
    for (const bad of [comment({ until: null }), comment({ untilValid: false, until: '2026-02-30' }), comment({ reason: null }), comment({ rules: [] })]) {
      expect(byKind(itemsOf(PLAN, { suppressions: [bad] }), 'suppression-expires')).toEqual([]);
    }
  });
});
