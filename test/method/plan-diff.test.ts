import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPlans, matchPeople, totalsOf } from '../../src/method/plan-diff.js';
import type { FindingState, PersonState, PlanState } from '../../src/method/plan-state.js';
import { CRITICAL_ROLES, ROLES, STANCES } from '../../src/plan/vocabulary.js';

/*
 * The semantic diff of two plan versions (method/plan-diff.ts), pure: people matched by
 * id, then crmId, then e-mail; findings by (rule, subject), never by line; each change
 * said once; and the laws a diff keeps (nothing between a version and itself; swapping
 * the sides swaps fixed and new, gained and lost, added and removed).
 */

const person = (id: string, extra: Partial<PersonState> = {}): PersonState => ({ id, name: id.toUpperCase(), group: 'renew', roles: [], stance: 'unknown', backup: null, leftOn: null, left: false, ...extra });
const finding = (rule: string, subject: string, extra: Partial<FindingState> = {}): FindingState => ({ rule, subject, severity: 'error', message: `${rule} ${subject}`, line: 1, ...extra });

function state(extra: Partial<PlanState> = {}): PlanState {
  return {
    file: 'plans/acme.yaml',
    account: 'Acme',
    valid: true,
    keys: { owner: 'Jane', segment: 'enterprise', renewalDate: '2027-01-01', crmId: null },
    people: [],
    coverage: CRITICAL_ROLES.map((role) => ({ role, covered: false })),
    findings: [],
    errors: 0,
    warnings: 0,
    economics: null,
    milestones: [],
    ...extra,
  };
}

describe('diffPlans', () => {
  it('says a stance change, a departure, roles, backup and group once each', () => {
    const before = state({ people: [person('omar', { stance: 'detractor', roles: ['procurement'] }), person('maria', { stance: 'advocate', backup: 'omar' }), person('lena')] });
    const after = state({
      people: [
        person('omar', { stance: 'supporter', roles: ['procurement', 'end-user'] }),
        person('maria', { stance: 'advocate', backup: null, leftOn: '2026-10-01', left: true }),
        person('lena', { group: 'new-buy' }),
        person('tom', { stance: 'detractor' }),
      ],
    });
    const diff = diffPlans(before, after)!;
    expect(diff.people.added.map((p) => p.id)).toEqual(['tom']);
    expect(diff.people.left).toEqual([{ id: 'maria', name: 'MARIA', leftOn: '2026-10-01' }]);
    expect(diff.people.changed).toEqual([
      { id: 'omar', name: 'OMAR', stance: { from: 'detractor', to: 'supporter' }, rolesGained: ['end-user'], rolesLost: [] },
      { id: 'maria', name: 'MARIA', backup: { from: 'omar', to: null }, rolesGained: [], rolesLost: [] },
      { id: 'lena', name: 'LENA', group: { from: 'renew', to: 'new-buy' }, rolesGained: [], rolesLost: [] },
    ]);
    const totals = totalsOf([diff]);
    expect(totals).toMatchObject({ accounts: 1, newDetractors: 1, detractorsWon: 1 });
  });

  it('matches people by crmId, then by e-mail ignoring case, when the id changed', () => {
    const before = [person('m-lopez', { crmId: '003A' }), person('tom', { email: 'Tom@Example.com' }), person('gone')];
    const after = [person('maria', { crmId: '003A' }), person('thomas', { email: 'tom@example.com' }), person('new')];
    const pairs = matchPeople(before, after).map(([a, b]) => [a?.id ?? null, b?.id ?? null]);
    expect(pairs).toEqual([['m-lopez', 'maria'], ['tom', 'thomas'], [null, 'new'], ['gone', null]]);
    const diff = diffPlans(state({ people: before }), state({ people: after }))!;
    expect(diff.people.changed.map((p) => [p.previousId, p.id])).toEqual([['m-lopez', 'maria'], ['tom', 'thomas']]);
  });

  it('matches findings by (rule, subject): a finding that moved lines is neither fixed nor new', () => {
    const before = state({ findings: [finding('role-backup', 'stakeholder:maria', { line: 10 }), finding('critical-roles', 'role:procurement')] });
    const after = state({ findings: [finding('role-backup', 'stakeholder:maria', { line: 30, message: 'reworded' }), finding('critical-roles', 'role:administrator')] });
    const diff = diffPlans(before, after)!;
    expect(diff.findings.fixed.map((f) => f.subject)).toEqual(['role:procurement']);
    expect(diff.findings.new.map((f) => f.subject)).toEqual(['role:administrator']);
    expect(diff.regression).toBe(true);
    expect(diffPlans(before, state({ findings: [...before.findings].reverse().map((f) => ({ ...f, line: f.line + 5 })) }))).toBeNull();
  });

  it('reports coverage gained and lost, and a lost role is a regression', () => {
    const covered = (roles: string[]) => CRITICAL_ROLES.map((role) => ({ role, covered: roles.includes(role) }));
    const diff = diffPlans(state({ coverage: covered(['end-user', 'procurement']) }), state({ coverage: covered(['end-user', 'budget-owner']) }))!;
    expect(diff.coverage.gained).toEqual(['budget-owner']);
    expect(diff.coverage.lost).toEqual(['procurement']);
    expect(diff.coverage.covered).toEqual({ from: 2, to: 2 });
    expect(diff.regression).toBe(true);
  });

  it('reports account keys, break-even and ROI, milestones done and reviews held', () => {
    const before = state({ economics: { currency: 'USD', breakEvenMonth: 14, never: false, roi: 0.2 }, milestones: [{ name: 'Go-live', due: '2026-04-01', done: null, reviewDate: null }] });
    const after = state({
      keys: { owner: 'Ali', segment: 'enterprise', renewalDate: '2027-03-01', crmId: null },
      economics: { currency: 'USD', breakEvenMonth: 12, never: false, roi: 0.3 },
      milestones: [{ name: 'Go-live', due: '2026-04-01', done: '2026-04-10', reviewDate: '2026-04-15' }],
    });
    const diff = diffPlans(before, after)!;
    expect(diff.keys).toEqual([{ key: 'owner', from: 'Jane', to: 'Ali' }, { key: 'renewalDate', from: '2027-01-01', to: '2027-03-01' }]);
    expect(diff.economics).toEqual({ from: before.economics, to: after.economics });
    expect(diff.milestones).toEqual({ done: [{ name: 'Go-live', date: '2026-04-10' }], reviewed: [{ name: 'Go-live', date: '2026-04-15' }] });
    expect(diff.regression).toBe(false);
  });

  it('follows a renamed plan, and says nothing more when nothing else changed', () => {
    const diff = diffPlans(state(), state({ file: 'plans/acme-logistics.yaml' }))!;
    expect(diff).toMatchObject({ status: 'renamed', previousFile: 'plans/acme.yaml', file: 'plans/acme-logistics.yaml' });
    expect(diff.findings.new).toEqual([]);
  });

  it('says a plan that stopped parsing once, not as every person gone or every rule fixed', () => {
    const before = state({ people: [person('maria', { stance: 'advocate' })], findings: [finding('okrs', 'plan', { severity: 'warning' })], warnings: 1 });
    const after = state({ valid: false, findings: [finding('yaml-syntax', 'line:3')], errors: 1 });
    const diff = diffPlans(before, after)!;
    expect(diff.validity).toEqual({ from: true, to: false });
    expect(diff.people.removed).toEqual([]);
    expect(diff.findings.fixed).toEqual([]);
    expect(diff.findings.new.map((f) => f.rule)).toEqual(['yaml-syntax']);
    expect(diff.regression).toBe(true);
  });

  it('a new plan may be imperfect without being a regression, but not invalid; a deleted plan is one line', () => {
    const added = diffPlans(null, state({ findings: [finding('critical-roles', 'role:end-user')], errors: 1 }))!;
    expect(added.status).toBe('added');
    expect(added.regression).toBe(false);
    // Its findings are its state: the headline counts none of them as new.
    expect(totalsOf([added])).toMatchObject({ accounts: 1, new: 0, newErrors: 0 });
    expect(diffPlans(null, state({ valid: false, findings: [finding('schema', 'account')], errors: 1 }))!.regression).toBe(true);
    const deleted = diffPlans(state({ people: [person('maria')], findings: [finding('okrs', 'plan')] }), null)!;
    expect(deleted).toMatchObject({ status: 'deleted', regression: false, people: { removed: [] }, findings: { fixed: [] } });
  });
});

const arbPerson = fc.record({
  id: fc.constantFrom('maria', 'omar', 'lena', 'tom', 'ece'),
  name: fc.constantFrom('A', 'B'),
  group: fc.constantFrom('renew', 'new-buy'),
  roles: fc.subarray([...ROLES]),
  stance: fc.constantFrom(...STANCES),
  backup: fc.option(fc.constantFrom('maria', 'omar'), { nil: null }),
  leftOn: fc.option(fc.constant('2026-01-01'), { nil: null }),
}).map((p): PersonState => ({ ...p, left: p.leftOn !== null }));
const arbState = fc
  .record({
    people: fc.uniqueArray(arbPerson, { selector: (p) => p.id, maxLength: 5 }),
    covered: fc.subarray([...CRITICAL_ROLES]),
    findings: fc.uniqueArray(fc.record({ rule: fc.constantFrom('okrs', 'role-backup', 'critical-roles'), subject: fc.constantFrom('plan', 'stakeholder:maria', 'role:end-user'), severity: fc.constantFrom('error', 'warning'), message: fc.constant('m'), line: fc.nat(40) }), { selector: (f) => `${f.rule} ${f.subject}`, maxLength: 6 }),
    month: fc.option(fc.nat(40), { nil: null }),
  })
  .map(({ people, covered, findings, month }) =>
    state({ people, coverage: CRITICAL_ROLES.map((role) => ({ role, covered: covered.includes(role) })), findings: findings as FindingState[], economics: month === null ? null : { currency: 'USD', breakEvenMonth: month, never: false, roi: null } }),
  );

describe('diffPlans, properties', () => {
  it('finds nothing between a version and itself', () => {
    fc.assert(fc.property(arbState, (s) => diffPlans(s, structuredClone(s)) === null));
  });

  it('swapping the sides swaps fixed and new, gained and lost, added and removed', () => {
    fc.assert(
      fc.property(arbState, arbState, (a, b) => {
        const there = diffPlans(a, b);
        const back = diffPlans(b, a);
        expect(there === null).toBe(back === null);
        if (!there || !back) return;
        const keys = (fs: FindingState[]) => fs.map((f) => `${f.rule} ${f.subject}`).sort();
        expect(keys(there.findings.fixed)).toEqual(keys(back.findings.new));
        expect(keys(there.findings.new)).toEqual(keys(back.findings.fixed));
        expect(there.coverage.gained).toEqual(back.coverage.lost);
        expect(there.people.added.map((p) => p.id).sort()).toEqual(back.people.removed.map((p) => p.id).sort());
      }),
    );
  });

  it('reports each person at most once per kind of change, and each finding at most once', () => {
    fc.assert(
      fc.property(arbState, arbState, (a, b) => {
        const diff = diffPlans(a, b);
        if (!diff) return;
        for (const list of [diff.people.added, diff.people.removed, diff.people.left, diff.people.changed]) expect(new Set(list.map((p) => p.id)).size).toBe(list.length);
        const all = [...diff.findings.fixed, ...diff.findings.new].map((f) => `${f.rule} ${f.subject}`);
        expect(new Set(all).size).toBe(all.length);
      }),
    );
  });
});
