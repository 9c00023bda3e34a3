/**
 * The map area of the English catalog (see ./index.ts for the conventions): the
 * stakeholder map of `cro map` (tree, Mermaid, DOT) and of the report's pages, and the
 * command's errors. Role and stance names come from `common`.
 */
export const map = {
  groups: { renew: 'Group 1 — renew and buy more', 'new-buy': 'Group 2 — new buy' },
  /** The section of people without a role. */
  noRole: 'no role',
  /** A detractor's objection (the plan's `objection.kind`), after the stance. */
  objections: { competitor: 'competitor', 'poor-fit': 'poor-fit', concern: 'concern' },
  /** What each stance means for the account, for legends. */
  stanceMeanings: {
    advocate: 'argues for us', supporter: 'backs us when asked', neutral: 'no view either way',
    detractor: 'pushes against us: win them over', unknown: 'not known yet: find out',
  },
  stanceWithObjection: ({ stance, objection }: { stance: string; objection: string }) => `${stance} (${objection})`,
  marks: {
    left: ({ date }: { date: string }) => `left ${date}`,
    referrer: 'referrer',
    singleThreaded: ({ roles }: { roles: string }) => `single-threaded: ${roles}`,
    noWinPlan: 'no win plan',
    winPlanOverdue: 'win plan overdue',
  },
  backup: ({ name }: { name: string }) => `↳ backup: ${name}`,
  /** The tree's label before the backup's name. */
  backupLabel: '↳ backup: ',
  noBackup: '↳ no backup ⚠ name one who takes over',
  backupLeft: ({ date }: { date: string }) => `(left ${date}) ⚠ name a current backup`,
  backupDetractor: '(a detractor) ⚠ name a backup who supports us',
  status: { uncovered: '⚠ uncovered', 'single-threaded': '⚠ single-threaded', covered: 'covered' },
  roles: ({ roles }: { roles: string }) => `roles: ${roles}`,
  also: ({ names }: { names: string }) => `also: ${names}`,
  nobodyHolds: ({ role }: { role: string | null }) => `⚠ nobody holds ${role ?? 'a role'}`,

  tree: {
    title: ({ asOf }: { asOf: string }) => ` — stakeholders as of ${asOf}`,
    stance: ({ stances }: { stances: string }) => `Stance: ${stances}`,
    marks: 'Marks:  ⚠ needs attention   ↳ backup   left <date>: kept for history, counts for nothing',
    nobodyYet: 'nobody yet',
    nobodyHoldsRole: 'nobody holds this role',
    seeAbove: '(see above)',
    uncovered: ({ roles }: { roles: string }) => `uncovered: ${roles}`,
    singleThreaded: ({ roles }: { roles: string }) => `single-threaded: ${roles}`,
    noWinPlan: ({ names }: { names: string }) => `detractors without a win plan: ${names}`,
    overdue: ({ names }: { names: string }) => `win plans overdue: ${names}`,
    allCovered: '✔ every critical role is covered and backed up',
  },

  legend: {
    title: 'Legend',
    attention: '⚠ needs attention',
    backup: '↳ backup: who takes over',
    left: 'left: counts for nothing',
    /** DOT only. */
    singleThreaded: '⚠ a critical role on them alone',
    nobodyHolds: '⚠ nobody holds a role',
    someone: 'someone',
    takesOver: 'takes over',
    backupWhoLeft: 'backup who left',
    edge: 'backup',
    edgeProblem: ({ problem }: { problem: string }) => `backup (${problem})`,
    edgeLeft: 'left',
    edgeDetractor: 'detractor',
  },
  dot: {
    graph: ({ account }: { account: string }) => `${account} stakeholders`,
    title: ({ account, asOf }: { account: string; asOf: string }) => `${account} — stakeholders as of ${asOf}`,
  },

  errors: {
    severity: { error: 'error', warning: 'warning' },
    isFolder: ({ path, example }: { path: string; example: string }) => `${path}: is a folder; cro map draws one plan, e.g. cro map ${example}, or the plans that --owner or --segment choose in it`,
    notAPlan: ({ file }: { file: string }) => `${file} is not a valid plan, so there is no map to draw:`,
    runCheck: ({ file }: { file: string }) => `Run \`cro check ${file}\` after fixing it.`,
  },
};
