import { wrapText } from '../../text/words.js';
import { displayWidth } from '../../text/display-width.js';
import { LOADER_RULES } from '../../formatters/rule-catalog.js';
import { messages, MESSAGE_END, MESSAGE_START } from '../../i18n/messages.js';
import { didYouMean } from '../../plan/did-you-mean.js';
import { loadPlan } from '../../plan/load.js';
import { CRITICAL_ROLES } from '../../plan/vocabulary.js';
import { runRules } from '../../rules/engine.js';
import { suppressIn } from '../../check/suppress.js';
import { allRules } from '../../rules/index.js';
import type { ResolvedRule } from '../../rules/resolve.js';
import { DOCS_AS_OF, type RuleMeta } from '../../rules/types.js';
import { UsageError } from '../../util/errors.js';
import { DEFAULT_HORIZON } from '../../economics/types.js';
import { chalkFor, type CommandIO, type GlobalFlags } from '../io.js';
import { resolveRulesFromConfig } from '../rule-settings.js';

/** `cro explain <rule>`: the rule's doc, its examples, and what `cro check` says about the failing one. */
export async function runExplain(id: string, flags: GlobalFlags, io: CommandIO): Promise<number> {
  // The config names the language (SPEC §11): it is read before anything is written, an error included.
  const settings = resolveRulesFromConfig(flags, io);
  const coverage = allRules.find((rule) => rule.meta.id === id);
  const meta: RuleMeta<unknown> | undefined = coverage?.meta ?? LOADER_RULES.find((rule) => rule.id === id);
  if (!meta) {
    const ids = [...allRules.map((rule) => rule.meta.id), ...LOADER_RULES.map((rule) => rule.id)];
    throw new UsageError(messages().rules.settings.unknownRule({ id, hint: suggestRule(id, ids) }));
  }
  const text = messages().rules.explain;
  const resolved = coverage ? settings.find((entry) => entry.rule === coverage) : undefined;
  const chalk = await chalkFor(io, flags);
  const asOf = meta.docs.asOf ?? DOCS_AS_OF;
  const severity = resolved
    ? `${resolved.setting}${resolved.setting === meta.defaultSeverity ? '' : messages().rules.list.changedFrom({ severity: meta.defaultSeverity })}`
    : text.alwaysError;

  // The values of Severity and Options start in one column, past the longer heading.
  const column = Math.max(displayWidth(text.severity), displayWidth(text.options)) + 2;
  const heading = (label: string) => `${chalk.bold(label)}${' '.repeat(column - displayWidth(label))}`;
  const out: string[] = [];
  out.push(`${chalk.bold(meta.id)}: ${meta.description}`, '', `${heading(text.severity)}${severity}`);
  const options = describeOptions(meta, resolved?.options);
  if (options.length > 0) out.push(`${heading(text.options)}${options.join(`\n${' '.repeat(column)}`)}`);
  out.push('', chalk.bold(text.why), ...wrapText(meta.docs.rationale, 78).map((line) => `  ${line}`), '');
  out.push(chalk.bold(text.passing), indent(meta.docs.passing), '');
  out.push(chalk.bold(text.failing), indent(meta.docs.failing));
  const findings = exampleFindings(meta, coverage ? resolved : undefined, asOf);
  if (findings.length > 0) {
    const time = meta.docs.asOf ? ` --as-of ${asOf}` : '';
    out.push('', chalk.dim(`  ${text.reports({ command: `cro check${time}` })}`));
    for (const f of findings) out.push(`    ${f.line}:${f.column}  ${f.message}`);
  }
  if (resolved) {
    out.push('', chalk.bold(text.configure), `  ${text.inConfig}`, '    rules:', `      ${meta.id}: ${configExample(meta)}`);
    out.push(`  ${text.oneRun({ command: `cro check --rule ${meta.id}=off` })}`);
  }
  io.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

/** A typo's nearest id, else an id that contains what was typed ("stale" → "stale-contact"). */
function suggestRule(word: string, ids: readonly string[]): string {
  const typo = didYouMean(word, ids);
  if (typo !== '' || word.length < 3) return typo;
  const lower = word.toLowerCase();
  const partial = ids.find((id) => id.includes(lower));
  return partial === undefined ? '' : messages().plan.didYouMean({ suggestion: partial });
}

/** Each option with its value in effect and what it means, from the rule's zod schema. */
function describeOptions(meta: RuleMeta<unknown>, current: unknown): string[] {
  const shape = (meta.options as { shape?: Record<string, unknown> } | undefined)?.shape;
  if (!shape) return [];
  const values = (current ?? meta.defaultOptions) as Record<string, unknown>;
  const about = meta.docs.options ?? {};
  return Object.keys(shape).map((key) => `${key}: ${JSON.stringify(values[key])}${about[key] ? `  ${about[key]}` : ''}`);
}

function configExample(meta: RuleMeta<unknown>): string {
  const options = meta.defaultOptions as Record<string, unknown>;
  if (!meta.options || Object.keys(options).length === 0) return `off   ${messages().rules.explain.offComment}`;
  const pairs = Object.entries(options).map(([key, value]) => `${key}: ${JSON.stringify(value).replace(/"/g, '')}`);
  return `[${meta.defaultSeverity}, { ${pairs.join(', ')} }]`;
}

/** Runs the failing example, so the doc shows exactly what a user would see. */
function exampleFindings(meta: RuleMeta<unknown>, resolved: ResolvedRule | undefined, asOf: string) {
  // Without the marks of a test run (CRO_I18N_MARK): the example is read as the plan it is.
  const failing = meta.docs.failing.replaceAll(MESSAGE_START, '').replaceAll(MESSAGE_END, '');
  const loaded = loadPlan(new TextEncoder().encode(failing), { explicit: true });
  if (!loaded) return [];
  if (!loaded.plan) return loaded.findings.filter((f) => f.rule === meta.id);
  const rule = allRules.find((r) => r.meta.id === meta.id);
  if (!rule) return [];
  const options = resolved?.options ?? rule.meta.defaultOptions;
  const active = [{ rule, severity: 'error' as const, options }];
  const context = { asOf, criticalRoles: CRITICAL_ROLES, horizon: DEFAULT_HORIZON };
  // As `cro check` does: the plan's `# cro-ignore` comments (rule suppression's example is made of them).
  return suppressIn(new TextEncoder().encode(failing), runRules(loaded.plan, active, context, loaded.locate), active, context, true).kept;
}

function indent(yaml: string): string {
  return yaml.trimEnd().split('\n').map((line) => `    ${line}`).join('\n');
}

