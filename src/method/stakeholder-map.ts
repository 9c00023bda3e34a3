import { messages } from '../i18n/messages.js';
import type { Plan, Stakeholder } from '../plan/schema.js';
import { GROUPS, type Group, type ObjectionKind, type Role, type Stance } from '../plan/vocabulary.js';
import { hasLeft, stakeholdersById } from './people.js';
import { detractorOverdue, detractorWithoutPlan } from './detractors.js';
import { roleStates, singleThreadedRolesOf, type RoleStatus } from './role-status.js';

/*
 * The stakeholder map of one plan as plain data: who sits in which group and role,
 * where they stand, who backs them up, and what needs attention. Every view (tree,
 * Mermaid, DOT, the report's HTML) draws this model and decides nothing itself.
 */

export interface MapBackup {
  id: string;
  name: string;
  /** When the backup has left the customer as of the map's date; a backup who left backs up nobody. */
  leftOn: string | null;
  /** A current detractor: no backup either (SPEC §5, role-backup). */
  detractor: boolean;
}

export interface MapPerson {
  id: string;
  name: string;
  title: string | null;
  department: string | null;
  group: Group;
  roles: Role[];
  stance: Stance;
  referrer: boolean;
  /** Set when the person has left as of the map's date: shown for history, counts for nothing. */
  leftOn: string | null;
  backup: MapBackup | null;
  /** A current detractor. */
  detractor: boolean;
  objection: ObjectionKind | null;
  /** A current detractor without an objection or a win plan with owner and due date. */
  needsWinPlan: boolean;
  /** A current detractor whose win plan is overdue. */
  winPlanOverdue: boolean;
  /** Critical roles resting on this person alone, without a current backup. */
  singleThreaded: Role[];
}

export interface MapRoleSection {
  /** null: people in the group without a role. */
  role: Role | null;
  critical: boolean;
  /** Coverage of a critical role in Group 1; null elsewhere. */
  status: RoleStatus | null;
  /** Ids, in plan order. A person with two roles appears in both sections. */
  people: string[];
}

export interface MapGroup {
  group: Group;
  sections: MapRoleSection[];
}

export interface StakeholderMap {
  account: string;
  asOf: string;
  groups: MapGroup[];
  /** In plan order. */
  people: MapPerson[];
  uncoveredRoles: Role[];
  singleThreadedRoles: Role[];
}

/** A group's title in the language in use: "Group 1 — renew and buy more". */
export function groupTitle(group: Group): string {
  return messages().map.groups[group];
}

/** A role as text names it (the plan's value in English, its name in another language). */
export function roleName(role: Role | null): string {
  return role === null ? messages().map.noRole : messages().common.roles[role];
}

/** Roles as a list in text: "budget-owner, executive-sponsor". */
export function roleNames(roles: readonly Role[]): string {
  return roles.map(roleName).join(', ');
}

export function buildStakeholderMap(plan: Plan, criticalRoles: readonly Role[], asOf: string): StakeholderMap {
  const states = roleStates(plan, criticalRoles, asOf);
  const byId = stakeholdersById(plan);
  const stakeholders = plan.stakeholders ?? [];
  const people = stakeholders.map((person) => mapPerson(person, byId, states, asOf));

  const groups = GROUPS.map((group): MapGroup => {
    const members = people.filter((p) => p.group === group);
    const sections: MapRoleSection[] = [];
    // Group 1 lists every critical role, held or not: an empty one is the gap to show.
    if (group === 'renew') {
      for (const state of states) {
        sections.push({ role: state.role, critical: true, status: state.status, people: holders(members, state.role) });
      }
    }
    const seen = new Set(sections.map((s) => s.role));
    for (const person of members) {
      for (const role of person.roles) {
        if (seen.has(role)) continue;
        seen.add(role);
        sections.push({ role, critical: criticalRoles.includes(role), status: null, people: holders(members, role) });
      }
    }
    const roleless = members.filter((p) => p.roles.length === 0).map((p) => p.id);
    if (roleless.length > 0) sections.push({ role: null, critical: false, status: null, people: roleless });
    return { group, sections };
  });

  return {
    account: plan.account.name,
    asOf,
    groups,
    people,
    uncoveredRoles: states.filter((s) => s.status === 'uncovered').map((s) => s.role),
    singleThreadedRoles: states.filter((s) => s.status === 'single-threaded').map((s) => s.role),
  };
}

function holders(members: readonly MapPerson[], role: Role): string[] {
  return members.filter((p) => p.roles.includes(role)).map((p) => p.id);
}

function mapPerson(person: Stakeholder, byId: ReadonlyMap<string, Stakeholder>, states: ReturnType<typeof roleStates>, asOf: string): MapPerson {
  const backupPerson = person.backup === undefined ? undefined : byId.get(person.backup);
  const left = hasLeft(person, asOf);
  const detractor = person.stance === 'detractor' && !left;
  return {
    id: person.id,
    name: person.name,
    title: person.title ?? null,
    department: person.department ?? null,
    group: person.group,
    // A role listed twice is one role.
    roles: [...new Set(person.roles ?? [])],
    stance: person.stance ?? 'unknown',
    referrer: person.referrer === true,
    leftOn: left ? person.leftOn! : null,
    backup:
      backupPerson && backupPerson !== person
        ? {
            id: backupPerson.id,
            name: backupPerson.name,
            leftOn: hasLeft(backupPerson, asOf) ? backupPerson.leftOn! : null,
            detractor: backupPerson.stance === 'detractor' && !hasLeft(backupPerson, asOf),
          }
        : null,
    detractor,
    objection: detractor && person.objection ? person.objection.kind : null,
    needsWinPlan: detractorWithoutPlan(person, asOf),
    winPlanOverdue: detractorOverdue(person, asOf),
    singleThreaded: singleThreadedRolesOf(person, states),
  };
}

/** The section a graph view draws a person in (a node sits in one place): the first that lists them. */
export function homeSections(map: StakeholderMap): Map<string, { group: MapGroup; section: MapRoleSection }> {
  const home = new Map<string, { group: MapGroup; section: MapRoleSection }>();
  for (const group of map.groups) {
    for (const section of group.sections) {
      for (const id of section.people) if (!home.has(id)) home.set(id, { group, section });
    }
  }
  return home;
}

/** "detractor (competitor)": the stance, with the objection when a detractor has one. */
export function stanceText(person: MapPerson): string {
  const says = messages();
  const stance = says.common.stances[person.stance];
  return person.objection ? says.map.stanceWithObjection({ stance, objection: says.map.objections[person.objection] }) : stance;
}

export interface PersonMark {
  text: string;
  /** A gap to act on (drawn with ⚠ and in the warning colour). */
  warning: boolean;
}

/** Short flags for a person after the stance, in the words every view uses. */
export function personMarks(person: MapPerson): PersonMark[] {
  const marks: PersonMark[] = [];
  const says = messages().map.marks;
  if (person.leftOn) marks.push({ text: says.left({ date: person.leftOn }), warning: false });
  if (person.referrer && !person.leftOn) marks.push({ text: says.referrer, warning: false });
  if (person.singleThreaded.length > 0) marks.push({ text: says.singleThreaded({ roles: roleNames(person.singleThreaded) }), warning: true });
  if (person.needsWinPlan) marks.push({ text: says.noWinPlan, warning: true });
  else if (person.winPlanOverdue) marks.push({ text: says.winPlanOverdue, warning: true });
  return marks;
}

/** The marks as one phrase: "advocate · referrer", "detractor (concern) · ⚠ no win plan". */
export function personSummary(person: MapPerson): string {
  return [stanceText(person), ...personMarks(person).map((m) => (m.warning ? `⚠ ${m.text}` : m.text))].join(' · ');
}

/**
 * Who takes over from the person, as a line for a box: "↳ backup: Tom Reyes",
 * "↳ backup: Tom Reyes (left 2026-06-30) ⚠ name a current backup", "↳ no backup ⚠ …"
 * where a critical role rests on them alone; null when there is nothing to say.
 */
export function backupText(person: MapPerson): string | null {
  if (person.backup) {
    const problem = backupProblem(person.backup);
    return `${messages().map.backup({ name: person.backup.name })}${problem ? ` ${problem}` : ''}`;
  }
  if (person.singleThreaded.length > 0) return messages().map.noBackup;
  return null;
}

/** Why a named backup would not take over, and what to do: "(left 2026-06-30) ⚠ name a current backup"; null when they would. */
export function backupProblem(backup: MapBackup): string | null {
  if (backup.leftOn) return messages().map.backupLeft({ date: backup.leftOn });
  if (backup.detractor) return messages().map.backupDetractor;
  return null;
}

