/**
 * The breakeven area of the English catalog (see ./index.ts for the conventions):
 * `cro breakeven`'s summary, tables, chart, gate and usage errors. Money, percentages
 * and fractional months come formatted (text/numbers.ts); months and counts as numbers.
 */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const breakeven = {
  /** A what-if from flags has no account: its name in titles and rows. */
  whatIf: 'What-if',
  /** …and where a line on stderr would name the file. */
  whatIfFile: 'what-if',
  /** Who breaks even, in the gate's line, when the plan names no account. */
  it: 'it',

  errors: {
    unknownFormat: ({ format, suggestion, formats }: { format: string; suggestion: string; formats: string }) =>
      `--format ${format}: unknown format${suggestion}; use ${formats}`,
    notInJson: ({ flag }: { flag: string }) => `${flag} is not part of the JSON output; use --format table or markdown for it`,
    startNotDate: ({ value }: { value: string }) => `--start ${value}: not a calendar date; write it as YYYY-MM-DD, e.g. --start 2026-02-01`,
    whatIfWithPaths: ({ flags, count: n, paths }: { flags: string; count: number; paths: string }) =>
      `${flags} ${n === 1 ? 'describes a what-if without a plan, so it cannot' : 'describe a what-if without a plan, so they cannot'} be combined with plan paths (${paths}); ` +
      'leave out the paths for a what-if, or the figure flags to read the plans',
    horizonTooLong: ({ value, max }: { value: string; max: number }) => `--horizon ${value}: at most ${max} months (100 years)`,
    currency: ({ value }: { value: string }) => `--currency ${value}: not an ISO 4217 currency code; write three letters such as USD, EUR or TRY`,
    needsRevenue: 'a what-if needs the revenue: add --monthly-revenue <amount> (e.g. --monthly-revenue 9500) or --annual-revenue <amount>',
    bothRevenues: 'give --monthly-revenue or --annual-revenue, not both',
  },

  notes: {
    /** Before a note on stderr: `cro: note: …`. */
    prefix: 'note: ',
    expansion: ({ value, percent, fraction }: { value: string; percent: string; fraction: string }) =>
      `--expansion ${value} is revenue growth of ${percent} a month; did you mean ${fraction}?`,
    discountRate: ({ value, percent, fraction }: { value: string; percent: string; fraction: string }) =>
      `--discount-rate ${value} is ${percent} a year; did you mean ${fraction}?`,
    /** `--schedule and --chart`: the flags asked for. */
    needsEconomics: ({ flags, count: n, plans }: { flags: readonly string[]; count: number; plans: number }) =>
      `${flags.join(' and ')} ${n > 1 ? 'need' : 'needs'} a plan with an economics section, and ${plans === 1 ? 'this one has none' : 'none of these has one'}`,
    invalid: ({ location, message, rule, file }: { location: string; message: string; rule: string; file: string }) =>
      `${location}: ${message} (${rule}); run \`cro check ${file}\` for every finding`,
  },

  gate: {
    /** How the limit was set, when the config sets it. */
    fromConfig: ({ months, where }: { months: number; where: string }) => `breakeven.maxMonths ${months} in ${where}`,
    theConfig: 'the config',
    never: ({ where, who, horizon, limit }: { where: string; who: string; horizon: number; limit: string }) =>
      `${where}: ${who} never breaks even within the ${horizon}-month horizon (${limit})`,
    later: ({ where, who, month, limit }: { where: string; who: string; month: number; limit: string }) =>
      `${where}: ${who} breaks even in month ${month}, later than ${limit}`,
  },

  /** Why it never breaks even (economics/reason.ts gives the case and its figures). */
  never: {
    noRevenue: ({ outlay, support }: { outlay: string; support: string | null }) =>
      support === null
        ? `there is no revenue, so the outlay of ${outlay} is never paid back`
        : `there is no revenue and support costs ${support} a month, so the outlay of ${outlay} is never paid back`,
    noContribution: ({ outlay, support, margin, revenue, grossMargin, equal, shrink, loss }: { outlay: string; support: string; margin: string; revenue: string; grossMargin: string; equal: boolean; shrink: string | null; loss: string }) => {
      const how = `${revenue} revenue at ${grossMargin} gross margin`;
      const shrinking = shrink === null ? '' : ` and revenue shrinks ${shrink} a month`;
      if (equal) return `support costs ${support} a month, all that the margin earns (${how})${shrinking}, so nothing is left to pay back the outlay of ${outlay}`;
      const loses = shrink === null ? `each month loses ${loss}` : 'every month loses money';
      return `support costs ${support} a month but the margin earns only ${margin} (${how})${shrinking}, so ${loses} and the outlay of ${outlay} is never paid back`;
    },
    tooSlow: ({ outlay, contribution, month, horizon }: { outlay: string; contribution: string; month: string; horizon: string }) =>
      `earning ${contribution} a month after support, it pays back the outlay of ${outlay} only in month ${month}, beyond the ${horizon}-month horizon`,
    ceiling: ({ outlay, shrink, ceiling }: { outlay: string; shrink: string; ceiling: string }) =>
      `revenue shrinks ${shrink} a month, so the cumulative contribution stays below ${ceiling} for ever and never reaches the outlay of ${outlay}`,
    late: ({ outlay, month, horizon, from }: { outlay: string; month: string; horizon: string; from: string | null }) =>
      `${from === null ? 'it' : `the margin covers support costs only from month ${from}, so it`} pays back the outlay of ${outlay} only in month ${month}, beyond the ${horizon}-month horizon`,
    peak: ({ outlay, shrink, peak, month }: { outlay: string; shrink: string; peak: string; month: string }) =>
      `revenue shrinks ${shrink} a month, so the cumulative contribution peaks at ${peak} in month ${month} and never reaches the outlay of ${outlay}`,
    notWithinHorizon: ({ outlay, horizon }: { outlay: string; horizon: string }) => `it does not pay back the outlay of ${outlay} within the ${horizon}-month horizon`,
    notWithin: ({ outlay, months, years, horizon }: { outlay: string; months: string; years: string; horizon: string }) =>
      `it does not pay back the outlay of ${outlay} within ${months} months (${years} years), far beyond the ${horizon}-month horizon`,
    /** When there is no reason to give. */
    fallback: 'the contribution never covers the outlay',
  },

  summary: {
    whatIfTitle: 'What-if (figures from flags)',
    labels: {
      outlay: 'Outlay', month1: 'Month 1 earns', breakEven: 'Break-even', discounted: 'Discounted', expected: 'Expected',
      chance: 'Chance', roi: 'ROI', ltv: 'LTV', renewal: 'Renewal', start: 'Month 1 starts',
    },
    acquisition: ({ amount }: { amount: string }) => `acquisition ${amount}`,
    onboarding: ({ amount }: { amount: string }) => `onboarding ${amount}`,
    outlay: ({ outlay, parts }: { outlay: string; parts: readonly string[] }) => `${outlay}${parts.length > 0 ? ` (${parts.join(' + ')})` : ''}`,
    revenueAnnual: ({ monthly, annual }: { monthly: string; annual: string }) => `revenue ${monthly} (${annual} a year)`,
    revenue: ({ monthly }: { monthly: string }) => `revenue ${monthly}`,
    margin: ({ margin }: { margin: string }) => ` × ${margin} margin`,
    support: ({ support }: { support: string }) => ` − support ${support}`,
    growing: ({ rate }: { rate: string }) => `, revenue growing ${rate} a month`,
    shrinking: ({ rate }: { rate: string }) => `, revenue shrinking ${rate} a month`,
    month1: ({ contribution, revenue, margin, support, trend }: { contribution: string; revenue: string; margin: string; support: string; trend: string }) =>
      `${contribution} = ${revenue}${margin}${support}${trend}`,
    neverWithin: ({ horizon }: { horizon: number }) => `never within ${horizon} months`,
    breakEven: ({ month, months, date }: { month: number; months: string; date: string }) => `month ${month} · ${months} months · ${date}`,
    noDiscount: 'the same (no discount rate)',
    discountedNot: ({ horizon, rate }: { horizon: number; rate: string }) => `not within ${horizon} months at ${rate} a year`,
    discounted: ({ month, rate }: { month: number; rate: string }) => `month ${month} at ${rate} a year`,
    noChurn: 'the same (no churn)',
    expectedNot: ({ horizon, churn }: { horizon: number; churn: string }) =>
      `not within ${horizon} months, weighting each month by the chance the customer stays (${churn} churn a month)`,
    expected: ({ month, churn }: { month: number; churn: string }) =>
      `month ${month}, weighting each month by the chance the customer stays (${churn} churn a month)`,
    chanceNothing: '100%: nothing to pay back',
    chance: ({ chance, month }: { chance: string; month: number }) => `${chance} that the customer is still paying in month ${month}`,
    termToDate: ({ term, date }: { term: number; date: string }) => `the ${term}-month contract to ${date}`,
    termDefault: ({ term }: { term: number }) => `a ${term}-month term (no renewal date)`,
    roiNone: ({ contribution, term }: { contribution: string; term: string }) => `— (no outlay to return): ${contribution} contribution over ${term}`,
    roi: ({ roi, term, contribution, outlay }: { roi: string; term: string; contribution: string; outlay: string }) =>
      `${roi} over ${term}: ${contribution} contribution against the outlay of ${outlay}`,
    ltv: ({ ltv, churn }: { ltv: string; churn: string }) => `${ltv} (month-1 contribution ÷ ${churn} churn a month)`,
    ltvNoChurn: '— (no churn, so no finite lifetime)',
    ltvTrend: '— (not defined while revenue grows or shrinks)',
    renewalNone: ({ pays, term }: { pays: boolean | null; term: number }) =>
      `none; ${pays === null ? 'never pays back' : pays ? `pays back within the ${term}-month default term` : `pays back only after the ${term}-month default term`}`,
    renewal: ({ date, passed, term, pays }: { date: string; passed: boolean; term: number; pays: boolean | null }) =>
      `${date}${passed ? ' (passed)' : ''}, ${count(term, 'month')} in: ${pays === null ? 'never pays back' : pays ? 'pays back before it' : 'pays back only after it'}`,
    startToday: ({ date }: { date: string }) => `${date} (today; pin it with --start)`,
    startTodayPlan: ({ date }: { date: string }) => `${date} (today: the plan has neither economics.start nor account.customerSince)`,
    startFrom: ({ date, source }: { date: string; source: string }) => `${date} (${source})`,

    headlineNever: ({ horizon, reason }: { horizon: number; reason: string }) => `Never breaks even within the ${horizon}-month horizon: ${reason}`,
    nothingToPayBack: 'Nothing to pay back: no acquisition or onboarding cost',
    when: ({ month, exact, months, date }: { month: number; exact: boolean; months: string; date: string }) =>
      `Breaks even in month ${month}${exact ? ' exactly' : ` (${months} months)`}, on ${date}`,
    failsGate: ({ when, limit }: { when: string; limit: string }) => `${when}: later than ${limit}, so it fails the gate`,
    withinTerm: ({ when, term }: { when: string; term: number }) => `${when}, within the ${term}-month term (no renewal date)`,
    afterTerm: ({ when, term }: { when: string; term: number }) => `${when}, after the ${term}-month term (no renewal date)`,
    renewalPassed: ({ when, date }: { when: string; date: string }) => `${when}; the renewal date ${date} has passed: set the next one in account.renewalDate`,
    beforeRenewal: ({ when, date }: { when: string; date: string }) => `${when}, before the renewal date ${date}`,
    afterRenewal: ({ when, date }: { when: string; date: string }) => `${when}, after the renewal date ${date}: the customer must renew before the deal pays back`,
  },

  schedule: {
    marks: { breakEven: 'break-even', renewal: 'renewal', endOfTerm: 'end of term', discounted: 'discounted break-even', expected: 'expected break-even' },
    heading: ({ who, outlay, date, never, horizon }: { who: string; outlay: string; date: string; never: boolean; horizon: number }) =>
      `${who}: month by month, outlay ${outlay} at the start (${date})${never ? `; never breaks even within ${horizon} months` : ''}`,
    head: { month: 'month', date: 'date', revenue: 'revenue', contribution: 'contribution', cumulative: 'cumulative', discounted: 'discounted', survival: 'survival' },
    markdownHead: { month: 'Month', date: 'Date', revenue: 'Revenue', contribution: 'Contribution', cumulative: 'Cumulative', discounted: 'Discounted', survival: 'Survival' },
    nothing: 'Nothing to pay back: no acquisition or onboarding cost.',
  },

  chart: {
    title: ({ who, currency }: { who: string; currency: string }) => `${who}: cumulative contribution against the outlay (${currency})`,
    noMonths: 'No months within the horizon to chart.',
    /** After the month numbers under the axis, with its space. */
    axis: ' months',
    cumulative: '█ cumulative contribution',
    outlay: ({ outlay }: { outlay: string }) => `─ outlay ${outlay}`,
    never: ({ horizon, reason }: { horizon: number; reason: string }) => `never breaks even within ${horizon} months: ${reason}`,
    nothing: 'nothing to pay back',
    breakEven: ({ month, months, date }: { month: number; months: string; date: string }) => `▲ break-even: month ${month} (${months} months), ${date}`,
    renewal: ({ term, date }: { term: number; date: string }) => `R renewal: month ${term}, ${date}`,
    endOfTerm: ({ term }: { term: number }) => `R end of the ${term}-month term`,
  },

  table: {
    head: { plan: 'plan', outlay: 'outlay', breakEven: 'break-even', date: 'date', discounted: 'disc.', expected: 'exp.', chance: 'chance', roi: 'ROI', ltv: 'LTV', renewal: 'renewal' },
    never: 'never',
    breakEven: ({ month, months }: { month: number; months: string }) => `${month} (${months})`,
    renewalPassed: '! passed',
    before: '✔ before',
    after: '✘ after',
    total: ({ currency, plans }: { currency: string; plans: number }) => `Total ${currency} (${count(plans, 'plan')})`,
    paysBack: ({ count: n, of }: { count: number; of: number }) => `${n} of ${of}`,
    noEconomics: 'no economics',
    invalid: 'invalid',
    noEconomicsNote: ({ name }: { name: string }) => `${name}: no economics section, so no break-even; add one (until then it does not count for the gate).`,
    failsGate: ({ name, month, limit }: { name: string; month: number; limit: string }) => `${name} breaks even in month ${month}, later than ${limit}: fails the gate.`,
    neverNote: ({ name, horizon, reason }: { name: string; horizon: number; reason: string }) => `${name} never breaks even within ${horizon} months: ${reason}.`,
    /** What the table's columns say, each said only when its column is shown (joined with " · "). */
    legend: {
      breakEven: 'break-even: month (fractional months)',
      discountedExpected: 'disc./exp.: discounted and churn-weighted break-even month',
      chance: 'chance: that the customer still pays then',
      roi: 'ROI: over the contract term',
      renewal: 'renewal: pays back before the renewal date (or within 12 months without one); passed: the renewal date is over, set the next one',
    },
    wider: 'widen it, or use --format markdown or json for everything',
  },

  markdown: {
    noPlansHeading: '## cro breakeven: no plans found',
    noPlans: 'No plans found; run `cro init` to create one.',
    chartHeading: ({ who }: { who: string }) => `${who}: chart`,
    scheduleHeading: ({ who }: { who: string }) => `${who}: schedule`,
    footer: ({ version, asOf }: { version: string; asOf: string }) => `cro ${version}, as of ${asOf}`,
    plans: ({ plans, economics }: { plans: number; economics: number }) => `cro breakeven: ${count(plans, 'plan')}${economics < plans ? `, ${economics} with economics` : ''}`,
    head: { plan: 'Plan', file: 'File', outlay: 'Outlay', breakEven: 'Break-even month (months)', date: 'Date', discounted: 'Discounted', expected: 'Expected', chance: 'Chance', roi: 'ROI', ltv: 'LTV', renewal: 'Renewal' },
    noEconomics: 'no economics: add an economics section to compute its break-even',
    invalid: 'invalid plan:',
    failsGate: ({ name, month, limit }: { name: string; month: number; limit: string }) => `${name} breaks even in month ${month}, later than ${limit}: fails the gate`,
    never: ({ name, horizon, reason }: { name: string; horizon: number; reason: string }) => `${name} never breaks even within ${horizon} months: ${reason}`,
  },
};
