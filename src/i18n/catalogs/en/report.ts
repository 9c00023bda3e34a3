/*
 * The report area of the English catalog (see ./index.ts for the conventions): what
 * `cro report` writes in every view, and the attention reasons its JSON carries too.
 * Counts come as numbers (English writes them as plain digits, as it always has); money,
 * months and percentages come written already (text/numbers.ts, in the language in use).
 * The `html` part is HTML: texts given markup (`code`, `date`, …) and `roi` (an apostrophe
 * the page has always had as is) are pasted in unescaped, so they hold no `<` or `&`.
 */

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const report = {
  title: ({ asOf }: { asOf: string }) => `Revenue portfolio as of ${asOf}`,
  accounts: ({ count: accounts }: { count: number }) => count(accounts, 'account'),
  noRoles: 'none',
  /** The reason (no plans found, or none chosen by --owner/--segment) is the note on stderr. */
  noPlans: 'No accounts to report.',
  attentionHeading: 'Needs attention first',
  accountsHeading: 'Accounts',
  totalsHeading: 'Totals per segment and currency',
  /** Each role's state, as the coverage bar and the map show it. */
  status: { covered: 'covered', 'single-threaded': 'single-threaded', uncovered: 'uncovered' },
  /** The coverage bar's legend, after each glyph. */
  bar: { covered: 'covered (advocate or supporter, backed up)', 'single-threaded': 'single-threaded (one person, no backup)', uncovered: 'uncovered' },
  noCriticalRoles: 'no critical roles',
  never: 'never',
  breakEven: ({ month, date }: { month: number; date: string }) => `month ${month} · ${date}`,
  renewalPassed: ({ date }: { date: string }) => `${date} · passed`,
  renewalToday: ({ date }: { date: string }) => `${date} · today`,
  renewalIn: ({ date, days }: { date: string; days: number }) => `${date} · in ${count(days, 'day')}`,
  noSegment: 'no segment',
  notValid: 'not a valid plan',
  owner: ({ name }: { name: string }) => `owner ${name}`,
  renews: ({ date }: { date: string }) => `renews ${date}`,
  afterRenewal: 'after renewal',
  months: ({ months }: { months: string }) => `${months} months`,
  monthsShort: ({ months }: { months: string }) => `${months} mo`,

  /** What Markdown and HTML both write. */
  mapsHeading: 'Stakeholder maps',
  portfolioTotal: 'Portfolio',
  nothingToDo: 'Nothing: every plan is valid, covered and clean.',
  notValidAt: ({ where }: { where: string }) => `not a valid plan: ${where}`,
  /** The totals table's columns (table heads are objects, not arrays, so that CRO_I18N_MARK marks each title). */
  totalHead: { segment: 'Segment', currency: 'Currency', accounts: 'Accounts', coverage: 'Coverage', mrr: 'MRR', outlay: 'Outlay', contribution: 'Contribution over term', net: 'Net', roi: 'ROI (pooled)', breakEven: 'Average break-even' },

  /** The terminal view. */
  table: {
    summary: ({ accounts, currencies, roles }: { accounts: number; currencies: readonly string[]; roles: string }) =>
      count(accounts, 'account') +
      (currencies.length > 0 ? ` in ${count(currencies.length, 'currency', 'currencies')} (${currencies.join(', ')}), never added together` : '') +
      ` · critical roles: ${roles}`,
    accountHead: { account: 'account', coverage: 'coverage', problems: 'errors /\nwarnings', detractors: 'detractors\nw/o plan', mrr: 'MRR', breakEven: 'break-even', roi: 'ROI\n(term)', renewal: 'renewal\n(days left)' },
    totalHead: { segment: 'segment', currency: 'currency', accounts: 'accounts', coverage: 'coverage', mrr: 'MRR', outlay: 'outlay', contribution: 'contribution\n(term)', net: 'net', roi: 'ROI\n(pooled)', breakEven: 'average\nbreak-even' },
    wider: 'widen it, or use --format markdown or html for everything',
    invalidPlans: 'invalid plans (see below)',
    coverage: ({ legend }: { legend: string }) => `coverage: ${legend}`,
    late: ({ days }: { days: number }) => `break-even ⚠: pays back after the renewal date, or never · renewal ⚠: within ${days} days`,
    roi: 'ROI (pooled): (Σ contribution over each contract term − Σ outlay) / Σ outlay, per currency; amounts in different currencies are never added.',
    nothing: 'nothing: every plan is valid, covered and clean',
    breakEven: ({ month, date }: { month: number; date: string }) => `month ${month} (${date})`,
    daysLeft: ({ days }: { days: number }) => `${days}`,
    passed: 'passed',
    portfolio: 'portfolio',
  },

  /** The Markdown view. */
  markdown: {
    roles: ({ roles }: { roles: string }) => `Critical roles: ${roles}.`,
    summary: ({ accounts, currencies, roles, coverage, errors, warnings }: { accounts: number; currencies: readonly string[]; roles: string; coverage: string; errors: number; warnings: number }) =>
      count(accounts, 'account') +
      (currencies.length > 0 ? ` in ${currencies.length === 1 ? 'one currency' : `${currencies.length} currencies`} (${currencies.join(', ')}; amounts in different currencies are never added)` : '') +
      `. Critical roles: ${roles}. ` +
      `Coverage ${coverage}; ${count(errors, 'error')}, ${count(warnings, 'warning')}.`,
    accountHead: { segment: 'Segment', account: 'Account', coverage: 'Coverage', errors: 'Errors', warnings: 'Warnings', detractors: 'Detractors without a plan', mrr: 'MRR', breakEven: 'Break-even', roi: 'ROI (term)', renewal: 'Renewal' },
    coverage: ({ legend }: { legend: string }) => `Coverage: ${legend}.`,
    roi: 'ROI (pooled): (Σ contribution over each contract term − Σ outlay) / Σ outlay, in each currency.',
    mapsLegend: ({ stances }: { stances: string }) => `Stance: ${stances}. ⚠ marks a gap; ↳ backup: who takes over; a dashed grey box: has left the customer.`,
    noStakeholders: 'No stakeholders yet.',
  },

  /** The HTML page. */
  html: {
    heading: 'Revenue portfolio',
    asOf: ({ date }: { date: string }) => `As of ${date}`,
    neverAddedTogether: '(never added together)',
    coverageHeadline: ({ coverage }: { coverage: string }) => `critical-role coverage ${coverage}`,
    problems: ({ errors, warnings }: { errors: number; warnings: number }) => `${count(errors, 'error')}, ${count(warnings, 'warning')}`,
    footerCoverage: ({ roles, code }: { roles: string; code: (text: string) => string }) =>
      `Coverage counts a critical role (${roles}) as covered when a Group 1 advocate or supporter who has not left holds it and, if they hold it alone, has a current backup — as ${code('cro check')}'s ${code('critical-roles')} and ${code('role-backup')} rules define it.`,
    footerEconomics:
      'Break-even: the month the cumulative contribution (revenue × gross margin − support cost) first covers the acquisition and onboarding cost. ROI: over the contract term, to the renewal date. Amounts in different currencies are never added together.',
    generatedBy: ({ version }: { version: string }) => `Generated by cro ${version} from the account plans in git.`,
    kpiAccounts: ({ currency, count: accounts }: { currency: string; count: number }) => `${currency} · ${count(accounts, 'account')}`,
    mrr: 'MRR',
    outlay: 'Outlay',
    netOverTerm: 'Net over term',
    roiPooled: 'ROI (pooled)',
    averageBreakEven: 'Average break-even',
    criticalRoles: 'Critical roles',
    covered: 'covered',
    coveredLabel: 'Covered',
    detractorsWithoutPlan: 'Detractors without a plan',
    needAttention: 'Need attention',
    attentionOf: ({ count: needing, total }: { count: number; total: number }) => `${needing} of ${total}`,
    errorsWarnings: 'Errors · warnings',
    totalsLabel: 'Portfolio totals',
    rolesCovered: ({ covered, total }: { covered: number; total: number }) => `${covered} of ${total} critical roles covered`,
    invalidPlans: 'Invalid plans',
    accountsTable: 'Accounts table',
    accountHead: { account: 'Account', coverage: 'Coverage', errors: 'Errors', warnings: 'Warnings', detractors: 'Detractors without plan', mrr: 'MRR', breakEven: 'Break-even', roi: 'ROI (term)', renewal: 'Renewal' },
    coverageLegend: ({ covered, single, uncovered }: { covered: string; single: string; uncovered: string }) =>
      `Coverage, one box per critical role: ${covered} full: covered (advocate or supporter, backed up) · ${single} half: single-threaded (one person, no backup) · ${uncovered} empty: uncovered. Break-even in red: pays back after the renewal date, or never.`,
    totalsTable: 'Totals table',
    roi: "ROI (pooled): (Σ contribution over each account's contract term − Σ outlay) ÷ Σ outlay, within one currency.",
    chartFacts: ({ currency, outlay, breakEven }: { currency: string; outlay: string; breakEven: string }) => `${currency} · outlay ${outlay} · ${breakEven}`,
    chartLabel: ({ account, file }: { account: string; file: string }) => `Payback chart: ${account} (${file})`,
    noEconomicsFor: ({ names }: { names: string }) => `No economics yet, so no chart: ${names}.`,
    paybackHeading: 'Payback by account',
    noEconomics: 'No plan has economics yet.',
    chartLegend: ({ line, outlay, breakEven, renewal }: { line: string; outlay: string; breakEven: string; renewal: string }) =>
      `${line} cumulative contribution ${outlay} outlay to pay back (acquisition + onboarding) ${breakEven} break-even ${renewal} renewal (end of the contract term)`,
    mapsLegend: ({ flag, left }: { flag: string; left: (text: string) => string }) =>
      `${flag} a gap to act on · ${left('left')} has left the customer: kept for history, counts for nothing · ↳ backup who takes over`,
    seeAbove: '(see above)',
    nobodyHolds: 'nobody holds this role',
    nobodyYet: 'Nobody yet.',
    backup: ({ name }: { name: string }) => `↳ backup: ${name}`,
    noBackup: '↳ no backup ⚠',
  },

  /** The payback chart of the HTML page. */
  chart: {
    monthsSince: ({ date }: { date: string }) => `months since ${date}`,
    renewal: ({ date }: { date: string }) => `renewal ${date}`,
    defaultTerm: '12-month term',
    today: 'today',
    outlay: ({ amount }: { amount: string }) => `outlay ${amount}`,
    neverBreaksEven: 'never breaks even',
    breakEven: ({ months, date }: { months: string; date: string }) => `break-even: month ${months} · ${date}`,
    summaryNever: ({ account, months }: { account: string; months: number }) => `${account}: never breaks even within ${months} months`,
    summary: ({ account, month, date, outlay }: { account: string; month: number; date: string; outlay: string }) =>
      `${account}: breaks even in month ${month} (${date}) on an outlay of ${outlay}`,
  },

  /** Why an account needs attention: one reason each, joined into its summary. */
  attention: {
    invalid: 'not a valid plan: fix it so cro can read it',
    invalidAt: ({ rule, line, column }: { rule: string; line: number; column: number }) => `not a valid plan (${rule} at line ${line}:${column}): fix it so cro can read it`,
    uncovered: ({ roles }: { roles: string }) => `${roles} uncovered`,
    detractorWithoutPlan: ({ names }: { names: string }) => `no win plan for detractor ${names}`,
    overdueWinPlan: ({ names }: { names: string }) => `win plan overdue for ${names}`,
    singleThreaded: ({ roles }: { roles: string }) => `${roles} single-threaded`,
    noEconomics: 'no economics, so no break-even',
    neverBreaksEven: ({ months }: { months: number }) => `never breaks even within ${months} months`,
    paysBackAfterRenewal: ({ month, date, renewal }: { month: number; date: string; renewal: string }) => `pays back in month ${month} (${date}), after the ${renewal} renewal`,
    otherErrors: ({ count: errors }: { count: number }) => `${errors} other ${errors === 1 ? 'error' : 'errors'} in cro check`,
    warnings: ({ count: warnings }: { count: number }) => count(warnings, 'warning'),
    renewalPassed: ({ date }: { date: string }) => `renewal date ${date} has passed: record the renewal or the loss`,
    renewsToday: 'renews today',
    renewsIn: ({ days }: { days: number }) => `renews in ${count(days, 'day')}`,
    more: ({ count: rest }: { count: number }) => `and ${rest} more`,
  },
};
