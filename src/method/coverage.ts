import type { Plan, Stakeholder } from '../plan/schema.js';
import type { Role } from '../plan/vocabulary.js';
import { hasLeft, isSupportive, stakeholdersById, whyNotSupportive } from './people.js';

/*
 * Who covers each critical role (SPEC §5): a Group 1 stakeholder who holds the role,
 * is an advocate or supporter and has not left as of the given date. One pure core for
 * `critical-roles`, `role-backup`, the stylish coverage table and `cro report`, so they
 * can never disagree about what "covered" means.
 */

/** A named backup counts (`current`) unless they have left or are a detractor: one would not take over, the other would not argue for us. */
export type BackupState =
  | { status: 'none' }
  | { status: 'left'; person: Stakeholder }
  | { status: 'detractor'; person: Stakeholder }
  | { status: 'current'; person: Stakeholder };

export interface Coverer {
  /** Index in `plan.stakeholders`, for finding paths. */
  index: number;
  person: Stakeholder;
  backup: BackupState;
}

/** Someone who holds the role but does not cover it, and why ("is neutral", "left on …"). */
export interface NonCoveringHolder {
  index: number;
  person: Stakeholder;
  why: string;
}

export interface RoleCoverage {
  role: Role;
  coveredBy: Coverer[];
  notCovering: NonCoveringHolder[];
}

export function covers(person: Stakeholder, role: Role, asOf: string): boolean {
  return person.group === 'renew' && isSupportive(person) && !hasLeft(person, asOf) && (person.roles?.includes(role) ?? false);
}

export function backupOf(plan: Plan, person: Stakeholder, asOf: string): BackupState {
  if (person.backup === undefined) return { status: 'none' };
  const backup = stakeholdersById(plan).get(person.backup);
  // The schema guarantees the id exists and is not the person's own; stay total anyway.
  if (!backup || backup === person) return { status: 'none' };
  if (hasLeft(backup, asOf)) return { status: 'left', person: backup };
  return backup.stance === 'detractor' ? { status: 'detractor', person: backup } : { status: 'current', person: backup };
}

/*
 * `critical-roles` and `role-backup` ask about the same plan one after the other, so one
 * remembered answer saves the second pass. Only the last plan is kept: a cache keyed by
 * every plan would keep 10,000 coverage tables alive for as long as the reports hold plans.
 */
let last: { plan: Plan; asOf: string; roles: readonly Role[]; result: RoleCoverage[] } | undefined;

// By content: a worker receives the rules' and the command's lists as two copies.
const sameRoles = (a: readonly Role[], b: readonly Role[]) => a === b || (a.length === b.length && a.every((role, i) => role === b[i]));

/** Coverage of each critical role, in the order of `criticalRoles`. Linear in the stakeholders. */
export function roleCoverage(plan: Plan, criticalRoles: readonly Role[], asOf: string): RoleCoverage[] {
  if (last && last.plan === plan && last.asOf === asOf && sameRoles(last.roles, criticalRoles)) return last.result;

  const byRole = new Map<Role, RoleCoverage>();
  for (const role of criticalRoles) byRole.set(role, { role, coveredBy: [], notCovering: [] });
  const stakeholders = plan.stakeholders ?? [];
  for (let index = 0; index < stakeholders.length; index++) {
    const person = stakeholders[index]!;
    if (!person.roles) continue;
    let backup: BackupState | undefined;
    for (const role of person.roles) {
      const entry = byRole.get(role);
      if (!entry) continue;
      // People are visited in order, so a role listed twice by one person is the last entry.
      if (covers(person, role, asOf)) {
        if (entry.coveredBy.at(-1)?.person === person) continue;
        backup ??= backupOf(plan, person, asOf);
        entry.coveredBy.push({ index, person, backup });
      } else if (entry.notCovering.at(-1)?.person !== person) {
        entry.notCovering.push({ index, person, why: whyNotSupportive(person, asOf) });
      }
    }
  }
  const result = [...byRole.values()];
  last = { plan, asOf, roles: criticalRoles, result };
  return result;
}

/**
 * People who alone cover one or more critical roles, with those roles (in the order
 * the person lists them): the single-threaded contacts the method asks a backup for.
 */
export function soleCoverers(coverage: readonly RoleCoverage[]): Array<{ coverer: Coverer; roles: Role[] }> {
  const byPerson = new Map<Stakeholder, { coverer: Coverer; roles: Role[] }>();
  for (const { role, coveredBy } of coverage) {
    if (coveredBy.length !== 1) continue;
    const coverer = coveredBy[0]!;
    const entry = byPerson.get(coverer.person);
    if (entry) entry.roles.push(role);
    else byPerson.set(coverer.person, { coverer, roles: [role] });
  }
  const result = [...byPerson.values()].sort((a, b) => a.coverer.index - b.coverer.index);
  // Name the roles in the order the plan lists them for the person, as they read it.
  for (const { coverer, roles } of result) {
    const own = coverer.person.roles ?? [];
    if (roles.length > 1) roles.sort((a, b) => own.indexOf(a) - own.indexOf(b));
  }
  return result;
}
