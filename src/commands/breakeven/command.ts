import { relative } from 'node:path';
import { formatChart } from './views/chart.js';
import { evaluateWhatIf } from '../../economics/entry.js';
import { runChecks, workersFromEnv, type DerivedRun } from '../../check/driver.js';
import { deriveFor, type BreakEvenOptions, type Want } from '../../check/derive.js';
import type { PlanFileRef } from '../../files/discover.js';
import { selectionOf, type PlanSelection } from '../../check/selection.js';
import { gateFailures } from './gate.js';
import { currencyCode } from '../../economics/currencies.js';
import { formatBreakEvenJson } from './views/json.js';
import { formatBreakEvenMarkdown } from './views/markdown.js';
import { invalidLocation } from './views/portfolio-table.js';
import { formatPortfolioTable } from './views/portfolio-table.js';
import { sortEntries } from './portfolio.js';
import { formatScheduleTable } from './schedule.js';
import { formatSummary } from './summary.js';
import type { BreakEvenEntry } from '../../economics/entry.js';
import { givenFigureFlags, parseWhatIf, type FigureFlags } from './what-if.js';
import { DEFAULT_HORIZON } from '../../economics/index.js';
import { isCalendarDate } from '../../util/dates.js';
import { UsageError } from '../../util/errors.js';
import { makeChalk } from '../../util/color.js';
import { oneLine } from '../../text/terminal-text.js';
import { didYouMean } from '../../util/suggest.js';
import { VERSION } from '../../version.js';
import { BREAKEVEN_FORMATS } from '../../format-names.js';
import { chalkFor, emit, loadCommandConfig, parseCount, resolveAsOf, type CommandIO, type GlobalFlags, describePlanPaths, noPlansNote, findPlanFiles, refuseOutputOverInput, terminalWidth } from '../io.js';
import { currentLang, messages } from '../../i18n/messages.js';
import { listing } from '../../text/words.js';

export interface BreakEvenFlags extends GlobalFlags, FigureFlags {
  format?: string;
  output?: string;
  asOf?: string;
  schedule?: boolean;
  chart?: boolean;
  horizon?: string;
  maxMonths?: string;
  start?: string;
  currency?: string;
  owner?: string;
  segment?: string;
}

export { BREAKEVEN_FORMATS };
/** The config allows up to 100 years; so does the flag (a longer search says nothing a CRO can use). */
const MAX_HORIZON = 1200;
const DEFAULT_CURRENCY = 'USD';
const CHART_WIDTH = 80;

/** `cro breakeven`: returns 0, or 1 for invalid plans and a failed `--max-months` gate. */
export async function runBreakEven(paths: readonly string[], flags: BreakEvenFlags, io: CommandIO): Promise<number> {
  const format = flags.format ?? 'table';
  if (!(BREAKEVEN_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(messages().breakeven.errors.unknownFormat({ format, suggestion: didYouMean(format, BREAKEVEN_FORMATS), formats: listing(BREAKEVEN_FORMATS, 'or') }));
  }
  if (format === 'json' && (flags.schedule || flags.chart)) {
    throw new UsageError(messages().breakeven.errors.notInJson({ flag: flags.schedule ? '--schedule' : '--chart' }));
  }
  const asOf = resolveAsOf(flags.asOf, io);
  const config = loadCommandConfig(io, flags);
  const horizon = flags.horizon === undefined ? config.data.breakeven?.horizon ?? DEFAULT_HORIZON : parseHorizon(flags.horizon);
  const gate = gateOf(flags, config.data.breakeven?.maxMonths, config.file, io);
  if (flags.start !== undefined && !isCalendarDate(flags.start)) {
    throw new UsageError(messages().breakeven.errors.startNotDate({ value: flags.start }));
  }
  const defaultCurrency = flags.currency === undefined ? config.data.currency ?? DEFAULT_CURRENCY : parseCurrency(flags.currency);

  let entries: BreakEvenEntry[];
  const figures = givenFigureFlags(flags);
  if (figures.length > 0) {
    if (paths.length > 0) {
      throw new UsageError(messages().breakeven.errors.whatIfWithPaths({ flags: figures.join(', '), count: figures.length, paths: paths.join(', ') }));
    }
    const { input, notes } = parseWhatIf(flags, { start: flags.start ?? asOf, horizon });
    for (const note of notes) io.stderr.write(`cro: ${messages().breakeven.notes.prefix}${oneLine(note)}\n`);
    entries = [evaluateWhatIf(input, defaultCurrency, flags.start === undefined ? 'as-of' : '--start')];
  } else {
    const refs = findPlanFiles(paths, config, io);
    refuseOutputOverInput(flags.output, io, refs, { config });
    const select = selectionOf(flags);
    entries = sortEntries(await evaluatePlans(refs, { asOf, horizon, start: flags.start, defaultCurrency }, io, select));
    if (entries.length === 0) {
      io.stderr.write(`cro: ${noPlansNote(paths, config, { found: refs.length, select: selectionOf(flags) })}\n`);
    }
  }

  const toFile = flags.output !== undefined;
  if (format === 'json') {
    await emit(formatBreakEvenJson(entries), flags.output, io);
  } else if (format === 'markdown') {
    const plain = await makeChalk(0);
    await emit(formatBreakEvenMarkdown(entries, { schedule: Boolean(flags.schedule), chart: Boolean(flags.chart), plain, asOf, version: VERSION, ...(gate ? { gate } : {}) }), flags.output, io);
  } else {
    // A file is read later, elsewhere: never escape codes in it, even under FORCE_COLOR.
    const chalk = toFile ? await makeChalk(0) : await chalkFor(io, flags, 'stdout');
    const width = !toFile && io.stdout.isTTY ? (io.stdout as { columns?: number }).columns ?? CHART_WIDTH : CHART_WIDTH;
    const single = entries.length === 1 && entries[0]!.kind === 'economics' ? entries[0] : undefined;
    const sections: string[] = [];
    const shownGate = gate ?? undefined;
    if (single) sections.push(formatSummary(single, chalk, Math.max(40, Math.min(width, 120)), shownGate));
    else if (entries.length > 0) sections.push(formatPortfolioTable(entries, chalk, terminalWidth(io, flags.output), shownGate));
    for (const entry of entries) {
      if (entry.kind !== 'economics') continue;
      if (flags.schedule) sections.push(formatScheduleTable(entry, chalk));
      if (flags.chart) sections.push(formatChart(entry, chalk, { width }));
    }
    await emit(sections.join('\n'), flags.output, io);
  }

  // Diagnostics after the document, on stderr. First, said rather than silently skipped:
  // the schedule and the chart are of plans with economics (invalid plans are named below).
  const asked = [flags.schedule ? '--schedule' : '', flags.chart ? '--chart' : ''].filter(Boolean);
  if (asked.length > 0 && entries.length > 0 && entries.every((entry) => entry.kind === 'no-economics')) {
    const says = messages().breakeven.notes;
    io.stderr.write(`cro: ${says.prefix}${says.needsEconomics({ flags: asked, count: asked.length, plans: entries.length })}\n`);
  }
  // Then what made the exit code 1.
  let failed = false;
  for (const entry of entries) {
    if (entry.kind !== 'invalid') continue;
    // The plan's file name and a message quoting the plan: one line each on stderr.
    io.stderr.write(`cro: ${messages().breakeven.notes.invalid({ location: invalidLocation(entry), message: oneLine(entry.finding.message), rule: entry.finding.rule, file: oneLine(entry.file) })}\n`);
    failed = true;
  }
  if (gate) {
    for (const failure of gateFailures(entries, gate.maxMonths, gate.label)) {
      io.stderr.write(`cro: ${failure}\n`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

/** Each plan's break-even, through the check driver: no rules run (only whether a file is a valid plan counts here). */
async function evaluatePlans(refs: readonly PlanFileRef[], options: BreakEvenOptions, io: CommandIO, select: PlanSelection | undefined): Promise<BreakEvenEntry[]> {
  const want: Want = { kind: 'break-even', options };
  const settings = { rules: [], context: { asOf: options.asOf, criticalRoles: [], horizon: options.horizon, lang: currentLang() }, fast: true, withCoverage: false, ...(select ? { select } : {}) };
  const workers = workersFromEnv(io.env);
  const run = (await runChecks(refs, settings, { derive: { want, answer: deriveFor(want) }, ...(workers === undefined ? {} : { workers }) })) as DerivedRun<BreakEvenEntry>;
  return run.files.map((file) => file.derived);
}

function parseHorizon(value: string): number {
  const months = parseCount('--horizon', value, { min: 1 });
  if (months > MAX_HORIZON) throw new UsageError(messages().breakeven.errors.horizonTooLong({ value, max: MAX_HORIZON }));
  return months;
}

function gateOf(flags: BreakEvenFlags, configured: number | undefined, configFile: string | null, io: CommandIO): { maxMonths: number; label: string } | null {
  if (flags.maxMonths !== undefined) {
    const maxMonths = parseCount('--max-months', flags.maxMonths);
    return { maxMonths, label: `--max-months ${maxMonths}` };
  }
  if (configured === undefined) return null;
  const where = configFile ? relative(io.cwd, configFile).split('\\').join('/') || configFile : messages().breakeven.gate.theConfig;
  return { maxMonths: configured, label: messages().breakeven.gate.fromConfig({ months: configured, where }) };
}

function parseCurrency(value: string): string {
  const code = currencyCode(value);
  if (code === undefined) throw new UsageError(messages().breakeven.errors.currency({ value }));
  return code;
}
