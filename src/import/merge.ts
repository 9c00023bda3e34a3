import { foldLetters, slugify } from '../commands/init/slug.js';
import { stakeholderId } from '../commands/init/templates/values.js';
import { keysAt } from '../edit/key-order.js';
import type { Change, PlannedEdit } from '../edit/session.js';
import type { Edit, Value } from '../edit/splice.js';
import { formatPath } from '../plan/finding.js';
import type { Plan, Stakeholder } from '../plan/schema.js';
import type { BadReason, BadRow, ImportRow, PersonHolder, SamePersonField } from './rows.js';

/*
 * An export's rows merged into one plan (SPEC §8), as splices the edit engine makes:
 * a person is found by crmId, else e-mail ignoring case, else the exact name. Contact
 * data follows the export; lastContact only moves forward; roles only grow; stance and
 * group of people already in the plan never change; nobody is removed, and the current
 * people the export no longer has are listed. The same rows merged again change nothing.
 */

/** The contact data the export owns, in the order they are compared. */
export const CONTACT_KEYS = ['name', 'title', 'department', 'email', 'crmId'] as const;

export interface PersonRef {
  id: string;
  name: string;
}

export interface MergeResult {
  planned: PlannedEdit;
  added: PersonRef[];
  updated: Array<PersonRef & { fields: string[] }>;
  unchanged: PersonRef[];
  notInExport: PersonRef[];
  /** The rows that contradict an earlier row or the plan, not merged (see conflictOf). */
  conflicts: BadRow[];
}

interface Working {
  index?: number;
  data: Record<string, unknown>;
  seen: boolean;
  /** What earlier rows of this export said of the person: each contact field's value and the line that gave it first. */
  given: Map<ContactKey, { value: string; line: number }>;
  /** The first row of the export that is this person. */
  line?: number;
}

type ContactKey = (typeof CONTACT_KEYS)[number];

const lower = (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : undefined);

/** Whom a row is: by crmId, by e-mail (ignoring case), by the exact name; and how. */
function findPerson(people: readonly Working[], row: ImportRow): { byCrmId?: Working; byEmail?: Working; found?: Working; by?: 'crmId' | 'email' | 'name' } {
  const byCrmId = row.crmId === undefined ? undefined : people.find((p) => p.data.crmId === row.crmId);
  const email = row.email?.toLowerCase();
  const byEmail = email === undefined ? undefined : people.find((p) => lower(p.data.email) === email);
  if (byCrmId) return { byCrmId, ...(byEmail ? { byEmail } : {}), found: byCrmId, by: 'crmId' };
  if (byEmail) return { byEmail, found: byEmail, by: 'email' };
  const byName = people.find((p) => p.data.name === row.name && (row.crmId === undefined || p.data.crmId === undefined));
  return byName ? { found: byName, by: 'name' } : {};
}

/*
 * When a row contradicts the export or the plan (a bad row, SPEC §8 "All or nothing"):
 *
 * - its crmId is one person's and its e-mail another's (people of the plan, or people
 *   earlier rows brought in): one row cannot be two people, and writing it would give two
 *   people one address or one CRM id;
 * - it is a person an earlier row of the same plan already was (by crmId, e-mail or
 *   name, as a person is found) and gives a contact field (name, title, department,
 *   email ignoring case, crmId) another value than that row did: which one the plan
 *   should keep is not cro's to guess.
 *
 * Not a conflict: the same person again with the same data, or with fewer fields (an
 * empty cell says nothing); another lastContact (the latest wins, whatever the order);
 * other buying roles (roles add up; a Blocker among them makes a new person a detractor,
 * as within one row). So a repeated row, or a report with a row per activity, imports as
 * one row would, and the later row of a conflicting pair is the one refused (skipped
 * with --skip-bad-rows). Rows of different plans never conflict: an address is unique
 * within a plan.
 */
function conflictOf(lookup: ReturnType<typeof findPerson>, row: ImportRow, file: string): BadReason | undefined {
  const { byCrmId, byEmail, found } = lookup;
  if (byCrmId && byEmail && byCrmId !== byEmail) {
    const holder = (person: Working, key: 'crmId' | 'email'): PersonHolder => ({
      name: person.data.name as string,
      ...(person.index !== undefined ? { id: person.data.id as string } : {}),
      ...(person.given.get(key) !== undefined ? { line: person.given.get(key)!.line } : {}),
    });
    return { kind: 'twoPeople', crmId: row.crmId!, email: row.email!, byCrmId: holder(byCrmId, 'crmId'), byEmail: holder(byEmail, 'email'), plan: file };
  }
  if (!found || found.given.size === 0) return undefined;
  const fields: SamePersonField[] = [];
  for (const key of CONTACT_KEYS) {
    const value = row[key];
    const earlier = found.given.get(key);
    if (value === undefined || earlier === undefined) continue;
    if (key === 'email' ? value.toLowerCase() !== earlier.value.toLowerCase() : value !== earlier.value) fields.push({ field: key, value, earlier: earlier.value, line: earlier.line });
  }
  if (fields.length === 0) return undefined;
  const by = lookup.by!;
  return { kind: 'samePerson', line: found.line!, by, value: by === 'name' ? row.name : by === 'crmId' ? row.crmId! : row.email!, fields };
}

export interface MergeOptions {
  group: 'renew' | 'new-buy';
  /** Messages of the changes, from the catalog. */
  words: {
    added: (args: { name: string; id: string }) => string;
    changed: (args: { name: string; key: string; from: string; to: string }) => string;
    setFirst: (args: { name: string; key: string; to: string }) => string;
    accountCrmId: (args: { id: string }) => string;
  };
  /** The account's CRM id from the export, written to a plan that has none. */
  accountCrmId?: string;
  /** The plan as its file is shown, for the messages of conflicting rows. */
  file?: string;
}

export function mergeRows(plan: Plan, rows: readonly ImportRow[], options: MergeOptions): MergeResult {
  const original = plan.stakeholders ?? [];
  const people: Working[] = original.map((person, index) => ({ index, data: structuredClone(person) as Record<string, unknown>, seen: false, given: new Map() }));
  const taken = new Set(original.map((p) => p.id));
  const conflicts: BadRow[] = [];
  const remember = (person: Working, row: ImportRow) => {
    person.line ??= row.line;
    for (const key of CONTACT_KEYS) if (row[key] !== undefined && !person.given.has(key)) person.given.set(key, { value: row[key], line: row.line });
  };
  for (const row of rows) {
    const lookup = findPerson(people, row);
    const conflict = conflictOf(lookup, row, options.file ?? '');
    if (conflict) {
      conflicts.push({ line: row.line, reason: conflict });
      continue;
    }
    const found = lookup.found;
    if (!found) {
      const id = stakeholderId(row.name, taken, slugify);
      taken.add(id);
      const fields: Record<string, unknown> = { id, name: row.name, group: options.group, stance: row.stance ?? 'unknown' };
      for (const key of ['title', 'department', 'email', 'crmId', 'lastContact'] as const) if (row[key] !== undefined) fields[key] = row[key];
      if (row.roles.length > 0) fields.roles = [...row.roles];
      const person: Working = { data: fields, seen: true, given: new Map() };
      remember(person, row);
      people.push(person);
      continue;
    }
    found.seen = true;
    remember(found, row);
    // A new person's stance from several rows as from one row's buying roles: a Blocker wins over a Champion.
    if (found.index === undefined && row.stance !== undefined && found.data.stance !== 'detractor') found.data.stance = row.stance;
    for (const key of CONTACT_KEYS) if (row[key] !== undefined) found.data[key] = row[key];
    const last = found.data.lastContact as string | undefined;
    if (row.lastContact !== undefined && (last === undefined || row.lastContact > last)) found.data.lastContact = row.lastContact;
    const roles = (found.data.roles as string[] | undefined) ?? [];
    const more = row.roles.filter((r) => !roles.includes(r));
    if (more.length > 0) found.data.roles = [...roles, ...more];
  }

  const planned: PlannedEdit = { edits: [], changes: [], atOnce: true };
  const result: MergeResult = { planned, added: [], updated: [], unchanged: [], notInExport: [], conflicts };
  const words = options.words;
  const push = (edit: Edit, change: Change) => {
    planned.edits.push(edit);
    planned.changes.push(change);
  };
  if (options.accountCrmId !== undefined && plan.account.crmId === undefined) {
    push({ op: 'set', path: ['account', 'crmId'], value: options.accountCrmId }, { op: 'set', path: 'account.crmId', to: options.accountCrmId, message: words.accountCrmId({ id: options.accountCrmId }) });
  }
  const order = keysAt(['stakeholders', 0]);
  for (const person of people) {
    const ref = { id: person.data.id as string, name: person.data.name as string };
    if (person.index === undefined) {
      const ordered: Record<string, Value> = {};
      for (const key of order) if (person.data[key] !== undefined) ordered[key] = person.data[key] as Value;
      push({ op: 'append', path: ['stakeholders'], value: ordered }, { op: 'add', path: `stakeholders[${original.length + result.added.length}]`, to: ordered, message: words.added(ref) });
      result.added.push(ref);
      continue;
    }
    const before = original[person.index]! as Stakeholder & Record<string, unknown>;
    if (!person.seen) {
      if (before.leftOn === undefined) result.notInExport.push({ id: before.id, name: before.name });
      continue;
    }
    const fields: string[] = [];
    for (const key of [...CONTACT_KEYS, 'lastContact'] as const) {
      const to = person.data[key] as string | undefined;
      const from = before[key] as string | undefined;
      if (to === undefined || to === from) continue;
      const path = ['stakeholders', person.index, key];
      push({ op: 'set', path, value: to }, { op: 'set', path: formatPath(path), ...(from === undefined ? {} : { from }), to, message: from === undefined ? words.setFirst({ name: before.name, key, to }) : words.changed({ name: before.name, key, from, to }) });
      fields.push(key);
    }
    const rolesBefore = before.roles as string[] | undefined;
    const rolesAfter = (person.data.roles as string[] | undefined) ?? [];
    if (rolesAfter.length > (rolesBefore?.length ?? 0)) {
      const path = ['stakeholders', person.index, 'roles'];
      if (rolesBefore === undefined) planned.edits.push({ op: 'set', path, value: rolesAfter });
      else for (const role of rolesAfter.slice(rolesBefore.length)) planned.edits.push({ op: 'append', path, value: role });
      planned.changes.push({ op: 'set', path: formatPath(path), ...(rolesBefore === undefined ? {} : { from: rolesBefore }), to: rolesAfter, message: words.changed({ name: before.name, key: 'roles', from: (rolesBefore ?? []).join(', '), to: rolesAfter.join(', ') }) });
      fields.push('roles');
    }
    if (fields.length > 0) result.updated.push({ ...ref, name: before.name, fields });
    else result.unchanged.push(ref);
  }
  return result;
}

/** An account name as compared: no case, accents or runs of spaces (`ACME lojistik` = `Acme Lojistik`). */
export const accountKey = (name: string) => foldLetters(name).replace(/\s+/g, ' ').trim();
