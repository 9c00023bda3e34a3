import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import type { Plan } from '../../src/plan/schema.js';
import { CRITICAL_ROLES } from '../../src/plan/vocabulary.js';
import { roleCoverage, soleCoverers } from '../../src/method/coverage.js';

const planOf = (yaml: string): Plan => {
  const plan = loadPlan(new TextEncoder().encode(yaml), { explicit: true })?.plan;
  if (!plan) throw new Error('invalid test plan');
  return plan;
};

const PLAN = planOf(`cro: 1
account: { name: Harbor & Vine Grocers }
stakeholders:
  - { id: rachel, name: Rachel Kim, group: renew, roles: [administrator], stance: advocate, leftOn: 2026-08-14 }
  - { id: victor, name: Victor Almeida, group: renew, roles: [executive-sponsor, budget-owner], stance: supporter, backup: rachel }
  - { id: scott, name: Scott Hanley, group: renew, roles: [procurement], stance: detractor }
  - { id: ben, name: Ben Foster, group: renew, roles: [administrator, administrator], stance: neutral }
  - { id: tamika, name: Tamika Johnson, group: renew, roles: [end-user, end-user], stance: advocate, backup: luis }
  - { id: luis, name: Luis Ortega, group: renew, roles: [end-user], stance: supporter }
  - { id: owen, name: Owen Fraser, group: new-buy, roles: [procurement], stance: advocate }
`);

describe('roleCoverage', () => {
  const coverage = roleCoverage(PLAN, CRITICAL_ROLES, '2026-11-27');
  const byRole = Object.fromEntries(coverage.map((c) => [c.role, c]));

  it('lists the critical roles in the configured order', () => {
    expect(coverage.map((c) => c.role)).toEqual([...CRITICAL_ROLES]);
    expect(roleCoverage(PLAN, ['procurement', 'end-user'], '2026-11-27').map((c) => c.role)).toEqual(['procurement', 'end-user']);
  });

  it('counts Group 1 advocates and supporters who have not left, each once', () => {
    expect(byRole['end-user']!.coveredBy.map((c) => [c.person.name, c.index])).toEqual([['Tamika Johnson', 4], ['Luis Ortega', 5]]);
    expect(byRole['budget-owner']!.coveredBy.map((c) => c.person.name)).toEqual(['Victor Almeida']);
  });

  it('says why the other holders do not count', () => {
    expect(byRole.administrator!.coveredBy).toEqual([]);
    expect(byRole.administrator!.notCovering.map((h) => `${h.person.name} ${h.why}`)).toEqual(['Rachel Kim left on 2026-08-14', 'Ben Foster is neutral']);
    expect(byRole.procurement!.notCovering.map((h) => `${h.person.name} ${h.why}`)).toEqual(['Scott Hanley is a detractor', 'Owen Fraser is in Group 2 (new-buy)']);
  });

  it('gives each coverer the state of their backup', () => {
    expect(byRole['budget-owner']!.coveredBy[0]!.backup).toMatchObject({ status: 'left', person: { name: 'Rachel Kim' } });
    expect(byRole['end-user']!.coveredBy[0]!.backup).toMatchObject({ status: 'current', person: { name: 'Luis Ortega' } });
    expect(byRole['end-user']!.coveredBy[1]!.backup).toEqual({ status: 'none' });
  });

  it('uses the as-of date: before Rachel left, she covered administrator and was a current backup', () => {
    const before = roleCoverage(PLAN, CRITICAL_ROLES, '2026-08-13');
    expect(before[1]!.coveredBy.map((c) => c.person.name)).toEqual(['Rachel Kim']);
    expect(before[3]!.coveredBy[0]!.backup.status).toBe('current');
  });

  it('groups the roles that rest on one person', () => {
    expect(soleCoverers(coverage).map(({ coverer, roles }) => [coverer.person.name, roles])).toEqual([
      ['Victor Almeida', ['executive-sponsor', 'budget-owner']],
    ]);
  });
});
