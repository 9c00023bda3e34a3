import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { displayPath } from '../../files/discover.js';
import { askPlan } from './ask.js';
import { parseCurrency } from './fields.js';
import { answersFromFlags, type InitFlags } from './flags.js';
import { REPO_SCHEMA_PATH, schemaReference } from './modeline.js';
import { inquirerPrompter, type Prompter } from './prompter.js';
import { EXAMPLE_FILE, exampleAnswers, repoFiles, type RepoFile } from './repo.js';
import { isSlug, slugify } from './slug.js';
import { FileExistsError, pathExists as exists, WriteFailedError, writeFileSafely, writeFilesTogether } from '../../files/write.js';
import { readPlanBytes } from '../../files/read.js';
import { loadPlan } from '../../plan/load.js';
import { planJsonSchema } from '../../plan/json-schema.js';
import { DEFAULT_LANG, DEFAULT_TEMPLATE, listTemplates, loadTemplate, packagedSchemaFile, templatesDir, type LoadedTemplate } from './templates/catalog.js';
import { renderPlan } from './templates/plan.js';
import { TemplateError } from './templates/render.js';
import type { PlanAnswers } from './templates/values.js';
import { todayIso } from '../../util/dates.js';
import { UsageError } from '../../util/errors.js';
import { oneLine } from '../../text/terminal-text.js';
import { VERSION } from '../../version.js';
import { canPrompt, loadCommandConfig, parseCount, type CommandIO } from '../io.js';
import type { Config } from '../../config/load.js';
import { currentLang, messages } from '../../i18n/messages.js';

export type { InitFlags } from './flags.js';

export interface InitDeps {
  /** The prompts; inquirer on the terminal unless a test scripts them. */
  prompter?: () => Promise<Prompter>;
}

export const DEFAULT_MAX_MONTHS = 24;

/** `cro init [account]` and `cro init --repo [dir]`: returns the exit code. */
export async function runInit(account: string | undefined, flags: InitFlags, io: CommandIO, deps: InitDeps = {}): Promise<number> {
  // First, for every path: with the config comes the language of all that follows (and
  // of the template and the repository's files), --lang before the config's `lang`.
  const config = loadCommandConfig(io, flags);
  if (flags.listTemplates) {
    io.stdout.write(formatTemplateList());
    return 0;
  }
  const lang = currentLang();
  if (flags.repo !== undefined && flags.repo !== false) return initRepo(account, flags, io, lang);
  return initPlan(account, flags, io, lang, config, deps);
}

export { canPrompt };

function whyNoPrompt(io: CommandIO, flags: InitFlags): string {
  const t = messages().init;
  if (flags.yes) return t.noPromptWithYes;
  if (!io.stdinIsTTY) return t.noPromptWithoutTerminal;
  return t.noPromptInCi;
}

async function initPlan(account: string | undefined, flags: InitFlags, io: CommandIO, lang: string, config: Config, deps: InitDeps): Promise<number> {
  // Said, not ignored: these shape a repository, and a plan has no use for them.
  const repoOnly = [flags.example ? '--example' : '', flags.maxMonths !== undefined ? '--max-months' : ''].filter(Boolean);
  if (repoOnly.length > 0) {
    throw new UsageError(messages().init.repoOnlyFlags({ flags: repoOnly, example: `${repoOnly[0]}${repoOnly[0] === '--max-months' ? ' 24' : ''}` }));
  }
  // inquirer picks its colours from the environment, not from --no-color.
  if (flags.color === false && io.env === process.env) process.env.NO_COLOR = '1';
  const template = loadTemplate(flags.template ?? DEFAULT_TEMPLATE, lang, io.cwd);
  const t = messages().init;
  const interactive = canPrompt(io, flags);
  const accountName = account?.trim() ?? '';
  if (!interactive && accountName === '') {
    throw new UsageError(t.missingAccount({ why: whyNoPrompt(io, flags) }));
  }
  if (account !== undefined && accountName === '') throw new UsageError(t.emptyAccount);
  if (flags.slug !== undefined && !isSlug(flags.slug)) throw new UsageError(t.badSlug({ slug: flags.slug }));

  const dir = planFolder(flags, io, config.file === null ? undefined : { dir: config.dir, plans: config.data.plans });
  const target = (name: string) => {
    const slug = flags.slug ?? slugify(name);
    if (slug === '') return { file: '', display: '', problem: 'noSlug' as const };
    const file = join(dir, `${slug}.yaml`);
    const display = displayPath(file, io.cwd);
    return { file, display, problem: exists(file) && !flags.force ? ('exists' as const) : undefined };
  };

  let answers: PlanAnswers = answersFromFlags(accountName, flags);
  if (accountName !== '') {
    const first = target(accountName);
    if (first.problem === 'noSlug') throw new UsageError(t.noSlugForName({ name: accountName }));
    if (first.problem === 'exists') throw existsError(first.display);
  }

  if (interactive) {
    // A template that cannot render a valid plan fails now, not after the questions.
    render(template, { ...answers, accountName: accountName || 'Example' }, io, dir);
    const prompter = await (deps.prompter ?? (() => inquirerPrompter(io.stdout)))();
    const asked = await askPlan(prompter, answers, {
      today: today(io),
      defaultCurrency: config.data.currency ?? 'USD',
      accountGiven: accountName !== '',
      templateLabel: template.label,
      target: (name) => {
        const where = target(name);
        if (where.problem === 'noSlug') return { display: '', problem: t.noSlug };
        if (where.problem === 'exists') return { display: where.display, problem: t.fileExists({ file: where.display }) };
        return { display: where.display };
      },
    });
    if (asked === null) {
      io.stderr.write(`cro: ${t.notWritten}\n`);
      return 0;
    }
    answers = asked;
  }

  const where = target(answers.accountName);
  const text = render(template, answers, io, dir);
  // --force over a plan: what it held is said, and on a terminal asked about first.
  const replaced = flags.force ? describeExisting(where.file) : undefined;
  if (replaced !== undefined && interactive) {
    const prompter = await (deps.prompter ?? (() => inquirerPrompter(io.stdout)))();
    if (!(await prompter.confirm({ message: t.confirmReplace({ file: where.display, what: replaced }), default: false }))) {
      io.stderr.write(`cro: ${t.notWritten}\n`);
      return 0;
    }
  }
  try {
    await writeFileSafely(where.file, text, { kind: flags.force ? 'replace' : 'create', makeFolders: true, special: 'refuse' });
  } catch (error) {
    if (error instanceof FileExistsError) throw existsError(where.display);
    throw writeError(where.display, error);
  }
  // The folder may come from --dir, as typed: one inert line on the terminal.
  const shown = oneLine(where.display);
  io.stdout.write(`${replaced === undefined ? t.created({ file: shown }) : t.replacedPlan({ file: shown, what: replaced })}\n`);
  io.stdout.write(`${t.nextForPlan({ command: `cro check ${quoteArg(shown)}` })}\n`);
  return 0;
}

/** What a file about to be replaced holds, in a few words ("262 lines, 10 stakeholders"); undefined when there is none. */
function describeExisting(file: string): string | undefined {
  if (!exists(file)) return undefined;
  const read = readPlanBytes(file);
  const t = messages().init;
  if (!read.ok) return t.describeUnreadable;
  const text = Buffer.from(read.bytes).toString('utf8');
  const lines = text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  const people = loadPlan(read.bytes, { explicit: true })?.plan?.stakeholders?.length;
  return people === undefined ? t.describeLines({ lines }) : t.describeLinesAndPeople({ lines, people });
}

function render(template: LoadedTemplate, answers: PlanAnswers, io: CommandIO, dir: string, schema?: string): string {
  try {
    return renderPlan(template.source, answers, { today: today(io), schemaReference: schema ?? schemaReference(dir, packagedSchemaFile()) }).text;
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(messages().init.templateProblem({ template: template.label, problem: error.message }));
    throw error;
  }
}

/** `--dir`, else the config's first plans folder (relative to the config file), else the current folder. */
export function planFolder(flags: Pick<InitFlags, "dir">, io: CommandIO, config: { dir: string; plans: string | string[] | undefined } | undefined): string {
  if (flags.dir !== undefined) return resolve(io.cwd, flags.dir);
  const plans = config?.plans;
  if (config && plans !== undefined) {
    const folders = (Array.isArray(plans) ? plans : [plans]).filter((p) => !/\.ya?ml$/i.test(p));
    if (folders.length > 0) return resolve(config.dir, folders[0]!);
  }
  return io.cwd;
}

function existsError(display: string): UsageError {
  return new UsageError(messages().init.planExists({ file: display }));
}

function writeError(display: string, error: unknown): Error {
  if (error instanceof WriteFailedError) return new UsageError(`${display}: ${error.reason}`);
  return error as Error;
}

async function initRepo(account: string | undefined, flags: InitFlags, io: CommandIO, lang: string): Promise<number> {
  const t = messages().init;
  if (account !== undefined) throw new UsageError(t.repoTakesNoAccount({ account }));
  const root = resolve(io.cwd, typeof flags.repo === 'string' ? flags.repo : '.');
  const shown = displayPath(root, io.cwd);
  if (exists(root) && !isFolder(root)) throw new UsageError(t.repoFileInTheWay({ dir: shown }));
  const maxMonths = flags.maxMonths === undefined ? DEFAULT_MAX_MONTHS : parseCount('--max-months', flags.maxMonths);
  let currency = 'USD';
  if (flags.currency !== undefined) {
    const parsed = parseCurrency(flags.currency);
    if (!parsed.ok) throw new UsageError(`--currency ${flags.currency}: ${parsed.message}`);
    currency = parsed.value;
  }

  let example: { file: string; text: string } | undefined;
  if (flags.example) {
    const template = loadTemplate(flags.template ?? DEFAULT_TEMPLATE, lang, io.cwd);
    const answers = { ...exampleAnswers(today(io)), currency };
    // The same file name in every language: the README and the docs name it.
    example = { file: EXAMPLE_FILE, text: render(template, answers, io, join(root, 'plans'), `../${REPO_SCHEMA_PATH}`) };
  }
  const repo = join(templatesDir(), 'repo');
  // Each file in the language in use (README.tr.md beside README.md), else the English one.
  const source = (name: string) => {
    const dot = name.lastIndexOf('.');
    const translated = dot > 0 ? `${name.slice(0, dot)}.${lang}${name.slice(dot)}` : `${name}.${lang}`;
    return readFileSync(join(repo, lang !== DEFAULT_LANG && exists(join(repo, translated)) ? translated : name), 'utf8');
  };
  const files = repoFiles(
    { config: source('cro.config.yaml'), workflow: source('workflow.yml'), gitignore: source('gitignore'), readme: source('README.md') },
    { currency, maxMonths, version: VERSION, schema: `${JSON.stringify(planJsonSchema(), null, 2)}\n`, ...(example ? { example } : {}) },
  );

  const existing = files.filter((f) => exists(join(root, f.path)));
  if (existing.length > 0 && !flags.force) {
    throw new UsageError(t.repoHasFiles({ dir: shown, files: existing.map((f) => f.path) }));
  }
  await writeRepoFiles(root, files, Boolean(flags.force), io);
  const cd = shown === '.' ? '' : `  cd ${quoteArg(shown)}\n`;
  io.stdout.write(
    `\n${t.nextSteps}\n${cd}  git init && git add . && git commit -m ${quoteArg(t.firstCommit)}\n  cro init ${quoteArg(t.firstCustomer)}\n  cro check\n${t.keepPrivate}\n`,
  );
  return 0;
}

/** Every file of the repository or none: a full disk half-way leaves nothing half-made. */
async function writeRepoFiles(root: string, files: readonly RepoFile[], force: boolean, io: CommandIO): Promise<void> {
  const targets = files.map((file) => {
    const target = join(root, ...file.path.split('/'));
    return { file, target, display: displayPath(target, io.cwd), existed: exists(target) };
  });
  try {
    await writeFilesTogether(targets.map(({ file, target }) => ({ target, content: file.content, options: { kind: force ? 'replace' : 'create', makeFolders: true, special: 'refuse' } })));
  } catch (error) {
    const failed = targets.find((t) => (error as { file?: string }).file === t.target);
    const display = failed?.display ?? displayPath(root, io.cwd);
    if (error instanceof FileExistsError) throw new UsageError(messages().init.repoFileExists({ file: display }));
    if (error instanceof WriteFailedError) throw new UsageError(messages().init.repoWriteFailed({ file: display, reason: error.reason }));
    throw error;
  }
  const t = messages().init;
  for (const { display, existed } of targets) io.stdout.write(`${(existed ? t.replaced : t.created)({ file: oneLine(display) })}\n`);
}

function formatTemplateList(): string {
  const t = messages().init;
  const templates = listTemplates();
  const names = [...new Set(templates.map((t) => t.name))];
  const width = Math.max(...names.map((n) => n.length)) + 2;
  const rows = names.map((name) => {
    const variants = templates.filter((t) => t.name === name);
    // Each template says what it is in its own language: the reader's, where there is one.
    const description = (variants.find((v) => v.lang === currentLang()) ?? variants.find((v) => v.lang === DEFAULT_LANG) ?? variants[0]!).description;
    return `  ${name.padEnd(width)}${variants.map((v) => v.lang).join(', ').padEnd(8)}${description}`;
  });
  return [
    t.templatesHeading,
    ...rows,
    '',
    t.templatesDefault({ template: DEFAULT_TEMPLATE, lang: currentLang() }),
    t.templatesReadme({ file: join(templatesDir(), 'README.md') }),
    '',
  ].join('\n');
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function today(io: CommandIO): string {
  return (io.today ?? todayIso)();
}

/** Quotes a path for the "next" hint when a shell would split it. */
function quoteArg(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : `"${path.replace(/(["\\$`])/g, '\\$1')}"`;
}
