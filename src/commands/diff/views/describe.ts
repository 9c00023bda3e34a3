import { messages } from '../../../i18n/messages.js';
import type { AccountDiff, EconomicsPoint } from '../../../method/plan-diff.js';
import type { Role, Stance } from '../../../plan/vocabulary.js';
import { formatPercent } from '../../../text/numbers.js';
import { listing } from '../../../text/words.js';

/*
 * The sentences of one account's changes, for every view of `cro diff` and `cro history`:
 * each with its section and whether it is good news or bad, so that a view colours,
 * groups or marks them as it needs. Data (names, messages, dates) goes through `data`,
 * which escapes it for the view (Markdown, HTML, a terminal).
 */

export type Tone = 'good' | 'bad' | 'neutral';
export type Section = 'account' | 'people' | 'coverage' | 'findings' | 'economics' | 'milestones';

export interface Sentence {
  section: Section;
  tone: Tone;
  text: string;
}

const SUPPORTIVE: ReadonlySet<Stance> = new Set(['advocate', 'supporter']);
const RANK: Record<Stance, number> = { advocate: 4, supporter: 3, neutral: 2, unknown: 1, detractor: 0 };

export function describeAccount(diff: AccountDiff, data: (text: string) => string = (t) => t): Sentence[] {
  const t = messages().diff;
  const words = messages().common;
  const out: Sentence[] = [];
  const say = (section: Section, tone: Tone, text: string) => out.push({ section, tone, text });
  const person = (p: { name: string; id: string }) => t.person({ name: data(p.name), id: data(p.id) });
  const roles = (list: readonly Role[]) => listing(list.map((r) => words.roles[r]));
  const stance = (value: Stance) => words.stances[value];
  const value = (v: string | null) => (v === null ? t.none : data(v));

  // A new plan is one line: its findings are the check's to list (annotated on the pull request), not changes.
  if (diff.status === 'added') say('account', diff.regression ? 'bad' : 'neutral', `${t.added}: ${t.newPlan({ people: diff.people.added.length, covered: diff.coverage.covered.to, of: diff.coverage.of, errors: diff.errors.to, warnings: diff.warnings.to })}`);
  if (diff.status === 'deleted') say('account', 'neutral', t.deleted);
  if (diff.status === 'renamed') say('account', 'neutral', t.renamed({ from: data(diff.previousFile ?? '') }));
  if (diff.validity) say('account', diff.validity.to ? 'good' : 'bad', diff.validity.to ? t.becameValid : t.becameInvalid);
  for (const k of diff.keys) say('account', 'neutral', t.key({ key: t.keys[k.key], from: value(k.from), to: value(k.to) }));

  // A new plan's people are its whole list: its headline says how many, its findings say what is missing.
  if (diff.status !== 'added') {
    for (const p of diff.people.added) {
      const tone: Tone = p.stance === 'detractor' ? 'bad' : SUPPORTIVE.has(p.stance) ? 'good' : 'neutral';
      say('people', tone, p.group === 'new-buy' ? t.personAddedGroup2({ person: person(p), stance: stance(p.stance) }) : t.personAdded({ person: person(p), stance: stance(p.stance), roles: p.roles.length === 0 ? '' : roles(p.roles) }));
    }
    for (const p of diff.people.removed) say('people', 'neutral', t.personRemoved({ person: person(p) }));
    for (const p of diff.people.left) say('people', 'bad', t.personLeft({ person: person(p), date: data(p.leftOn) }));
    for (const p of diff.people.changed) {
      const who = person(p);
      if (p.previousId !== undefined) say('people', 'neutral', t.personNewId({ person: who, id: data(p.previousId) }));
      if (p.returned) say('people', 'good', t.personReturned({ person: who }));
      if (p.stance) say('people', RANK[p.stance.to] > RANK[p.stance.from] ? 'good' : 'bad', t.stance({ person: who, from: stance(p.stance.from), to: stance(p.stance.to) }));
      if (p.rolesGained.length > 0) say('people', 'neutral', t.rolesGained({ person: who, roles: roles(p.rolesGained) }));
      if (p.rolesLost.length > 0) say('people', 'neutral', t.rolesLost({ person: who, roles: roles(p.rolesLost) }));
      if (p.group) say('people', 'neutral', t.group({ person: who, from: t.groups[p.group.from], to: t.groups[p.group.to] }));
      if (p.backup) say('people', p.backup.to === null ? 'bad' : 'neutral', t.backup({ person: who, from: value(p.backup.from), to: value(p.backup.to) }));
    }
  }

  if (diff.coverage.gained.length > 0 && diff.status !== 'added') say('coverage', 'good', t.coverageGained({ roles: roles(diff.coverage.gained) }));
  if (diff.coverage.lost.length > 0) say('coverage', 'bad', t.coverageLost({ roles: roles(diff.coverage.lost) }));
  if (diff.coverage.covered.from !== diff.coverage.covered.to && diff.status !== 'added') {
    say('coverage', diff.coverage.covered.to > diff.coverage.covered.from ? 'good' : 'bad', t.coverageCount({ ...diff.coverage.covered, of: diff.coverage.of }));
  }

  for (const f of diff.findings.fixed) say('findings', 'good', t.fixed({ rule: data(f.rule), message: data(f.message) }));
  // Of a new plan, only what makes it invalid (the step backwards a new plan can be).
  const fresh = diff.status === 'added' ? diff.findings.new.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax') : diff.findings.new;
  for (const f of fresh) say('findings', 'bad', t.new({ rule: data(f.rule), severity: f.severity, message: data(f.message) }));

  // A new plan's break-even is its state, not a change from "no economics" (cro history shows it after each step).
  if (diff.economics && diff.status !== 'added') {
    const { from, to } = diff.economics;
    const month = (point: EconomicsPoint | null) => (point === null ? t.noEconomics : point.never || point.breakEvenMonth === null ? t.never : t.month({ month: point.breakEvenMonth }));
    const rank = (point: EconomicsPoint | null) => (point === null ? Infinity : point.never || point.breakEvenMonth === null ? Infinity : point.breakEvenMonth);
    if (month(from) !== month(to)) say('economics', rank(to) < rank(from) ? 'good' : rank(to) > rank(from) ? 'bad' : 'neutral', t.breakEven({ from: month(from), to: month(to) }));
    const roi = (point: EconomicsPoint | null) => (point === null || point.roi === null ? '—' : formatPercent(point.roi, 1));
    if (roi(from) !== roi(to)) say('economics', (to?.roi ?? -Infinity) > (from?.roi ?? -Infinity) ? 'good' : 'bad', t.roi({ from: roi(from), to: roi(to) }));
  }

  for (const m of diff.milestones.done) say('milestones', 'good', t.milestoneDone({ name: data(m.name), date: data(m.date) }));
  for (const m of diff.milestones.reviewed) say('milestones', 'good', t.reviewHeld({ name: data(m.name), date: data(m.date) }));
  return out;
}
