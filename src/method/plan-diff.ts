import type { Group, Role, Stance } from '../plan/vocabulary.js';
import type { FindingState, PersonState, PlanState } from './plan-state.js';

/*
 * What changed in an account between two versions of its plan, in the method's terms
 * (SPEC §9): account keys, people (matched by id, then crmId, then e-mail), critical-role
 * coverage, findings by (rule, subject) — a finding that only moved lines is neither fixed
 * nor new — break-even and ROI, milestones done and reviews held. Pure: both sides are
 * PlanStates judged at the same as-of (plan-state.ts), so only the plan's changes show.
 */

export type AccountKey = 'name' | 'owner' | 'segment' | 'renewalDate' | 'crmId';
export const ACCOUNT_KEYS: readonly AccountKey[] = ['name', 'owner', 'segment', 'renewalDate', 'crmId'];

export interface Change<T> {
  from: T;
  to: T;
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface PersonChange extends PersonRef {
  /** The id before, when the person was matched by crmId or e-mail under a new id. */
  previousId?: string;
  stance?: Change<Stance>;
  rolesGained: Role[];
  rolesLost: Role[];
  backup?: Change<string | null>;
  group?: Change<Group>;
  /** leftOn removed or moved to the future: the person is back. */
  returned?: boolean;
}

export interface EconomicsPoint {
  currency: string;
  breakEvenMonth: number | null;
  never: boolean;
  roi: number | null;
}

export interface AccountDiff {
  /** The account's name after the change (before it, for a deleted plan). */
  account: string | null;
  /** The file after the change; for a deleted plan, the file it was. */
  file: string;
  /** The file before, when it moved (a renamed plan). */
  previousFile: string | null;
  status: 'added' | 'deleted' | 'renamed' | 'modified';
  /** The file stopped, or started, being a valid plan. */
  validity: Change<boolean> | null;
  keys: Array<Change<string | null> & { key: AccountKey }>;
  people: {
    added: Array<PersonRef & { stance: Stance; roles: Role[]; group: Group }>;
    removed: PersonRef[];
    left: Array<PersonRef & { leftOn: string }>;
    changed: PersonChange[];
  };
  coverage: { gained: Role[]; lost: Role[]; of: number; covered: Change<number> };
  findings: { fixed: FindingState[]; new: FindingState[] };
  errors: Change<number>;
  warnings: Change<number>;
  economics: Change<EconomicsPoint | null> | null;
  milestones: { done: Array<{ name: string; date: string }>; reviewed: Array<{ name: string; date: string }> };
  /**
   * New error-level findings, or a critical role no longer covered: what `--fail-on
   * regression` fails. A new plan is a regression only when it is not a valid plan.
   */
  regression: boolean;
}

/** The totals of a set of account diffs: the headline of `cro diff`. */
export interface DiffTotals {
  accounts: number;
  rolesCovered: number;
  rolesLost: number;
  newDetractors: number;
  detractorsWon: number;
  fixed: number;
  new: number;
  newErrors: number;
  regressions: number;
}

const SUPPORTIVE: ReadonlySet<Stance> = new Set(['advocate', 'supporter']);
/** The findings of reading a file, which every version has, valid or not. */
const LOADER_RULES: ReadonlySet<string> = new Set(['schema', 'yaml-syntax']);

/** The diff of one account: `before` null for a new plan, `after` null for a deleted one. Null when nothing the method sees changed. */
export function diffPlans(before: PlanState | null, after: PlanState | null): AccountDiff | null {
  if (!before && !after) return null;
  const from = before ?? emptyState(after!);
  const to = after ?? emptyState(before!);
  const status: AccountDiff['status'] = !before ? 'added' : !after ? 'deleted' : before.file !== after.file ? 'renamed' : 'modified';
  const diff: AccountDiff = {
    account: to.account ?? from.account,
    file: after ? after.file : before!.file,
    previousFile: status === 'renamed' ? before!.file : null,
    status,
    validity: before && after && before.valid !== after.valid ? { from: before.valid, to: after.valid } : null,
    keys: [],
    people: { added: [], removed: [], left: [], changed: [] },
    coverage: { gained: [], lost: [], of: to.coverage.length || from.coverage.length, covered: { from: countCovered(from), to: countCovered(to) } },
    findings: { fixed: [], new: [] },
    errors: { from: before?.errors ?? 0, to: after?.errors ?? 0 },
    warnings: { from: before?.warnings ?? 0, to: after?.warnings ?? 0 },
    economics: null,
    milestones: { done: [], reviewed: [] },
    regression: false,
  };
  // A deleted plan is the account leaving the plans: said once, not as every person and role lost.
  if (status === 'deleted') return diff;

  // People, coverage, economics and milestones are compared only between valid plans:
  // a plan that stopped parsing did not lose its people.
  const comparable = from.valid && to.valid;
  if (comparable || status === 'added') {
    for (const key of ACCOUNT_KEYS) {
      const a = key === 'name' ? from.account : from.keys[key];
      const b = key === 'name' ? to.account : to.keys[key];
      if (status !== 'added' && a !== b) diff.keys.push({ key, from: a, to: b });
    }
    diffPeople(from.people, to.people, diff);
    const was = new Map(from.coverage.map((c) => [c.role, c.covered]));
    for (const { role, covered } of to.coverage) {
      const before = was.get(role) ?? false;
      if (covered && !before) diff.coverage.gained.push(role);
      if (!covered && before) diff.coverage.lost.push(role);
    }
    const a = from.economics;
    const b = to.economics;
    if (!sameEconomics(a, b) && !(status === 'added' && b === null)) diff.economics = { from: a, to: b };
    diffMilestones(from, to, diff);
  }

  // Most versions keep their findings as they were, in the same order: nothing to count.
  const same = from.findings.length === to.findings.length && from.findings.every((f, i) => f.rule === to.findings[i]!.rule && f.subject === to.findings[i]!.subject);
  const count = (findings: readonly FindingState[]) => {
    const counts = new Map<string, number>();
    for (const f of findings) counts.set(findingKey(f), (counts.get(findingKey(f)) ?? 0) + 1);
    return counts;
  };
  const had = same ? new Map<string, number>() : count(from.findings);
  const has = same ? had : count(to.findings);
  // A key that occurs n times on one side and m on the other: the |n − m| last ones are fixed or new.
  const extra = (findings: readonly FindingState[], mine: Map<string, number>, theirs: Map<string, number>) => {
    const seen = new Map<string, number>();
    const out: FindingState[] = [];
    for (const f of findings) {
      const key = findingKey(f);
      const k = (seen.get(key) ?? 0) + 1;
      seen.set(key, k);
      if (k > (theirs.get(key) ?? 0) && k <= (mine.get(key) ?? 0)) out.push(f);
    }
    return out;
  };
  diff.findings.fixed = same ? [] : extra(from.findings, had, has);
  diff.findings.new = same ? [] : extra(to.findings, has, had);
  if (diff.validity) {
    // The rules run only on valid plans: across a change of validity their findings were
    // not fixed, nor are they new; only the loader's (schema, yaml-syntax) compare.
    diff.findings.fixed = diff.findings.fixed.filter((f) => LOADER_RULES.has(f.rule));
    diff.findings.new = diff.findings.new.filter((f) => LOADER_RULES.has(f.rule));
  }
  // A new plan may be imperfect (the gate allows imperfect plans), but not invalid.
  const newErrors = diff.findings.new.filter((f) => f.severity === 'error' && (status !== 'added' || LOADER_RULES.has(f.rule)));
  diff.regression = newErrors.length > 0 || diff.coverage.lost.length > 0;
  return isEmpty(diff) ? null : diff;
}

export function findingKey(f: Pick<FindingState, 'rule' | 'subject'>): string {
  return `${f.rule}\u0000${f.subject}`;
}

/** Nothing the method sees changed (a comment, a note, a finding that only moved lines). */
export function isEmpty(diff: AccountDiff): boolean {
  return (
    diff.status === 'modified' &&
    diff.validity === null &&
    diff.keys.length === 0 &&
    diff.people.added.length + diff.people.removed.length + diff.people.left.length + diff.people.changed.length === 0 &&
    diff.coverage.gained.length + diff.coverage.lost.length === 0 &&
    diff.findings.fixed.length + diff.findings.new.length === 0 &&
    diff.economics === null &&
    diff.milestones.done.length + diff.milestones.reviewed.length === 0
  );
}

export function totalsOf(diffs: readonly AccountDiff[]): DiffTotals {
  const totals: DiffTotals = { accounts: diffs.length, rolesCovered: 0, rolesLost: 0, newDetractors: 0, detractorsWon: 0, fixed: 0, new: 0, newErrors: 0, regressions: 0 };
  for (const diff of diffs) {
    totals.rolesCovered += diff.coverage.gained.length;
    totals.rolesLost += diff.coverage.lost.length;
    totals.newDetractors += diff.people.added.filter((p) => p.stance === 'detractor').length + diff.people.changed.filter((p) => p.stance?.to === 'detractor').length;
    totals.detractorsWon += diff.people.changed.filter((p) => p.stance?.from === 'detractor' && SUPPORTIVE.has(p.stance.to)).length;
    totals.fixed += diff.findings.fixed.length;
    // A new plan's findings are its state, not changes: only what makes it invalid counts as new.
    const fresh = diff.status === 'added' ? diff.findings.new.filter((f) => LOADER_RULES.has(f.rule)) : diff.findings.new;
    totals.new += fresh.length;
    totals.newErrors += fresh.filter((f) => f.severity === 'error').length;
    if (diff.regression) totals.regressions++;
  }
  return totals;
}

function emptyState(other: PlanState): PlanState {
  return {
    file: other.file,
    account: null,
    valid: true,
    keys: { owner: null, segment: null, renewalDate: null, crmId: null },
    people: [],
    coverage: other.coverage.map(({ role }) => ({ role, covered: false })),
    findings: [],
    errors: 0,
    warnings: 0,
    economics: null,
    milestones: [],
  };
}

function countCovered(state: PlanState): number {
  return state.coverage.filter((c) => c.covered).length;
}

function sameEconomics(a: EconomicsPoint | null, b: EconomicsPoint | null): boolean {
  if (a === null || b === null) return a === b;
  return a.currency === b.currency && a.breakEvenMonth === b.breakEvenMonth && a.never === b.never && a.roi === b.roi;
}

/** Pairs people of two versions: by id, then by crmId, then by e-mail ignoring case. */
export function matchPeople(before: readonly PersonState[], after: readonly PersonState[]): Array<[PersonState | null, PersonState | null]> {
  // The same people in the same order (most versions): paired as they stand.
  if (before.length === after.length && before.every((p, i) => p.id === after[i]!.id)) return after.map((p, i) => [before[i]!, p]);
  const pairs: Array<[PersonState | null, PersonState | null]> = [];
  const unmatched = new Set(before);
  const partner = new Map<PersonState, PersonState>();
  const byId = new Map(before.map((p) => [p.id, p]));
  const pending: PersonState[] = [];
  for (const person of after) {
    const same = byId.get(person.id);
    if (same && unmatched.has(same)) {
      unmatched.delete(same);
      partner.set(person, same);
    } else pending.push(person);
  }
  const by = (key: (p: PersonState) => string | undefined) => {
    for (const person of [...pending]) {
      const value = key(person);
      if (value === undefined) continue;
      const same = [...unmatched].find((p) => key(p) === value);
      if (!same) continue;
      unmatched.delete(same);
      partner.set(person, same);
      pending.splice(pending.indexOf(person), 1);
    }
  };
  by((p) => p.crmId);
  by((p) => p.email?.toLowerCase());
  for (const person of after) pairs.push([partner.get(person) ?? null, person]);
  for (const person of before) if (unmatched.has(person)) pairs.push([person, null]);
  return pairs;
}

function diffPeople(before: readonly PersonState[], after: readonly PersonState[], diff: AccountDiff): void {
  for (const [a, b] of matchPeople(before, after)) {
    if (!a) {
      diff.people.added.push({ id: b!.id, name: b!.name, stance: b!.stance, roles: b!.roles, group: b!.group });
      continue;
    }
    if (!b) {
      diff.people.removed.push({ id: a.id, name: a.name });
      continue;
    }
    if (b.left && !a.left) diff.people.left.push({ id: b.id, name: b.name, leftOn: b.leftOn! });
    const change: PersonChange = { id: b.id, name: b.name, rolesGained: b.roles.filter((r) => !a.roles.includes(r)), rolesLost: a.roles.filter((r) => !b.roles.includes(r)) };
    if (a.id !== b.id) change.previousId = a.id;
    if (a.stance !== b.stance) change.stance = { from: a.stance, to: b.stance };
    if (a.backup !== b.backup) change.backup = { from: a.backup, to: b.backup };
    if (a.group !== b.group) change.group = { from: a.group, to: b.group };
    if (a.left && !b.left) change.returned = true;
    const changed = change.previousId !== undefined || change.stance || change.backup || change.group || change.returned || change.rolesGained.length + change.rolesLost.length > 0;
    if (changed) diff.people.changed.push(change);
  }
}

function diffMilestones(from: PlanState, to: PlanState, diff: AccountDiff): void {
  const was = new Map(from.milestones.map((m) => [m.name, m]));
  for (const m of to.milestones) {
    const before = was.get(m.name);
    if (m.done !== null && m.done !== (before?.done ?? null)) diff.milestones.done.push({ name: m.name, date: m.done });
    if (m.reviewDate !== null && m.reviewDate !== (before?.reviewDate ?? null)) diff.milestones.reviewed.push({ name: m.name, date: m.reviewDate });
  }
}
