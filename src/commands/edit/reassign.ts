import { readPlanBytes } from '../../files/read.js';
import { foldLetters } from '../init/slug.js';
import { UsageError } from '../../util/errors.js';
import { closest } from '../../util/suggest.js';
import { findPlanFiles, type CommandIO } from '../io.js';
import { messages } from '../../i18n/messages.js';
import { editContext, editedText, openRef, reportOutcomes, writeTogether, type EditFlags, type Outcome, type PlannedEdit } from '../../edit/session.js';
import type { Plan } from '../../plan/schema.js';
import { formatPath } from '../../plan/finding.js';

/*
 * `cro reassign <old name> <new name> [paths…]`: a person of your company leaves, and
 * their accounts go to someone else — team memberships, win plans they owned, and
 * account ownership, across plans. Every plan is changed and checked first; then all are
 * written together, or none (edit/session.ts writeTogether).
 */

const same = (a: string, b: string) => foldLetters(a).replace(/\s+/g, ' ').trim() === foldLetters(b).replace(/\s+/g, ' ').trim();

export async function runReassign(oldName: string, newName: string, paths: string[], flags: EditFlags, io: CommandIO): Promise<number> {
  const context = editContext(flags, io);
  const t = messages().edit.reassign;
  if (oldName.trim() === '' || newName.trim() === '') throw new UsageError(t.emptyName);
  if (same(oldName, newName)) throw new UsageError(t.sameName({ name: oldName }));
  const refs = findPlanFiles(paths, context.config, io).filter((ref) => !ref.absolute.endsWith('/'));
  const wanted = foldLetters(oldName).replace(/\s+/g, ' ').trim();
  const outcomes: Outcome[] = [];
  const names = new Set<string>();
  for (const ref of refs) {
    const read = readPlanBytes(ref.absolute);
    // Only plans whose text holds the name are read as plans: the others cannot name the person.
    if (!read.ok || !foldLetters(Buffer.from(read.bytes).toString('utf8')).replace(/[ \t]+/g, ' ').includes(wanted)) {
      continue;
    }
    const open = openRef({ ...ref, explicit: true }, context, io);
    const planned = reassignEdit(open.plan, oldName, newName.trim(), names);
    if (planned.edits.length === 0) continue;
    outcomes.push({ open, planned, ...editedText(open, planned, context) });
  }
  if (outcomes.length === 0) {
    const near = closest(oldName, names);
    throw new UsageError(t.nobody({ name: oldName, plans: refs.length, suggestion: near ?? '' }));
  }
  if (!flags.dryRun) await writeTogether(outcomes, io);
  reportOutcomes(outcomes, flags, io, !flags.dryRun);
  return 0;
}

export function reassignEdit(plan: Plan, oldName: string, newName: string, seen = new Set<string>()): PlannedEdit {
  const t = messages().edit.reassign;
  const planned: PlannedEdit = { edits: [], changes: [] };
  const change = (path: Array<string | number>, from: string, what: string) => {
    planned.edits.push({ op: 'set', path, value: newName });
    planned.changes.push({ op: 'set', path: formatPath(path), from, to: newName, message: t.moved({ what, from, to: newName }) });
  };
  const owner = plan.account.owner;
  if (owner !== undefined) seen.add(owner);
  if (owner !== undefined && same(owner, oldName)) change(['account', 'owner'], owner, t.accountOwner);
  const team = plan.team ?? [];
  // Backwards, so that a member removed does not move the index of those still to come.
  for (let i = team.length - 1; i >= 0; i--) {
    const member = team[i]!;
    seen.add(member.name);
    if (!same(member.name, oldName)) continue;
    // The new person already holds this function in the team: the old entry goes, rather than a second one.
    if (team.some((other) => same(other.name, newName) && other.function === member.function)) {
      planned.edits.push({ op: 'remove', path: ['team', i] });
      planned.changes.push({ op: 'remove', path: formatPath(['team', i]), from: member.name, message: t.removedFromTeam({ name: member.name, function: member.function, to: newName }) });
    } else change(['team', i, 'name'], member.name, t.teamMember({ function: member.function }));
  }
  (plan.stakeholders ?? []).forEach((person, i) => {
    const by = person.winPlan?.owner;
    if (by === undefined) return;
    seen.add(by);
    if (same(by, oldName)) change(['stakeholders', i, 'winPlan', 'owner'], by, t.winPlanOwner({ name: person.name }));
  });
  return planned;
}
