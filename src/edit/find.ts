import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Config } from '../config/load.js';
import { discoverPlanFiles, displayPath, type PlanFileRef } from '../files/discover.js';
import { readPlanBytes } from '../files/read.js';
import { planPaths } from '../commands/io.js';
import { foldLetters } from '../commands/init/slug.js';
import { UsageError } from '../util/errors.js';
import { closestName } from '../util/suggest.js';
import { messages } from '../i18n/messages.js';
import type { Plan, Stakeholder } from '../plan/schema.js';

/*
 * What the edit commands are pointed at, as a person names it: a plan by its path, its
 * file name, or its account's name; a person by id or name; a milestone by its name or
 * the start of it. Case and accents never matter (`brückner` is `Bruckner`). No match is
 * a usage error with the nearest name; several are listed, for the user to pick one.
 */

/** Words of a name, folded: `Dana Whitaker` → `dana whitaker`. */
const folded = (text: string) => foldLetters(text).replace(/\s+/g, ' ').trim();

/** Whether two names are one name as person lookup compares them: case and accents never matter (`Maria López` is `maria lopez`). */
export const samePersonName = (a: string, b: string) => folded(a) !== '' && folded(a) === folded(b);

/** The candidates that `wanted` names: the exact ones if any, else those whose words start with it. */
export function matchesOf<T>(wanted: string, candidates: readonly T[], names: (candidate: T) => readonly string[]): T[] {
  const key = folded(wanted);
  if (key === '') return [];
  const exact = candidates.filter((c) => names(c).some((name) => folded(name) === key));
  if (exact.length > 0) return exact;
  return candidates.filter((c) =>
    names(c).some((name) => {
      const text = folded(name);
      return text.startsWith(key) || text.includes(` ${key}`);
    }),
  );
}

/** A candidate as the user may name it (`names`) and as it is shown in a list (`shown`: `ben (Ben Foster)`). */
interface Candidate {
  names: readonly string[];
  shown: string;
  /** What the did-you-mean says, when not `shown` (a plan's file name, which is what one types). */
  meant?: string;
}

/**
 * No match: the nearest candidate first (a did-you-mean), then the candidates, as shown,
 * separated by "; " (names may hold commas), else what the plan lacks (`none`).
 */
function notFound(what: string, wanted: string, candidates: readonly Candidate[], none: string): UsageError {
  const t = messages().edit.find;
  const byName = new Map<string, Candidate>();
  for (const candidate of candidates) for (const name of candidate.names) if (!byName.has(name)) byName.set(name, candidate);
  const near = closestName(wanted, [...byName.keys()], folded);
  const suggestion = near === undefined ? '' : (byName.get(near)!.meant ?? byName.get(near)!.shown);
  const shown = candidates.map((c) => c.shown);
  const listed = shown.length > LISTED ? [...shown.slice(0, LISTED), t.more({ count: shown.length - LISTED })] : shown;
  return new UsageError(t.noMatch({ what, wanted, suggestion, candidates: listed, none }));
}

/** At most this many candidates are listed (one line stays readable). */
const LISTED = 12;

function ambiguous(what: string, wanted: string, found: readonly string[]): UsageError {
  return new UsageError(messages().edit.find.ambiguous({ what, wanted, candidates: found }));
}

/**
 * The plan `wanted` names: an existing file; else among the config's plans (else the
 * current folder's) the one whose file name without extension it is, listed without
 * reading any plan; else the one whose account name it is, which reads them.
 */
export function findPlan(wanted: string, config: Config, cwd: string): PlanFileRef {
  const t = messages().edit.find;
  const asPath = resolve(cwd, wanted);
  if (/\.ya?ml$/i.test(wanted) || wanted.includes('/')) {
    try {
      if (statSync(asPath).isFile()) return { absolute: asPath, display: displayPath(asPath, cwd), explicit: true };
    } catch {
      throw new UsageError(t.noSuchPlanFile({ file: wanted }));
    }
  }
  const refs = discoverPlanFiles(planPaths([], config), cwd).filter((ref) => !ref.absolute.endsWith('/'));
  const stem = (ref: PlanFileRef) => basename(ref.absolute).replace(/\.ya?ml$/i, '');
  const byName = refs.filter((ref) => stem(ref).toLowerCase() === wanted.toLowerCase());
  if (byName.length === 1) return { ...byName[0]!, explicit: true };
  if (byName.length > 1) throw ambiguous(t.plan, wanted, byName.map((ref) => ref.display));
  // Not a file name: the account names, read from each plan.
  const accounts = refs.map((ref) => ({ ref, account: accountOf(ref) })).filter((entry) => entry.account !== undefined) as Array<{ ref: PlanFileRef; account: string }>;
  const found = matchesOf(wanted, accounts, (entry) => [entry.account, stem(entry.ref)]);
  if (found.length === 1) return { ...found[0]!.ref, explicit: true };
  if (found.length > 1) throw ambiguous(t.plan, wanted, found.map((entry) => `${entry.ref.display} (${entry.account})`));
  const accountOfRef = new Map(accounts.map((entry) => [entry.ref.absolute, entry.account]));
  const candidates = refs.map((ref) => {
    const account = accountOfRef.get(ref.absolute);
    return { names: account === undefined ? [stem(ref)] : [stem(ref), account], shown: account === undefined ? stem(ref) : `${stem(ref)} (${account})`, meant: stem(ref) };
  });
  throw notFound(t.plan, wanted, candidates, t.noPlans);
}

/** The account name of a plan, from its text; undefined when it has none (or is no plan). */
function accountOf(ref: PlanFileRef): string | undefined {
  const read = readPlanBytes(ref.absolute);
  if (!read.ok) return undefined;
  return accountValue(Buffer.from(read.bytes).toString('utf8'), 'name');
}

/**
 * A string under `account:` read from the text, as every plan writes it (block or flow),
 * without parsing the plan: `name`, `crmId`. The plan is read properly once chosen.
 */
export function accountValue(text: string, key: 'name' | 'crmId'): string | undefined {
  const block = /^account:[^\n]*\n((?:[ \t]+[^\n]*\n|[ \t]*#[^\n]*\n|[ \t]*\n)*)/m.exec(text);
  const flow = /^account:\s*\{([^}\n]*)\}/m.exec(text);
  // Commented-out lines (`# crmId: …` of a template) are no values.
  const area = (block?.[1] ?? flow?.[1] ?? '').replace(/^[ \t]*#.*$/gm, '');
  const value = new RegExp(`(?:^|[\\s,{])${key}:[ \\t]*("(?:[^"\\\\]|\\\\.)*"|'(?:[^']|'')*'|[^#,}\\n]*)`).exec(area)?.[1]?.trim();
  if (!value) return undefined;
  if (value.startsWith('"')) {
    try {
      return JSON.parse(value) as string;
    } catch {
      return value.slice(1, -1);
    }
  }
  if (value.startsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

/** A person of the plan by id or name (`dana`, `"Dana Whitaker"`, `whitaker`). */
export function findPerson(plan: Plan, wanted: string): { index: number; person: Stakeholder } {
  const people = (plan.stakeholders ?? []).map((person, index) => ({ index, person }));
  const byId = people.filter((entry) => entry.person.id === wanted);
  if (byId.length === 1) return byId[0]!;
  const found = matchesOf(wanted, people, (entry) => [entry.person.name, entry.person.id]);
  const t = messages().edit.find;
  if (found.length === 1) return found[0]!;
  if (found.length > 1) throw ambiguous(t.person, wanted, found.map((entry) => `${entry.person.id} (${entry.person.name})`));
  throw notFound(t.person, wanted, people.map(({ person }) => ({ names: [person.id, person.name], shown: `${person.id} (${person.name})` })), t.noPeople);
}

/** A milestone by its name or a unique start of it. */
export function findMilestone(plan: Plan, wanted: string): number {
  const milestones = (plan.milestones ?? []).map((milestone, index) => ({ index, name: milestone.name }));
  const key = folded(wanted);
  const exact = milestones.filter((m) => folded(m.name) === key);
  const found = exact.length > 0 ? exact : milestones.filter((m) => folded(m.name).startsWith(key));
  const t = messages().edit.find;
  if (key !== '' && found.length === 1) return found[0]!.index;
  if (key !== '' && found.length > 1) throw ambiguous(t.milestone, wanted, found.map((m) => `"${m.name}"`));
  throw notFound(t.milestone, wanted, milestones.map((m) => ({ names: [m.name], shown: `"${m.name}"` })), t.noMilestones);
}
