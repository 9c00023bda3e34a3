import { foldLetters, slugify } from '../commands/init/slug.js';
import { stakeholderId } from '../commands/init/templates/values.js';
import { keysAt } from '../edit/key-order.js';
import type { Change, PlannedEdit } from '../edit/session.js';
import type { Edit, Value } from '../edit/splice.js';
import { formatPath } from '../plan/finding.js';
import type { Plan, Stakeholder } from '../plan/schema.js';
import type { ImportRow } from './rows.js';

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
}

interface Working {
  index?: number;
  data: Record<string, unknown>;
  seen: boolean;
}

const lower = (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : undefined);

function findPerson(people: readonly Working[], row: ImportRow): Working | undefined {
  if (row.crmId !== undefined) {
    const byId = people.find((p) => p.data.crmId === row.crmId);
    if (byId) return byId;
  }
  if (row.email !== undefined) {
    const email = row.email.toLowerCase();
    const byEmail = people.find((p) => lower(p.data.email) === email);
    if (byEmail) return byEmail;
  }
  return people.find((p) => p.data.name === row.name && (row.crmId === undefined || p.data.crmId === undefined));
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
}

export function mergeRows(plan: Plan, rows: readonly ImportRow[], options: MergeOptions): MergeResult {
  const original = plan.stakeholders ?? [];
  const people: Working[] = original.map((person, index) => ({ index, data: structuredClone(person) as Record<string, unknown>, seen: false }));
  const taken = new Set(original.map((p) => p.id));
  for (const row of rows) {
    const found = findPerson(people, row);
    if (!found) {
      const id = stakeholderId(row.name, taken, slugify);
      taken.add(id);
      const fields: Record<string, unknown> = { id, name: row.name, group: options.group, stance: row.stance ?? 'unknown' };
      for (const key of ['title', 'department', 'email', 'crmId', 'lastContact'] as const) if (row[key] !== undefined) fields[key] = row[key];
      if (row.roles.length > 0) fields.roles = [...row.roles];
      people.push({ data: fields, seen: true });
      continue;
    }
    found.seen = true;
    for (const key of CONTACT_KEYS) if (row[key] !== undefined) found.data[key] = row[key];
    const last = found.data.lastContact as string | undefined;
    if (row.lastContact !== undefined && (last === undefined || row.lastContact > last)) found.data.lastContact = row.lastContact;
    const roles = (found.data.roles as string[] | undefined) ?? [];
    const more = row.roles.filter((r) => !roles.includes(r));
    if (more.length > 0) found.data.roles = [...roles, ...more];
  }

  const planned: PlannedEdit = { edits: [], changes: [], atOnce: true };
  const result: MergeResult = { planned, added: [], updated: [], unchanged: [], notInExport: [] };
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
