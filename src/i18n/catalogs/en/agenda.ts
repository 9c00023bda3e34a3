/** The agenda area of the English catalog (see ./index.ts for the conventions): `cro agenda`, and choosing plans by owner and segment. */

import { formatCount } from './count.js';

const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

export const agenda = {
  cli: {
    summary: 'what the team must do, by date, across every plan',
    description:
      'The agenda of the plans: contacts going stale, detractors\' win plans, milestones and their 360° reviews, renewals ' +
      '(and 90 days before each, preparing the renewal case), and plans with errors close to their renewal.\n' +
      "Overdue items first, then by date. With no paths, reads the config's `plans`, else the current folder.",
    owner: "only this person's items: the win plan's owner, the account's owner or a member of its team (ignoring case and accents)",
    segment: 'only the plans of this account.segment (ignoring case)',
    within: 'only what falls due within this many days (overdue items always show)',
    output: 'write the agenda to a file instead of stdout (an .ics file to subscribe to)',
    asOf: 'the day the agenda is for (YYYY-MM-DD, default today)',
    exampleWeek: 'what is yours this week',
    exampleCalendar: 'a calendar file to subscribe to',
    exampleMail: 'the weekly e-mail of the enterprise team',
  },
  /** `--owner` and `--segment` of check, report, breakeven and map. */
  selection: {
    emptyName: ({ flag }: { flag: string }) => `${flag} is empty: write the name that chooses the plans, or leave ${flag} out`,
    mapOwner: "with a folder: draw the plans whose account.owner is this person (ignoring case and accents)",
    mapSegment: 'with a folder: draw the plans of this account.segment (ignoring case)',
    mapInvalid: ({ file }: { file: string }) => `${file} is not a valid plan, so there is no map to draw; run cro check on it`,
    mapNone: ({ path }: { path: string }) => `no plan in ${path} is chosen by --owner / --segment, so there is no map to draw`,
    mapMermaidOne: ({ count }: { count: number }) => `${count} plans are chosen, and a Mermaid document holds one diagram; choose one plan, or use --format tree or dot`,
    owner: "only the plans whose account.owner is this person (ignoring case and accents)",
    segment: 'only the plans of this account.segment (ignoring case)',
  },
  check: {
    noCoverage: 'leave out the tables of who covers each critical role (so does --quiet)',
  },
  items: {
    contact: ({ name, last }: { name: string; last: string }) => `Contact ${name} (last contact ${last})`,
    winPlan: ({ name, actions }: { name: string; actions: string }) => `Win over ${name}: the win plan is due${actions === '' ? '' : ` (${actions})`}`,
    milestone: ({ name }: { name: string }) => `Reach the milestone "${name}"`,
    suppressionExpires: ({ rules, reason }: { rules: string; reason: string }) => `The suppression of ${rules} ends: close the gap, or decide again (reason given: ${reason})`,
    review: ({ name, missing, partial }: { name: string; missing: string; partial: boolean }) =>
      `Hold the 360° review of the milestone "${name}"${partial ? ` (still missing: ${missing})` : ''}`,
    renewalPrep: ({ date }: { date: string }) => `Prepare the renewal case (renewal on ${date})`,
    renewal: ({ overdue }: { overdue: boolean }) => (overdue ? 'The renewal date has passed: record the renewal, or the next renewal date' : 'Renew the contract'),
    fixBeforeRenewal: ({ errors, date }: { errors: number; date: string }) => `Fix the plan's ${plural(errors, 'error', 'errors')} before the renewal on ${date} (see cro check)`,
  },
  text: {
    title: ({ asOf, count }: { asOf: string; count: number }) => `Agenda as of ${asOf}: ${plural(count, 'item', 'items')}`,
    groups: { overdue: 'Overdue', today: 'Today', week: 'Next 7 days', month: 'Next 30 days', later: 'Later' },
    late: ({ days }: { days: number }) => `${plural(days, 'day', 'days')} late`,
    nobody: 'no owner',
    empty: 'Nothing is due.',
  },
  markdown: {
    title: 'Agenda',
    asOf: ({ asOf }: { asOf: string }) => `As of ${asOf}.`,
    filters: ({ owner, segment, within }: { owner: string; segment: string; within: string }) =>
      [owner && `Person: ${owner}.`, segment && `Segment: ${segment}.`, within && `Due within ${within} days, and everything overdue.`].filter(Boolean).join(' '),
    head: { date: 'Date', account: 'Account', action: 'What to do', who: 'Who', where: 'Where' },
    overdueBy: ({ days }: { days: number }) => `overdue by ${plural(days, 'day', 'days')}`,
    count: ({ count }: { count: number }) => plural(count, 'item', 'items'),
  },
  ics: {
    calendarName: 'cro agenda',
    who: ({ who }: { who: string }) => `Who: ${who}`,
    where: ({ where }: { where: string }) => `Plan: ${where}`,
    overduePrefix: 'Overdue',
  },
  notes: {
    unknownPerson: ({ name, plans, suggestion }: { name: string; plans: number; suggestion: string }) =>
      `nobody named "${name}" owns an account, is on a team or owns a win plan in ${plural(plans, 'plan', 'plans')}; check the name${suggestion}`,
    invalidPlans: ({ count }: { count: number }) =>
      `${plural(count, 'file is', 'files are')} not a valid plan, so not on the agenda; run cro check to see why`,
  },
};
