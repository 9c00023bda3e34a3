import type * as z from 'zod';
import { CURRENCY_CODES } from '../economics/currencies.js';
import { messages } from '../i18n/messages.js';
import { didYouMean } from './did-you-mean.js';
import { formatPath, type PlanPath } from './finding.js';

/** What the schema asks for at the issue's path, beyond its type. */
export interface ExpectedValue {
  /** `date`: an ISO date written as text. */
  format?: string;
}

/**
 * Turns a zod issue into a sentence for a revenue person: what is wrong, with the value
 * they wrote, and what to write instead. The schema tags its checks with short codes
 * (`{ error: 'fractionRange' }`) that are expanded here, next to the generic cases.
 */
export function describeIssue(
  issue: z.core.$ZodIssue,
  value: unknown,
  expected: ExpectedValue = {},
  /** How the message names the issue's path (see place.ts); the plain path by default. */
  where: string = formatPath(issue.path as PlanPath),
): string {
  const text = messages().plan.schema;
  const field = String(issue.path[issue.path.length - 1] ?? '');
  const shown = show(value);
  const prefix = where === '' ? '' : `${where}: `;
  const said = { prefix, shown };

  switch (issue.message) {
    case 'dateFormat':
      return text.dateFormat(said);
    case 'calendarDate':
      return text.calendarDate(said);
    case 'negativeMoney':
      return text.negativeMoney(said);
    case 'fractionRange':
      return text.fractionRange({ ...said, hint: percentHint(value) });
    case 'expansionRange':
      return text.expansionRange({ ...said, hint: percentHint(value) });
    case 'churnRange':
      return text.churnRange({ ...said, hint: percentHint(value) });
    case 'discountRange':
      return text.discountRange(said);
    case 'idFormat':
      return text.idFormat(said);
    case 'emailFormat':
      return text.emailFormat(said);
    case 'currency':
      return `${prefix}${notACurrency(value)}`;
    case 'formatVersion':
      return value === undefined ? text.noFormatVersion : text.formatVersion(said);
    case 'emptyText':
      return text.emptyText({ prefix });
  }

  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return text.missing({ where, hint: missingHint(issue.path as PlanPath) });
  }

  switch (issue.code) {
    case 'unrecognized_keys':
      // Reported per key by the caller; this is the fallback for a single key.
      return text.unknownKeys({ prefix, keys: issue.keys.map((k) => `"${k}"`).join(', '), count: issue.keys.length });
    case 'invalid_type': {
      const tagged = yamlTagged(value);
      if (tagged) {
        const wanted = expected.format === 'date' && issue.expected === 'string' ? text.dateAsText : article(issue.expected);
        return text.tagged({ prefix, wanted, found: tagged.found, tag: tagged.tag });
      }
      if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        return text.mustBeText({ ...said, text: String(value) });
      }
      if (issue.expected === 'number' && typeof value === 'number' && !Number.isFinite(value)) {
        return text.mustBeFinite(said);
      }
      if (issue.expected === 'number' && typeof value === 'string' && /[\d]/.test(value)) {
        return text.plainNumber(said);
      }
      return text.wrongType({ prefix, wanted: article(issue.expected), found: describeValue(value) });
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const hint = typeof value === 'string' ? didYouMean(value, options) : '';
      return text.notOneOf({ ...said, kind: kindOf(field), hint, options: options.join(', ') });
    }
    case 'too_small':
      return text.tooSmall({ ...said, detail: issue.message });
    case 'too_big':
      return text.tooBig({ ...said, detail: issue.message });
    default:
      return `${prefix}${issue.message}`;
  }
}

/** `"XYZ" is not an ISO 4217 currency code; …`: for a plan's `account.currency` and the config's `currency`. */
export function notACurrency(value: unknown): string {
  const hint = typeof value === 'string' ? didYouMean(value, CURRENCY_CODES) : '';
  return messages().plan.schema.notACurrency({ shown: show(value), hint });
}

function percentHint(value: unknown): string {
  if (typeof value === 'number' && value > 1 && value <= 100) {
    return messages().plan.schema.percentHint({ fraction: String(Number((value / 100).toPrecision(12))), percent: String(value) });
  }
  return '';
}

function missingHint(path: PlanPath): string {
  const field = String(path[path.length - 1]);
  const { missingHints, missingHint: fallback } = messages().plan.schema;
  return Object.hasOwn(missingHints, field) ? missingHints[field as keyof typeof missingHints] : fallback;
}

function kindOf(field: string): string {
  const { kinds, validValue, validField } = messages().plan.schema;
  if (Object.hasOwn(kinds, field)) return kinds[field as keyof typeof kinds];
  if (/^\d+$/.test(field)) return validValue;
  return validField({ field });
}

function article(expected: string): string {
  const { types } = messages().plan.schema;
  return Object.hasOwn(types, expected) ? types[expected as keyof typeof types] : expected;
}

/**
 * Values that YAML's own tags build (`!!timestamp 2026-01-01`, `!!binary …`, `!!set`,
 * `!!omap`) and that JSON, and so a plan, has no word for: named by their tag, since
 * a message that called them "a map" would send the user looking for one.
 */
function yamlTagged(value: unknown): { found: string; tag: string } | undefined {
  const { values } = messages().plan.schema;
  if (value instanceof Date) return { found: values.timestamp, tag: '!!timestamp' };
  if (value instanceof Uint8Array) return { found: values.binary, tag: '!!binary' };
  if (value instanceof Set) return { found: values.set, tag: '!!set' };
  if (value instanceof Map) return { found: values.omap, tag: '!!omap' };
  return undefined;
}

function describeValue(value: unknown): string {
  const tagged = yamlTagged(value);
  if (tagged) return tagged.found;
  const { values } = messages().plan.schema;
  if (value === null) return values.nothing;
  if (Array.isArray(value)) return values.list;
  if (typeof value === 'object') return values.map;
  if (typeof value === 'string') return values.text({ text: JSON.stringify(value) });
  if (typeof value === 'number') return values.number({ number: String(value) });
  return String(value);
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const { shown } = messages().plan.schema;
  if (value === null) return shown.empty;
  if (value === undefined) return shown.value;
  const tagged = yamlTagged(value);
  if (tagged) return shown.tagged({ tag: tagged.tag });
  return Array.isArray(value) ? shown.list : shown.map;
}
