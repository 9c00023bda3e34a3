import { checkThenWrite, workersFromEnv, type DerivedRun } from '../../check/driver.js';
import { deriveFor, type AgendaOptions, type Derived, type Want } from '../../check/derive.js';
import { nameFlag, selectionOf } from '../../check/selection.js';
import { ruleSettingsOf, type CheckSettings } from '../../check/settings.js';
import { DEFAULT_HORIZON } from '../../economics/index.js';
import { AGENDA_FORMATS, type AgendaFormat } from '../../format-names.js';
import { currentLang, messages } from '../../i18n/messages.js';
import { agendaInOrder, type PackedPlan, type PlanAgenda } from '../../method/agenda.js';
import { CRITICAL_ROLES } from '../../plan/vocabulary.js';
import { resolveRules } from '../../rules/resolve.js';
import { oneLine } from '../../text/terminal-text.js';
import { UsageError } from '../../util/errors.js';
import { didYouMean } from '../../util/suggest.js';
import { VERSION } from '../../version.js';
import { chalkFor, describePlanPaths, noPlansNote, emit, findPlanFiles, loadCommandConfig, parseCount, refuseOutputOverInput, resolveAsOf, type CommandIO, type GlobalFlags } from '../io.js';
import type { Agenda } from './views/agenda.js';

export interface AgendaFlags extends GlobalFlags {
  format?: string;
  output?: string;
  asOf?: string;
  owner?: string;
  segment?: string;
  within?: string;
}

/**
 * `cro agenda`: every plan's items (method/agenda.ts), computed by the check driver in the
 * thread that checked the plan, then sorted and written in one view. Like `cro report`,
 * the exit code is 1 when a plan has error-level findings or is invalid (SPEC §4), else 0;
 * the agenda is written either way.
 */
export async function runAgenda(paths: readonly string[], flags: AgendaFlags, io: CommandIO): Promise<number> {
  const format = (flags.format ?? 'text') as AgendaFormat;
  if (!AGENDA_FORMATS.includes(format)) {
    throw new UsageError(messages().errors.unknownFormat({ format: String(flags.format), suggestion: didYouMean(format, AGENDA_FORMATS), formats: AGENDA_FORMATS.join(', ') }));
  }
  const asOf = resolveAsOf(flags.asOf, io);
  const config = loadCommandConfig(io, flags);
  const within = flags.within === undefined ? undefined : parseCount('--within', flags.within);
  const resolved = resolveRules({ config: config.data.rules, configWhere: (id) => config.where(['rules', id], 'key') });
  const criticalRoles = config.data.criticalRoles ?? [...CRITICAL_ROLES];
  const horizon = config.data.breakeven?.horizon ?? DEFAULT_HORIZON;
  // The `stale-contact` days in effect, as `cro check` reads them; off, no contact goes stale.
  const stale = resolved.find((rule) => rule.rule.meta.id === 'stale-contact');
  const staleDays = stale === undefined || stale.setting === 'off' ? null : (stale.options as { days: number }).days;

  const refs = findPlanFiles(paths, config, io);
  refuseOutputOverInput(flags.output, io, refs, { config });
  // `--owner` on the agenda is a person's items (the items' own test, in the worker); `--segment` chooses plans as everywhere.
  if (flags.owner !== undefined) nameFlag('--owner', flags.owner);
  const select = selectionOf({ ...(flags.segment === undefined ? {} : { segment: flags.segment }) });
  const options: AgendaOptions = { asOf, staleDays, ...(flags.owner === undefined ? {} : { owner: flags.owner }), ...(within === undefined ? {} : { within }) };
  const want: Want = { kind: 'agenda', options };
  // Only error-level findings matter here (the fix-before-renewal item, the exit code): the
  // rules set to warn are not run at all, which is also what keeps the agenda within its
  // budget of a check (SPEC §14).
  const rules = ruleSettingsOf(resolved).map((rule) => (rule.setting === 'error' ? rule : { ...rule, setting: 'off' as const }));
  const settings: CheckSettings = { rules, context: { asOf, criticalRoles, horizon, lang: currentLang() }, fast: true, withCoverage: false, ...(select ? { select } : {}) };
  const workers = workersFromEnv(io.env);
  const errors = await checkThenWrite(refs, settings, { derive: { want, answer: deriveFor(want) }, ...(workers === undefined ? {} : { workers }) }, async (run) => {
    const checked = run as DerivedRun<Derived['agenda']>;
    if (checked.files.length === 0) io.stderr.write(`cro: ${noPlansNote(paths, config, { found: refs.length, select })}\n`);
    const invalid = checked.files.filter((file) => !file.checked).length;
    if (invalid > 0) io.stderr.write(`cro: ${messages().agenda.notes.invalidPlans({ count: invalid })}\n`);
    const plans: PackedPlan[] = [];
    for (const file of checked.files) {
      if (!file.derived) continue;
      plans.push({ file: file.file, packed: JSON.parse(file.derived) as PlanAgenda });
      // The packed text is garbage once read: not held beside the items while they are written.
      file.derived = null;
    }
    if (flags.owner !== undefined && plans.length > 0 && !plans.some((plan) => plan.packed.knows)) {
      const owners = new Set(plans.flatMap((plan) => (plan.packed.owner === null ? [] : [plan.packed.owner])));
      io.stderr.write(`cro: ${oneLine(messages().agenda.notes.unknownPerson({ name: flags.owner, plans: plans.length, suggestion: didYouMean(flags.owner, owners) }))}\n`);
    }
    const agenda: Agenda = { asOf, items: agendaInOrder(plans), ...(flags.owner === undefined ? {} : { owner: flags.owner }), ...(flags.segment === undefined ? {} : { segment: flags.segment }), ...(within === undefined ? {} : { within }) };
    await emit(await render(format, agenda, flags, io), flags.output, io);
    return checked.summary.errors;
  });
  return errors > 0 ? 1 : 0;
}

/** The document in pieces, written as they are made: the agenda of 10,000 plans is never one string (SPEC §14). */
async function render(format: AgendaFormat, agenda: Agenda, flags: AgendaFlags, io: CommandIO): Promise<Iterable<string>> {
  switch (format) {
    case 'json':
      return (await import('./views/json.js')).agendaJsonPieces(agenda, { version: VERSION });
    case 'markdown':
      return (await import('./views/markdown.js')).agendaMarkdownPieces(agenda);
    case 'ics':
      return (await import('./views/ics.js')).agendaIcsPieces(agenda, { version: VERSION });
    case 'text': {
      const chalk = await chalkFor(io, flags, 'stdout', flags.output !== undefined);
      return (await import('./views/text.js')).agendaTextPieces(agenda, { chalk });
    }
  }
}
