import { describe, expect, it } from 'vitest';
import { backupText, buildStakeholderMap, personSummary } from '../../src/method/stakeholder-map.js';
import { CRITICAL_ROLES } from '../../src/plan/vocabulary.js';
import { AS_OF, TRICKY_PLAN, planOf } from './fixtures.js';

const PLAN = `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, roles: [executive-sponsor, budget-owner], stance: advocate, backup: tom }
  - { id: tom, name: Tom Reed, group: renew, roles: [end-user], stance: supporter, leftOn: 2026-06-30 }
  - { id: kim, name: Kim Lee, group: renew, roles: [end-user], stance: advocate }
  - { id: omar, name: Omar Shah, group: renew, roles: [procurement], stance: detractor, objection: { kind: competitor } }
  - { id: ana, name: Ana Ruiz, group: renew, roles: [administrator], stance: supporter, backup: kim }
  - { id: ravi, name: Ravi Das, group: renew, roles: [administrator], stance: neutral }
  - { id: lena, name: Lena Berg, group: new-buy }
  - { id: zed, name: Zed Old, group: renew, stance: detractor, leftOn: 2026-01-01 }
`;

describe('buildStakeholderMap', () => {
  const map = buildStakeholderMap(planOf(PLAN), CRITICAL_ROLES, AS_OF);
  const person = (id: string) => map.people.find((p) => p.id === id)!;
  const section = (group: string, role: string | null) =>
    map.groups.find((g) => g.group === group)!.sections.find((s) => s.role === role)!;

  it('lists every critical role in Group 1, held or not, with its coverage as the rules define it', () => {
    // Kim alone covers end-user (Tom has left) and has no backup; Ana covers administrator with Kim as backup.
    expect(map.groups[0]!.sections.map((s) => [s.role, s.status])).toEqual([
      ['end-user', 'single-threaded'],
      ['administrator', 'covered'],
      ['procurement', 'uncovered'],
      ['budget-owner', 'single-threaded'],
      ['executive-sponsor', 'single-threaded'],
      [null, null],
    ]);
    expect(map.uncoveredRoles).toEqual(['procurement']);
    expect(map.singleThreadedRoles).toEqual(['end-user', 'budget-owner', 'executive-sponsor']);
  });

  it('keeps people who left in their role, marked with the date, and covering nothing', () => {
    expect(section('renew', 'end-user').people).toEqual(['tom', 'kim']);
    expect(person('tom').leftOn).toBe('2026-06-30');
    expect(person('tom').singleThreaded).toEqual([]);
    expect(personSummary(person('tom'))).toBe('supporter · left 2026-06-30');
  });

  it('marks a backup who has left, and the roles that then rest on one person', () => {
    expect(person('maria').backup).toEqual({ id: 'tom', name: 'Tom Reed', leftOn: '2026-06-30', detractor: false });
    expect(person('maria').singleThreaded).toEqual(['budget-owner', 'executive-sponsor']);
    expect(person('ana').backup).toEqual({ id: 'kim', name: 'Kim Lee', leftOn: null, detractor: false });
    expect(person('ana').singleThreaded).toEqual([]);
    expect(backupText(person('maria'))).toBe('↳ backup: Tom Reed (left 2026-06-30) ⚠ name a current backup');
  });

  it('marks a backup who is a detractor: nobody who would take over (SPEC §5, role-backup)', () => {
    const plan = planOf(`cro: 1
account: { name: Acme }
stakeholders:
  - { id: kim, name: Kim Lee, group: renew, roles: [end-user], stance: advocate, backup: omar }
  - { id: omar, name: Omar Shah, group: renew, stance: detractor, objection: { kind: competitor }, winPlan: { owner: Ali, due: 2027-01-01 } }
`);
    const kim = buildStakeholderMap(plan, CRITICAL_ROLES, AS_OF).people.find((p) => p.id === 'kim')!;
    expect(kim.backup).toEqual({ id: 'omar', name: 'Omar Shah', leftOn: null, detractor: true });
    expect(kim.singleThreaded).toEqual(['end-user']);
    expect(backupText(kim)).toBe('↳ backup: Omar Shah (a detractor) ⚠ name a backup who supports us');
  });

  it('marks current detractors without a win plan, and ignores those who left', () => {
    expect(person('omar')).toMatchObject({ detractor: true, objection: 'competitor', needsWinPlan: true });
    expect(personSummary(person('omar'))).toBe('detractor (competitor) · ⚠ no win plan');
    expect(person('zed')).toMatchObject({ detractor: false, needsWinPlan: false });
  });

  it('puts Group 2 and people without a role in their own sections', () => {
    expect(section('new-buy', null).people).toEqual(['lena']);
    expect(person('lena').stance).toBe('unknown');
    expect(section('renew', null).people).toEqual(['zed']);
  });

  it('follows the configured critical roles', () => {
    const custom = buildStakeholderMap(planOf(PLAN), ['executive-sponsor'], AS_OF);
    expect(custom.groups[0]!.sections.map((s) => [s.role, s.critical, s.status])).toEqual([
      ['executive-sponsor', true, 'single-threaded'],
      ['budget-owner', false, null],
      ['end-user', false, null],
      ['procurement', false, null],
      ['administrator', false, null],
      [null, false, null],
    ]);
  });

  it('uses the as-of date to decide who has left', () => {
    const before = buildStakeholderMap(planOf(PLAN), CRITICAL_ROLES, '2026-06-29');
    expect(before.people.find((p) => p.id === 'tom')!.leftOn).toBeNull();
    expect(before.groups[0]!.sections[0]!.status).toBe('covered');
  });

  it('maps a plan without stakeholders to empty critical roles', () => {
    const empty = buildStakeholderMap(planOf('cro: 1\naccount: { name: Empty }\n'), CRITICAL_ROLES, AS_OF);
    expect(empty.groups[0]!.sections.every((s) => s.status === 'uncovered' && s.people.length === 0)).toBe(true);
    expect(empty.groups[1]!.sections).toEqual([]);
  });

  it('reads the tricky fixture', () => {
    const tricky = buildStakeholderMap(planOf(TRICKY_PLAN), CRITICAL_ROLES, AS_OF);
    expect(tricky.people.map((p) => p.id)).toEqual(['ayse', 'tom', 'end', 'lena']);
  });
});
