/** The init area of the English catalog (see ./index.ts for the conventions). */
export const init = {
  // ---- The questions of the interactive `cro init`.
  intro: 'A new Trust Enablement account plan. Press Enter to accept a default or to leave a field for later; Ctrl-C stops without writing anything.',
  accountName: 'Account name (the customer company)',
  accountNameRequired: 'The account name is required',
  noSlug: 'This name has no letters or digits to make a file name from',
  fileExists: ({ file }: { file: string }) => `${file} already exists; choose another name, or run again with --force to overwrite it`,
  segment: 'Segment (e.g. enterprise, mid-market, smb)',
  owner: 'Account owner (the person accountable)',
  customerSince: 'Customer since (YYYY-MM-DD)',
  renewalDate: 'Renewal date (YYYY-MM-DD)',
  renewalAfterStart: 'The renewal date comes after the customer started',
  renewalPassed: 'That date has passed: give the next renewal date (or leave it empty)',
  currency: 'Currency (ISO 4217 code)',
  teamIntro: 'The cross-functional team: names, separated by commas.',
  sales: 'Sales',
  marketing: 'Marketing',
  customerSuccess: 'Customer success',
  renewMessage: 'Message for Group 1, who renew and buy more (Enter to fill in later)',
  newBuyMessage: 'Message for Group 2, the new buy (Enter to fill in later)',
  sameMessages: 'Two audiences need two different messages',
  renewalRequirement: ({ first }: { first: boolean }) =>
    first ? 'What must happen for the customer to renew? One outcome (Enter to fill in later)' : 'Another outcome the customer must see (Enter when done)',
  addStakeholder: ({ first }: { first: boolean }) => (first ? 'Add a stakeholder you already know?' : 'Add another stakeholder?'),
  stakeholderName: 'Name (leave empty to stop adding people)',
  nameRequired: 'The name is required',
  stakeholderTitle: 'Title (Enter to skip)',
  group: 'Group',
  groups: {
    renew: 'Group 1: renew and buy more (bought and uses the product)',
    'new-buy': 'Group 2: new buy (not involved yet)',
  },
  groupShort: { renew: 'Group 1', 'new-buy': 'Group 2' },
  backupLabel: 'backup',
  roles: 'Roles (space selects, Enter confirms)',
  roleNames: {
    'end-user': 'end user',
    administrator: 'product administrator',
    procurement: 'procurement',
    'budget-owner': 'budget owner',
    'executive-sponsor': 'executive sponsor',
    other: 'other',
  },
  stance: 'Stance',
  stances: { advocate: 'advocate', supporter: 'supporter', neutral: 'neutral', detractor: 'detractor', unknown: 'unknown' },
  objection: 'What was their objection?',
  objections: { competitor: 'pushed for a competitor', 'poor-fit': 'thought we were a poor fit', concern: 'had concerns' },
  objectionDetail: 'Details (Enter to skip)',
  backup: ({ name }: { name: string }) => `Backup for ${name} (takes over if they leave)`,
  nobodyYet: 'nobody yet',
  addEconomics: 'Add the economics now, for the break-even?',
  revenueBasis: 'Revenue',
  perMonth: 'per month',
  perYear: 'per year',
  monthlyRevenue: 'Monthly recurring revenue',
  annualRevenue: 'Annual recurring revenue',
  acquisitionCost: 'Acquisition cost (sales and marketing cost to win the deal; Enter for 0)',
  onboardingCost: 'Onboarding cost (one-off; Enter for 0)',
  grossMargin: 'Gross margin, a fraction (0.78 or 78%; Enter for 1)',
  supportCostMonthly: 'Support cost per month (Enter for 0)',
  monthlyChurn: 'Monthly churn (0.01 or 1%; Enter for 0)',
  /**
   * The key hints under a list (inquirer's): each action a key does, and the name of the
   * space bar. inquirer's own words, so that English reads as it always has.
   */
  keys: { space: 'space', navigate: 'navigate', select: 'select', submit: 'submit', all: 'all', invert: 'invert' },
  /**
   * How dates may be typed, the first being how they are shown (a default, the summary);
   * the plan always gets YYYY-MM-DD. Patterns, not text: YYYY, MM and DD stand for digits.
   */
  dateForms: ['YYYY-MM-DD'] as readonly string[],

  // ---- The summary shown before writing.
  summary: 'Summary',
  labels: {
    account: 'Account',
    segment: 'Segment',
    owner: 'Owner',
    customerSince: 'Customer since',
    renewalDate: 'Renewal date',
    currency: 'Currency',
    team: 'Team',
    messages: 'Messages',
    renewal: 'To renew',
    stakeholders: 'Stakeholders',
    economics: 'Economics',
    template: 'Template',
    file: 'File',
  },
  functions: { sales: 'sales', marketing: 'marketing', customerSuccess: 'customer success' },
  economicsNames: {
    acquisitionCost: 'acquisition cost',
    onboardingCost: 'onboarding cost',
    monthlyRevenue: 'monthly revenue',
    annualRevenue: 'annual revenue',
    grossMargin: 'gross margin',
    supportCostMonthly: 'support cost per month',
    monthlyExpansion: 'monthly expansion',
    monthlyChurn: 'monthly churn',
    discountRate: 'discount rate',
  },
  /** One economics figure: `written` as the plan will hold it (9500, 0.78), `shown` as the language writes it ($9,500, 78%). English shows the plan's figure. */
  economicsValue: ({ name, written, shown }: { name: string; written: string; shown: string }) => `${name} ${written}`,
  toFill: '(to fill in)',
  confirm: ({ file }: { file: string }) => `Write ${file}?`,
  /** `what` says what the file holds (describeLines, describeLinesAndPeople). */
  confirmReplace: ({ file, what }: { file: string; what: string }) => `${file} already exists (${what}). Replace it with the new plan?`,
  notWritten: 'Nothing written.',

  // ---- What `cro init` says when it is done, or why it cannot start.
  created: ({ file }: { file: string }) => `created ${file}`,
  replaced: ({ file }: { file: string }) => `replaced ${file}`,
  replacedPlan: ({ file, what }: { file: string; what: string }) => `replaced ${file}: ${what}`,
  nextForPlan: ({ command }: { command: string }) => `next: fill in the gaps (lines starting with #), then run: ${command}`,
  describeUnreadable: 'a file cro could not read',
  describeLines: ({ lines }: { lines: number }) => `${lines} ${lines === 1 ? 'line' : 'lines'}`,
  describeLinesAndPeople: ({ lines, people }: { lines: number; people: number }) =>
    `${lines} ${lines === 1 ? 'line' : 'lines'}, ${people} ${people === 1 ? 'stakeholder' : 'stakeholders'}`,
  noPromptWithYes: 'with --yes',
  noPromptWithoutTerminal: 'there is no terminal to ask on',
  noPromptInCi: 'CI is set',
  repoOnlyFlags: ({ flags, example }: { flags: readonly string[]; example: string }) =>
    `${flags.join(' and ')} ${flags.length > 1 ? 'go' : 'goes'} with --repo, e.g. cro init --repo revenue-plans ${example}`,
  missingAccount: ({ why }: { why: string }) =>
    `missing the account name: run cro init "<account name>", e.g. cro init "Acme Logistics" (${why}, so cro does not prompt)`,
  emptyAccount: 'the account name is empty; give the customer\'s name, e.g. cro init "Acme Logistics"',
  badSlug: ({ slug }: { slug: string }) => `--slug ${slug}: use lower-case letters, digits and single dashes (at most 80), e.g. --slug acme-logistics`,
  noSlugForName: ({ name }: { name: string }) => `account name "${name}" has no letters or digits to make a file name from; choose one with --slug, e.g. --slug acme`,
  planExists: ({ file }: { file: string }) => `${file} already exists; nothing was written (use --force to overwrite it, or --slug to choose another file name)`,
  templateProblem: ({ template, problem }: { template: string; problem: string }) => `--template ${template}: ${problem}`,

  // ---- `cro init --repo`.
  repoTakesNoAccount: ({ account }: { account: string }) =>
    `cro init --repo takes no account name; create the repository first, then run cro init "${account}" inside it`,
  repoFileInTheWay: ({ dir }: { dir: string }) => `--repo ${dir}: a file is in the way; give a folder`,
  repoHasFiles: ({ dir, files }: { dir: string; files: readonly string[] }) =>
    `${dir} already has ${files.join(', ')}; nothing was written (use --force to overwrite these files; nothing else is touched)`,
  repoFileExists: ({ file }: { file: string }) => `${file} already exists; nothing was written (use --force to overwrite it)`,
  repoWriteFailed: ({ file, reason }: { file: string; reason: string }) => `${file}: ${reason}; no file of the repository was written`,
  nextSteps: 'next steps:',
  /** The commit message and the account name the next steps suggest. */
  firstCommit: 'Account plans repository',
  firstCustomer: 'Your first customer',
  keepPrivate: 'Keep the repository private: plans hold personal data about people at your customers.',

  // ---- `cro init --list-templates`.
  templatesHeading: 'Templates (cro init --template <name> --lang <language>):',
  templatesDefault: ({ template, lang }: { template: string; lang: string }) => `Default: ${template} in ${lang}. Your own template: --template ./path/to/template.yaml`,
  templatesReadme: ({ file }: { file: string }) => `(the placeholders are described in ${file}).`,

  // ---- Finding a template.
  noTemplatesInLang: ({ lang, suggestion, languages }: { lang: string; suggestion: string; languages: readonly string[] }) =>
    `--lang ${lang}: no templates in that language${suggestion}; use one of ${languages.join(', ')}`,
  noTemplateVersion: ({ template, lang, langs }: { template: string; lang: string; langs: readonly string[] }) =>
    `--template ${template}: there is no "${lang}" version; use --lang ${langs.join(' or --lang ')}`,
  noSuchTemplate: ({ template, suggestion, names }: { template: string; suggestion: string; names: readonly string[] }) =>
    `--template ${template}: no such template${suggestion}; use one of ${names.join(', ')} (see --list-templates) or a path to your own file`,
  templateNoSuchFile: ({ path }: { path: string }) => `--template ${path}: no such file`,
  templateNotAFile: ({ path }: { path: string }) => `--template ${path}: not a file; give a .yaml template file`,
  templateTooLarge: ({ path }: { path: string }) => `--template ${path}: the file is too large for a template (over 1 MB)`,
  templateNotUtf8: ({ path }: { path: string }) => `--template ${path}: the file is not UTF-8 text`,

  // ---- A template that cannot render (its author reads these).
  templateLine: ({ line, problem }: { line: number; problem: string }) => `line ${line}: ${problem}`,
  unknownPlaceholder: ({ name, suggestion }: { name: string; suggestion: string }) =>
    `unknown placeholder {{${name}}}${suggestion}; the placeholders are listed in templates/README.md`,
  unknownRepoPlaceholder: ({ name }: { name: string }) => `unknown placeholder {{${name}}}`,
  invalidRender: ({ problem }: { problem: string }) => `it does not render a valid plan (${problem})`,
  invalidRenderAt: ({ line, column, problem }: { line: number; column: number; problem: string }) =>
    `it does not render a valid plan (at line ${line}:${column} of the rendered plan: ${problem})`,
  notAPlan: 'not a plan',
  mustSetAccountName: 'it must set `account.name: {{accountName}}`',
  blockAlone: ({ name }: { name: string }) => `{{${name}}} stands alone on its line, so it must be a block of YAML, not a single value`,
  blockNotAlone: ({ name }: { name: string }) => `{{${name}}} is a block; put it alone on its own line`,
  oneListPerLine: ({ names }: { names: readonly string[] }) => `only one list may repeat a line, but ${names.map((n) => `{{${n}}}`).join(' and ')} are lists`,
  notAPlaceholder: '`{{` does not open a placeholder such as {{accountName}}',
  wholeValue: ({ name }: { name: string }) => `{{${name}}} must be a whole value (\`key: {{${name}}}\`) or sit inside quotes`,

  // ---- Values that flags and answers give.
  dateFormat: 'write the date as YYYY-MM-DD, e.g. 2027-02-01',
  notInCalendar: ({ value }: { value: string }) => `${value} is not a date in the calendar`,
  notCurrency: 'not an ISO 4217 currency code; use one such as USD, EUR or TRY',
  /** What each economics field's range is (the same words as economics/fields.ts). */
  economicsRanges: {
    acquisitionCost: 'money cannot be negative',
    onboardingCost: 'money cannot be negative',
    monthlyRevenue: 'money cannot be negative',
    annualRevenue: 'money cannot be negative',
    supportCostMonthly: 'money cannot be negative',
    grossMargin: 'the gross margin is a fraction above 0 and at most 1, e.g. 0.78 (or 78%)',
    monthlyChurn: 'monthly churn is a fraction from 0 up to (not including) 1, e.g. 0.01 (or 1%)',
    monthlyExpansion: 'monthly expansion is above -1, e.g. 0.01 (or 1%); negative is downsell',
    discountRate: 'the discount rate cannot be negative, e.g. 0.10 (or 10%)',
  },
  bothRevenues: 'give the monthly or the annual revenue, not both',
  noRevenue: 'the economics need the revenue: the monthly or the annual figure',
  economicsFlags: ({ problem }: { problem: string }) => `economics: ${problem} (--monthly-revenue or --annual-revenue)`,
  renewalBeforeStart: ({ renewal, since }: { renewal: string; since: string }) =>
    `--renewal-date ${renewal}: the renewal comes after the customer started (--customer-since ${since})`,
  stakeholderStartWithName: ({ where }: { where: string }) => `${where}: start with the person's name, e.g. --stakeholder "Maria Lopez; roles=budget-owner; stance=advocate"`,
  stakeholderUnknownField: ({ where, field, suggestion, fields }: { where: string; field: string; suggestion: string; fields: readonly string[] }) =>
    `${where}: unknown field "${field}"${suggestion}; use ${fields.join(', ')}`,
  stakeholderWriteValue: ({ where, field }: { where: string; field: string }) => `${where}: write ${field}=<value>`,
  stakeholderBadId: ({ where, id }: { where: string; id: string }) => `${where}: id ${id}: use lower-case letters, digits and dashes`,
  stakeholderIdTaken: ({ where, id }: { where: string; id: string }) => `${where}: id ${id} is already used by another stakeholder`,
  stakeholderNoBackup: ({ where, backup }: { where: string; backup: string }) => `${where}: backup ${backup} is not one of the stakeholders given with --stakeholder`,
  stakeholderOwnBackup: ({ where }: { where: string }) => `${where}: a person cannot be their own backup`,
  stakeholderOneOf: ({ where, field, value, suggestion, allowed }: { where: string; field: string; value: string; suggestion: string; allowed: readonly string[] }) =>
    `${where}: ${field} ${value || '(empty)'}${suggestion}; use one of ${allowed.join(', ')}`,
  /** The example plan of `cro init --repo --example`: its prose (names, dates and figures are the same in every language). */
  example: {
    account: 'Acme Logistics (example)',
    renew: 'Here is the proof of the outcomes you bought: dispatch time and cost per order, site by site, and what comes next.',
    newBuy: 'Your warehouses already cut freight costs with one vendor; Finance can reconcile freight invoices from the same data.',
    titles: {
      maria: 'VP Operations', daniel: 'Director, Operations Finance', priya: 'Senior Buyer, IT & Software', tom: 'Systems Administrator',
      sofia: 'Warehouse Manager, Reno', omar: 'Site Manager, Sacramento', lena: 'Head of Finance',
    },
    needs: {
      maria: { see: 'Cost per order by site, quarter over quarter, on one page for the board', hear: 'Peers at other logistics firms describing the same results', know: 'What the next region costs and when it pays back' },
      daniel: { see: 'Monthly savings against the business case he signed', hear: 'That the price holds through the next rollout', know: 'The total cost of ownership for next year' },
      priya: { see: 'A renewal quote with year-over-year price protection', hear: 'That security review will not restart at renewal', know: 'The date of our next SOC 2 report' },
      tom: { see: 'Uptime and integration errors for every site', hear: 'Our product team on the single sign-on roadmap', know: 'Who to call during peak season' },
      sofia: { see: "Her site's dispatch time on the wall screen every shift", hear: 'Recognition from Maria for the Reno results', know: "That her team's feedback shapes the next release" },
      omar: { see: 'The Reno numbers, measured the same way as his site', hear: 'Sofía explaining how her team got there', know: 'That his team will be trained before peak season' },
    },
    objection: 'Pushed for a rival vendor during the evaluation',
    actions: { visit: 'Site visit to Reno with Sofía', training: 'Training plan for his team before peak season' },
    requirements: { dispatch: 'Dispatch time down 20% at every live site before the renewal talks', region: 'Second region live on schedule' },
    risk: 'A new CFO reviews every vendor contract next year',
    unit: 'Finance',
    challenge: 'Freight invoices reconciled by hand every month',
    evidence: 'Reno cut dispatch time 22% and billing disputes by half in one quarter',
    milestones: {
      kickoff: 'Kickoff and success plan signed', kickoffNotes: 'Success criteria agreed with Maria and Daniel.',
      goLive: 'Go-live, first warehouse (Reno)', goLiveNotes: 'Three days late on label printers; Tom asked for single sign-on.',
      review: 'First executive business review',
    },
    okrs: {
      reference: 'Make Acme a reference customer', caseStudy: 'Case study with the Reno numbers published within six months', summit: 'Maria speaks at our customer summit',
      expand: 'Expand into Finance before renewal', pilot: 'Freight invoice pilot signed within a year',
    },
  },
};
