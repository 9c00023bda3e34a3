import type { SeveritySetting } from '../../config/schema.js';
import { LOADER_RULES } from '../../formatters/rule-catalog.js';
import { messages } from '../../i18n/messages.js';
import type { ResolvedRule } from '../../rules/resolve.js';
import type { RuleMeta } from '../../rules/types.js';
import { UsageError } from '../../util/errors.js';
import { didYouMean } from '../../plan/did-you-mean.js';
import { chalkFor, emit, type CommandIO, type GlobalFlags } from '../io.js';
import { resolveRulesFromConfig } from '../rule-settings.js';

export interface RulesFlags extends GlobalFlags {
  format?: string;
  rule?: string[];
}

const RULES_FORMATS = ['table', 'json'] as const;

interface RuleRow {
  id: string;
  severity: SeveritySetting;
  defaultSeverity: 'warn' | 'error';
  description: string;
  configurable: boolean;
  options: unknown;
}

/** `cro rules`: every rule with the severity in effect after the config (and `--rule`). */
export async function runRulesList(flags: RulesFlags, io: CommandIO): Promise<number> {
  // The config names the language (SPEC §11): it is read before anything is written, an error included.
  const resolved = resolveRulesFromConfig(flags, io);
  const format = flags.format ?? 'table';
  if (!(RULES_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(messages().rules.list.unknownFormat({ format, hint: didYouMean(format, RULES_FORMATS) }));
  }
  const rows = ruleRows(resolved);
  if (format === 'json') {
    await emit(`${JSON.stringify({ version: 1, rules: rows }, null, 2)}\n`, undefined, io);
    return 0;
  }
  const chalk = await chalkFor(io, flags);
  const { default: Table } = await import('cli-table3');
  const text = messages().rules.list;
  const head = [text.headRule, text.headSeverity, text.headDescription];
  const table = new Table({ head: head.map((h) => chalk.bold(h)), chars: NO_BORDERS, style: PLAIN });
  // A description says what a rule checks with its default options: options the config
  // changes are named after it, as the severity column names a changed severity.
  const optionsSet = new Map(resolved.map(({ rule, options }) => [rule.meta.id, changedOptions(rule.meta, options)]));
  for (const row of rows) {
    const changed = row.severity !== row.defaultSeverity;
    const severity = `${row.severity}${row.configurable ? '' : text.always}${changed ? text.changedFrom({ severity: row.defaultSeverity }) : ''}`;
    const painted = row.severity === 'error' ? chalk.red(severity) : row.severity === 'warn' ? chalk.yellow(severity) : chalk.dim(severity);
    const set = optionsSet.get(row.id);
    table.push([row.id, painted, set ? text.setHere({ description: row.description, options: set }) : row.description]);
  }
  const lines = table.toString().split('\n').map((line) => line.trimEnd());
  io.stdout.write(`${lines.join('\n')}\n\n${text.footer}\n`);
  return 0;
}

function ruleRows(resolved: readonly ResolvedRule[]): RuleRow[] {
  const rows: RuleRow[] = resolved.map(({ rule, setting, options }) => ({
    id: rule.meta.id,
    severity: setting,
    defaultSeverity: rule.meta.defaultSeverity,
    description: rule.meta.description,
    configurable: true,
    options,
  }));
  for (const meta of LOADER_RULES) {
    rows.push({ id: meta.id, severity: 'error', defaultSeverity: 'error', description: meta.description, configurable: false, options: {} });
  }
  return rows;
}

/** The options in effect that differ from the rule's defaults, as `days: 60 (default 90)`; empty when none do. */
function changedOptions(meta: RuleMeta<unknown>, current: unknown): string {
  const defaults = (meta.defaultOptions ?? {}) as Record<string, unknown>;
  const values = (current ?? {}) as Record<string, unknown>;
  return Object.keys(defaults)
    .filter((key) => key in values && JSON.stringify(values[key]) !== JSON.stringify(defaults[key]))
    .map((key) => messages().rules.list.changedOption({ key, value: JSON.stringify(values[key]), fallback: JSON.stringify(defaults[key]) }))
    .join(', ');
}

const NO_BORDERS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
};
const PLAIN = { head: [], border: [], 'padding-left': 0, 'padding-right': 0 };
