import { GROUPS, OBJECTION_KINDS, PERSPECTIVES, ROLES, STANCES } from '../../plan/vocabulary.js';
import type { Plan, Stakeholder } from '../../plan/schema.js';
import { formatPath } from '../../plan/finding.js';
import { createLocator } from '../../plan/locate.js';
import { parseYamlText } from '../../plan/parse.js';
import { oneLine } from '../../text/terminal-text.js';
import { parseDate } from '../init/fields.js';
import { oneOf, parseStakeholderSpec } from '../init/flags.js';
import { readYesNo } from '../init/yes-no.js';
import { UsageError } from '../../util/errors.js';
import { didYouMean } from '../../util/suggest.js';
import { canPrompt, planPaths, type CommandIO } from '../io.js';
import { discoverPlanFiles } from '../../files/discover.js';
import { messages } from '../../i18n/messages.js';
import { findMilestone, findPerson, samePersonName } from '../../edit/find.js';
import { keysAt } from '../../edit/key-order.js';
import { editContext, finishEdit, openPlan, type Change, type EditContext, type EditFlags, type OpenPlan, type PlannedEdit } from '../../edit/session.js';
import type { Edit, Path, Value } from '../../edit/splice.js';
import { scalarAt, parseScalar } from './values.js';
import { askMissing, type Missing } from './ask.js';

/*
 * The commands that keep a plan current (SPEC §7), each a few lines: what it changes, as
 * splices (edit/splice.ts) and as sentences; edit/session.ts does the rest (checks,
 * diff, safe write, what the change closed and opened).
 */

export interface ContactFlags extends EditFlags {
  on?: string;
  force?: boolean;
}
export interface LeftFlags extends EditFlags {
  on?: string;
  successor?: string;
  force?: boolean;
}
export interface ReviewFlags extends EditFlags {
  date?: string;
  perspectives?: string;
  notes?: string;
  done?: string;
  force?: boolean;
}

const DEFAULT_PERSPECTIVES = ['customer', 'sales', 'marketing', 'customer-success'] as const;

function dateFlag(flag: string, text: string | undefined, fallback: string): string {
  if (text === undefined) return fallback;
  const parsed = parseDate(text);
  if (!parsed.ok) throw new UsageError(`${flag} ${text}: ${parsed.message}`);
  return parsed.value;
}

/**
 * A fact (a contact, a departure, a milestone reached) is recorded once it has happened:
 * a day after --as-of (today) is a typo of the year, refused with `say`'s words.
 */
function refuseFuture(given: string, date: string, asOf: string, say: (args: { given: string; asOf: string }) => string): void {
  if (date > asOf) throw new UsageError(say({ given: `${given}${date}`, asOf }));
}

/** A word of a command line as the user can paste it: quoted when it holds a space or a shell character. */
const shellWord = (word: string) => (/^[\w./@:+=<>-]+$/.test(word) ? word : `"${word.replace(/(["\\$`])/g, '\\$1')}"`);

const setEdit = (path: Path, value: Value): Edit => ({ op: 'set', path, value });
const where = (path: Path) => formatPath(path);

/** The arguments not given, asked on a terminal (choices from the plan), else a usage error naming them. */
async function complete<T extends Record<string, unknown>>(io: CommandIO, flags: EditFlags, command: string, values: T, missing: readonly Missing[]): Promise<T> {
  const wanted = missing.filter((m) => values[m.name] === undefined || (Array.isArray(values[m.name]) && (values[m.name] as unknown[]).length === 0));
  if (wanted.length === 0) return values;
  if (!canPrompt(io, flags)) {
    throw new UsageError(messages().edit.missing({ names: wanted.map((m) => `<${m.label}>`), command, example: wanted[0]!.example }));
  }
  return { ...values, ...(await askMissing(io, wanted)) };
}

/**
 * Without a terminal nothing is asked: every argument missing is named at once (exit 2),
 * before anything is read. `given` pairs each argument's value with its usage word.
 */
function requireGiven(io: CommandIO, flags: EditFlags, command: string, example: string, given: ReadonlyArray<[value: unknown, label: string]>): void {
  if (canPrompt(io, flags)) return;
  const missing = given.filter(([value]) => value === undefined || (Array.isArray(value) && value.length === 0)).map(([, label]) => `<${label}>`);
  if (missing.length > 0) throw new UsageError(messages().edit.missing({ names: missing, command, example }));
}

/** The plans to choose from: the config's, listed by file (none is read). */
function planArg(context: EditContext, io: CommandIO): Missing {
  return {
    name: 'plan',
    label: messages().edit.args.plan,
    noun: messages().edit.find.plan,
    kind: 'select',
    example: 'acme',
    choices: () => discoverPlanFiles(planPaths([], context.config), io.cwd).filter((ref) => !ref.absolute.endsWith('/')).map((ref) => ({ name: ref.display, value: ref.display.includes('/') ? ref.display : `./${ref.display}` })),
  };
}

const peopleChoices = (plan: Plan, all = false) => () =>
  (plan.stakeholders ?? []).filter((p) => all || p.leftOn === undefined).map((p) => ({ name: `${p.name} (${p.id})`, value: p.id }));

function personArg(plan: Plan, name = 'person', example = 'maria'): Missing {
  return { name, label: messages().edit.args.person, noun: messages().edit.find.person, kind: name === 'people' ? 'multi' : 'select', example, choices: peopleChoices(plan) };
}

// --- cro contact ----------------------------------------------------------------------

export async function runContact(planRef: string | undefined, people: string[], flags: ContactFlags, io: CommandIO): Promise<number> {
  const context = editContext(flags, io);
  const a = messages().edit.args;
  requireGiven(io, flags, `cro contact <${a.plan}> <${a.person}…>`, 'cro contact acme maria', [[planRef, a.plan], [people, a.person]]);
  const on = dateFlag('--on', flags.on, context.asOf);
  // A contact is a fact, and lastContact never moves backwards: a day to come (2062 for
  // 2026) would hold every later contact back until then.
  refuseFuture('--on ', on, context.asOf, messages().edit.contact.inFuture);
  const first = await complete(io, flags, `cro contact <${a.plan}> <${a.person}…>`, { plan: planRef }, [planArg(context, io)]);
  const open = openPlan(first.plan!, context, io);
  const { people: named } = await complete(io, flags, `cro contact <${a.plan}> <${a.person}…>`, { people }, [personArg(open.plan, 'people')]);
  return finishEdit(open, contactEdit(open.plan, named as string[], on, Boolean(flags.force)), context, flags, io);
}

export function contactEdit(plan: Plan, people: readonly string[], on: string, force: boolean): PlannedEdit {
  const t = messages().edit.contact;
  const planned: PlannedEdit = { edits: [], changes: [], notes: [] };
  const seen = new Set<number>();
  for (const wanted of people) {
    const { index, person } = findPerson(plan, wanted);
    if (seen.has(index)) continue;
    seen.add(index);
    const path = ['stakeholders', index, 'lastContact'];
    const last = person.lastContact;
    if (last === on) {
      planned.notes!.push(t.same({ name: person.name, date: on }));
      continue;
    }
    if (last !== undefined && last > on && !force) {
      planned.notes!.push(t.notBackwards({ name: person.name, last, date: on }));
      continue;
    }
    planned.edits.push(setEdit(path, on));
    planned.changes.push({ op: 'set', path: where(path), from: last, to: on, message: last === undefined ? t.setFirst({ name: person.name, date: on }) : t.moved({ name: person.name, from: last, to: on }) });
  }
  return planned;
}

// --- cro left -------------------------------------------------------------------------

export async function runLeft(planRef: string | undefined, personRef: string | undefined, flags: LeftFlags, io: CommandIO): Promise<number> {
  const context = editContext(flags, io);
  const a = messages().edit.args;
  requireGiven(io, flags, `cro left <${a.plan}> <${a.person}>`, 'cro left acme dana --successor tom', [[planRef, a.plan], [personRef, a.person]]);
  const on = dateFlag('--on', flags.on, context.asOf);
  refuseFuture('--on ', on, context.asOf, messages().edit.left.inFuture);
  const first = await complete(io, flags, `cro left <${a.plan}> <${a.person}>`, { plan: planRef }, [planArg(context, io)]);
  const open = openPlan(first.plan!, context, io);
  const { person } = await complete(io, flags, `cro left <${a.plan}> <${a.person}>`, { person: personRef }, [personArg(open.plan, 'person', 'dana')]);
  let successor = flags.successor;
  // On a terminal, whoever had the person as backup gets a successor chosen from the plan (or none yet).
  if (successor === undefined && canPrompt(io, flags)) {
    const leaving = findPerson(open.plan, person as string).person;
    const others = (open.plan.stakeholders ?? []).filter((p) => p.id !== leaving.id && p.leftOn === undefined);
    if (others.some((p) => p.backup === leaving.id)) {
      const t = messages().edit.ask;
      const choices = [...others.map((p) => ({ name: `${p.name} (${p.id})`, value: p.id })), { name: t.nobodyYet, value: '' }];
      const { successor: picked } = await askMissing(io, [{ name: 'successor', label: messages().edit.args.person, question: t.successor({ name: leaving.name }), kind: 'select', example: 'tom', choices: () => choices }]);
      if (picked !== '') successor = picked as string;
    }
  }
  return finishEdit(open, leftEdit(open.plan, person as string, on, successor, { dateGiven: flags.on !== undefined, force: Boolean(flags.force), planRef: first.plan! }), context, flags, io);
}

/**
 * `on` is --on, else today; without --on a date already recorded stays (running the
 * command again, to move backups, must not move the day the person left to today).
 */
export function leftEdit(
  plan: Plan,
  wanted: string,
  on: string,
  successorRef: string | undefined,
  { dateGiven = true, force = false, planRef }: { dateGiven?: boolean; force?: boolean; planRef?: string } = {},
): PlannedEdit {
  const t = messages().edit.left;
  const planned: PlannedEdit = { edits: [], changes: [], notes: [] };
  const { index, person } = findPerson(plan, wanted);
  let successor: Stakeholder | undefined;
  if (successorRef !== undefined) {
    successor = findPerson(plan, successorRef).person;
    if (successor.id === person.id) throw new UsageError(t.ownSuccessor({ name: person.name }));
    if (successor.leftOn !== undefined) throw new UsageError(t.successorLeft({ name: successor.name, date: successor.leftOn }));
  }
  const path = ['stakeholders', index, 'leftOn'];
  const was = person.leftOn;
  if (was === on || (was !== undefined && !dateGiven)) planned.notes!.push(t.already({ name: person.name, date: was }));
  // The day someone left is history: another day is recorded only on purpose (as `contact` never moves lastContact back).
  else if (was !== undefined && !force) throw new UsageError(t.notMoved({ name: person.name, date: was, given: on }));
  else {
    planned.edits.push(setEdit(path, on));
    planned.changes.push({ op: 'set', path: where(path), from: was, to: on, message: was === undefined ? t.left({ name: person.name, date: on }) : t.leftWas({ name: person.name, date: on, was }) });
  }
  const setCommand = (other: Stakeholder) => `cro stakeholder set ${shellWord(planRef ?? `<${messages().edit.args.plan}>`)} ${shellWord(other.id)} backup=<id>`;
  (plan.stakeholders ?? []).forEach((other, i) => {
    // Someone who has left needs no backup: their backup stays as history.
    if (other.backup !== person.id || i === index || other.leftOn !== undefined) return;
    if (successor && successor.id !== other.id) {
      const backupPath = ['stakeholders', i, 'backup'];
      planned.edits.push(setEdit(backupPath, successor.id));
      planned.changes.push({ op: 'set', path: where(backupPath), from: person.id, to: successor.id, message: t.backupMoved({ name: other.name, from: person.name, to: successor.name }) });
    } else if (successor) planned.notes!.push(t.successorIsSelf({ name: other.name, left: person.name, command: setCommand(other) }));
    else planned.notes!.push(t.needBackup({ name: other.name, left: person.name, command: setCommand(other) }));
  });
  return planned;
}

// --- cro stakeholder add / set --------------------------------------------------------

const ADD_KEYS = ['email', 'crmId', 'department', 'lastContact'] as const;

export async function runStakeholderAdd(planRef: string | undefined, spec: string | undefined, flags: EditFlags, io: CommandIO): Promise<number> {
  const context = editContext(flags, io);
  const a = messages().edit.args;
  requireGiven(io, flags, `cro stakeholder add <${a.plan}> <${a.spec}>`, 'cro stakeholder add acme "Lena Park; roles=end-user; group=new-buy"', [[planRef, a.plan], [spec, a.spec]]);
  const first = await complete(io, flags, `cro stakeholder add <${a.plan}> <${a.spec}>`, { plan: planRef }, [planArg(context, io)]);
  const open = openPlan(first.plan!, context, io);
  const options: AddOptions = { asOf: context.asOf, file: open.ref.display, lineOf: personLines(open) };
  const { spec: given } = await complete(io, flags, `cro stakeholder add <${a.plan}> <${a.spec}>`, { spec }, [
    { name: 'spec', label: a.spec, kind: 'text', example: '"Lena Park; roles=end-user; group=new-buy"', validate: (text) => tryParse(() => addEdit(open.plan, text, options)) },
  ]);
  return finishEdit(open, addEdit(open.plan, given as string, options), context, flags, io);
}

/** The line each stakeholder starts on (its first key), read only when one is named. */
function personLines(open: OpenPlan): (index: number) => number | undefined {
  let locate: ((index: number) => number) | undefined;
  return (index) => {
    if (!locate) {
      const parsed = parseYamlText(open.text);
      if (!parsed.ok) return undefined;
      const locator = createLocator(parsed.value.doc, parsed.value.lineCounter);
      locate = (i) => locator(['stakeholders', i]).line;
    }
    return locate(index);
  };
}

function tryParse(run: () => unknown): true | string {
  try {
    run();
    return true;
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
}

export interface AddOptions {
  /** `--as-of` (today): a lastContact after it is refused, as `cro contact --on` refuses it. */
  asOf?: string;
  /** The plan file as shown, and the line a stakeholder starts on: where the person already in the plan is. */
  file?: string;
  lineOf?: (index: number) => number | undefined;
}

export function addEdit(plan: Plan, spec: string, { asOf, file, lineOf }: AddOptions = {}): PlannedEdit {
  const t = messages().edit.stakeholder;
  const people = plan.stakeholders ?? [];
  const taken = new Set(people.map((p) => p.id));
  const parsed = parseStakeholderSpec(spec, `"${spec}"`, taken, ADD_KEYS);
  const fields: Record<string, Value> = { ...parsed.stakeholder };
  if (parsed.stakeholder.roles.length === 0) delete fields.roles;
  for (const [key, text] of Object.entries(parsed.extra)) {
    if (text === '') continue;
    fields[key] = key === 'lastContact' ? dateFlag(`${parsed.where}: lastContact=`, text, '') : text;
  }
  const shown = oneLine(file ?? '');
  const placeOf = (index: number) => {
    const line = lineOf?.(index);
    return line === undefined ? (shown === '' ? `stakeholders[${index}]` : shown) : `${shown}:${line}`;
  };
  // The same e-mail (case does not count) or crmId is the same person: changed with
  // `stakeholder set`, never added twice (the schema would refuse it less helpfully).
  for (const key of ['email', 'crmId'] as const) {
    const value = fields[key];
    if (typeof value !== 'string') continue;
    const same = (other: string | undefined) => other !== undefined && (key === 'email' ? other.toLowerCase() === value.toLowerCase() : other === value);
    const index = people.findIndex((p) => same(p[key]));
    if (index < 0) continue;
    const person = people[index]!;
    throw new UsageError(t.samePerson({ key, value, name: person.name, id: person.id, place: placeOf(index), file: shown === '' ? `<${messages().edit.args.plan}>` : shown }));
  }
  if (asOf !== undefined && typeof fields.lastContact === 'string' && fields.lastContact > asOf) {
    throw new UsageError(messages().edit.contact.inFuture({ given: `lastContact=${fields.lastContact}`, asOf }));
  }
  // Two people may share a name (the id keeps them apart), but the user is told: it may be the same person.
  const namesake = people.findIndex((p) => samePersonName(p.name, parsed.stakeholder.name));
  const warnings = namesake < 0 ? [] : [t.sameName({ name: people[namesake]!.name, id: people[namesake]!.id, place: placeOf(namesake), newId: parsed.stakeholder.id })];
  if (parsed.backup !== undefined) {
    const { person: backup } = findPerson(plan, parsed.backup);
    fields.backup = backup.id;
  }
  // In the template's order: id, name, title, department, email, crmId, group, …
  const ordered: Record<string, Value> = {};
  for (const key of keysAt(['stakeholders', 0])) if (fields[key] !== undefined) ordered[key] = fields[key]!;
  const name = parsed.stakeholder.name;
  return {
    edits: [{ op: 'append', path: ['stakeholders'], value: ordered }],
    changes: [{ op: 'add', path: `stakeholders[${people.length}]`, to: ordered, message: t.added({ name, id: parsed.stakeholder.id, group: parsed.stakeholder.group, roles: parsed.stakeholder.roles }) }],
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** The keys `cro stakeholder set` takes, and how each value is read. */
const SET_KEYS = ['name', 'title', 'department', 'group', 'roles', 'stance', 'backup', 'referrer', 'email', 'crmId', 'needs.see', 'needs.hear', 'needs.know', 'objection.kind', 'objection.detail', 'winPlan.owner', 'winPlan.due', 'winPlan.actions'] as const;

export async function runStakeholderSet(planRef: string | undefined, personRef: string | undefined, assignments: string[], flags: EditFlags, io: CommandIO): Promise<number> {
  const context = editContext(flags, io);
  const a = messages().edit.args;
  const command = `cro stakeholder set <${a.plan}> <${a.person}> <${a.assignment}…>`;
  requireGiven(io, flags, command, 'cro stakeholder set acme maria stance=advocate', [[planRef, a.plan], [personRef, a.person], [assignments, a.assignment]]);
  const first = await complete(io, flags, command, { plan: planRef }, [planArg(context, io)]);
  const open = openPlan(first.plan!, context, io);
  const { person } = await complete(io, flags, command, { person: personRef }, [personArg(open.plan)]);
  const { assignments: given } = await complete(io, flags, command, { assignments }, [
    { name: 'assignments', label: a.assignment, kind: 'multi', example: 'stance=advocate', validate: (text) => tryParse(() => setStakeholderEdit(open.plan, person as string, [text])) },
  ]);
  const list = Array.isArray(given) ? given : [given as string];
  return finishEdit(open, setStakeholderEdit(open.plan, person as string, list), context, flags, io);
}

export function setStakeholderEdit(plan: Plan, wanted: string, assignments: readonly string[]): PlannedEdit {
  const t = messages().edit.stakeholder;
  const { index, person } = findPerson(plan, wanted);
  const planned: PlannedEdit = { edits: [], changes: [], notes: [] };
  // Each assignment sees the plan as the ones before it left it.
  let current = structuredClone(person) as Record<string, unknown>;
  for (const assignment of assignments) {
    const eq = assignment.indexOf('=');
    const key = (eq < 0 ? assignment : assignment.slice(0, eq)).trim();
    if (!(SET_KEYS as readonly string[]).includes(key)) throw new UsageError(t.unknownKey({ key, suggestion: didYouMean(key, SET_KEYS), keys: SET_KEYS }));
    const text = eq < 0 ? '' : assignment.slice(eq + 1).trim();
    if (eq < 0 || text === '') throw new UsageError(t.writeValue({ key }));
    const parts = key.split('.');
    const path: Path = ['stakeholders', index, ...parts];
    const old = parts.reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), current);
    if (key === 'roles' || key === 'winPlan.actions') {
      const list = (Array.isArray(old) ? old : []) as string[];
      const read = (value: string) => (key === 'roles' ? oneOf(`${key}=${text}`, 'roles', value, ROLES) : value);
      let next: string[];
      if (text.startsWith('+')) next = list.includes(read(text.slice(1).trim())) ? list : [...list, read(text.slice(1).trim())];
      else if (text.startsWith('-')) {
        const gone = read(text.slice(1).trim());
        if (!list.includes(gone)) planned.notes!.push(t.notInList({ name: person.name, key, value: gone }));
        next = list.filter((item) => item !== gone);
      } else next = key === 'roles' ? [...new Set(text.split(',').map((r) => read(r.trim())).filter((r) => r !== ''))] : [text];
      planned.edits.push(...listEdits(path, Array.isArray(old) ? list : undefined, next));
      if (JSON.stringify(next) !== JSON.stringify(list) || !Array.isArray(old)) {
        planned.changes.push({ op: 'set', path: where(path), from: Array.isArray(old) ? list : undefined, to: next, message: t.changed({ name: person.name, key, from: Array.isArray(old) ? list.join(', ') : '', to: next.join(', ') }) });
      }
      current = setIn(current, parts, next);
      continue;
    }
    let value: Value;
    if (key === 'group') value = oneOf(`${key}=${text}`, key, text, GROUPS);
    else if (key === 'stance') value = oneOf(`${key}=${text}`, key, text, STANCES);
    else if (key === 'objection.kind') value = oneOf(`${key}=${text}`, key, text, OBJECTION_KINDS);
    else if (key === 'backup') {
      const { person: backup } = findPerson(plan, text);
      if (backup.id === person.id) throw new UsageError(messages().init.stakeholderOwnBackup({ where: `${key}=${text}` }));
      value = backup.id;
    } else if (key === 'referrer') {
      const yes = ['true', 'false'].includes(text.toLowerCase()) ? text.toLowerCase() === 'true' : readYesNo(text, true);
      if (yes === undefined) throw new UsageError(t.notYesNo({ key, value: text }));
      value = yes;
    } else if (key === 'winPlan.due') value = dateFlag(`${key}=`, text, '');
    else value = text;
    if (old === value) {
      planned.notes!.push(t.alreadySo({ name: person.name, key, value: String(value) }));
      continue;
    }
    planned.edits.push(setEdit(path, value));
    planned.changes.push({ op: 'set', path: where(path), from: old, to: value, message: old === undefined ? t.setFirst({ name: person.name, key, to: String(value) }) : t.changed({ name: person.name, key, from: String(old), to: String(value) }) });
    current = setIn(current, parts, value);
  }
  return planned;
}

function setIn(node: Record<string, unknown>, parts: readonly string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(node);
  let at = copy;
  for (const part of parts.slice(0, -1)) {
    if (typeof at[part] !== 'object' || at[part] === null) at[part] = {};
    at = at[part] as Record<string, unknown>;
  }
  at[parts[parts.length - 1]!] = value;
  return copy;
}

/** A list changed to `next` in item splices: items that go are removed (from the end), new ones appended. */
function listEdits(path: Path, old: readonly string[] | undefined, next: readonly string[]): Edit[] {
  if (old === undefined) return [setEdit(path, [...next])];
  const edits: Edit[] = [];
  for (let i = old.length - 1; i >= 0; i--) if (!next.includes(old[i]!)) edits.push({ op: 'remove', path: [...path, i] });
  for (const item of next) if (!old.includes(item)) edits.push({ op: 'append', path, value: item });
  return edits;
}

// --- cro review -----------------------------------------------------------------------

export async function runReview(planRef: string | undefined, milestoneRef: string | undefined, flags: ReviewFlags, io: CommandIO): Promise<number> {
  const context = editContext(flags, io);
  const a = messages().edit.args;
  requireGiven(io, flags, `cro review <${a.plan}> <${a.milestone}>`, 'cro review acme "Go-live" --done 2026-04-10', [[planRef, a.plan], [milestoneRef, a.milestone]]);
  const first = await complete(io, flags, `cro review <${a.plan}> <${a.milestone}>`, { plan: planRef }, [planArg(context, io)]);
  const open = openPlan(first.plan!, context, io);
  const { milestone } = await complete(io, flags, `cro review <${a.plan}> <${a.milestone}>`, { milestone: milestoneRef }, [
    { name: 'milestone', label: a.milestone, noun: messages().edit.find.milestone, kind: 'select', example: '"Go-live"', choices: () => (open.plan.milestones ?? []).map((m) => ({ name: m.name, value: m.name })) },
  ]);
  return finishEdit(open, reviewEdit(open.plan, milestone as string, flags, context), context, flags, io);
}

export function reviewEdit(plan: Plan, wanted: string, flags: ReviewFlags, context: EditContext): PlannedEdit {
  const t = messages().edit.review;
  const index = findMilestone(plan, wanted);
  const milestone = plan.milestones![index]!;
  const date = dateFlag('--date', flags.date, context.asOf);
  const perspectives =
    flags.perspectives === undefined
      ? [...DEFAULT_PERSPECTIVES]
      : [...new Set(flags.perspectives.split(',').map((p) => oneOf(`--perspectives ${flags.perspectives}`, 'perspectives', p.trim(), PERSPECTIVES)))];
  const planned: PlannedEdit = { edits: [], changes: [], notes: [] };
  const base: Path = ['milestones', index];
  const review = milestone.review as { date?: string; perspectives?: string[]; notes?: string } | undefined;
  const change = (path: Path, from: unknown, to: Value, message: string) => {
    planned.changes.push({ op: 'set', path: where(path), ...(from === undefined ? {} : { from }), to, message });
  };
  if (flags.done !== undefined) {
    const done = dateFlag('--done', flags.done, context.asOf);
    // A milestone is reached once it has happened.
    refuseFuture('--done ', done, context.asOf, t.doneInFuture);
    if (milestone.done !== done) {
      planned.edits.push(setEdit([...base, 'done'], done));
      change([...base, 'done'], milestone.done, done, t.done({ milestone: milestone.name, date: done }));
    } else planned.notes!.push(t.alreadyDone({ milestone: milestone.name, date: done }));
  }
  const notes = flags.notes === undefined || flags.notes.trim() === '' ? undefined : flags.notes.trim();
  if (review === undefined) {
    const value: Record<string, Value> = { date, perspectives };
    if (notes !== undefined) value.notes = notes;
    planned.edits.push(setEdit([...base, 'review'], value));
    change([...base, 'review'], undefined, value, t.recorded({ milestone: milestone.name, date, perspectives }));
    return planned;
  }
  const had = { milestone: milestone.name, date: review.date ?? '', perspectives: review.perspectives ?? [] };
  // `--done` alone records that the milestone was reached: the review recorded stays.
  if (flags.done !== undefined && flags.date === undefined && flags.perspectives === undefined && notes === undefined) return planned;
  const samePerspectives = JSON.stringify([...(review.perspectives ?? [])].sort()) === JSON.stringify([...perspectives].sort());
  if (review.date === date && samePerspectives && (notes === undefined || notes === review.notes)) {
    planned.notes!.push(t.same(had));
    return planned;
  }
  // One review per milestone: another one replaces it only on purpose (as `contact` never moves lastContact back).
  if (!flags.force) throw new UsageError(t.notReplaced(had));
  if (review.date !== date) planned.edits.push(setEdit([...base, 'review', 'date'], date));
  if (JSON.stringify(review.perspectives ?? []) !== JSON.stringify(perspectives)) planned.edits.push(...listEdits([...base, 'review', 'perspectives'], review.perspectives, perspectives));
  // A review replaced is replaced whole: the old notes do not stay under the new date.
  if (notes !== undefined && review.notes !== notes) planned.edits.push(setEdit([...base, 'review', 'notes'], notes));
  else if (notes === undefined && review.notes !== undefined) planned.edits.push({ op: 'remove', path: [...base, 'review', 'notes'] });
  if (planned.edits.length > 0) change([...base, 'review'], review, { date, perspectives, ...(notes === undefined ? {} : { notes }) }, t.replaced({ ...had, date, perspectives, was: had.date, wasPerspectives: had.perspectives }));
  return planned;
}

// --- cro set --------------------------------------------------------------------------

export async function runSet(planRef: string | undefined, key: string | undefined, value: string | undefined, flags: EditFlags, io: CommandIO): Promise<number> {
  const context = editContext(flags, io);
  const a = messages().edit.args;
  const command = `cro set <${a.plan}> <${a.key}> <${a.value}>`;
  requireGiven(io, flags, command, 'cro set acme account.renewalDate 2027-02-01', [[planRef, a.plan], [key, a.key], [value, a.value]]);
  const first = await complete(io, flags, command, { plan: planRef }, [planArg(context, io)]);
  const open = openPlan(first.plan!, context, io);
  const { key: k } = await complete(io, flags, command, { key }, [{ name: 'key', label: a.key, kind: 'text', example: 'account.renewalDate', validate: (text) => tryParse(() => scalarAt(text)) }]);
  const { value: v } = await complete(io, flags, command, { value }, [{ name: 'value', label: a.value, kind: 'text', example: '2027-02-01', validate: (text) => tryParse(() => parseScalar(scalarAt(k as string), text)) }]);
  return finishEdit(open, setEditOf(open, k as string, v as string), context, flags, io);
}

export function setEditOf(open: OpenPlan, key: string, text: string): PlannedEdit {
  const t = messages().edit.set;
  const target = scalarAt(key);
  const value = parseScalar(target, text);
  const old = target.path.reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[part] : undefined), open.plan);
  if (target.path.length > 1 && typeof target.path[1] === 'number') {
    const list = (open.plan as Record<string, unknown>)[target.path[0] as string];
    if (!Array.isArray(list) || (target.path[1] as number) >= list.length) throw new UsageError(t.noItem({ key }));
  }
  if (old === value) return { edits: [], changes: [], notes: [t.alreadySo({ key: target.shown, value: String(value) })] };
  const change: Change = { op: 'set', path: where(target.path), ...(old === undefined ? {} : { from: old }), to: value, message: old === undefined ? t.setFirst({ key: target.shown, to: String(value) }) : t.changed({ key: target.shown, from: String(old), to: String(value) }) };
  return { edits: [setEdit(target.path, value)], changes: [change] };
}

export { runReassign } from './reassign.js';
