import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, applyEditsAtOnce, readData } from '../../src/edit/splice.js';
import { messages } from '../../src/i18n/messages.js';
import { mergeRows } from '../../src/import/merge.js';
import type { ImportRow } from '../../src/import/rows.js';
import { planSchema, type Plan } from '../../src/plan/schema.js';

/*
 * The merge laws of SPEC §8, on random plans and random exports: merging the same rows
 * again changes nothing; lastContact never moves back; roles never shrink; stance and
 * group of people already there never change; nobody is removed; the plan stays valid.
 */

const NAMES = ['Maria Lopez', 'Tom Berg', 'Ayşe Yılmaz', 'İsmail Öztürk', 'Lena Park', 'Omar Shah'];
const ROLES = ['end-user', 'administrator', 'procurement', 'budget-owner', 'executive-sponsor', 'other'];
const DATES = ['2026-01-05', '2026-03-31', '2026-07-14', '2026-11-02'];

const words = messages().import.change;
type ArbOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

// Each CRM contact k has one name, crmId ck and e-mail mk: the plan and the export may each know some of them.
const person = fc.record({
  contact: fc.integer({ min: 0, max: NAMES.length - 1 }),
  hasCrm: fc.boolean(),
  hasMail: fc.boolean(),
  roles: fc.subarray(ROLES, { maxLength: 3 }),
  last: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
  stance: fc.constantFrom('advocate', 'supporter', 'neutral', 'detractor', 'unknown'),
  group: fc.constantFrom('renew', 'new-buy'),
  flow: fc.boolean(),
});

type PersonArb = ArbOf<typeof person>;

/** A plan text with people whose crmIds and e-mails are unique, as the schema wants. */
function planText(people: Array<PersonArb>, crlf: boolean): string {
  const seen = new Set<number>();
  const lines = ['# our plan', 'cro: 1', 'account:', '  name: Acme', 'stakeholders:'];
  people.forEach((p, i) => {
    if (seen.has(p.contact)) return;
    seen.add(p.contact);
    lines.push(`  - id: p${i} # person ${i}`, `    name: ${NAMES[p.contact]}`);
    if (p.hasCrm) lines.push(`    crmId: "c${p.contact}"`);
    if (p.hasMail) lines.push(`    email: m${p.contact}@acme.example`);
    lines.push(`    group: ${p.group}`);
    if (p.roles.length > 0) lines.push(p.flow ? `    roles: [${p.roles.join(', ')}]` : `    roles:\n${p.roles.map((r) => `      - ${r}`).join('\n')}`);
    lines.push(`    stance: ${p.stance}`);
    if (p.last) lines.push(`    lastContact: ${p.last}`);
  });
  return `${lines.join('\n')}\n`.replace(/\n/g, crlf ? '\r\n' : '\n');
}

const row = fc.record({
  contact: fc.integer({ min: 0, max: NAMES.length - 1 }),
  hasCrm: fc.boolean(),
  hasMail: fc.boolean(),
  title: fc.option(fc.constantFrom('CFO', 'VP Operations, EMEA', 'Satın Alma Müdürü'), { nil: undefined }),
  roles: fc.subarray(ROLES, { maxLength: 2 }),
  last: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
  stance: fc.option(fc.constantFrom('advocate', 'detractor'), { nil: undefined }),
});

type RowArb = ArbOf<typeof row>;

function rowsOf(raw: Array<RowArb>): ImportRow[] {
  return raw.map((r, i) => ({
    line: i + 2,
    name: NAMES[r.contact]!,
    roles: r.roles,
    ...(r.hasCrm ? { crmId: `c${r.contact}` } : {}),
    ...(r.hasMail ? { email: `M${r.contact}@Acme.example` } : {}),
    ...(r.title !== undefined ? { title: r.title } : {}),
    ...(r.last !== undefined ? { lastContact: r.last } : {}),
    ...(r.stance !== undefined ? { stance: r.stance } : {}),
  }));
}

/** The merge made on the text (the rows that contradict an earlier row are in result.conflicts, not merged). */
function merged(text: string, rows: ImportRow[], group: 'renew' | 'new-buy') {
  const plan = readData(text) as Plan;
  const result = mergeRows(plan, rows, { group, words });
  const after = applyEdits(text, result.planned.edits);
  // Made at once (one parse before, one after), the edits give the very same text.
  expect(applyEditsAtOnce(text, result.planned.edits)).toBe(after);
  return { plan, result, after, data: readData(after) as Plan };
}

describe('merging an export into a plan (property)', () => {
  it('keeps the laws', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 5 }), fc.array(row, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.constantFrom('renew', 'new-buy'), (people, raw, crlf, group) => {
        const text = planText(people, crlf);
        const rows = rowsOf(raw);
        const { plan, result, after, data } = merged(text, rows, group as 'renew' | 'new-buy');
        expect(planSchema.safeParse(data).success).toBe(true);
        const before = plan.stakeholders ?? [];
        const now = data.stakeholders ?? [];
        // Nobody is removed; everyone keeps id, stance and group; roles only grow; lastContact only moves forward.
        expect(now.length).toBeGreaterThanOrEqual(before.length);
        before.forEach((p, i) => {
          const q = now[i]!;
          expect(q.id).toBe(p.id);
          expect(q.stance).toBe(p.stance);
          expect(q.group).toBe(p.group);
          for (const role of p.roles ?? []) expect(q.roles).toContain(role);
          if (p.lastContact) expect(q.lastContact! >= p.lastContact).toBe(true);
        });
        // New people are in the group asked for.
        for (const q of now.slice(before.length)) expect(q.group).toBe(group);
        // A row that contradicts an earlier row or the plan is not merged; the others are.
        const refused = new Set(result.conflicts.map((c) => c.line));
        const kept = rows.filter((r) => !refused.has(r.line));
        // Every person of the export is in the plan afterwards, once.
        for (const r of kept) expect(now.filter((q) => q.name === r.name)).toHaveLength(1);
        // The title the export gives a person is theirs (rows of one person never give two).
        for (const q of now) {
          const title = [...kept].reverse().find((r) => r.name === q.name && r.title !== undefined)?.title;
          if (title !== undefined) expect(q.title).toBe(title);
        }
        // The text outside the edits is kept: the comments and line endings are still there.
        expect(after.startsWith(crlf ? '# our plan\r\ncro: 1\r\n' : '# our plan\ncro: 1\n')).toBe(true);
        if (crlf) expect(after.replace(/\r\n/g, '')).not.toContain('\n');
        // Idempotent: the same export again changes nothing.
        const again = merged(after, rows, group as 'renew' | 'new-buy');
        expect(again.result.planned.edits).toEqual([]);
        expect(again.after).toBe(after);
        expect(again.result.conflicts.map((c) => c.line)).toEqual(result.conflicts.map((c) => c.line));
        // The same rows twice in one export are harmless: the very same text, and only the refused rows refused again.
        const twice = merged(text, [...rows, ...rows.map((r) => ({ ...r, line: r.line + 100 }))], group as 'renew' | 'new-buy');
        expect(twice.after).toBe(after);
        expect(twice.result.conflicts.map((c) => c.line)).toEqual([...result.conflicts.map((c) => c.line), ...rows.filter((r) => refused.has(r.line)).map((r) => r.line + 100)]);
        expect(result.added.length + result.updated.length + result.unchanged.length + result.notInExport.length).toBeLessThanOrEqual(now.length);
      }),
      { numRuns: 300 },
    );
  });
});
