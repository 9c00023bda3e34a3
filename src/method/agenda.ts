import type { PlanPath } from '../plan/finding.js';
import type { Plan } from '../plan/schema.js';
import { accountSubject, milestoneSubject, PLAN_SUBJECT, stakeholderSubject } from '../plan/subject.js';
import { foldName } from '../text/fold.js';
import { addDays, dayNumberOf, daysBetween } from '../util/dates.js';
import { isCurrentDetractor } from './detractors.js';
import { isCurrent } from './people.js';
import { missingPerspectives, REVIEW_PERSPECTIVES, type ReviewPerspective } from './reviews.js';

/*
 * The agenda (SPEC §10): what the team must do, and by when, across its plans. The rules
 * say what a plan lacks as of a day; the agenda says the same facts as dated things to do,
 * including those not due yet. Pure: a plan and its facts in, items out; the check driver
 * computes them in the thread that checked the plan (check/derive.ts), the command only
 * sorts and filters them (see agendaOrder, withinDays).
 */

/** Days before a renewal when preparing the renewal case is due, and the window in which a plan's errors put the renewal at risk. */
export const RENEWAL_LEAD_DAYS = 90;

export const AGENDA_KINDS = ['contact', 'win-plan', 'milestone', 'review', 'renewal-prep', 'renewal', 'fix-before-renewal', 'suppression-expires'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** One thing to do. Plain data: it crosses from worker threads, and `--format json` writes it. */
export interface AgendaItem {
  kind: AgendaKind;
  /** When it is due, ISO. */
  date: string;
  /** Due before as-of. */
  overdue: boolean;
  account: string;
  /** Who does it: the win plan's owner, else the account's owner; null when the plan names nobody. */
  who: string | null;
  file: string;
  line: number;
  /** What it is about, as findings name it (SPEC §4): with file and kind, the item's identity across runs. */
  subject: string;
  /** The person, milestone or account the item names. */
  name: string;
  /** contact: the last contact. */
  lastContact?: string;
  /** win-plan: the plan's actions. */
  actions?: string[];
  /** review: the required perspectives the review still lacks (all four when there is none). */
  missing?: ReviewPerspective[];
  /** renewal-prep, fix-before-renewal: the renewal date. */
  renewalDate?: string;
  /** fix-before-renewal: the plan's error-level findings. */
  errors?: number;
  /** suppression-expires: the rules a `# cro-ignore … until` comment sets aside, and its reason. */
  rules?: string[];
  reason?: string;
}

/** A `# cro-ignore` comment, as plan/suppression-comments.ts reads it. */
export interface AgendaSuppression {
  rules: readonly string[];
  reason: string | null;
  until: string | null;
  untilValid: boolean;
  line: number;
}

export interface AgendaFacts {
  /** The plan file, as reported (SPEC §4). */
  file: string;
  asOf: string;
  /** The `stale-contact` rule's `days` in effect; null when the rule is off (no contact items). */
  staleDays: number | null;
  /** The plan's error-level findings. */
  errors: number;
  /**
   * A data path's line in the file. Items name maps only (a stakeholder, a milestone, the
   * account), as the findings about them do: the fast parser knows where each map starts,
   * while the line of a scalar would take a second, full parse of every plan.
   */
  lineOf: (path: PlanPath) => number;
  /**
   * The plan's `# cro-ignore` comments (SPEC §12): a gap accepted until a day comes back
   * that day, so the day is on the agenda, with the comment's reason.
   */
  suppressions?: readonly AgendaSuppression[];
}

/** Every item of a valid plan, in the plan's order. */
export function agendaItems(plan: Plan, facts: AgendaFacts): AgendaItem[] {
  const { asOf, file, lineOf } = facts;
  const account = plan.account.name;
  const accountOwner = named(plan.account.owner);
  const items: AgendaItem[] = [];
  const item = (kind: AgendaKind, date: string, path: PlanPath, subject: string, name: string, extra: Partial<AgendaItem> = {}, who = accountOwner): void => {
    items.push({ kind, date, overdue: date < asOf, account, who, file, line: lineOf(path), subject, name, ...extra });
  };

  const stakeholders = plan.stakeholders ?? [];
  stakeholders.forEach((person, index) => {
    if (!isCurrent(person, asOf)) return;
    // Stale once more than `days` have passed since the last contact (as the rule says): due on the last fresh day.
    if (facts.staleDays !== null && person.lastContact !== undefined) {
      item('contact', addDays(person.lastContact, facts.staleDays), ['stakeholders', index], stakeholderSubject(person.id), person.name, { lastContact: person.lastContact });
    }
    const winPlan = person.winPlan;
    if (winPlan?.due !== undefined && isCurrentDetractor(person, asOf)) {
      const actions = (winPlan.actions ?? []).filter((action) => action.trim() !== '');
      item('win-plan', winPlan.due, ['stakeholders', index], stakeholderSubject(person.id), person.name, actions.length > 0 ? { actions } : {}, named(winPlan.owner) ?? accountOwner);
    }
  });

  const seen = new Map<string, number>();
  (plan.milestones ?? []).forEach((milestone, index) => {
    const subject = unique(milestoneSubject(milestone.name), seen);
    if (milestone.done === undefined) item('milestone', milestone.due, ['milestones', index], subject, milestone.name);
    const review = milestone.review;
    const missing = review?.date === undefined ? [...REVIEW_PERSPECTIVES] : missingPerspectives(review);
    // The review is owed on the day it is planned for, else once the milestone is reached: its done date, else its due date.
    if (missing.length > 0) item('review', review?.date ?? milestone.done ?? milestone.due, ['milestones', index], subject, milestone.name, { missing });
  });

  const renewal = plan.account.renewalDate;
  if (renewal !== undefined) {
    const path = ['account'];
    const subject = accountSubject('renewalDate');
    // Once the renewal itself is overdue, preparing for it is no longer a separate thing to do.
    if (renewal >= asOf) item('renewal-prep', addDays(renewal, -RENEWAL_LEAD_DAYS), path, subject, account, { renewalDate: renewal });
    item('renewal', renewal, path, subject, account, { renewalDate: renewal });
    // A plan that fails its check this close to the renewal: fix it now.
    if (facts.errors > 0 && renewal >= asOf && daysBetween(asOf, renewal) <= RENEWAL_LEAD_DAYS) {
      item('fix-before-renewal', asOf, path, PLAN_SUBJECT, account, { renewalDate: renewal, errors: facts.errors });
    }
  }

  for (const comment of facts.suppressions ?? []) {
    // Only a valid suppression has a day its gap returns on (the suppression rule reports the others).
    if (comment.until === null || !comment.untilValid || comment.reason === null || comment.rules.length === 0) continue;
    const rules = [...comment.rules];
    // Named by what it accepts, not by its line: its calendar event survives edits above it.
    const subject = `suppression:${rules.join(',')}:${comment.reason}`;
    items.push({ kind: 'suppression-expires', date: comment.until, overdue: comment.until < asOf, account, who: accountOwner, file, line: comment.line, subject, name: rules.join(', '), rules, reason: comment.reason });
  }
  return items;
}

/** Whether `person` is one of an item's people: the one who does it, the account's owner or a member of its team (ignoring case and accents). */
export function concerns(plan: Plan, item: AgendaItem, person: string): boolean {
  const wanted = foldName(person);
  if (wanted === '') return false;
  const is = (name: string | null | undefined) => name !== undefined && name !== null && foldName(name) === wanted;
  return is(item.who) || is(plan.account.owner) || (plan.team ?? []).some((member) => is(member.name));
}

/** `--within <days>`: what falls due in that many days from as-of; overdue items always. */
export function withinDays(item: AgendaItem, asOf: string, days: number): boolean {
  return item.overdue || daysBetween(asOf, item.date) <= days;
}

/** The items of one plan that a run asks for: `--owner` and `--within` applied. */
export function selectedItems(plan: Plan, facts: AgendaFacts, { owner, within }: { owner?: string; within?: number }): AgendaItem[] {
  return agendaItems(plan, facts).filter((item) => (owner === undefined || concerns(plan, item, owner)) && (within === undefined || withinDays(item, facts.asOf, within)));
}

const KIND_ORDER = new Map(AGENDA_KINDS.map((kind, index) => [kind, index]));

/** Overdue items first, then by date; then account, file, line, kind and subject, so that the order never depends on how the run was split. */
export function agendaOrder(a: AgendaItem, b: AgendaItem): number {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    compare(a.date, b.date) ||
    compare(a.account, b.account) ||
    compare(a.file, b.file) ||
    a.line - b.line ||
    KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
    compare(a.subject, b.subject)
  );
}

/**
 * Items in agenda order (agendaOrder), fast enough for the 100,000 items of 10,000 plans:
 * each item's place as two numbers (overdue and date; then account and file, line, kind),
 * so that nearly every comparison is of numbers; the subject only breaks the last ties.
 */
export function sortAgenda(items: readonly AgendaItem[]): AgendaItem[] {
  // Files ranked by account, then file: one account per file, so a file's rank orders both.
  const accountOf = new Map<string, string>();
  for (const item of items) accountOf.set(item.file, item.account);
  const files = [...accountOf.keys()].sort((a, b) => compare(accountOf.get(a)!, accountOf.get(b)!) || compare(a, b));
  const rank = new Map(files.map((file, index) => [file, index]));
  // Items by day first (overdue days before the others): a few hundred buckets, each sorted on its own.
  const buckets = new Map<number, number[]>();
  const within = new Float64Array(items.length);
  items.forEach((item, i) => {
    // Days shifted to be positive for any year 0000–9999.
    const day = (item.overdue ? 0 : 2 ** 23) + dayNumberOf(item.date) + 2 ** 22;
    within[i] = rank.get(item.file)! * 2 ** 26 + Math.min(item.line, 2 ** 23 - 1) * 8 + KIND_ORDER.get(item.kind)!;
    const bucket = buckets.get(day);
    if (bucket) bucket.push(i);
    else buckets.set(day, [i]);
  });
  const out: AgendaItem[] = [];
  for (const day of [...buckets.keys()].sort((x, y) => x - y)) {
    const bucket = buckets.get(day)!;
    bucket.sort((a, b) => within[a]! - within[b]! || compare(items[a]!.subject, items[b]!.subject));
    for (const i of bucket) out.push(items[i]!);
  }
  return out;
}

/**
 * The items of one plan as they cross from the thread that checked it, made to be small
 * (10,000 plans hold ~130,000 items until they are sorted): what every item of the plan
 * shares (its account and account owner) said once, and each item as a row of values
 * instead of an object with named fields.
 */
export interface PlanAgenda {
  account: string;
  owner: string | null;
  items: PackedItem[];
}

/** kind (its index in AGENDA_KINDS), date, overdue (0 or 1), line, subject, name, the kind's details (0 when none), who when not the account's owner. */
export type PackedItem = [number, string, number, number, string, string, ItemDetails | 0, (string | null)?];

type ItemDetails = Pick<AgendaItem, 'lastContact' | 'actions' | 'missing' | 'renewalDate' | 'errors'>;

export function packPlanAgenda(items: readonly AgendaItem[], plan: Plan): PlanAgenda {
  const owner = named(plan.account.owner);
  return {
    account: plan.account.name,
    owner,
    items: items.map((item) => {
      const { kind, date, overdue, line, subject, name, who, file: _file, account: _account, ...details } = item;
      const packed: PackedItem = [KIND_ORDER.get(kind)!, date, overdue ? 1 : 0, line, subject, name, Object.keys(details).length === 0 ? 0 : details];
      if (who !== owner) packed.push(who);
      return packed;
    }),
  };
}

/** A plan's items whole again, the plan's file, account and owner shared by reference. */
export function unpackPlanAgenda(packed: PlanAgenda, file: string): AgendaItem[] {
  return packed.items.map(([kind, date, overdue, line, subject, name, details, ...who]) => ({
    kind: AGENDA_KINDS[kind]!,
    date,
    overdue: overdue === 1,
    account: packed.account,
    who: who.length === 0 ? packed.owner : who[0]!,
    file,
    line,
    subject,
    name,
    ...(details === 0 ? {} : details),
  }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function named(name: string | undefined): string | null {
  const trimmed = name?.trim();
  return trimmed ? trimmed : null;
}

/** Two milestones may share a name; their items still need identities of their own. */
function unique(subject: string, seen: Map<string, number>): string {
  const count = (seen.get(subject) ?? 0) + 1;
  seen.set(subject, count);
  return count === 1 ? subject : `${subject}#${count}`;
}
