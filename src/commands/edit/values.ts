import { planSchema } from '../../plan/schema.js';
import { formatPath } from '../../plan/finding.js';
import { ECONOMICS_FIELDS, parseEconomicsValue } from '../../economics/fields.js';
import { parseCurrency, parseDate, parseMoney } from '../init/fields.js';
import { readYesNo } from '../init/yes-no.js';
import { UsageError } from '../../util/errors.js';
import { didYouMean } from '../../util/suggest.js';
import { messages } from '../../i18n/messages.js';
import type { Path } from '../../edit/splice.js';

/*
 * `cro set <plan> <key> <value>`: the key is a path to one value of the plan
 * (`account.renewalDate`, `economics.monthlyRevenue`, `milestones[0].due`), found in
 * the schema; the value is read by the grammar of `cro init`'s and `cro breakeven`'s
 * flags for that kind of value (dates as the language writes them, money, fractions
 * and percentages, currency codes).
 */

export type ScalarKind = 'text' | 'date' | 'money' | 'economics' | 'currency' | 'choice' | 'yes-no';

export interface ScalarTarget {
  path: Path;
  shown: string;
  kind: ScalarKind;
  choices?: readonly string[];
}

interface ZodLike {
  def: { type: string; shape?: Record<string, ZodLike>; innerType?: ZodLike; element?: ZodLike; entries?: Record<string, string>; format?: string };
  meta?: () => { format?: string } | undefined;
}

function unwrap(schema: ZodLike | undefined): ZodLike | undefined {
  let node = schema;
  while (node && (node.def.type === 'optional' || node.def.type === 'nullable' || node.def.type === 'default')) node = node.def.innerType;
  return node;
}

/** `account.renewalDate`, `milestones[0].due` → its path. */
function parseKey(key: string): Path | undefined {
  const path: Array<string | number> = [];
  for (const part of key.split('.')) {
    const match = /^([A-Za-z][\w-]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) return undefined;
    path.push(match[1]!);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

/** The keys `cro set` takes at the top of the plan, for a did-you-mean. */
function scalarKeys(): string[] {
  const keys: string[] = [];
  const shape = (planSchema as unknown as ZodLike).def.shape ?? {};
  for (const [section, schema] of Object.entries(shape)) {
    const node = unwrap(schema);
    if (node?.def.type === 'object') for (const key of Object.keys(node.def.shape ?? {})) keys.push(`${section}.${key}`);
  }
  return keys;
}

export function scalarAt(key: string): ScalarTarget {
  const t = messages().edit.set;
  const path = parseKey(key.trim());
  if (!path) throw new UsageError(t.badKey({ key }));
  if (path[0] === 'stakeholders') throw new UsageError(t.useStakeholderSet({ key }));
  if (path[0] === 'cro') throw new UsageError(t.formatVersion);
  let node = unwrap(planSchema as unknown as ZodLike);
  for (const part of path) {
    if (typeof part === 'number') node = node?.def.type === 'array' ? unwrap(node.def.element) : undefined;
    else node = node?.def.type === 'object' ? unwrap(node.def.shape?.[part]) : undefined;
    if (!node) throw new UsageError(t.unknownKey({ key, suggestion: didYouMean(key, scalarKeys()) }));
  }
  const shown = formatPath(path);
  const last = path[path.length - 1];
  if (node!.def.type === 'object' || node!.def.type === 'array') throw new UsageError(t.notScalar({ key: shown }));
  if (path[0] === 'economics' && ECONOMICS_FIELDS.some((f) => f.key === last)) return { path, shown, kind: 'economics' };
  if (node!.def.type === 'number') return { path, shown, kind: 'money' };
  if (node!.def.type === 'boolean') return { path, shown, kind: 'yes-no' };
  if (node!.def.type === 'enum') {
    if (last === 'currency') return { path, shown, kind: 'currency' };
    return { path, shown, kind: 'choice', choices: Object.values(node!.def.entries ?? {}) };
  }
  if (node!.meta?.()?.format === 'date') return { path, shown, kind: 'date' };
  return { path, shown, kind: 'text' };
}

/** The value for a key, by the grammar of its kind; UsageError naming the key when it cannot be read. */
export function parseScalar(target: ScalarTarget, text: string): string | number | boolean {
  const fail = (message: string) => new UsageError(`${target.shown} ${text}: ${message}`);
  const value = text.trim();
  if (value === '') throw new UsageError(messages().edit.set.emptyValue({ key: target.shown }));
  switch (target.kind) {
    case 'date': {
      const parsed = parseDate(value);
      if (!parsed.ok) throw fail(parsed.message);
      return parsed.value;
    }
    case 'economics': {
      const field = ECONOMICS_FIELDS.find((f) => f.key === target.path[target.path.length - 1])!;
      const parsed = parseEconomicsValue(field, value);
      if (!parsed.ok) throw fail(parsed.message);
      return parsed.value;
    }
    case 'money': {
      const parsed = parseMoney(value);
      if (!parsed.ok) throw fail(parsed.message);
      return parsed.value;
    }
    case 'currency': {
      const parsed = parseCurrency(value);
      if (!parsed.ok) throw fail(parsed.message);
      return parsed.value;
    }
    case 'yes-no': {
      const yes = ['true', 'false'].includes(value.toLowerCase()) ? value.toLowerCase() === 'true' : readYesNo(value, true);
      if (yes === undefined) throw fail(messages().common.answerYesOrNo);
      return yes;
    }
    case 'choice':
      if (!target.choices!.includes(value)) throw fail(messages().edit.set.oneOf({ suggestion: didYouMean(value, target.choices!), choices: target.choices! }));
      return value;
    default:
      return value;
  }
}

