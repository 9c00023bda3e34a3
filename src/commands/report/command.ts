import { checkThenWrite, workersFromEnv, type DerivedRun } from '../../check/driver.js';
import { deriveFor, type Want } from '../../check/derive.js';
import { ruleSettingsOf } from '../../check/settings.js';
import { noPlansLine, selectionOf } from '../../check/selection.js';
import { DEFAULT_HORIZON } from '../../economics/index.js';
import { CRITICAL_ROLES } from '../../plan/vocabulary.js';
import type { LaidOutAccount } from '../../method/account-json.js';
import { portfolioOf, type AccountReport, type PortfolioReport } from '../../method/account-report.js';
import { resolveRules } from '../../rules/resolve.js';
import { UsageError } from '../../util/errors.js';
import { oneLine } from '../../text/terminal-text.js';
import { didYouMean } from '../../util/suggest.js';
import { VERSION } from '../../version.js';
import { REPORT_FORMATS, type ReportFormat } from '../../format-names.js';
import { chalkFor, emit, loadCommandConfig, resolveAsOf, type CommandIO, type GlobalFlags, describePlanPaths, findPlanFiles, refuseOutputOverInput, terminalWidth } from '../io.js';
import { currentLang, messages } from '../../i18n/messages.js';

export { REPORT_FORMATS, type ReportFormat };

export interface ReportFlags extends GlobalFlags {
  format?: string;
  output?: string;
  asOf?: string;
  owner?: string;
  segment?: string;
}

const DEFAULT_CURRENCY = 'USD';

/**
 * `cro report`: the whole report is written first; then, like `cro check`, the exit
 * code is 1 when any plan has error-level findings or is invalid (SPEC §4), else 0.
 */
export async function runReport(paths: readonly string[], flags: ReportFlags, io: CommandIO): Promise<number> {
  const format = (flags.format ?? 'table') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) {
    throw new UsageError(messages().errors.unknownFormat({ format: String(flags.format), suggestion: didYouMean(format, REPORT_FORMATS), formats: REPORT_FORMATS.join(', ') }));
  }
  const asOf = resolveAsOf(flags.asOf, io);
  const config = loadCommandConfig(io, flags);
  const resolved = resolveRules({ config: config.data.rules, configWhere: (id) => config.where(['rules', id], 'key') });
  const criticalRoles = config.data.criticalRoles ?? [...CRITICAL_ROLES];
  const horizon = config.data.breakeven?.horizon ?? DEFAULT_HORIZON;

  const refs = findPlanFiles(paths, config, io);
  refuseOutputOverInput(flags.output, io, refs, { config });
  // Each plan is summed up into its account as it is checked, and dropped: only the
  // Markdown and HTML views draw the stakeholder maps, so only they have them built.
  const options = { asOf, criticalRoles, horizon, defaultCurrency: config.data.currency ?? DEFAULT_CURRENCY, withMap: format === 'markdown' || format === 'html' };
  // The JSON view writes each account as it was laid out when its plan was checked; the
  // other views draw the whole model.
  const want: Want = { kind: format === 'json' ? 'account-json' : 'account', options };
  const workers = workersFromEnv(io.env);
  const select = selectionOf(flags);
  const settings = { rules: ruleSettingsOf(resolved), context: { asOf, criticalRoles, horizon, lang: currentLang() }, fast: true, withCoverage: false, ...(select ? { select } : {}) };
  const derive = { want, answer: deriveFor(want) };
  const errors = await checkThenWrite(refs, settings, { derive, ...(workers === undefined ? {} : { workers }) }, async (run, spool) => {
    const checked = run as DerivedRun<AccountReport | LaidOutAccount>;
    if (checked.files.length === 0) {
      const where = oneLine(describePlanPaths(paths, config));
      io.stderr.write(`cro: ${noPlansLine(where, select)}\n`);
    }
    const accounts = checked.files.map((file) => file.derived);
    if (format === 'json') {
      const report = portfolioOf(accounts as LaidOutAccount[], options);
      await emit((await import('./views/json.js')).reportJsonPieces(report, { version: VERSION }, spool), flags.output, io);
    } else {
      await emit(await renderDocument(format, portfolioOf(accounts as AccountReport[], options), flags, io), flags.output, io);
    }
    return checked.summary.errors;
  });
  return errors > 0 ? 1 : 0;
}

async function renderDocument(format: Exclude<ReportFormat, 'json'>, report: PortfolioReport, flags: ReportFlags, io: CommandIO): Promise<string> {
  if (format === 'markdown') return (await import('./views/markdown.js')).renderReportMarkdown(report);
  if (format === 'html') return (await import('./views/html.js')).renderReportHtml(report, { version: VERSION });
  const chalk = await chalkFor(io, flags, 'stdout', flags.output !== undefined);
  const width = terminalWidth(io, flags.output);
  return (await import('./views/table.js')).renderReportTable(report, { chalk, ...(width === undefined ? {} : { width }) });
}
