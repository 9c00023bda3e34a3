/** The cli area of the English catalog (see ./index.ts for the conventions): `--help` and commander's own words. */
export const cli = {
  /** The headings commander writes (its own words are the keys cli.ts looks up), and cro's examples. */
  headings: {
    usage: 'Usage:',
    arguments: 'Arguments:',
    options: 'Options:',
    globalOptions: 'Global Options:',
    commands: 'Commands:',
    examples: 'Examples:',
  },
  /** The words in `<…>` and `[…]`: placeholders of option values and arguments. Flags and format names are not words. */
  words: {
    options: 'options',
    command: 'command',
    file: 'file',
    format: 'format',
    date: 'date',
    language: 'language',
    rule: 'rule',
    ruleSetting: 'id=severity',
    gitRef: 'git-ref',
    templateName: 'name|path',
    folder: 'folder',
    dir: 'dir',
    slug: 'slug',
    text: 'text',
    name: 'name',
    code: 'code',
    spec: 'spec',
    months: 'months',
    amount: 'amount',
    fraction: 'fraction',
    account: 'account',
    paths: 'paths',
    plan: 'plan',
  },
  /** What commander adds after an option's description, in parentheses. */
  choices: ({ values }: { values: string }) => `choices: ${values}`,
  default: ({ value }: { value: string }) => `default: ${value}`,
  helpOption: 'display help for command',
  helpCommand: 'display help for command',
  versionOption: 'output the version number',
  /** Commander's errors on the command line, after `cro: ` (one line). */
  parse: {
    unknownOption: ({ option }: { option: string }) => `unknown option '${option}'`,
    unknownCommand: ({ command }: { command: string }) => `unknown command '${command}'`,
    subcommandsOf: ({ command, subcommands }: { command: string; subcommands: readonly string[] }) => `; ${command} takes ${subcommands.map((name) => `'${name}'`).join(' or ')}`,
    missingArgument: ({ name }: { name: string }) => `missing required argument '${name}'`,
    missingOptionValue: ({ option }: { option: string }) => `option '${option}' argument missing`,
    tooManyArguments: ({ command, expected, received }: { command: string | undefined; expected: number; received: number }) =>
      `too many arguments${command === undefined ? '' : ` for '${command}'`}. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${received}.`,
    invalidOptionValue: ({ option, value, reason }: { option: string; value: string; reason: string }) => `option '${option}' argument '${value}' is invalid. ${reason}`,
    allowedChoices: ({ choices }: { choices: string }) => `Allowed choices are ${choices}.`,
    /** Commander's suggestion for an unknown option or command (unquoted, as it names flags and commands). */
    didYouMean: ({ suggestion }: { suggestion: string }) => ` (did you mean ${suggestion}?)`,
    didYouMeanOneOf: ({ suggestions }: { suggestions: string }) => ` (did you mean one of ${suggestions}?)`,
  },
  interrupted: 'interrupted; nothing was written',
  internalError: ({ message }: { message: string }) => `internal error: ${message}`,
  reportBug: 'This is a bug in cro; please report it with the command you ran.',

  program: {
    description: 'Revenue planning toolkit: account plans as YAML in git, checked like code, with customer break-even economics.',
    noColor: 'disable colours (also NO_COLOR=1)',
    config: 'use this config file instead of the nearest cro.config.yaml',
    lang: "language of everything cro writes: en or tr (default: the config's lang, CRO_LANG, then the locale)",
  },
  format: 'output format',
  init: {
    summary: 'scaffold an account plan, or a plans repository',
    description:
      "Scaffold an account plan from a template into <folder>/<slug>.yaml: --dir, else the config's plans folder, else the current folder.\n" +
      'On a terminal it asks for what it knows (flags become the defaults), shows a summary and asks before writing.\n' +
      'With --yes, without a terminal, or with CI set it never asks: flags fill the plan and every other field stays a commented placeholder.\n' +
      'An existing file is never overwritten without --force. --repo scaffolds a whole plans repository instead.',
    account: "the customer's name (required when cro cannot ask)",
    template: 'packaged template (see --list-templates) or your own template file',
    listTemplates: 'list the packaged templates and exit',
    dir: "folder to write the plan into (default: the config's plans folder, else the current folder)",
    slug: 'file name without .yaml (default: made from the account name)',
    force: 'overwrite an existing file',
    yes: 'do not ask anything: use the flags and leave the rest as placeholders',
    segment: 'account segment, e.g. enterprise, mid-market, smb',
    owner: 'the person accountable for the account',
    customerSince: 'contract start, YYYY-MM-DD',
    renewalDate: 'renewal date, YYYY-MM-DD',
    currency: "ISO 4217 currency code, e.g. USD (with --repo: the config's default currency)",
    sales: 'a sales member of the account team (repeatable)',
    marketing: 'a marketing member of the account team (repeatable)',
    customerSuccess: 'a customer success member of the account team (repeatable)',
    stakeholder: 'a known person: "Name; title=…; group=renew|new-buy; roles=a,b; stance=…; backup=<id or name>; objection=competitor|poor-fit|concern" (repeatable)',
    renewMessage: 'the message for Group 1 (renew and buy more)',
    newBuyMessage: 'the message for Group 2 (new buy)',
    renewalRequirement: 'what must happen for the customer to renew (repeatable)',
    renewalRisk: 'what could stop the renewal (repeatable)',
    repo: 'scaffold a plans repository in dir (default: the current folder) instead of a plan',
    example: 'with --repo: add an example plan instead of an empty plans folder',
    maxMonths: 'with --repo: the break-even limit of the config and the CI workflow (default 24)',
    exampleAsks: 'on a terminal: asks, shows a summary, writes',
    exampleTurkish: 'Turkish template -> acme-lojistik-as.yaml',
  },
  check: {
    summary: 'validate plans and report coverage gaps',
    description: "Validate plans against the plan format and report coverage gaps of the method, like a linter.\nWith no paths, reads the config's `plans`, else the current folder.",
    output: 'write the report to a file instead of stdout',
    asOf: 'date that time-based rules use (YYYY-MM-DD, default today)',
    rule: 'set a rule to off, warn or error (repeatable)',
    quiet: 'hide warnings (they still count for --max-warnings)',
    maxWarnings: 'exit 1 when there are more than n warnings (-1: no limit)',
    cache: 'only re-check files whose content changed since the last --cache run',
    cacheLocation: 'where the cache lives (default .cro-cache; implies --cache)',
    changedSince: 'check only plans changed since a git revision (e.g. origin/main)',
  },
  paths: 'plan files or folders (searched recursively)',
  breakeven: {
    summary: 'break-even, ROI and LTV of customers: one plan, many, or a what-if',
    description:
      'How long must each customer stay to pay back what it cost to win and onboard, net of support?\n' +
      'One plan: a summary (months, date, discounted and churn-weighted break-even, ROI over the contract, LTV).\n' +
      "Several plans or a folder (no path: the config's plans, else the current folder): one row each, soonest first, with totals per currency.\n" +
      'Figure flags without a path: a what-if, no plan file needed. --max-months makes it a CI gate (exit 1 when a plan pays back later or never).',
    output: 'write the result to a file instead of stdout',
    schedule: 'add the month-by-month table, to the later of break-even and the contract term',
    chart: 'add a chart of the cumulative contribution against the outlay',
    asOf: 'today, for plans without a start date (YYYY-MM-DD, default today)',
    horizon: 'months to search for break-even (default: config breakeven.horizon, else 120)',
    maxMonths: 'exit 1 when a plan breaks even after month n, or never (default: config breakeven.maxMonths)',
    start: 'month 1 of a what-if, or of plans with neither economics.start nor account.customerSince',
    currency: 'ISO 4217 code for a what-if and for plans without one (default: config currency, else USD)',
    whatIf: ({ help }: { help: string }) => `what-if: ${help}`,
    exampleEveryPlan: 'every plan: one row each, totals per currency',
    exampleGate: 'the CI gate: exit 1 when a plan pays back later or never',
  },
  /** The flags of the economics fields (economics/fields.ts), by the field's key. */
  economics: {
    acquisitionCost: 'sales and marketing cost to win the deal',
    onboardingCost: 'one-off implementation cost (default 0)',
    monthlyRevenue: 'recurring revenue in month 1',
    annualRevenue: 'recurring revenue per year, instead of --monthly-revenue',
    grossMargin: 'gross margin, above 0 and at most 1, e.g. 0.78 or 78% (default 1)',
    supportCostMonthly: 'ongoing support and success cost per month (default 0)',
    monthlyExpansion: 'revenue growth per month, e.g. 0.01 or 1%; negative is downsell (default 0)',
    monthlyChurn: 'chance of losing the customer each month, from 0 up to (not including) 1, e.g. 0.02 or 2% (default 0)',
    discountRate: 'annual discount rate for the discounted break-even, e.g. 0.1 or 10% (default 0)',
  },
  report: {
    summary: 'the portfolio: coverage, gaps, break-even and ROI of every account',
    description:
      'The portfolio at a glance: per account its critical-role coverage (as critical-roles and role-backup define it), open ' +
      'errors and warnings, detractors without a win plan, break-even, ROI and renewal; totals per segment and currency (never ' +
      'adding different currencies); and the accounts that need attention first, ranked.\n' +
      'HTML is one self-contained page (no network) with payback charts and a stakeholder map per account; Markdown has a Mermaid map per account.\n' +
      "With no paths, reads the config's `plans`, else the current folder. Exits 1 when a plan has error-level findings, like cro check.",
    output: 'write the report to a file instead of stdout',
    asOf: 'date that time-based figures use (YYYY-MM-DD, default today)',
  },
  map: {
    summary: 'draw the stakeholder map of one plan',
    description:
      "Draw who stands where in one account: Group 1 (renew) and Group 2 (new buy), by role, each person's stance " +
      'by colour and by symbol (++ advocate, + supporter, = neutral, -- detractor, ? unknown), backups as links, ' +
      'and the gaps marked: uncovered and single-threaded critical roles, detractors without a win plan, people who left.',
    plan: 'the plan: its file, or its file name or account name (acme, "Acme Logistics")',
    output: 'write the map to a file instead of stdout',
    asOf: 'date that decides who has left (YYYY-MM-DD, default today)',
  },
  schema: {
    summary: 'print the JSON Schema of the plan format',
    description: 'Print the JSON Schema of the plan format (generated from the validator), for editors and other tools.',
    output: 'write it to a file instead of stdout',
  },
  rules: {
    summary: 'list the coverage rules and their severity',
    description: 'List every rule cro check applies, with the severity in effect after cro.config.yaml (and --rule) and a one-line description.',
    rule: 'set a rule to off, warn or error, as cro check does (repeatable)',
  },
  explain: {
    summary: 'explain a rule, with a passing and a failing example',
    description: 'Explain why a rule exists, how to configure it, and show a plan that passes it and one that fails it.',
    rule: 'rule id, as `cro rules` lists it',
  },
};
