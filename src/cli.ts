import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { BREAKEVEN_FORMATS, CHECK_FORMAT_NAMES, MAP_FORMATS, REPORT_FORMATS } from './format-names.js';
import { didYouMean } from './util/suggest.js';
import type { CommandIO } from './commands/io.js';
import { oneLine } from './text/terminal-text.js';
import { ECONOMICS_FIELDS } from './economics/fields.js';
import { LANGS } from './i18n/lang.js';
import { standardOutput } from './util/standard-output.js';
import { VERSION } from './version.js';
import { markMessagesFrom, useLang } from './i18n/messages.js';
import { startupLang } from './startup-lang.js';

/*
 * The table of contents of cro: every command, its flags and examples. Each action
 * imports its implementation only when it runs, so `cro --help` loads nothing heavy.
 */

const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * `-f, --format` with a command's format names: listed in the help, and a name that is not
 * one of them answered with the nearest (`--format stylsh`: did you mean "stylish"?).
 */
function formatOption(names: readonly string[], fallback: string): Option {
  return new Option('-f, --format <format>', 'output format')
    .choices(names)
    .default(fallback)
    .argParser((value: string) => {
      if (names.includes(value)) return value;
      throw new InvalidArgumentError(`Allowed choices are ${names.join(', ')}.${didYouMean(value, names)}`);
    });
}

/** The economics flags of `init` and `breakeven`, from the one table of the economics fields. */
function withEconomicsFlags(command: Command, prefix: string): void {
  for (const field of ECONOMICS_FIELDS) command.option(`${field.flag} <${field.kind === 'money' ? 'amount' : 'fraction'}>`, `${prefix}${field.help}`);
}

export function buildProgram(io: CommandIO, setExitCode: (code: number) => void): Command {
  const program = new Command('cro')
    .description('Revenue planning toolkit: account plans as YAML in git, checked like code, with customer break-even economics.')
    .version(VERSION, '-V, --version')
    .option('--no-color', 'disable colours (also NO_COLOR=1)')
    .option('--config <file>', 'use this config file instead of the nearest cro.config.yaml')
    .addOption(new Option('--lang <language>', 'language of everything cro writes: en or tr (default: the config\'s lang, CRO_LANG, then the locale)').choices(LANGS))
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // One line, as every usage error (commander puts its suggestion on a second line).
      outputError: (text, write) =>
        // It quotes what was typed, which may hold escape sequences: one inert line.
        write(`${oneLine(text.replace(/^error: /, 'cro: ').replace(/\n\(Did you mean (.*)\?\)/, ' (did you mean $1?)').trimEnd())}\n`),
    })
    .exitOverride()
    .addHelpText('after', examples(['cro init --repo revenue-plans', 'cro init "Acme Logistics"', 'cro check', 'cro breakeven plans/acme-logistics.yaml --chart', 'cro report --format html --output report.html']));

  const run = (load: () => Promise<(...args: never[]) => Promise<number>>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const action = await load();
      const positional = args.slice(0, -2);
      const code = await (action as (...a: unknown[]) => Promise<number>)(...positional, command.optsWithGlobals(), io);
      setExitCode(code);
    };

  const init = program
    .command('init')
    .summary('scaffold an account plan, or a plans repository')
    .description(
      'Scaffold an account plan from a template into <folder>/<slug>.yaml: --dir, else the config\'s plans folder, else the current folder.\n' +
        'On a terminal it asks for what it knows (flags become the defaults), shows a summary and asks before writing.\n' +
        'With --yes, without a terminal, or with CI set it never asks: flags fill the plan and every other field stays a commented placeholder.\n' +
        'An existing file is never overwritten without --force. --repo scaffolds a whole plans repository instead.',
    )
    .argument('[account]', 'the customer\'s name (required when cro cannot ask)')
    .option('-t, --template <name|path>', 'packaged template (see --list-templates) or your own template file', 'trust-enablement')
    .option('--list-templates', 'list the packaged templates and exit')
    .option('-d, --dir <folder>', 'folder to write the plan into (default: the config\'s plans folder, else the current folder)')
    .option('--slug <slug>', 'file name without .yaml (default: made from the account name)')
    .option('-f, --force', 'overwrite an existing file')
    .option('-y, --yes', 'do not ask anything: use the flags and leave the rest as placeholders')
    .option('--segment <text>', 'account segment, e.g. enterprise, mid-market, smb')
    .option('--owner <name>', 'the person accountable for the account')
    .option('--customer-since <date>', 'contract start, YYYY-MM-DD')
    .option('--renewal-date <date>', 'renewal date, YYYY-MM-DD')
    .option('--currency <code>', 'ISO 4217 currency code, e.g. USD (with --repo: the config\'s default currency)')
    .option('--sales <name>', 'a sales member of the account team (repeatable)', collect)
    .option('--marketing <name>', 'a marketing member of the account team (repeatable)', collect)
    .option('--customer-success <name>', 'a customer success member of the account team (repeatable)', collect)
    .option('--stakeholder <spec>', 'a known person: "Name; title=…; group=renew|new-buy; roles=a,b; stance=…; backup=<id or name>; objection=competitor|poor-fit|concern" (repeatable)', collect)
    .option('--renew-message <text>', 'the message for Group 1 (renew and buy more)')
    .option('--new-buy-message <text>', 'the message for Group 2 (new buy)')
    .option('--renewal-requirement <text>', 'what must happen for the customer to renew (repeatable)', collect)
    .option('--renewal-risk <text>', 'what could stop the renewal (repeatable)', collect);
  withEconomicsFlags(init, '');
  init
    .option('--repo [dir]', 'scaffold a plans repository in dir (default: the current folder) instead of a plan')
    .option('--example', 'with --repo: add an example plan instead of an empty plans folder')
    .option('--max-months <n>', 'with --repo: the break-even limit of the config and the CI workflow (default 24)')
    .addHelpText(
      'after',
      examples([
        'cro init                                   # on a terminal: asks, shows a summary, writes',
        'cro init "Acme / Lojistik A.Ş." --lang tr  # Turkish template -> acme-lojistik-as.yaml',
        'cro init "Acme Logistics" --yes --segment enterprise --owner "Jane Doe" --renewal-date 2027-02-01',
        'cro init "Acme Logistics" --yes --sales "Jane Doe" --marketing "Ece Demir" --customer-success "Ali Kaya"',
        'cro init "Acme Logistics" --yes --stakeholder "Maria Lopez; roles=executive-sponsor,budget-owner; stance=advocate"',
        'cro init "Acme Logistics" --yes --acquisition-cost 84000 --monthly-revenue 9500 --gross-margin 0.78',
        'cro init "Corner Cafe" --template small-account --dir plans/smb',
        'cro init "Acme Logistics" --template ./our-template.yaml --force',
        'cro init --list-templates',
        'cro init --repo revenue-plans --currency EUR --max-months 24 --example',
      ]),
    )
    .action(run(async () => {
      const { runInit } = await import('./commands/init/command.js');
      return (account: string | undefined, flags: object, cio: CommandIO) => runInit(account, flags, cio);
    }));

  program
    .command('check')
    .summary('validate plans and report coverage gaps')
    .description('Validate plans against the plan format and report coverage gaps of the method, like a linter.\nWith no paths, reads the config\'s `plans`, else the current folder.')
    .argument('[paths...]', 'plan files or folders (searched recursively)')
    .addOption(formatOption(CHECK_FORMAT_NAMES, 'stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--as-of <date>', 'date that time-based rules use (YYYY-MM-DD, default today)')
    .option('--rule <id=severity>', 'set a rule to off, warn or error (repeatable)', collect)
    .option('-q, --quiet', 'hide warnings (they still count for --max-warnings)')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (-1: no limit)')
    .option('--cache', 'only re-check files whose content changed since the last --cache run')
    .option('--cache-location <file>', 'where the cache lives (default .cro-cache; implies --cache)')
    .option('--changed-since <git-ref>', 'check only plans changed since a git revision (e.g. origin/main)')
    .addHelpText('after', examples(['cro check', 'cro check plans/acme.yaml --as-of 2026-11-27', 'cro check --format github', 'cro check --format sarif --output cro.sarif', 'cro check --rule okrs=off --max-warnings 10', 'cro check --cache', 'cro check --changed-since origin/main --format github']))
    .action(run(async () => {
      const { runCheck } = await import('./commands/check/command.js');
      return (paths: string[], flags: object, cio: CommandIO) => runCheck(paths, flags, cio);
    }));

  const breakeven = program
    .command('breakeven')
    .summary('break-even, ROI and LTV of customers: one plan, many, or a what-if')
    .description(
      'How long must each customer stay to pay back what it cost to win and onboard, net of support?\n' +
        'One plan: a summary (months, date, discounted and churn-weighted break-even, ROI over the contract, LTV).\n' +
        'Several plans or a folder (no path: the config\'s plans, else the current folder): one row each, soonest first, with totals per currency.\n' +
        'Figure flags without a path: a what-if, no plan file needed. --max-months makes it a CI gate (exit 1 when a plan pays back later or never).',
    )
    .argument('[paths...]', 'plan files or folders (searched recursively)')
    .addOption(formatOption(BREAKEVEN_FORMATS, 'table'))
    .option('-o, --output <file>', 'write the result to a file instead of stdout')
    .option('--schedule', 'add the month-by-month table, to the later of break-even and the contract term')
    .option('--chart', 'add a chart of the cumulative contribution against the outlay')
    .option('--as-of <date>', 'today, for plans without a start date (YYYY-MM-DD, default today)')
    .option('--horizon <months>', 'months to search for break-even (default: config breakeven.horizon, else 120)')
    .option('--max-months <n>', 'exit 1 when a plan breaks even after month n, or never (default: config breakeven.maxMonths)')
    .option('--start <date>', 'month 1 of a what-if, or of plans with neither economics.start nor account.customerSince')
    .option('--currency <code>', 'ISO 4217 code for a what-if and for plans without one (default: config currency, else USD)');
  withEconomicsFlags(breakeven, 'what-if: ');
  breakeven
    .addHelpText(
      'after',
      examples([
        'cro breakeven plans/acme-logistics.yaml',
        'cro breakeven plans/acme-logistics.yaml --schedule --chart',
        'cro breakeven                              # every plan: one row each, totals per currency',
        'cro breakeven --max-months 24              # the CI gate: exit 1 when a plan pays back later or never',
        'cro breakeven --format json --output breakeven.json',
        'cro breakeven --acquisition-cost 84000 --onboarding-cost 12000 --monthly-revenue 9500 --gross-margin 0.78 \\\n      --support-cost 1200 --churn 0.01 --discount-rate 0.1 --start 2026-02-01',
        'cro breakeven --acquisition-cost 8000 --monthly-revenue 1200 --gross-margin 0.78 --chart',
      ]),
    )
    .action(run(async () => {
      const { runBreakEven } = await import('./commands/breakeven/command.js');
      return (paths: string[], flags: object, cio: CommandIO) => runBreakEven(paths, flags, cio);
    }));

  program
    .command('report')
    .summary('the portfolio: coverage, gaps, break-even and ROI of every account')
    .description(
      'The portfolio at a glance: per account its critical-role coverage (as critical-roles and role-backup define it), open ' +
        'errors and warnings, detractors without a win plan, break-even, ROI and renewal; totals per segment and currency (never ' +
        'adding different currencies); and the accounts that need attention first, ranked.\n' +
        'HTML is one self-contained page (no network) with payback charts and a stakeholder map per account; Markdown has a Mermaid map per account.\n' +
        'With no paths, reads the config\'s `plans`, else the current folder. Exits 1 when a plan has error-level findings, like cro check.',
    )
    .argument('[paths...]', 'plan files or folders (searched recursively)')
    .addOption(formatOption(REPORT_FORMATS, 'table'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--as-of <date>', 'date that time-based figures use (YYYY-MM-DD, default today)')
    .addHelpText('after', examples(['cro report', 'cro report --as-of 2026-11-27 --format markdown > report.md', 'cro report --format html --output report.html', 'cro report plans/enterprise --format json']))
    .action(run(async () => {
      const { runReport } = await import('./commands/report/command.js');
      return (paths: string[], flags: object, cio: CommandIO) => runReport(paths, flags, cio);
    }));

  program
    .command('map')
    .summary('draw the stakeholder map of one plan')
    .description(
      'Draw who stands where in one account: Group 1 (renew) and Group 2 (new buy), by role, each person\'s stance ' +
        'by colour and by symbol (++ advocate, + supporter, = neutral, -- detractor, ? unknown), backups as links, ' +
        'and the gaps marked: uncovered and single-threaded critical roles, detractors without a win plan, people who left.',
    )
    .argument('<plan>', 'the plan file')
    .addOption(formatOption(MAP_FORMATS, 'tree'))
    .option('-o, --output <file>', 'write the map to a file instead of stdout')
    .option('--as-of <date>', 'date that decides who has left (YYYY-MM-DD, default today)')
    .addHelpText('after', examples(['cro map plans/acme-logistics.yaml', 'cro map plans/acme-logistics.yaml --format mermaid', 'cro map plans/acme-logistics.yaml --format dot | dot -Tsvg > acme.svg']))
    .action(run(async () => {
      const { runMap } = await import('./commands/map/command.js');
      return (plan: string, flags: object, cio: CommandIO) => runMap(plan, flags, cio);
    }));

  program
    .command('schema')
    .summary('print the JSON Schema of the plan format')
    .description('Print the JSON Schema of the plan format (generated from the validator), for editors and other tools.')
    .option('-o, --output <file>', 'write it to a file instead of stdout')
    .addHelpText('after', examples(['cro schema > plan.schema.json']))
    .action(run(async () => {
      const { runSchema } = await import('./commands/schema/command.js');
      return (flags: object, cio: CommandIO) => runSchema(flags, cio);
    }));

  program
    .command('rules')
    .summary('list the coverage rules and their severity')
    .description('List every rule cro check applies, with the severity in effect after cro.config.yaml (and --rule) and a one-line description.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--rule <id=severity>', 'set a rule to off, warn or error, as cro check does (repeatable)', collect)
    .addHelpText('after', examples(['cro rules', 'cro rules --format json']))
    .action(run(async () => {
      const { runRulesList } = await import('./commands/rules/command.js');
      return (flags: object, cio: CommandIO) => runRulesList(flags, cio);
    }));

  program
    .command('explain')
    .summary('explain a rule, with a passing and a failing example')
    .description('Explain why a rule exists, how to configure it, and show a plan that passes it and one that fails it.')
    .argument('<rule>', 'rule id, as `cro rules` lists it')
    .addHelpText('after', examples(['cro explain role-backup', 'cro explain stale-contact']))
    .action(run(async () => {
      const { runExplain } = await import('./commands/explain/command.js');
      return (id: string, flags: object, cio: CommandIO) => runExplain(id, flags, cio);
    }));

  return program;
}

/** Runs cro with argv and returns the exit code; never throws for a user's mistake. */
export async function main(argv: readonly string[], io?: CommandIO): Promise<number> {
  const streams = io ?? processIO();
  // Before the program is built: its help and commander's errors are in the language too.
  markMessagesFrom(streams.env);
  useLang(startupLang(argv, streams.cwd, streams.env));
  let exitCode = 0;
  const program = buildProgram(streams, (code) => {
    exitCode = code;
  });
  try {
    // `cro` alone is asking what cro does: the help, on stdout (so it pages and pipes), exit 0.
    if (argv.length <= 2) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    return handleError(error, streams);
  }
}

function processIO(): CommandIO {
  return { cwd: process.cwd(), env: process.env, stdout: standardOutput(), stderr: process.stderr, stdinIsTTY: Boolean(process.stdin.isTTY) };
}

export function handleError(error: unknown, io: CommandIO): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2; // commander already printed its one-line message
  }
  const known = error as { name?: string; exitCode?: number; message?: string };
  if (known?.name === 'UsageError') {
    // Usage errors quote paths, flags and config values: one line, whatever they hold.
    io.stderr.write(`cro: ${oneLine(known.message ?? '')}\n`);
    return 2;
  }
  if (known?.name === 'ExitError' && typeof known.exitCode === 'number') return known.exitCode;
  if (known?.name === 'ExitPromptError' || known?.name === 'AbortPromptError') {
    io.stderr.write('cro: interrupted; nothing was written\n');
    return 130;
  }
  io.stderr.write(`cro: internal error: ${known?.message ?? String(error)}\nThis is a bug in cro; please report it with the command you ran.\n`);
  if (io.env.CRO_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  return 2;
}
