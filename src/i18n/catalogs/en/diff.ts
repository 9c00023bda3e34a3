/*
 * `cro diff` and `cro history` (SPEC §9): what changed in an account, in the method's
 * terms. Data passed in (names, roles, stances, rule ids, dates) is already written the
 * way the output needs it (escaped for Markdown, named in the language).
 */

const s = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const diff = {
  summary: 'what changed in each account, in the method\'s terms, from git',
  description:
    'Compares two versions of the plans from git: people added, removed or gone, stances that moved, critical roles covered or lost, ' +
    'findings fixed and new, break-even and ROI. No revision: HEAD against the working tree; one: that revision against the working tree; ' +
    'A..B; A...B from where B left A (what a pull request changes). Both sides are judged at the same --as-of.',
  range: 'a revision or range (A, A..B, A...B), then plan files or folders',
  since: 'from the last commit on or before this day',
  failOn: 'exit 1 when the change is a step backwards: new error-level findings, or a critical role no longer covered',
  asOf: 'the day both sides are judged at (default today)',
  output: 'write to this file instead of stdout',
  examplePullRequest: 'what a pull request changes',
  exampleUncommitted: 'your uncommitted changes',
  exampleQuarter: 'since the end of last quarter',
  exampleGate: 'a pull-request gate',

  /** The headline: "3 accounts changed: 2 roles covered, 1 new detractor, 4 findings fixed, 1 new". */
  headline: ({ accounts, rolesCovered, rolesLost, newDetractors, detractorsWon, fixed, added }: { accounts: number; rolesCovered: number; rolesLost: number; newDetractors: number; detractorsWon: number; fixed: number; added: number }) => {
    if (accounts === 0) return 'No account changed.';
    const parts: string[] = [];
    if (rolesCovered > 0) parts.push(`${rolesCovered} ${s(rolesCovered, 'role', 'roles')} covered`);
    if (rolesLost > 0) parts.push(`${rolesLost} ${s(rolesLost, 'role', 'roles')} no longer covered`);
    if (newDetractors > 0) parts.push(`${newDetractors} new ${s(newDetractors, 'detractor', 'detractors')}`);
    if (detractorsWon > 0) parts.push(`${detractorsWon} ${s(detractorsWon, 'detractor', 'detractors')} won over`);
    if (fixed > 0) parts.push(`${fixed} ${s(fixed, 'finding', 'findings')} fixed`);
    if (added > 0) parts.push(fixed > 0 ? `${added} new` : `${added} new ${s(added, 'finding', 'findings')}`);
    return `${accounts} ${s(accounts, 'account', 'accounts')} changed${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
  },
  between: ({ from, to }: { from: string; to: string }) => `${from} → ${to}`,
  workingTree: 'working tree',
  judgedAsOf: ({ date }: { date: string }) => `both sides judged as of ${date}`,
  regression: 'A step backwards: new error-level findings or a critical role no longer covered.',
  noRegression: 'No step backwards.',
  heading: 'Account plan changes',

  added: 'new plan',
  deleted: 'plan deleted',
  renamed: ({ from }: { from: string }) => `moved from ${from}`,
  becameInvalid: 'no longer a valid plan',
  becameValid: 'a valid plan again',
  newPlan: ({ people, covered, of, errors, warnings }: { people: number; covered: number; of: number; errors: number; warnings: number }) =>
    `${people} ${s(people, 'stakeholder', 'stakeholders')}, ${covered} of ${of} critical roles covered, ${errors} ${s(errors, 'error', 'errors')}, ${warnings} ${s(warnings, 'warning', 'warnings')}`,

  keys: { name: 'account name', owner: 'owner', segment: 'segment', renewalDate: 'renewal date', crmId: 'CRM id' },
  none: 'none',
  key: ({ key, from, to }: { key: string; from: string; to: string }) => `${key}: ${from} → ${to}`,

  /** `person`: "Maria Lopez (maria)". */
  person: ({ name, id }: { name: string; id: string }) => `${name} (${id})`,
  personAdded: ({ person, stance, roles }: { person: string; stance: string; roles: string }) => `added ${person}: ${stance}${roles === '' ? '' : `, ${roles}`}`,
  personAddedGroup2: ({ person, stance }: { person: string; stance: string }) => `added ${person} to Group 2: ${stance}`,
  personRemoved: ({ person }: { person: string }) => `removed ${person}`,
  personLeft: ({ person, date }: { person: string; date: string }) => `${person} left the customer on ${date}`,
  personReturned: ({ person }: { person: string }) => `${person} is back (no longer marked as left)`,
  personNewId: ({ person, id }: { person: string; id: string }) => `${person} was ${id}`,
  stance: ({ person, from, to }: { person: string; from: string; to: string }) => `${person}: ${from} → ${to}`,
  rolesGained: ({ person, roles }: { person: string; roles: string }) => `${person} now holds ${roles}`,
  rolesLost: ({ person, roles }: { person: string; roles: string }) => `${person} no longer holds ${roles}`,
  backup: ({ person, from, to }: { person: string; from: string; to: string }) => `backup of ${person}: ${from} → ${to}`,
  group: ({ person, from, to }: { person: string; from: string; to: string }) => `${person} moved from ${from} to ${to}`,
  groups: { renew: 'Group 1', 'new-buy': 'Group 2' },

  coverageGained: ({ roles }: { roles: string }) => `now covered: ${roles}`,
  coverageLost: ({ roles }: { roles: string }) => `no longer covered: ${roles}`,
  coverageCount: ({ from, to, of }: { from: number; to: number; of: number }) => `critical roles covered: ${from} → ${to} of ${of}`,

  fixed: ({ rule, message }: { rule: string; message: string }) => `fixed ${rule}: ${message}`,
  new: ({ rule, severity, message }: { rule: string; severity: 'error' | 'warning'; message: string }) => `new ${severity === 'error' ? 'error' : 'warning'} ${rule}: ${message}`,
  problems: ({ errors, warnings }: { errors: number; warnings: number }) => `${errors} ${s(errors, 'error', 'errors')}, ${warnings} ${s(warnings, 'warning', 'warnings')}`,
  problemsChange: ({ from, to }: { from: string; to: string }) => `findings: ${from} → ${to}`,

  breakEven: ({ from, to }: { from: string; to: string }) => `break-even: ${from} → ${to}`,
  roi: ({ from, to }: { from: string; to: string }) => `ROI over the term: ${from} → ${to}`,
  month: ({ month }: { month: number }) => `month ${month}`,
  never: 'never',
  noEconomics: 'no economics',

  milestoneDone: ({ name, date }: { name: string; date: string }) => `milestone reached: ${name} (${date})`,
  reviewHeld: ({ name, date }: { name: string; date: string }) => `360° review held: ${name} (${date})`,

  /** Section names of the Markdown view. */
  sections: { account: 'Account', people: 'People', coverage: 'Critical roles', findings: 'Findings', economics: 'Economics', milestones: 'Milestones' },

  sinceNotDate: ({ value }: { value: string }) => `--since ${value}: not a date; write YYYY-MM-DD`,
  sinceWithRange: ({ range }: { range: string }) => `--since names where the comparison starts, and so does ${range}: give one of them`,

  git: {
    notARepository: ({ folder }: { folder: string }) => `${folder} is not inside a git repository: cro diff and cro history read the plans' history from git`,
    noWorkTree: ({ folder }: { folder: string }) => `${folder} is a git repository without a working tree (a bare repository, or inside .git): run cro diff and cro history in the folder of a clone`,
    gitMissing: 'cro diff and cro history need git, and git is not installed',
    unknownRevision: ({ revision }: { revision: string }) => `${revision}: no such revision in this repository (a branch, tag or commit)`,
    unknownRevisionShallow: ({ revision }: { revision: string }) =>
      `${revision}: no such revision in this shallow clone; fetch more history (git fetch --unshallow) or name a revision it has`,
    noMergeBase: ({ a, b }: { a: string; b: string }) => `${a} and ${b} have no common history: compare them with ${a}..${b}`,
    noMergeBaseShallow: ({ a, b }: { a: string; b: string }) => `${a} and ${b} meet beyond the history of this shallow clone; fetch more history (git fetch --unshallow)`,
    nothingBefore: ({ date }: { date: string }) => `--since ${date}: no commit on or before that day`,
    nothingBeforeShallow: ({ date }: { date: string }) => `--since ${date}: this shallow clone has no commit on or before that day; fetch more history (git fetch --unshallow)`,
    failed: ({ command, reason }: { command: string; reason: string }) => `${command} failed: ${reason}`,
    noSuchPath: ({ path }: { path: string }) => `${path}: no such file or folder, in the working tree or on either side compared`,
    noSuchPathInHistory: ({ path }: { path: string }) => `${path}: no such file or folder, in the working tree or in any commit of the history read`,
    missingBlob: 'git does not have this version of the file',
    shallow: ({ date }: { date: string }) => `this clone is shallow: its history starts on ${date}, and nothing earlier is shown (git fetch --unshallow for all of it)`,
  },
};

export const history = {
  summary: 'each account\'s timeline from git: what each commit changed',
  description:
    'Per account, every commit that changed its plan (renamed plans followed): date, commit, author, the changes as cro diff describes them, ' +
    'and the plan\'s state after the commit (critical roles covered, errors, warnings, break-even). Each commit is judged as of its own day.',
  since: 'only commits from this day on',
  output: 'write to this file instead of stdout',
  exampleOne: 'one account\'s timeline',
  exampleHtml: 'a page with a chart per account',

  heading: 'Account plan history',
  noCommits: 'No commit changed a plan here.',
  accounts: ({ count, commits }: { count: number; commits: number }) => `${count} ${s(count, 'account', 'accounts')}, ${commits} ${s(commits, 'commit', 'commits')}`,
  state: ({ covered, of, errors, warnings }: { covered: number; of: number; errors: number; warnings: number }) =>
    `${covered} of ${of} critical roles covered, ${errors} ${s(errors, 'error', 'errors')}, ${warnings} ${s(warnings, 'warning', 'warnings')}`,
  stateInvalid: ({ errors }: { errors: number }) => `not a valid plan (${errors} ${s(errors, 'error', 'errors')})`,
  stateBreakEven: ({ breakEven }: { breakEven: string }) => `break-even ${breakEven}`,
  deletedState: 'the plan was deleted',
  unchanged: 'nothing the method sees changed (text, comments or layout)',
  start: 'history of this clone starts here (shallow clone)',
  by: ({ author }: { author: string }) => `by ${author}`,
  head: { date: 'Date', commit: 'Commit', author: 'Author', changes: 'Changes', after: 'After the commit' },
  chartTitle: ({ account }: { account: string }) => `${account}: critical roles covered and findings over time`,
  chartRoles: 'critical roles covered',
  chartErrors: 'errors',
  chartWarnings: 'warnings',
  chartCommit: 'commit',
  generatedBy: ({ version }: { version: string }) => `Made by cro ${version} from the account plans in git.`,
  skip: 'Skip to the accounts',
};
