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

/** Whether `person` has a part in the plan at all: its account's owner, a member of its team, or the owner of a win plan (ignoring case and accents). */
export function isPersonOf(plan: Plan, person: string): boolean {
  const wanted = foldName(person);
  const is = (name: string | null | undefined) => name !== undefined && name !== null && foldName(name) === wanted;
  return wanted !== '' && (is(plan.account.owner) || (plan.team ?? []).some((member) => is(member.name)) || (plan.stakeholders ?? []).some((p) => is(p.winPlan?.owner)));
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
 * The items of one plan as they cross from the thread that checked it and wait to be
 * sorted, made cheap to hold (10,000 plans hold ~113,000 items): what every item of the
 * plan shares (its account, its owner) said once, and the items as one flat list of
 * ITEM_SLOTS values each, with no object or array per item. Measured at 10,000 plans, an
 * object per item cost its scavenges and JSON text its stringify and parse, each more
 * than the rest of the agenda's own work.
 */
export interface PlanAgenda {
  account: string;
  owner: string | null;
  /** With `--owner`: whether that person has a part in the plan (isPersonOf), so that a name nobody has can be said to be one. */
  knows?: true;
  /** Per item: kind (its index in AGENDA_KINDS), date, overdue (0 or 1), line, subject, name, the kind's details (0 when none), who (0 when the owner). */
  items: PackedValue[];
}

type PackedValue = string | number | null | ItemDetails;
const KIND = 0;
const DATE = 1;
const OVERDUE = 2;
const LINE = 3;
const SUBJECT = 4;
const NAME = 5;
const DETAILS = 6;
const WHO = 7;
const ITEM_SLOTS = 8;

const DETAIL_KEYS = ['lastContact', 'actions', 'missing', 'renewalDate', 'errors', 'rules', 'reason'] as const satisfies ReadonlyArray<keyof AgendaItem>;
type ItemDetails = Partial<Pick<AgendaItem, (typeof DETAIL_KEYS)[number]>>;

export function packPlanAgenda(items: readonly AgendaItem[], plan: Plan): PlanAgenda {
  const owner = named(plan.account.owner);
  const values: PackedValue[] = [];
  for (const item of items) values.push(KIND_ORDER.get(item.kind)!, item.date, item.overdue ? 1 : 0, item.line, item.subject, item.name, detailsOf(item), item.who === owner ? 0 : item.who);
  return { account: plan.account.name, owner, items: values };
}

/** The fields of an item that only some kinds have, those it has; 0 for none. Named one by one: an object rest per item of 10,000 plans cost more than the items. */
function detailsOf(item: AgendaItem): ItemDetails | 0 {
  let details: ItemDetails | 0 = 0;
  for (const key of DETAIL_KEYS) {
    if (item[key] === undefined) continue;
    if (details === 0) details = {};
    (details as Record<string, unknown>)[key] = item[key];
  }
  return details;
}

/** A plan's packed items and its file, as the agenda command collects them. */
export interface PackedPlan {
  file: string;
  packed: PlanAgenda;
}

/**
 * Every plan's items in agenda order (agendaOrder), fast enough for the ~113,000 items of
 * 10,000 plans: sorted while still packed, each item's place as two numbers (overdue and
 * date; then account and file, line, kind), so that nearly every comparison is of numbers
 * and the subject only breaks the last ties; then made whole, in that order.
 */
export function agendaInOrder(plans: readonly PackedPlan[]): AgendaItem[] {
  // Plans ranked by account, then file: one account per file, so a file's rank orders both.
  const ranked = plans.map((_, index) => index).sort((a, b) => compare(plans[a]!.packed.account, plans[b]!.packed.account) || compare(plans[a]!.file, plans[b]!.file));
  let total = 0;
  for (const plan of plans) total += plan.packed.items.length / ITEM_SLOTS;
  // Item n is plan planOf[n]'s values from slotOf[n].
  const planOf = new Int32Array(total);
  const slotOf = new Int32Array(total);
  const within = new Float64Array(total);
  // Items by day first (overdue days before the others): a few hundred buckets, each sorted on its own.
  const buckets = new Map<number, number[]>();
  let n = 0;
  ranked.forEach((planIndex, rank) => {
    const values = plans[planIndex]!.packed.items;
    for (let slot = 0; slot < values.length; slot += ITEM_SLOTS, n++) {
      planOf[n] = planIndex;
      slotOf[n] = slot;
      const day = dayKey(values[slot + OVERDUE] === 1, values[slot + DATE] as string);
      within[n] = rank * 2 ** 26 + Math.min(values[slot + LINE] as number, 2 ** 23 - 1) * 8 + (values[slot + KIND] as number);
      const bucket = buckets.get(day);
      if (bucket) bucket.push(n);
      else buckets.set(day, [n]);
    }
  });
  const subjectOf = (item: number) => plans[planOf[item]!]!.packed.items[slotOf[item]! + SUBJECT] as string;
  const out: AgendaItem[] = [];
  for (const day of [...buckets.keys()].sort((x, y) => x - y)) {
    const bucket = buckets.get(day)!;
    bucket.sort((a, b) => within[a]! - within[b]! || compare(subjectOf(a), subjectOf(b)));
    for (const item of bucket) out.push(unpacked(plans[planOf[item]!]!, slotOf[item]!));
  }
  return out;
}

/** One plan's items whole again, in the plan's order. */
export function unpackPlanAgenda(plan: PackedPlan): AgendaItem[] {
  const out: AgendaItem[] = [];
  for (let slot = 0; slot < plan.packed.items.length; slot += ITEM_SLOTS) out.push(unpacked(plan, slot));
  return out;
}

/**
 * An item whole again, the plan's file and account shared by reference. Every item has
 * every key, in one order (absent details undefined): objects of one shape keep the views'
 * reads of 113,000 items monomorphic, which measured a fifth faster than a shape per kind.
 */
function unpacked({ file, packed }: PackedPlan, slot: number): AgendaItem {
  const values = packed.items;
  const details = values[slot + DETAILS] as ItemDetails | 0;
  const more: ItemDetails = details === 0 ? NO_DETAILS : details;
  return {
    kind: AGENDA_KINDS[values[slot + KIND] as number]!,
    date: values[slot + DATE] as string,
    overdue: values[slot + OVERDUE] === 1,
    account: packed.account,
    who: values[slot + WHO] === 0 ? packed.owner : (values[slot + WHO] as string | null),
    file,
    line: values[slot + LINE] as number,
    subject: values[slot + SUBJECT] as string,
    name: values[slot + NAME] as string,
    lastContact: more.lastContact,
    actions: more.actions,
    missing: more.missing,
    renewalDate: more.renewalDate,
    errors: more.errors,
    rules: more.rules,
    reason: more.reason,
  };
}

/** An item's day as one number that orders overdue days before the others, for any year 0000–9999. */
function dayKey(overdue: boolean, date: string): number {
  return (overdue ? 0 : 2 ** 23) + dayNumberOf(date) + 2 ** 22;
}

const NO_DETAILS: Partial<AgendaItem> = Object.freeze({});

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
