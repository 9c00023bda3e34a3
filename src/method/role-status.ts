import type { Plan, Stakeholder } from '../plan/schema.js';
import type { Role } from '../plan/vocabulary.js';
import { roleCoverage, type Coverer } from './coverage.js';

/*
 * What "covered" means in the report and the map: a critical role passes both
 * `critical-roles` (somebody covers it) and `role-backup` (it does not rest on one
 * person without a current backup). Built on the rules' own coverage core, so the
 * report can never call a role covered that `cro check` flags.
 */

export type RoleStatus = 'covered' | 'single-threaded' | 'uncovered';

export interface RoleState {
  role: Role;
  status: RoleStatus;
  /** Names of the people who cover it (advocate or supporter, Group 1, not left). */
  coveredBy: string[];
  /** Index of each coverer in `plan.stakeholders`. */
  coverers: Coverer[];
}

export interface CoverageSummary {
  /** Critical roles that pass both rules. */
  covered: number;
  /** Critical roles covered by one person without a current backup. */
  singleThreaded: number;
  uncovered: number;
  total: number;
  /** covered / total; null when no role is critical (an empty `criticalRoles`). */
  fraction: number | null;
  roles: RoleState[];
}

export function roleStates(plan: Plan, criticalRoles: readonly Role[], asOf: string): RoleState[] {
  return roleCoverage(plan, criticalRoles, asOf).map(({ role, coveredBy }) => ({
    role,
    status: statusOf(coveredBy),
    coveredBy: coveredBy.map((c) => c.person.name),
    coverers: coveredBy,
  }));
}

function statusOf(coveredBy: readonly Coverer[]): RoleStatus {
  if (coveredBy.length === 0) return 'uncovered';
  // Two people covering a role back each other up; one needs a named backup still there.
  if (coveredBy.length === 1 && coveredBy[0]!.backup.status !== 'current') return 'single-threaded';
  return 'covered';
}

export function coverageSummary(plan: Plan, criticalRoles: readonly Role[], asOf: string): CoverageSummary {
  const roles = roleStates(plan, criticalRoles, asOf);
  const count = (status: RoleStatus) => roles.filter((r) => r.status === status).length;
  const covered = count('covered');
  return {
    covered,
    singleThreaded: count('single-threaded'),
    uncovered: count('uncovered'),
    total: roles.length,
    fraction: roles.length === 0 ? null : covered / roles.length,
    roles,
  };
}

/** Critical roles a person alone covers without a current backup: where the account is single-threaded. */
export function singleThreadedRolesOf(person: Stakeholder, states: readonly RoleState[]): Role[] {
  return states.filter((s) => s.status === 'single-threaded' && s.coverers[0]?.person === person).map((s) => s.role);
}
