import { wrapText } from '../../text/words.js';
import { LOADER_RULES } from '../../formatters/rule-catalog.js';
import { loadPlan } from '../../plan/load.js';
import { CRITICAL_ROLES } from '../../plan/vocabulary.js';
import { runRules } from '../../rules/engine.js';
import { allRules } from '../../rules/index.js';
import type { ResolvedRule } from '../../rules/resolve.js';
import { DOCS_AS_OF, type RuleMeta } from '../../rules/types.js';
import { UsageError } from '../../util/errors.js';
import { didYouMean } from '../../util/suggest.js';
import { DEFAULT_HORIZON } from '../../economics/types.js';
import { chalkFor, type CommandIO, type GlobalFlags } from '../io.js';
import { resolveRulesFromConfig } from '../rule-settings.js';

/** `cro explain <rule>`: the rule's doc, its examples, and what `cro check` says about the failing one. */
export async function runExplain(id: string, flags: GlobalFlags, io: CommandIO): Promise<number> {
  const coverage = allRules.find((rule) => rule.meta.id === id);
  const meta: RuleMeta<unknown> | undefined = coverage?.meta ?? LOADER_RULES.find((rule) => rule.id === id);
  if (!meta) {
    const ids = [...allRules.map((rule) => rule.meta.id), ...LOADER_RULES.map((rule) => rule.id)];
    throw new UsageError(`unknown rule "${id}"${suggestRule(id, ids)}; run \`cro rules\` to list them`);
  }
  const resolved = coverage ? resolveRulesFromConfig(flags, io).find((entry) => entry.rule === coverage) : undefined;
  const chalk = await chalkFor(io, flags);
  const asOf = meta.docs.asOf ?? DOCS_AS_OF;
  const severity = resolved
    ? `${resolved.setting}${resolved.setting === meta.defaultSeverity ? '' : ` (default ${meta.defaultSeverity})`}`
    : 'error (always; cannot be configured)';

  const out: string[] = [];
  out.push(`${chalk.bold(meta.id)}: ${meta.description}`, '', `${chalk.bold('Severity')}  ${severity}`);
  const options = describeOptions(meta, resolved?.options);
  if (options.length > 0) out.push(`${chalk.bold('Options')}   ${options.join('\n          ')}`);
  out.push('', chalk.bold('Why'), ...wrapText(meta.docs.rationale, 78).map((line) => `  ${line}`), '');
  out.push(chalk.bold('Passing'), indent(meta.docs.passing), '');
  out.push(chalk.bold('Failing'), indent(meta.docs.failing));
  const findings = exampleFindings(meta, coverage ? resolved : undefined, asOf);
  if (findings.length > 0) {
    const time = meta.docs.asOf ? ` --as-of ${asOf}` : '';
    out.push('', chalk.dim(`  cro check${time} reports:`));
    for (const f of findings) out.push(`    ${f.line}:${f.column}  ${f.message}`);
  }
  if (resolved) {
    out.push('', chalk.bold('Configure'), '  In cro.config.yaml:', '    rules:', `      ${meta.id}: ${configExample(meta)}`);
    out.push(`  Or for one run: cro check --rule ${meta.id}=off`);
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
  return partial === undefined ? '' : ` (did you mean "${partial}"?)`;
}

/** Each option with its value in effect and what it means, from the rule's zod schema. */
function describeOptions(meta: RuleMeta<unknown>, current: unknown): string[] {
  const shape = (meta.options as { shape?: Record<string, { description?: string }> } | undefined)?.shape;
  if (!shape) return [];
  const values = (current ?? meta.defaultOptions) as Record<string, unknown>;
  return Object.entries(shape).map(([key, schema]) => {
    const about = schema.description ? `  ${schema.description}` : '';
    return `${key}: ${JSON.stringify(values[key])}${about}`;
  });
}

function configExample(meta: RuleMeta<unknown>): string {
  const options = meta.defaultOptions as Record<string, unknown>;
  if (!meta.options || Object.keys(options).length === 0) return `off   # or warn, error`;
  const pairs = Object.entries(options).map(([key, value]) => `${key}: ${JSON.stringify(value).replace(/"/g, '')}`);
  return `[${meta.defaultSeverity}, { ${pairs.join(', ')} }]`;
}

/** Runs the failing example, so the doc shows exactly what a user would see. */
function exampleFindings(meta: RuleMeta<unknown>, resolved: ResolvedRule | undefined, asOf: string) {
  const loaded = loadPlan(new TextEncoder().encode(meta.docs.failing), { explicit: true });
  if (!loaded) return [];
  if (!loaded.plan) return loaded.findings.filter((f) => f.rule === meta.id);
  const rule = allRules.find((r) => r.meta.id === meta.id);
  if (!rule) return [];
  const options = resolved?.options ?? rule.meta.defaultOptions;
  return runRules(loaded.plan, [{ rule, severity: 'error', options }], { asOf, criticalRoles: CRITICAL_ROLES, horizon: DEFAULT_HORIZON }, loaded.locate);
}

function indent(yaml: string): string {
  return yaml.trimEnd().split('\n').map((line) => `    ${line}`).join('\n');
}

