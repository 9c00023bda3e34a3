import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { AGENDA_FORMATS, BREAKEVEN_FORMATS, CHECK_FORMAT_NAMES, DIFF_FAIL_ON, DIFF_FORMATS, EDIT_FORMATS, HISTORY_FORMATS, IMPORT_FORMATS, IMPORT_PRESETS, MAP_FORMATS, REPORT_FORMATS } from './format-names.js';
import { didYouMean } from './util/suggest.js';
import type { CommandIO } from './commands/io.js';
import { oneLine } from './text/terminal-text.js';
import { ECONOMICS_FIELDS, economicsHelp } from './economics/fields.js';
import { LANGS } from './i18n/lang.js';
import { standardOutput } from './util/standard-output.js';
import { VERSION } from './version.js';
import { markMessagesFrom, messages, useLang } from './i18n/messages.js';
import { startupLang } from './startup-lang.js';

/*
 * The table of contents of cro: every command, its flags and examples. Each action
 * imports its implementation only when it runs, so `cro --help` loads nothing heavy.
 */

/** Where the comment of an example starts, so that the comments of a list line up. */
const COMMENT_COLUMN = 43;

/** The examples after a command's help: a command line, or one with a comment from the catalog. */
function examples(lines: Array<string | [command: string, comment: string]>): string {
  const shown = lines.map((line) => (typeof line === 'string' ? line : `${line[0].padEnd(COMMENT_COLUMN - 2)}  # ${line[1]}`));
  return `\n${messages().cli.headings.examples}\n${shown.map((l) => `  $ ${l}`).join('\n')}\n`;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * An option that takes one of a few names: listed in the help, and a name that is not one
 * of them answered with the nearest (`--format stylsh`: did you mean "stylish"?).
 */
function choiceOption(flags: string, description: string, names: readonly string[], fallback?: string): Option {
  const option = new Option(flags, description).choices(names).argParser((value: string) => {
    if (names.includes(value)) return value;
    throw new InvalidArgumentError(`${messages().cli.parse.allowedChoices({ choices: names.join(', ') })}${didYouMean(value, names)}`);
  });
  return fallback === undefined ? option : option.default(fallback);
}

/** `-f, --format` with a command's format names. */
function formatOption(names: readonly string[], fallback: string): Option {
  return choiceOption(`-f, --format <${messages().cli.words.format}>`, messages().cli.format, names, fallback);
}

/** The economics flags of `init` and `breakeven`, from the one table of the economics fields. */
function withEconomicsFlags(command: Command, describe: (help: string) => string): void {
  const words = messages().cli.words;
  for (const field of ECONOMICS_FIELDS) command.option(`${field.flag} <${field.kind === 'money' ? words.amount : words.fraction}>`, describe(economicsHelp(field)));
}

/**
 * Commander's help in the language in use. Its headings and the words of its usage lines
 * (`[options]`, `[command]`) are its own; they are looked up here by what commander
 * passes (Help.styleTitle is called with 'Usage:', 'Options:', …), and what it adds after
 * an option's description is written here as commander writes it, in our words.
 */
function helpInLanguage(): Partial<Help> {
  const t = messages().cli;
  const headings: Record<string, string> = {
    'Usage:': t.headings.usage,
    'Arguments:': t.headings.arguments,
    'Options:': t.headings.options,
    'Global Options:': t.headings.globalOptions,
    'Commands:': t.headings.commands,
  };
  const usageWords: Record<string, string> = { '[options]': `[${t.words.options}]`, '[command]': `[${t.words.command}]` };
  const inWords = (usage: string) => usage.split(' ').map((word) => usageWords[word] ?? word).join(' ');
  return {
    styleTitle: (title) => headings[title] ?? title,
    commandUsage(cmd) {
      return inWords(Help.prototype.commandUsage.call(this, cmd));
    },
    // The list of commands names each with its arguments, as git's does: every command has
    // options, and `[options]` on each line made the column too wide for the summaries to wrap.
    subcommandTerm(cmd) {
      return inWords(Help.prototype.subcommandTerm.call(this, cmd).replace(' [options]', ''));
    },
    // cro's options use choices and defaults only (no presets, no environment variables).
    optionDescription(option) {
      const extra: string[] = [];
      if (option.argChoices) extra.push(t.choices({ values: option.argChoices.map((choice) => JSON.stringify(choice)).join(', ') }));
      const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (option.defaultValue !== undefined && showDefault) extra.push(t.default({ value: option.defaultValueDescription || JSON.stringify(option.defaultValue) }));
      if (extra.length === 0) return option.description;
      return option.description ? `${option.description} (${extra.join(', ')})` : `(${extra.join(', ')})`;
    },
  };
}

/**
 * Commander's error, one line in the language in use. Commander writes its errors in
 * English only; each one cro can meet is recognised by its wording and said again with
 * what it quotes. One that is not recognised is left as commander wrote it.
 */
export function commanderErrorInLanguage(text: string, group?: { command: string; subcommands: readonly string[] }): string {
  const says = messages().cli.parse;
  let message = text.replace(/^error: /, '').trimEnd();
  let suggestion = '';
  const hint = /\n\(Did you mean (one of )?(.*)\?\)$/.exec(message);
  if (hint) {
    message = message.slice(0, hint.index);
    suggestion = hint[1] ? says.didYouMeanOneOf({ suggestions: hint[2]! }) : says.didYouMean({ suggestion: hint[2]! });
  }
  const patterns: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/^unknown option '(.*)'$/s, (m) => says.unknownOption({ option: m[1]! })],
    [/^unknown command '(.*)'$/s, (m) => says.unknownCommand({ command: m[1]! })],
    [/^missing required argument '(.*)'$/s, (m) => says.missingArgument({ name: m[1]! })],
    [/^option '(.*)' argument missing$/s, (m) => says.missingOptionValue({ option: m[1]! })],
    [/^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s, (m) => says.tooManyArguments({ command: m[1], expected: Number(m[2]), received: Number(m[3]) })],
    [/^option '(.*?)' argument '(.*)' is invalid\. (.*)$/s, (m) => says.invalidOptionValue({ option: m[1]!, value: m[2]!, reason: m[3]! })],
  ];
  for (const [pattern, say] of patterns) {
    const match = pattern.exec(message);
    if (!match) continue;
    // Under a command of subcommands (`cro stakeholder foo`), the subcommands it has.
    const takes = group && pattern === patterns[1]![0] ? says.subcommandsOf({ command: group.command, subcommands: group.subcommands }) : '';
    return `${say(match)}${suggestion}${takes}`;
  }
  return `${message}${suggestion}`;
}

export function buildProgram(io: CommandIO, setExitCode: (code: number) => void): Command {
  const t = messages().cli;
  const w = t.words;
  // `--owner` and `--segment` of the commands that read many plans (SPEC §10).
  const pick = messages().agenda.selection;
  const program = new Command('cro')
    // Before any command is added: commands copy the help and output settings of their parent.
    .configureHelp(helpInLanguage())
    .helpOption('-h, --help', t.helpOption)
    .helpCommand(`help [${w.command}]`, t.helpCommand)
    .description(t.program.description)
    .version(VERSION, '-V, --version', t.versionOption)
    .option('--no-color', t.program.noColor)
    .option(`--config <${w.file}>`, t.program.config)
    .addOption(choiceOption(`--lang <${w.language}>`, t.program.lang, LANGS))
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // One line, as every usage error (commander puts its suggestion on a second line).
      // It quotes what was typed, which may hold escape sequences: one inert line.
      outputError: (text, write) => write(`cro: ${oneLine(commanderErrorInLanguage(text))}\n`),
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
    .summary(t.init.summary)
    .description(t.init.description)
    .argument(`[${w.account}]`, t.init.account)
    .option(`-t, --template <${w.templateName}>`, t.init.template, 'trust-enablement')
    .option('--list-templates', t.init.listTemplates)
    .option(`-d, --dir <${w.folder}>`, t.init.dir)
    .option(`--slug <${w.slug}>`, t.init.slug)
    .option('-f, --force', t.init.force)
    .option('-y, --yes', t.init.yes)
    .option(`--segment <${w.text}>`, t.init.segment)
    .option(`--owner <${w.name}>`, t.init.owner)
    .option(`--customer-since <${w.date}>`, t.init.customerSince)
    .option(`--renewal-date <${w.date}>`, t.init.renewalDate)
    .option(`--currency <${w.code}>`, t.init.currency)
    .option(`--sales <${w.name}>`, t.init.sales, collect)
    .option(`--marketing <${w.name}>`, t.init.marketing, collect)
    .option(`--customer-success <${w.name}>`, t.init.customerSuccess, collect)
    .option(`--stakeholder <${w.spec}>`, t.init.stakeholder, collect)
    .option(`--renew-message <${w.text}>`, t.init.renewMessage)
    .option(`--new-buy-message <${w.text}>`, t.init.newBuyMessage)
    .option(`--renewal-requirement <${w.text}>`, t.init.renewalRequirement, collect)
    .option(`--renewal-risk <${w.text}>`, t.init.renewalRisk, collect);
  withEconomicsFlags(init, (help) => help);
  init
    .option(`--repo [${w.dir}]`, t.init.repo)
    .option('--example', t.init.example)
    .option('--max-months <n>', t.init.maxMonths)
    .addHelpText(
      'after',
      examples([
        ['cro init', t.init.exampleAsks],
        ['cro init "Acme / Lojistik A.Ş." --lang tr', t.init.exampleTurkish],
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
    .summary(t.check.summary)
    .description(t.check.description)
    .argument(`[${w.paths}...]`, t.paths)
    .addOption(formatOption(CHECK_FORMAT_NAMES, 'stylish'))
    .option(`-o, --output <${w.file}>`, t.check.output)
    .option(`--as-of <${w.date}>`, t.check.asOf)
    .option(`--rule <${w.ruleSetting}>`, t.check.rule, collect)
    .option('-q, --quiet', t.check.quiet)
    .option('--max-warnings <n>', t.check.maxWarnings)
    .option('--cache', t.check.cache)
    .option(`--cache-location <${w.file}>`, t.check.cacheLocation)
    .option(`--changed-since <${w.gitRef}>`, t.check.changedSince)
    .option(`--baseline <${w.file}>`, messages().adopt.help.baseline)
    .option('--no-baseline', messages().adopt.help.noBaseline)
    .option(`--baseline-write <${w.file}>`, messages().adopt.help.baselineWrite)
    .option('--baseline-prune', messages().adopt.help.baselinePrune)
    .option('--no-coverage', messages().agenda.check.noCoverage)
    .option(`--owner <${w.name}>`, pick.owner)
    .option(`--segment <${w.text}>`, pick.segment)
    .addHelpText('after', examples(['cro check', 'cro check plans/acme.yaml --as-of 2026-11-27', 'cro check --format github', 'cro check --format sarif --output cro.sarif', 'cro check --rule okrs=off --max-warnings 10', 'cro check --cache', 'cro check --changed-since origin/main --format github', 'cro check --baseline-write cro-baseline.json', 'cro check --baseline cro-baseline.json --baseline-prune', 'cro check --format gitlab --output gl-code-quality-report.json']))
    .action(run(async () => {
      const { runCheck } = await import('./commands/check/command.js');
      return (paths: string[], flags: object, cio: CommandIO) => runCheck(paths, flags, cio);
    }));

  const breakeven = program
    .command('breakeven')
    .summary(t.breakeven.summary)
    .description(t.breakeven.description)
    .argument(`[${w.paths}...]`, t.paths)
    .addOption(formatOption(BREAKEVEN_FORMATS, 'table'))
    .option(`-o, --output <${w.file}>`, t.breakeven.output)
    .option('--schedule', t.breakeven.schedule)
    .option('--chart', t.breakeven.chart)
    .option(`--as-of <${w.date}>`, t.breakeven.asOf)
    .option(`--horizon <${w.months}>`, t.breakeven.horizon)
    .option('--max-months <n>', t.breakeven.maxMonths)
    .option(`--start <${w.date}>`, t.breakeven.start)
    .option(`--currency <${w.code}>`, t.breakeven.currency)
    .option(`--owner <${w.name}>`, pick.owner)
    .option(`--segment <${w.text}>`, pick.segment);
  withEconomicsFlags(breakeven, (help) => t.breakeven.whatIf({ help }));
  breakeven
    .addHelpText(
      'after',
      examples([
        'cro breakeven plans/acme-logistics.yaml',
        'cro breakeven plans/acme-logistics.yaml --schedule --chart',
        ['cro breakeven', t.breakeven.exampleEveryPlan],
        ['cro breakeven --max-months 24', t.breakeven.exampleGate],
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
    .summary(t.report.summary)
    .description(t.report.description)
    .argument(`[${w.paths}...]`, t.paths)
    .addOption(formatOption(REPORT_FORMATS, 'table'))
    .option(`-o, --output <${w.file}>`, t.report.output)
    .option(`--as-of <${w.date}>`, t.report.asOf)
    .option(`--owner <${w.name}>`, pick.owner)
    .option(`--segment <${w.text}>`, pick.segment)
    .addHelpText('after', examples(['cro report', 'cro report --as-of 2026-11-27 --format markdown > report.md', 'cro report --format html --output report.html', 'cro report plans/enterprise --format json']))
    .action(run(async () => {
      const { runReport } = await import('./commands/report/command.js');
      return (paths: string[], flags: object, cio: CommandIO) => runReport(paths, flags, cio);
    }));

  program
    .command('map')
    .summary(t.map.summary)
    .description(t.map.description)
    .argument(`<${w.plan}>`, t.map.plan)
    .addOption(formatOption(MAP_FORMATS, 'tree'))
    .option(`-o, --output <${w.file}>`, t.map.output)
    .option(`--as-of <${w.date}>`, t.map.asOf)
    .option(`--owner <${w.name}>`, pick.mapOwner)
    .option(`--segment <${w.text}>`, pick.mapSegment)
    .addHelpText('after', examples(['cro map plans/acme-logistics.yaml', 'cro map acme --format mermaid', 'cro map plans/acme-logistics.yaml --format dot | dot -Tsvg > acme.svg', 'cro map plans --owner "Jane Doe"']))
    .action(run(async () => {
      const { runMap } = await import('./commands/map/command.js');
      return (plan: string, flags: object, cio: CommandIO) => runMap(plan, flags, cio);
    }));

  const ag = messages().agenda.cli;
  program
    .command('agenda')
    .summary(ag.summary)
    .description(ag.description)
    .argument(`[${w.paths}...]`, t.paths)
    .addOption(formatOption(AGENDA_FORMATS, 'text'))
    .option(`-o, --output <${w.file}>`, ag.output)
    .option(`--as-of <${w.date}>`, ag.asOf)
    .option(`--owner <${w.name}>`, ag.owner)
    .option(`--segment <${w.text}>`, ag.segment)
    .option('--within <n>', ag.within)
    .addHelpText(
      'after',
      examples([
        'cro agenda',
        ['cro agenda --owner "Ali Kaya" --within 7', ag.exampleWeek],
        ['cro agenda --format ics --output agenda.ics', ag.exampleCalendar],
        ['cro agenda --segment enterprise --within 30 --format markdown', ag.exampleMail],
        'cro agenda plans/acme-logistics.yaml --as-of 2026-11-27 --format json',
      ]),
    )
    .action(run(async () => {
      const { runAgenda } = await import('./commands/agenda/command.js');
      return (paths: string[], flags: object, cio: CommandIO) => runAgenda(paths, flags, cio);
    }));

  program
    .command('schema')
    .summary(t.schema.summary)
    .description(t.schema.description)
    .option(`-o, --output <${w.file}>`, t.schema.output)
    .addHelpText('after', examples(['cro schema > plan.schema.json']))
    .action(run(async () => {
      const { runSchema } = await import('./commands/schema/command.js');
      return (flags: object, cio: CommandIO) => runSchema(flags, cio);
    }));

  program
    .command('rules')
    .summary(t.rules.summary)
    .description(t.rules.description)
    .addOption(formatOption(['table', 'json'], 'table'))
    .option(`--rule <${w.ruleSetting}>`, t.rules.rule, collect)
    .addHelpText('after', examples(['cro rules', 'cro rules --format json']))
    .action(run(async () => {
      const { runRulesList } = await import('./commands/rules/command.js');
      return (flags: object, cio: CommandIO) => runRulesList(flags, cio);
    }));

  program
    .command('explain')
    .summary(t.explain.summary)
    .description(t.explain.description)
    .argument(`<${w.rule}>`, t.explain.rule)
    .addHelpText('after', examples(['cro explain role-backup', 'cro explain stale-contact']))
    .action(run(async () => {
      const { runExplain } = await import('./commands/explain/command.js');
      return (id: string, flags: object, cio: CommandIO) => runExplain(id, flags, cio);
    }));

  const d = messages().diff;
  program
    .command('diff')
    .summary(d.summary)
    .description(d.description)
    // One list: the first may be a revision or range (range.ts tells). The usage line says so;
    // the command list keeps the width of the others.
    .argument(`[${w.paths}...]`, d.range)
    .usage(`[${w.options}] [${w.gitRef}[..${w.gitRef}]] [${w.paths}...]`)
    .addOption(formatOption(DIFF_FORMATS, 'text'))
    .option(`-o, --output <${w.file}>`, d.output)
    .option(`--since <${w.date}>`, d.since)
    .addOption(choiceOption(`--fail-on <${w.text}>`, d.failOn, DIFF_FAIL_ON))
    .option(`--as-of <${w.date}>`, d.asOf)
    .addHelpText(
      'after',
      examples([
        ['cro diff', d.exampleUncommitted],
        ['cro diff origin/main...HEAD --format markdown', d.examplePullRequest],
        ['cro diff --since 2026-09-30', d.exampleQuarter],
        ['cro diff origin/main...HEAD --fail-on regression', d.exampleGate],
        'cro diff v1.0..v1.1 plans/acme-logistics.yaml --format json',
      ]),
    )
    .action(run(async () => {
      const { runDiff } = await import('./commands/diff/command.js');
      return (args: string[], flags: object, cio: CommandIO) => runDiff(args, flags, cio);
    }));

  const h = messages().history;
  program
    .command('history')
    .summary(h.summary)
    .description(h.description)
    .argument(`[${w.paths}...]`, t.paths)
    .addOption(formatOption(HISTORY_FORMATS, 'text'))
    .option(`-o, --output <${w.file}>`, h.output)
    .option(`--since <${w.date}>`, h.since)
    .addHelpText(
      'after',
      examples([
        'cro history',
        ['cro history plans/acme-logistics.yaml', h.exampleOne],
        'cro history --since 2026-01-01 --format markdown',
        ['cro history --format html --output history.html', h.exampleHtml],
      ]),
    )
    .action(run(async () => {
      const { runHistory } = await import('./commands/history/command.js');
      return (paths: string[], flags: object, cio: CommandIO) => runHistory(paths, flags, cio);
    }));

  // The commands that edit a plan (SPEC §7): one bundle, dist/edit.cjs.
  const e = messages().edit.help;
  const a = messages().edit.args;
  const editOptions = (command: Command) =>
    command
      .option('--dry-run', e.dryRun)
      .addOption(choiceOption(`-f, --format <${w.format}>`, e.format, EDIT_FORMATS, 'text'))
      .option(`--as-of <${w.date}>`, e.asOf)
      .option('-y, --yes', e.yes);
  const edit = (name: keyof typeof import('./commands/edit/command.js')) =>
    run(async () => {
      const module = await import('./commands/edit/command.js');
      return module[name] as unknown as (...args: never[]) => Promise<number>;
    });

  editOptions(
    program
      .command('contact')
      .summary(e.contact.summary)
      .description(e.contact.description)
      .argument(`[${a.plan}]`, e.contact.plan)
      .argument(`[${a.person}...]`, e.contact.people)
      .option(`--on <${w.date}>`, e.contact.on)
      .option('--force', e.contact.force),
  )
    .addHelpText('after', examples([['cro contact acme maria', e.contact.exampleToday], ['cro contact acme maria "Dana Whitaker" --on 2026-11-27', e.contact.exampleTwo], 'cro contact plans/acme.yaml tom --dry-run']))
    .action(edit('runContact'));

  editOptions(
    program
      .command('left')
      .summary(e.left.summary)
      .description(e.left.description)
      .argument(`[${a.plan}]`, e.contact.plan)
      .argument(`[${a.person}]`, e.left.person)
      .option(`--on <${w.date}>`, e.left.on)
      .option(`--successor <${a.person}>`, e.left.successor)
      .option('--force', e.left.force),
  )
    .addHelpText('after', examples(['cro left acme dana --on 2026-11-30 --successor tom', 'cro left "Acme Logistics" "Dana Whitaker"']))
    .action(edit('runLeft'));

  const stakeholder = program
    .command('stakeholder')
    .summary(e.stakeholder.summary)
    .description(e.stakeholder.summary)
    .addHelpText('after', examples(['cro stakeholder add acme "Lena Park; roles=end-user; group=new-buy"', 'cro stakeholder set acme dana roles=+procurement stance=advocate']));
  editOptions(
    stakeholder
      .command('add')
      .summary(e.stakeholder.add.summary)
      .description(e.stakeholder.add.description)
      .argument(`[${a.plan}]`, e.contact.plan)
      .argument(`[${a.spec}]`, e.stakeholder.add.spec),
  )
    .addHelpText('after', examples(['cro stakeholder add acme "Lena Park; roles=end-user; group=new-buy"', 'cro stakeholder add acme "Tom Berg; title=IT Lead; roles=administrator; stance=supporter; backup=dana; email=tom@acme.example"']))
    .action(edit('runStakeholderAdd'));
  editOptions(
    stakeholder
      .command('set')
      .summary(e.stakeholder.set.summary)
      .description(e.stakeholder.set.description)
      .argument(`[${a.plan}]`, e.contact.plan)
      .argument(`[${a.person}]`, e.stakeholder.set.person)
      .argument(`[${a.assignment}...]`, e.stakeholder.set.assignments),
  )
    .addHelpText('after', examples(['cro stakeholder set acme maria stance=advocate referrer=true', 'cro stakeholder set acme dana roles=+administrator roles=-end-user', 'cro stakeholder set acme omar objection.kind=competitor winPlan.owner="Ali Kaya" winPlan.due=2026-12-15']))
    .action(edit('runStakeholderSet'));
  // `cro stakeholder foo`: a usage error (exit 2) naming add and set, with the nearest, as `cro foo` names the nearest command.
  const stakeholderOutput = stakeholder.configureOutput();
  stakeholder.configureOutput({
    ...stakeholderOutput,
    outputError: (text, write) =>
      write(`cro: ${oneLine(commanderErrorInLanguage(text, { command: 'cro stakeholder', subcommands: stakeholder.commands.map((c) => c.name()).filter((name) => name !== 'help') }))}\n`),
  });

  editOptions(
    program
      .command('review')
      .summary(e.review.summary)
      .description(e.review.description)
      .argument(`[${a.plan}]`, e.contact.plan)
      .argument(`[${a.milestone}]`, e.review.milestone)
      .option(`--date <${w.date}>`, e.review.date)
      .option(`--perspectives <${w.text}>`, e.review.perspectives)
      .option(`--notes <${w.text}>`, e.review.notes)
      .option(`--done <${w.date}>`, e.review.done)
      .option('--force', e.review.force),
  )
    .addHelpText('after', examples(['cro review acme "Go-live" --done 2026-04-10', 'cro review acme go-live --date 2026-04-15 --perspectives customer,sales --notes "Admins want SSO"']))
    .action(edit('runReview'));

  editOptions(
    program
      .command('set')
      .summary(e.set.summary)
      .description(e.set.description)
      .argument(`[${a.plan}]`, e.contact.plan)
      .argument(`[${a.key}]`, e.set.key)
      .argument(`[${a.value}]`, e.set.value),
  )
    .addHelpText('after', examples(['cro set acme account.renewalDate 2027-02-01', 'cro set acme economics.monthlyRevenue 9500', 'cro set acme economics.grossMargin 78%', 'cro set acme messages.renew "Here is the proof of the outcomes you bought"']))
    .action(edit('runSet'));

  editOptions(
    program
      .command('reassign')
      .summary(e.reassign.summary)
      .description(e.reassign.description)
      .argument(`<${a.oldName}>`, e.reassign.oldName)
      .argument(`<${a.newName}>`, e.reassign.newName)
      .argument(`[${w.paths}...]`, e.reassign.paths),
  )
    .addHelpText('after', examples(['cro reassign "Ali Kaya" "Ece Demir"', 'cro reassign "Ali Kaya" "Ece Demir" plans/enterprise --dry-run']))
    .action(edit('runReassign'));

  // cro import (SPEC §8): people from a CRM export; dist/import.cjs.
  const im = messages().import.help;
  program
    .command('import')
    .summary(im.summary)
    .description(im.description)
    .argument(`<${w.file}>`, im.file)
    .addOption(choiceOption(`--preset <${w.name}>`, im.preset, IMPORT_PRESETS))
    .option(`--map <${w.text}>`, im.map, collect)
    .option(`--plan <${a.plan}>`, im.plan)
    .option('--create', im.create)
    .addOption(choiceOption(`--group <${w.name}>`, im.group, ['renew', 'new-buy']))
    .option(`--encoding <${w.name}>`, im.encoding)
    .option(`--delimiter <${w.text}>`, im.delimiter)
    .option(`--date-format <${w.text}>`, im.dateFormat)
    .option('--skip-bad-rows', im.skipBadRows)
    .option('--dry-run', im.dryRun)
    .addOption(choiceOption(`-f, --format <${w.format}>`, im.format, IMPORT_FORMATS, 'text'))
    .addHelpText(
      'after',
      examples([
        ['cro import hubspot-contacts.csv --dry-run', im.exampleHubspot],
        ['cro import salesforce-contacts.csv --create', im.exampleSalesforce],
        ['cro import people.csv --preset generic --map "Company=account" --map "Full name=name" --map "Last call=lastContact" --date-format DD/MM/YYYY', im.exampleGeneric],
        ['cro import kisiler.csv --encoding windows-1254 --plan acme --date-format "DD.MM.YYYY hh:mm"', im.exampleTurkish],
      ]),
    )
    .action(run(async () => {
      const { runImport } = await import('./commands/import/command.js');
      return (file: string, flags: object, cio: CommandIO) => runImport(file, flags, cio);
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
    io.stderr.write(`cro: ${messages().cli.interrupted}\n`);
    return 130;
  }
  io.stderr.write(`cro: ${messages().cli.internalError({ message: known?.message ?? String(error) })}\n${messages().cli.reportBug}\n`);
  if (io.env.CRO_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  return 2;
}
