import { dirname, resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { loadConfig, type Config } from '../config/load.js';
import { discoverPlanFiles, type PlanFileRef } from '../files/discover.js';
import { colorLevel, makeChalk } from '../util/color.js';
import { isCalendarDate, todayIso } from '../util/dates.js';
import type { PlanSelection } from '../check/selection.js';
import { oneLine } from '../text/terminal-text.js';
import { UsageError } from '../util/errors.js';
import { writeInChunks } from '../util/chunked-output.js';
import { readPlanBytes } from '../files/read.js';
import { fileIdentity, pathExists, sameFile, whyNotWritten, WriteFailedError, writeFileSafely } from '../files/write.js';
import { resolveLang } from '../i18n/lang.js';
import { markMessagesFrom, messages, useLang } from '../i18n/messages.js';

/** The edges a command touches; tests pass their own to run commands in-process. */
export interface CommandIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Receives text, or chunks of UTF-8 (a large report): `String(chunk)` reads either. */
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdinIsTTY: boolean;
  today?: () => string;
}


/** The width of the terminal the output goes to, or undefined for a file or a pipe (which get the whole table). */
export function terminalWidth(io: CommandIO, output: string | undefined): number | undefined {
  const columns = io.stdout.columns;
  return output === undefined && io.stdout.isTTY && typeof columns === 'number' && columns > 0 ? columns : undefined;
}

/** No prompt ever appears without a terminal, in CI (`CI` set, as CI services do), or with `--yes`. */
export function canPrompt(io: CommandIO, flags: { yes?: boolean }): boolean {
  const ci = io.env.CI;
  const inCi = ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
  return io.stdinIsTTY && !inCi && !flags.yes;
}

/** Options every command accepts (SPEC §4). */
export interface GlobalFlags {
  color?: boolean;
  config?: string;
  /** `--lang`: checked by commander to be a language. */
  lang?: string;
}

/** The config, and with it the language of everything the command writes (SPEC §11). */
export function loadCommandConfig(io: CommandIO, flags: GlobalFlags): Config {
  const config = loadConfig(flags.config, io.cwd);
  // In dist/ each command is a bundle with its own copy of i18n/messages.ts: cli.ts's
  // settings do not reach it, so the marking of messages (tests) is read here too.
  markMessagesFrom(io.env);
  useLang(resolveLang({ flag: flags.lang, config: config.data.lang, env: io.env }));
  return config;
}


/** Colours for a stream: off for `--no-color`, `NO_COLOR`, pipes and files; `FORCE_COLOR` forces them. */
export function chalkFor(io: CommandIO, flags: GlobalFlags, stream: 'stdout' | 'stderr' = 'stdout', toFile = false): Promise<ChalkInstance> {
  // A file never gets colour codes, whatever FORCE_COLOR says: it is read later, elsewhere.
  if (toFile) return makeChalk(0);
  return makeChalk(colorLevel({ noColorFlag: flags.color === false, env: io.env, isTTY: Boolean(io[stream].isTTY) }));
}

export function resolveAsOf(value: string | undefined, io: CommandIO): string {
  if (value === undefined) return (io.today ?? todayIso)();
  if (!isCalendarDate(value)) throw new UsageError(messages().errors.asOfNotDate({ value }));
  return value;
}

/** Paths to read: those given, else the config's `plans` (relative to the config file), else the current folder. */
export function planPaths(given: readonly string[], config: Config): string[] {
  if (given.length > 0) return [...given];
  const plans = config.data.plans;
  if (plans === undefined) return ['.'];
  return (Array.isArray(plans) ? plans : [plans]).map((p) => resolve(config.dir, p));
}

/**
 * The plan files a command reads: the paths given, else the config's `plans`. A missing
 * folder named in the config is reported at its line in the config, where it is fixed.
 */
export function findPlanFiles(given: readonly string[], config: Config, io: CommandIO): PlanFileRef[] {
  try {
    return discoverPlanFiles(planPaths(given, config), io.cwd);
  } catch (error) {
    if (given.length > 0 || config.data.plans === undefined || !(error instanceof UsageError)) throw error;
    throw new UsageError(`${config.where(['plans'])}: plans: ${error.message.replace(/^\/\S*?: /, '')}: ${String(config.data.plans)}`);
  }
}

/**
 * The note for a run that read no plan: none found where it looked, or (with `--owner` /
 * `--segment`) none of those found chosen, which is a different thing to fix.
 */
export function noPlansNote(given: readonly string[], config: Config, { found, select }: { found: number; select: PlanSelection | undefined }): string {
  const where = describePlanPaths(given, config);
  if (found === 0 || !select) return messages().errors.noPlansFound({ where });
  const choice = [select.owner === undefined ? '' : `--owner ${JSON.stringify(select.owner)}`, select.segment === undefined ? '' : `--segment ${JSON.stringify(select.segment)}`].filter(Boolean).join(' ');
  return oneLine(messages().errors.noPlansChosen({ where, choice, found }));
}

/** Where a command looked for plans, for the "no plans found" note. */
export function describePlanPaths(given: readonly string[], config: Config): string {
  if (given.length > 0) return oneLine(given.join(', '));
  const plans = config.data.plans;
  if (plans === undefined) return messages().errors.currentFolder;
  return oneLine(messages().errors.configPlans({ plans: (Array.isArray(plans) ? plans : [plans]).join(', '), inFile: Boolean(config.file) }));
}

/** A count given on the command line; `also` names what else the flag takes, for the error (`-1 for no limit`). */
export function parseCount(flag: string, value: string, { min = 0, also }: { min?: number; also?: string } = {}): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new UsageError(messages().errors.wholeNumber({ flag, value, min, also }));
  return Number(value);
}

/**
 * Writes a chunk to a stream; true when the stream is done with it. stdout on Linux writes
 * files, pipes and terminals synchronously, so nothing is queued; a stream that queued the
 * chunk (or a test's stand-in that may keep it) gets to keep the buffer.
 */
function writtenAtOnce(stream: CommandIO['stdout'], chunk: Uint8Array): boolean {
  stream.write(chunk);
  return (stream as { writableLength?: number }).writableLength === 0;
}

/** What else a run reads besides its plans, which `--output` must not replace either. */
export interface OtherInputs {
  /** The config file in effect. */
  config?: Config;
  /** This run's cache file (`--cache-location`), rewritten after the report. */
  cacheFile?: string;
}

/**
 * `--output` must not replace what the command reads: a plan being read (a slip of the
 * keyboard would lose it), the config, or the cache file the run rewrites after the
 * report. Files are compared by device and inode, so a link or another spelling of the
 * path is caught too; only an existing file can be lost, so nothing is compared otherwise.
 */
export function refuseOutputOverInput(output: string | undefined, io: CommandIO, plans: ReadonlyArray<{ absolute: string }>, { config, cacheFile }: OtherInputs = {}): void {
  if (output === undefined) return;
  const path = resolve(io.cwd, output);
  const says = messages().errors;
  const refuse = (what: string) => new UsageError(says.outputIs({ output, what }));
  // Said before the run, not after it has checked 10,000 plans.
  if (!pathExists(dirname(path))) throw new UsageError(`--output ${output}: ${whyNotWritten('ENOENT', output)}`);
  // The cache may not exist yet, and is written after the report: the same path is enough.
  if (cacheFile !== undefined && resolve(cacheFile) === path) throw refuse(says.outputWhat.cache);
  const target = fileIdentity(path);
  if (target === undefined) return;
  if (cacheFile !== undefined && sameFile(target, cacheFile)) throw refuse(says.outputWhat.cache);
  if (config?.file && sameFile(target, config.file)) throw refuse(says.outputWhat.config);
  if (plans.some((plan) => sameFile(target, plan.absolute))) throw refuse(says.outputWhat.planBeingRead);
  // Nor a plan or a config this run does not read: no report is meant to replace one.
  const kind = yamlOfCro(path);
  if (kind) throw refuse(kind === 'plan' ? says.outputWhat.plan : says.outputWhat.croConfig);
}

/** Whether an existing file is a cro plan (a YAML file with a top-level `cro` key) or a cro config, from its name and first bytes. */
function yamlOfCro(path: string): 'plan' | 'config' | undefined {
  if (!/\.ya?ml$/i.test(path)) return undefined;
  if (/(^|[\\/])cro\.config\.ya?ml$/i.test(path)) return 'config';
  const read = readPlanBytes(path);
  if (!read.ok) return undefined;
  const head = Buffer.from(read.bytes.subarray(0, 1 << 16)).toString('utf8');
  return /^cro\s*:/m.test(head) ? 'plan' : undefined;
}

/**
 * Writes a document to `--output` (files/write.ts: the old file or the whole new one,
 * whatever happens), or to stdout.
 */
export async function emit(document: string | Iterable<string | Uint8Array>, output: string | undefined, io: CommandIO): Promise<void> {
  if (output === undefined) {
    if (typeof document === 'string') io.stdout.write(document);
    else writeInChunks(document, (chunk) => writtenAtOnce(io.stdout, chunk));
    return;
  }
  try {
    await writeFileSafely(resolve(io.cwd, output), document, { shown: output });
  } catch (error) {
    if (error instanceof WriteFailedError) throw new UsageError(`--output ${output}: ${error.reason}`);
    throw error;
  }
}
