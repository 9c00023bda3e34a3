import { checkFiles, withoutWarnings } from '../check/run.js';
import { discoverPlanFiles } from '../files/discover.js';
import { CHECK_FORMATS, CHECK_FORMAT_NAMES, type CheckFormat } from '../formatters/index.js';
import { CRITICAL_ROLES } from '../plan/vocabulary.js';
import { activeRules, resolveRules } from '../rules/resolve.js';
import { allRules } from '../rules/index.js';
import { UsageError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import { chalkFor, emit, loadCommandConfig, parseCount, planPaths, resolveAsOf, type CommandIO, type GlobalFlags } from './io.js';
import { VERSION } from '../version.js';

export interface CheckFlags extends GlobalFlags {
  format?: string;
  output?: string;
  asOf?: string;
  rule?: string[];
  quiet?: boolean;
  maxWarnings?: string;
}

export const DEFAULT_HORIZON = 120;

/** `cro check`: returns the exit code (0 clean, 1 errors or too many warnings). */
export async function runCheck(paths: readonly string[], flags: CheckFlags, io: CommandIO): Promise<number> {
  const format = (flags.format ?? 'stylish') as CheckFormat;
  if (!CHECK_FORMAT_NAMES.includes(format)) {
    throw new UsageError(`--format ${flags.format}: unknown format${didYouMean(format, CHECK_FORMAT_NAMES)}; use one of ${CHECK_FORMAT_NAMES.join(', ')}`);
  }
  const maxWarnings = flags.maxWarnings === undefined ? undefined : parseCount('--max-warnings', flags.maxWarnings);
  const asOf = resolveAsOf(flags.asOf, io);
  const config = loadCommandConfig(io, flags);
  const resolved = resolveRules({
    config: config.data.rules,
    configWhere: (id) => config.where(['rules', id], 'key'),
    cli: flags.rule,
  });
  const criticalRoles = config.data.criticalRoles ?? [...CRITICAL_ROLES];
  const horizon = config.data.breakeven?.horizon ?? DEFAULT_HORIZON;

  const refs = discoverPlanFiles(planPaths(paths, config), io.cwd);
  const report = checkFiles(refs, { rules: activeRules(resolved), context: { asOf, criticalRoles, horizon } });
  if (report.files.length === 0) {
    const where = paths.length > 0 ? paths.join(', ') : 'the plans folder';
    io.stderr.write(`cro: no plans found in ${where}; run \`cro init\` to create one\n`);
  }

  const formatter = await CHECK_FORMATS[format]();
  const chalk = await chalkFor(io, flags, 'stdout', flags.output !== undefined);
  const shown = flags.quiet ? withoutWarnings(report) : report;
  emit(formatter(shown, { chalk, rules: allRules.map((r) => r.meta), criticalRoles, asOf, version: VERSION }), flags.output, io);

  const { errors, warnings } = report.summary;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`cro: ${warnings} warnings exceed --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
