import { resolve } from 'node:path';
import { checkThenWrite, workersFromEnv } from '../../check/driver.js';
import { createProgress } from '../../check/progress.js';
import { withoutWarnings } from '../../check/check-one.js';
import { activeRulesOf, ruleSettingsOf, type CheckSettings } from '../../check/settings.js';
import { CHECK_FORMATS, CHECK_FORMAT_NAMES, type CheckFormat } from '../../formatters/index.js';
import { CRITICAL_ROLES } from '../../plan/vocabulary.js';
import { resolveRules } from '../../rules/resolve.js';
import { allRules } from '../../rules/index.js';
import { UsageError } from '../../util/errors.js';
import { didYouMean } from '../../util/suggest.js';
import { chalkFor, emit, loadCommandConfig, parseCount, resolveAsOf, type CommandIO, type GlobalFlags, describePlanPaths, findPlanFiles, refuseOutputOverInput } from '../io.js';
import { VERSION } from '../../version.js';
import { currentLang, messages } from '../../i18n/messages.js';
import { formatCount } from '../../text/numbers.js';
import { baselineStep } from './baseline-step.js';
import { noPlansLine, selectionOf } from '../../check/selection.js';

export interface CheckFlags extends GlobalFlags {
  format?: string;
  output?: string;
  asOf?: string;
  rule?: string[];
  quiet?: boolean;
  maxWarnings?: string;
  cache?: boolean;
  cacheLocation?: string;
  changedSince?: string;
  baseline?: string | false;
  baselineWrite?: string;
  baselinePrune?: boolean;
  /** `--no-coverage`: false. */
  coverage?: boolean;
  owner?: string;
  segment?: string;
}

export const DEFAULT_CACHE_LOCATION = '.cro-cache';

export const DEFAULT_HORIZON = 120;

/** `cro check`: returns the exit code (0 clean, 1 errors or too many warnings). */
export async function runCheck(paths: readonly string[], flags: CheckFlags, io: CommandIO): Promise<number> {
  const format = (flags.format ?? 'stylish') as CheckFormat;
  if (!CHECK_FORMAT_NAMES.includes(format)) {
    throw new UsageError(messages().errors.unknownFormat({ format: String(flags.format), suggestion: didYouMean(format, CHECK_FORMAT_NAMES), formats: CHECK_FORMAT_NAMES.join(', ') }));
  }
  // -1 means no limit, as in ESLint, so scripts can pass a value through unconditionally.
  const maxWarnings = flags.maxWarnings === undefined || flags.maxWarnings.trim() === '-1' ? undefined : parseCount('--max-warnings', flags.maxWarnings, { also: messages().errors.noLimit });
  const asOf = resolveAsOf(flags.asOf, io);
  const config = loadCommandConfig(io, flags);
  const resolved = resolveRules({
    config: config.data.rules,
    configWhere: (id) => config.where(['rules', id], 'key'),
    cli: flags.rule,
  });
  const criticalRoles = config.data.criticalRoles ?? [...CRITICAL_ROLES];
  const horizon = config.data.breakeven?.horizon ?? DEFAULT_HORIZON;

  const baseline = baselineStep(flags, config, io);

  let refs = findPlanFiles(paths, config, io);
  const withCache = flags.cache === true || flags.cacheLocation !== undefined;
  refuseOutputOverInput(flags.output, io, refs, { config, ...(withCache ? { cacheFile: cacheLocation(flags, io) } : {}) });
  if (flags.changedSince !== undefined) {
    const { filesChangedSince } = await import('../../files/changed.js');
    const changed = filesChangedSince(flags.changedSince, io.cwd);
    refs = refs.filter((ref) => changed.has(ref.absolute, ref.linked));
  }
  const select = selectionOf(flags);
  // `--quiet` and `--no-coverage` leave out the coverage tables (SPEC §10).
  const coverage = flags.coverage !== false && !flags.quiet;
  const settings: CheckSettings = {
    ...(select ? { select } : {}),
    rules: ruleSettingsOf(resolved),
    context: { asOf, criticalRoles, horizon, lang: currentLang() },
    fast: true,
    // With --cache the coverage is stored whatever the format, so the next run may ask for stylish.
    withCoverage: (CHECK_FORMATS[format].needs.coverage && coverage) || withCache,
  };
  const progress = createProgress(io.stderr, io.env, refs.length);
  const workers = workersFromEnv(io.env);
  const options = { progress, ...(withCache ? { openCache: () => openCheckCache(flags, settings, io) } : {}), ...(workers === undefined ? {} : { workers }) };
  const summary = await checkThenWrite(refs, settings, options, async (run) => {
    // Findings accepted in a baseline (SPEC §12) do not count, nor show.
    const report = baseline ? await baseline(run) : run;
    if (report.files.length === 0 && flags.changedSince !== undefined) {
      io.stderr.write(`cro: ${messages().errors.noPlansChanged({ ref: flags.changedSince })}\n`);
    } else if (report.files.length === 0) {
      const where = describePlanPaths(paths, config);
      io.stderr.write(`cro: ${noPlansLine(where, select)}\n`);
    }
    const formatter = await CHECK_FORMATS[format].load();
    const chalk = await chalkFor(io, flags, 'stdout', flags.output !== undefined);
    const shown = flags.quiet ? withoutWarnings(report) : report;
    const activeRules = activeRulesOf(settings).map((active) => active.rule.meta.id);
    const formatOptions = { chalk, rules: allRules.map((r) => r.meta), criticalRoles, asOf, version: VERSION, activeRules, cwd: io.cwd, coverage, ...(maxWarnings === undefined ? {} : { maxWarnings }) };
    await emit(formatter(shown, formatOptions), flags.output, io);
    return report.summary;
  });

  const { errors, warnings } = summary;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`cro: ${messages().errors.tooManyWarnings({ warnings: formatCount(warnings), max: String(maxWarnings) })}\n`);
    return 1;
  }
  return 0;
}

function cacheLocation(flags: CheckFlags, io: CommandIO): string {
  return resolve(io.cwd, flags.cacheLocation ?? DEFAULT_CACHE_LOCATION);
}

async function openCheckCache(flags: CheckFlags, settings: CheckSettings, io: CommandIO) {
  const [{ cacheKey, openCache }, { checkFindingsAfresh }] = await Promise.all([import('../../check/cache.js'), import('../../check/batch.js')]);
  return openCache(cacheLocation(flags, io), cacheKey(settings, VERSION), (file) => checkFindingsAfresh(file, settings), { shown: flags.cacheLocation !== undefined ? `--cache-location ${flags.cacheLocation}` : messages().errors.cacheFile({ file: DEFAULT_CACHE_LOCATION }) });
}
