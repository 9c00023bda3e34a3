import { suppressionRule } from './adopt.js';
/**
 * The rules area of the English catalog (see ./index.ts for the conventions): each rule's
 * one-line description, rationale and examples (`cro rules`, `cro explain`, SARIF), the
 * messages of its findings, and the words of `cro rules` and `cro explain` themselves.
 * Entries keyed by a rule id are that rule's; the examples are whole plans, their keys
 * and enum values data, their comments and free text in the language.
 */
export const rules = {
  'critical-roles': {
    description: 'Every critical role is covered by a Group 1 advocate or supporter who has not left.',
    rationale:
      'Renewal is decided by the people who bought and use the product. The method asks for an advocate, or at ' +
      'least a supporter, in each critical role: end users, product administrators, procurement, the budget owner ' +
      'and the executive sponsor (config `criticalRoles` changes the list). A role held only by someone neutral, ' +
      'a detractor, someone in Group 2 or someone who has left is a role nobody argues for at renewal time. ' +
      'One finding per uncovered role, at `stakeholders`.',
    passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate, roles: [executive-sponsor, budget-owner], backup: omar }
  - { id: omar, name: Omar Shah, group: renew, stance: supporter, roles: [procurement], backup: maria }
  - { id: kim, name: Kim Lee, group: renew, stance: supporter, roles: [administrator, end-user], backup: maria }
`,
    failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate, roles: [executive-sponsor, budget-owner, end-user] }
  - { id: omar, name: Omar Shah, group: renew, stance: neutral, roles: [procurement] }
  # nobody holds administrator
`,
    nobodyHolds: ({ role }: { role: string }) =>
      `${role} is not covered: no Group 1 stakeholder holds it; add the customer's ${role} with roles: [${role}] and win them as an advocate or supporter`,
    /** `holders`: who holds the role and why they do not count, as a listing; `winnable`: the ones still there, joined by "or" ('' when none). */
    notCovered: ({ role, holders, winnable }: { role: string; holders: string; winnable: string }) => {
      const wanted = `a Group 1 advocate or supporter with the ${role} role`;
      return `${role} is not covered: ${holders}; ${winnable !== '' ? `win over ${winnable}, or add ${wanted}` : `add ${wanted}`}`;
    },
    holder: ({ name, why }: { name: string; why: string }) => `${name} ${why}`,
  },
  'role-backup': {
    description: 'A person who alone covers a critical role has a backup who has not left and is no detractor.',
    rationale:
      'Primary contacts often leave within months of the sale, and then the solution has to be sold again. ' +
      'When exactly one person covers a critical role, the plan names a backup who takes over (`backup:`); ' +
      'the backup need not hold the role yet, but must still be at the customer and must not be a detractor, ' +
      'who would not argue for the renewal. One finding per single-threaded person, naming the roles that ' +
      'rest on them.',
    passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: omar, name: Omar Shah, group: renew, stance: supporter, roles: [procurement], backup: lena }
  - { id: lena, name: Lena Berg, group: renew, stance: neutral }
`,
    failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: omar, name: Omar Shah, group: renew, stance: supporter, roles: [procurement] }
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate, roles: [budget-owner], backup: tom }
  - { id: tom, name: Tom Reed, group: renew, stance: supporter, leftOn: 2026-06-30 }
`,
    /** `roles`: the roles resting on the person, as a listing of role names; `count`: how many. */
    noBackup: ({ roles, count, name }: { roles: string; count: number; name: string }) =>
      `${roles} ${count === 1 ? 'rests' : 'rest'} on ${name} alone; add a backup who takes over if ${name} leaves`,
    backupLeft: ({ roles, count, name, backup, leftOn }: { roles: string; count: number; name: string; backup: string; leftOn: string }) =>
      `${roles} ${count === 1 ? 'rests' : 'rest'} on ${name} alone, and the backup, ${backup}, left on ${leftOn}; name a current backup who takes over`,
    backupDetractor: ({ roles, count, name, backup }: { roles: string; count: number; name: string; backup: string }) =>
      `${roles} ${count === 1 ? 'rests' : 'rest'} on ${name} alone, and the backup, ${backup}, is a detractor; name a backup who would argue for renewal if ${name} leaves`,
  },
  'detractor-plan': {
    description: 'Every detractor has a recorded objection and a win plan with an owner and a due date.',
    rationale:
      'Who pushed for a competitor, who thought we were a poor fit, who had concerns? The method says to find ' +
      'them after the win and win them over. That needs the objection written down (`objection.kind`: ' +
      'competitor, poor-fit or concern) and a `winPlan` that someone owns by a date. People who have left ' +
      'the customer are not checked.',
    passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - id: omar
    name: Omar Shah
    group: renew
    stance: detractor
    objection: { kind: competitor, detail: Pushed for RivalSoft }
    winPlan: { owner: Ali Kaya, due: 2026-12-15, actions: [Share the TCO study] }
`,
    failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - id: nadia
    name: Nadia Rahman
    group: renew
    stance: detractor
    objection: { kind: concern, detail: Worried about where loyalty data is stored }
`,
    /** `kind`: the objection's kind as the plan says it, '' when there is none; `lacks` and `fixes`: listings of the parts below. */
    message: ({ name, kind, lacks, fixes }: { name: string; kind: string; lacks: string; fixes: string }) =>
      `${name} is a detractor${kind === '' ? '' : ` (${kind})`} with ${lacks}; ${fixes}`,
    lacksObjection: 'no recorded objection',
    recordObjection: 'record why in objection (kind: competitor, poor-fit or concern)',
    lacksWinPlan: 'no win plan',
    addWinPlan: 'add a winPlan with an owner and a due date',
    /** `gaps`: the missing parts (lackOwner, lackDue) joined by "or". */
    winPlanWithout: ({ gaps }: { gaps: string }) => `a win plan without ${gaps}`,
    lackOwner: 'an owner',
    lackDue: 'a due date',
    /** `parts`: the missing parts (giveOwner, giveDue) joined by "and". */
    giveWinPlan: ({ parts }: { parts: string }) => `give the win plan ${parts}`,
    giveOwner: 'an owner',
    giveDue: 'a due date',
  },
  'detractor-overdue': {
    description: "A current detractor's win plan is not past its due date.",
    rationale:
      'A win plan whose date has passed while the person is still a detractor is a plan that did not work, or ' +
      'was never carried out. Either deliver it or set a new date, and update the stance once they are won over. ' +
      'Uses `--as-of` (default today).',
    passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - id: omar
    name: Omar Shah
    group: renew
    stance: detractor
    objection: { kind: competitor }
    winPlan: { owner: Ali Kaya, due: 2026-12-15 }
`,
    failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - id: scott
    name: Scott Hanley
    group: renew
    stance: detractor
    objection: { kind: competitor, detail: Pushed for ShelfSense }
    winPlan: { owner: Olivia Grant, due: 2026-10-31 }
`,
    /** `owner`: the win plan's owner, '' when it names none. */
    message: ({ name, owner, due, days }: { name: string; owner: string; due: string; days: number }) =>
      `${name} is still a detractor and the win plan${owner === '' ? '' : ` owned by ${owner}`} was due ${due} ` +
      `(${days} ${days === 1 ? 'day' : 'days'} ago); deliver it or set a new due date`,
  },
  'stakeholder-needs': {
    description: 'Every Group 1 stakeholder has what they need to see, hear and know written down.',
    rationale:
      'Group 1 wants results, not marketing. For each person who bought or uses the product, the method asks ' +
      'what they need to see (evidence), hear (from whom) and know (facts) to renew. A blank is a conversation ' +
      'the team has not had yet. Checks current Group 1 stakeholders; names what is missing.',
    passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - id: maria
    name: Maria Lopez
    group: renew
    needs: { see: Savings dashboard, hear: Peer stories, know: EU roadmap }
`,
    failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - id: maria
    name: Maria Lopez
    group: renew
    needs: { see: Savings dashboard, know: EU roadmap }
`,
    /** `verbs`: the missing needs as verbs (below) joined by "or"; `fields`: their keys (needs.see…) joined by "and"; `count`: how many. */
    // `count` is for languages whose words follow it.
    message: ({ name, verbs, fields, count: _count }: { name: string; verbs: string; fields: string; count: number }) =>
      `${name}'s needs do not say what they must ${verbs}; fill in ${fields}`,
    verb: { see: 'see', hear: 'hear', know: 'know' },
  },
  referrers: {
    description: 'Group 1 has at least one referrer who is an advocate.',
    rationale:
      'New business in the rest of the customer (Group 2) is earned through Group 1 results, told by the people ' +
      'who got them. The method asks who the key referrers are, so the team can develop them: mark at least one ' +
      'current Group 1 advocate with `referrer: true`.',
    passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate, referrer: true }
`,
    failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate }
  - { id: tom, name: Tom Reed, group: renew, stance: supporter, referrer: true }
`,
    /** `others`: the referrers who are no advocates, as a listing of `referrer` entries ('' when none), `count` of them; `advocate`: a current advocate to develop, '' when none. */
    message: ({ others, count, advocate }: { others: string; count: number; advocate: string }) => {
      const why = others === '' ? '' : `; ${others} ${count === 1 ? 'is a referrer but not an advocate' : 'are referrers but not advocates'}`;
      const fix =
        advocate !== ''
          ? `develop an advocate who tells your story, such as ${advocate}, and mark them referrer: true`
          : 'win an advocate who tells your story and mark them referrer: true';
      return `Group 1 has no referrer who is an advocate${why}; ${fix}`;
    },
    /** `stance`: the stance's name (terms.stances). */
    referrer: ({ name, stance }: { name: string; stance: string }) => `${name} (${stance})`,
  },
  'renewal-requirements': {
    description: 'The plan says what must happen for the customer to renew.',
    rationale:
      'The first question of the method for Group 1: what must happen for this customer to renew? Without a ' +
      'written answer in `renewal.requirements`, the team cannot plan the work that earns the renewal, nor ' +
      'check it at each milestone review.',
    passing: `cro: 1
account: { name: Acme Logistics }
renewal:
  requirements: [Cut dispatch time by 20% before Q3]
`,
    failing: `cro: 1
account: { name: Acme Logistics }
renewal:
  risks: [Budget freeze in 2027]
`,
    message: ({ account }: { account: string }) =>
      `nothing says what must happen for ${account} to renew; ` + 'list the outcomes the customer must see under renewal.requirements',
  },
  'two-messages': {
    description: 'The plan has a renew message for Group 1 and a different new-buy message for Group 2.',
    rationale:
      'Two audiences, two messages. Group 1 bought the product and wants proof of the results, not marketing ' +
      '(`messages.renew`). Group 2, the rest of the organisation, needs a reason to buy, told through Group 1 ' +
      'results (`messages.newBuy`). The same sentence for both serves neither.',
    passing: `cro: 1
account: { name: Acme Logistics }
messages:
  renew: Here is the proof of the outcomes you bought, and what comes next.
  newBuy: Teams like yours cut freight costs with one vendor.
`,
    failing: `cro: 1
account: { name: Acme Logistics }
messages:
  renew: The leading logistics platform.
  newBuy: The leading logistics platform.
`,
    noMessages:
      'no messages for the two audiences; write messages.renew for Group 1 (proof of the results they bought) ' +
      'and messages.newBuy for Group 2 (why the rest of the organisation should buy)',
    noRenew: 'the renew message is missing; write messages.renew: what Group 1 must hear to renew (proof of the results they bought)',
    noNewBuy: 'the new-buy message is missing; write messages.newBuy: why Group 2, the rest of the organisation, should buy',
    same:
      'the renew and new-buy messages are the same; Group 1 wants proof of results, Group 2 a reason to buy: ' +
      'write a different messages.newBuy',
  },
  'cross-functional-team': {
    description: 'The account team has sales, marketing and customer success.',
    rationale:
      'When a new customer signs, one agile, cross-functional team builds the plan: customer success, ' +
      'marketing and sales together. Silos are the enemy. One finding per missing function; option ' +
      '`functions` changes which functions the team must include.',
    passing: `cro: 1
account: { name: Acme Logistics }
team:
  - { name: Jane Doe, function: sales }
  - { name: Ali Kaya, function: customer-success }
  - { name: Ece Demir, function: marketing }
`,
    failing: `cro: 1
account: { name: Acme Logistics }
team:
  - { name: Jane Doe, function: sales }
  - { name: Sam Ortiz, function: support }
`,
    options: { functions: 'Functions the team must include (default sales, marketing, customer-success).' },
    /** `function`: the missing function as the plan writes it; `all`: every function the team must include, as a listing. */
    noTeam: ({ function: wanted, all }: { function: string; all: string }) =>
      `no team, so no ${wanted} member; list the cross-functional team (${all}) under team`,
    missing: ({ function: wanted, all }: { function: string; all: string }) => `the team has no ${wanted} member; add one so ${all} plan the account together`,
    /** The option's problems (config `rules:`); `functions`: the known ones. */
    notAFunction: ({ functions }: { functions: string }) => `must be one of ${functions}`,
    notAList: 'must be a list of team functions',
    emptyList: 'must name at least one function',
  },
  'milestone-review': {
    description: 'Every milestone due by now has a dated 360-degree review from the customer, sales, marketing and customer success.',
    rationale:
      'The method holds a 360-degree review at every milestone: the customer, sales, marketing and customer ' +
      'success look back together and adjust the plan. A milestone due on or before `--as-of` needs a ' +
      '`review` with the `date` it was held (or is planned for), and `perspectives` naming all four sides: ' +
      'customer, sales, marketing and customer-success. The finding names the missing ones.',
    passing: `cro: 1
account: { name: Acme Logistics }
milestones:
  - name: Go-live, first warehouse
    due: 2026-04-01
    done: 2026-04-10
    review: { date: 2026-04-15, perspectives: [customer, sales, marketing, customer-success] }
  - name: Rollout, all warehouses
    due: 2027-03-31
`,
    failing: `cro: 1
account: { name: Acme Logistics }
milestones:
  - name: Go-live, first warehouse
    due: 2026-04-01
    done: 2026-04-10
  - name: Six-month check-in
    due: 2026-08-01
    review: { date: 2026-08-05, perspectives: [customer, sales] }
`,
    /** `done`: the date it was done, '' when it is not; `due` its due date; `dated`: it has a review, only without a date. */
    noReview: ({ name, done, due, dated }: { name: string; done: string; due: string; dated: boolean }) =>
      `"${name}" ${done !== '' ? `was done ${done}` : `was due ${due}`} and ${dated ? 'its review has no date' : 'has no 360-degree review'}; ` +
      'hold the review with the customer, sales, marketing and customer success, and record review.date',
    /** `perspectives`: the missing ones (perspective names, below) as a listing; `count`: how many. */
    missingPerspectives: ({ name, done, due, date, perspectives, count }: { name: string; done: string; due: string; date: string; perspectives: string; count: number }) =>
      `"${name}" ${done !== '' ? `was done ${done}` : `was due ${due}`} and its review (${date}) lacks ` +
      `the ${perspectives} ${count === 1 ? 'perspective' : 'perspectives'}; a 360-degree review hears ` +
      `all four: bring ${count === 1 ? 'it' : 'them'} in and add ${count === 1 ? 'it' : 'them'} to review.perspectives`,
    perspective: { customer: 'customer', sales: 'sales', marketing: 'marketing', 'customer-success': 'customer-success' },
  },
  'renewal-date': {
    description: 'The renewal date has not passed: the plan names the next renewal.',
    rationale:
      'Everything in the plan works toward the renewal: the break-even is measured against it, the agenda ' +
      'counts down to it. A `renewalDate` before `--as-of` means the renewal happened (or was lost) and the ' +
      'plan still points at it, so nothing is counting down to the next one. Set the next renewal date, or, ' +
      'if the customer churned, say so in `x-` notes and archive the plan. A plan without a renewal date is ' +
      'not a finding.',
    passing: `cro: 1
account: { name: Acme Logistics, customerSince: 2026-02-01, renewalDate: 2027-02-01 }
`,
    failing: `cro: 1
account: { name: Acme Logistics, customerSince: 2025-02-01, renewalDate: 2026-02-01 }
`,
    message: ({ renewal, days }: { renewal: string; days: number }) =>
      `the renewal date ${renewal} has passed (${days} ${days === 1 ? 'day' : 'days'} ago); set account.renewalDate ` +
      'to the next renewal, or mark the account as churned in x- notes',
  },
  'new-buy-targets': {
    description: 'The plan has a Group 2 target, and every target has a hero from Group 1.',
    rationale:
      "Group 2, the rest of the customer's organisation, is won by earning the right through Group 1 results: " +
      'Group 1 heroes tell their story. So the plan names at least one `newBuy` target, and each target names ' +
      'in `heroes` a current Group 1 stakeholder who will tell it.',
    passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, stance: advocate }
  - { id: lena, name: Lena Berg, group: new-buy }
newBuy:
  - { unit: Finance, contacts: [lena], heroes: [maria] }
`,
    failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: lena, name: Lena Berg, group: new-buy }
  - { id: paul, name: Paul Ng, group: new-buy }
newBuy:
  - { unit: Finance, contacts: [lena], heroes: [paul] }
`,
    noTarget: ({ account }: { account: string }) =>
      `no Group 2 target yet; add a newBuy target: a unit of ${account} with its challenge ` + 'and a Group 1 hero who tells their story',
    /** `why`: the named heroes who do not count (heroLeft, heroInGroup2) as a listing, '' when none is named. */
    noHero: ({ unit, why }: { unit: string; why: string }) =>
      `the "${unit}" target has no Group 1 hero${why === '' ? '' : `: ${why}`}; add to heroes a Group 1 customer who tells their story`,
    heroLeft: ({ name, leftOn }: { name: string; leftOn: string }) => `${name} left on ${leftOn}`,
    heroInGroup2: ({ name }: { name: string }) => `${name} is in Group 2`,
  },
  economics: {
    description: 'The plan has economics, so its break-even and ROI can be computed.',
    rationale:
      'The CRO understands the ROI of every customer and every segment, and how long each customer must stay ' +
      'to pay back what it cost to win and serve. That needs an `economics` section: at least the revenue ' +
      '(`monthlyRevenue` or `annualRevenue`) and the acquisition cost.',
    passing: `cro: 1
account: { name: Acme Logistics }
economics:
  acquisitionCost: 84000
  monthlyRevenue: 9500
  grossMargin: 0.78
`,
    failing: `cro: 1
account: { name: Acme Logistics }
`,
    message:
      'no economics, so no break-even or ROI; add an economics section with acquisitionCost and ' + 'monthlyRevenue (or annualRevenue)',
  },
  'breakeven-horizon': {
    description: 'The customer pays back its acquisition and onboarding cost by the renewal date.',
    rationale:
      'Break-even answers how long the customer must stay to pay back what it cost to win and onboard, net of ' +
      'the ongoing support. When that date falls after `account.renewalDate`, the account loses money ' +
      'unless the customer renews; when it never pays back within the horizon (config `breakeven.horizon`, ' +
      'default 120 months), the deal does not pay at all. Month 1 starts at `economics.start`, else ' +
      '`account.customerSince`.',
    passing: `cro: 1
account: { name: Acme Logistics, customerSince: 2026-02-01, renewalDate: 2028-02-01 }
economics:
  acquisitionCost: 84000
  onboardingCost: 12000
  monthlyRevenue: 9500
  grossMargin: 0.78
  supportCostMonthly: 1200
`,
    failing: `cro: 1
account: { name: Acme Logistics, customerSince: 2026-02-01, renewalDate: 2027-02-01 }
economics:
  acquisitionCost: 84000
  onboardingCost: 12000
  monthlyRevenue: 9500
  grossMargin: 0.78
  supportCostMonthly: 1200
`,
    /** `reason`: why, from the break-even model, '' when it gives none. */
    never: ({ account, horizon, reason }: { account: string; horizon: number; reason: string }) =>
      `${account} never breaks even within ${horizon} months: ${reason === '' ? 'the contribution never covers the outlay' : reason}; ` +
      'raise the price or the margin, or cut the acquisition, onboarding or support cost',
    afterRenewal: ({ account, month, date, renewal }: { account: string; month: number; date: string; renewal: string }) =>
      `${account} pays back in month ${month} (${date}), after the renewal date ` +
      `${renewal}: the customer must renew before the deal pays back; plan the renewal case, or cut the acquisition, ` +
      'onboarding or support cost',
  },
  'stale-contact': {
    description: 'No current stakeholder has gone more than 90 days (option `days`) without contact.',
    rationale:
      'A champion who has not heard from the team in months may already be leaving, or talking to a ' +
      'competitor. The finding names each current stakeholder whose `lastContact` is more than `days` ' +
      '(default 90) before `--as-of`. A stakeholder without `lastContact` is not a finding.',
    passing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: maria, name: Maria Lopez, group: renew, lastContact: 2026-11-02 }
`,
    failing: `cro: 1
account: { name: Acme Logistics }
stakeholders:
  - { id: victor, name: Victor Almeida, group: renew, lastContact: 2026-08-05 }
`,
    options: { days: 'Most days allowed since lastContact (default 90).' },
    message: ({ name, days, last, limit }: { name: string; days: number; last: string; limit: number }) =>
      `no contact with ${name} for ${days} days (last ${last}, limit ${limit}); get in touch and update lastContact`,
    /** The option's problems (config `rules:`). */
    daysWhole: 'must be a whole number of days, e.g. 60',
    daysAtLeastOne: 'must be at least 1 day',
  },
  okrs: {
    description: 'The plan has at least one objective with a key result.',
    rationale:
      'The CRO aligns marketing, sales and customer success on shared goals. Per account, that is at least ' +
      'one objective (`okrs[].objective`) with a measurable key result (`keyResults`) the whole team works to.',
    passing: `cro: 1
account: { name: Acme Logistics }
okrs:
  - objective: Make Acme a reference customer
    keyResults: [Two published case studies by 2027-06]
`,
    failing: `cro: 1
account: { name: Acme Logistics }
okrs:
  - objective: Make Acme a reference customer
`,
    noOkrs: 'no OKRs; add an objective with at least one key result that sales, marketing and customer success share',
    noKeyResult: ({ objective }: { objective: string }) => `no objective has a key result; add keyResults to "${objective}"`,
  },
  suppression: suppressionRule,
  'yaml-syntax': {
    description: 'The file must be readable as YAML 1.2 (UTF-8, spaces for indentation, at most 1 MiB).',
    rationale:
      'A plan that cannot be read cannot be checked: none of the other rules run on it. ' +
      'Plans are YAML 1.2 in UTF-8, indented with spaces (a tab is a syntax error), with unique keys. ' +
      'The finding points at the first place the parser stopped.',
    passing: 'cro: 1\naccount:\n  name: Acme Logistics\n',
    failing: 'cro: 1\naccount:\n\tname: Acme Logistics   # indented with a tab\n',
  },
  schema: {
    description: 'The plan must follow the plan format: known keys, required fields, valid values and references.',
    rationale:
      'Unknown keys are errors so that a typo never passes silently, and every reference ' +
      '(`backup`, `contacts`, `heroes`) must name a stakeholder of the same plan. Ids are text, ' +
      'dates are real ISO dates, money is never negative and rates lie in their ranges. ' +
      'The coverage rules run only on plans that pass this check. `cro schema` prints the full format.',
    passing: 'cro: 1\naccount:\n  name: Acme Logistics\nstakeholders:\n  - id: maria\n    name: Maria Lopez\n    group: renew\n',
    failing:
      'cro: 1\naccount:\n  name: Acme Logistics\nstakeholders:\n  - id: 2024          # ids are text: quote it\n    name: Maria Lopez\n    group: renw        # renew or new-buy\n',
  },

  /** The names of the plan's enum values where a message names them for a person to read. */
  terms: {
    roles: { 'end-user': 'end-user', administrator: 'administrator', procurement: 'procurement', 'budget-owner': 'budget-owner', 'executive-sponsor': 'executive-sponsor', other: 'other' },
    functions: { sales: 'sales', marketing: 'marketing', 'customer-success': 'customer-success', support: 'support', product: 'product', executive: 'executive', other: 'other' },
    stances: { advocate: 'advocate', supporter: 'supporter', neutral: 'neutral', detractor: 'detractor', unknown: 'unknown' },
    objections: { competitor: 'competitor', 'poor-fit': 'poor-fit', concern: 'concern' },
  },

  /** Why a person holding a role does not cover it (method/people.ts), after their name. */
  whyNot: {
    left: ({ leftOn }: { leftOn: string }) => `left on ${leftOn}`,
    inGroup2: 'is in Group 2 (new-buy)',
    unknownStance: 'has an unknown stance',
    /** `stance`: the stance's name (terms.stances). */
    stance: ({ stance }: { stance: string }) => `is ${stance === 'detractor' ? 'a detractor' : stance}`,
  },

  /** A finding of a rule the catalog does not know (SARIF and JUnit name every rule they report). */
  otherRule: ({ rule }: { rule: string }) => `Findings of the rule ${rule}.`,

  /** Rule settings from the config and `--rule` (rules/resolve.ts); `where` names the config position or the flag. */
  settings: {
    notConfigurable: ({ where, id }: { where: string; id: string }) => `${where}: rule "${id}" cannot be configured; invalid plans are always errors`,
    /** `hint`: a suggestion (plan.didYouMean) or ''. */
    unknownRule: ({ id, hint }: { id: string; hint: string }) => `unknown rule "${id}"${hint}; run \`cro rules\` to list them`,
    ruleFlag: ({ flag }: { flag: string }) => `--rule ${flag}: write it as <rule-id>=off|warn|error, e.g. --rule okrs=off`,
    noOptions: ({ where, id }: { where: string; id: string }) => `${where}: rule "${id}" takes no options`,
    /** `known`: the rule's options, quoted and joined by commas. */
    unknownOption: ({ where, id, key, hint, known }: { where: string; id: string; key: string; hint: string; known: string }) =>
      `${where}: rule "${id}" has no option "${key}"${hint}; its options are ${known}`,
    /** `option`: the option's path, '' for the options as a whole; `got`: what was written (JSON), '' when unknown. */
    badOption: ({ where, id, option, got, problem }: { where: string; id: string; option: string; got: string; problem: string }) =>
      `${where}: rule "${id}" ${option === '' ? 'options' : `option "${option}"`}${got === '' ? '' : ` (got ${got})`}: ${problem}`,
  },

  /** `cro rules`. */
  list: {
    /** `hint`: plan.didYouMean or ''. */
    unknownFormat: ({ format, hint }: { format: string; hint: string }) => `--format ${format}: unknown format${hint}; use table or json`,
    headRule: 'rule',
    headSeverity: 'severity',
    headDescription: 'description',
    always: ' (always)',
    /** After a severity the config changed. */
    changedFrom: ({ severity }: { severity: string }) => ` (default ${severity})`,
    /** `options`: the options the config changed (changedOption), joined by commas. */
    setHere: ({ description, options }: { description: string; options: string }) => `${description} Set here: ${options}.`,
    /** `value` and `fallback`: JSON. */
    changedOption: ({ key, value, fallback }: { key: string; value: string; fallback: string }) => `${key}: ${value} (default ${fallback})`,
    footer: 'Run `cro explain <rule>` for why a rule exists and a passing and a failing example.',
  },

  /** `cro explain <rule>`. */
  explain: {
    severity: 'Severity',
    options: 'Options',
    why: 'Why',
    passing: 'Passing',
    failing: 'Failing',
    configure: 'Configure',
    /** The severity line of `schema` and `yaml-syntax`. */
    alwaysError: 'error (always; cannot be configured)',
    /** `command`: `cro check` with the example's `--as-of`. */
    reports: ({ command }: { command: string }) => `${command} reports:`,
    inConfig: 'In cro.config.yaml:',
    /** The comment after `off` in the config example (YAML). */
    offComment: '# or warn, error',
    /** `command`: `cro check --rule <id>=off`. */
    oneRun: ({ command }: { command: string }) => `Or for one run: ${command}`,
  },
};
