import type * as z from 'zod';
import { CURRENCY_CODES } from '../economics/currencies.js';
import { didYouMean } from '../util/suggest.js';
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
  const field = String(issue.path[issue.path.length - 1] ?? '');
  const shown = show(value);
  const prefix = where === '' ? '' : `${where}: `;

  switch (issue.message) {
    case 'dateFormat':
      return `${prefix}${shown} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31`;
    case 'calendarDate':
      return `${prefix}${shown} is not a real calendar date`;
    case 'negativeMoney':
      return `${prefix}${shown} is negative; money is never negative (write costs as positive amounts)`;
    case 'fractionRange':
      return `${prefix}${shown} must be a fraction between 0 and 1${percentHint(value)}`;
    case 'expansionRange':
      return `${prefix}${shown} must be above -1 (a monthly growth rate: 0.01 is 1% a month, -0.02 a 2% downsell)${percentHint(value)}`;
    case 'churnRange':
      return `${prefix}${shown} must be at least 0 and below 1 (a monthly probability: 0.01 is 1%)${percentHint(value)}`;
    case 'discountRange':
      return `${prefix}${shown} must be 0 or more (an annual rate: 0.10 is 10%)`;
    case 'idFormat':
      return `${prefix}${shown} is not a valid id; use lower-case letters, digits and dashes, e.g. "maria-lopez"`;
    case 'currency':
      return `${prefix}${notACurrency(value)}`;
    case 'formatVersion':
      return value === undefined
        ? 'this file has no `cro:` format version; add `cro: 1` at the top'
        : `${prefix}format version ${shown} is not supported; this cro reads version 1`;
    case 'emptyText':
      return `${prefix}is empty; write a name`;
  }

  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return `${where} is missing; ${missingHint(issue.path as PlanPath)}`;
  }

  switch (issue.code) {
    case 'unrecognized_keys':
      // Reported per key by the caller; this is the fallback for a single key.
      return `${prefix}unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type': {
      const tagged = yamlTagged(value);
      if (tagged) {
        const wanted = expected.format === 'date' && issue.expected === 'string' ? 'a date as text (YYYY-MM-DD)' : article(issue.expected);
        return `${prefix}expected ${wanted}, got ${tagged.found}; remove the ${tagged.tag} tag`;
      }
      if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        return `${prefix}${shown} must be text; put it in quotes ("${String(value)}")`;
      }
      if (issue.expected === 'number' && typeof value === 'number' && !Number.isFinite(value)) {
        return `${prefix}${shown} must be a finite number`;
      }
      if (issue.expected === 'number' && typeof value === 'string' && /[\d]/.test(value)) {
        return `${prefix}${shown} must be a plain number without quotes, currency symbols or thousands separators, e.g. 84000`;
      }
      return `${prefix}expected ${article(issue.expected)}, got ${describeValue(value)}`;
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const hint = typeof value === 'string' ? didYouMean(value, options) : '';
      return `${prefix}${shown} is not ${kindOf(field)}${hint}; use one of ${options.join(', ')}`;
    }
    case 'too_small':
      return `${prefix}${shown} is too small (${issue.message})`;
    case 'too_big':
      return `${prefix}${shown} is too large (${issue.message})`;
    default:
      return `${prefix}${issue.message}`;
  }
}

/** `"XYZ" is not an ISO 4217 currency code; …`: for a plan's `account.currency` and the config's `currency`. */
export function notACurrency(value: unknown): string {
  const hint = typeof value === 'string' ? didYouMean(value, CURRENCY_CODES) : '';
  return `${show(value)} is not an ISO 4217 currency code${hint}; use one such as USD, EUR or TRY`;
}

function percentHint(value: unknown): string {
  if (typeof value === 'number' && value > 1 && value <= 100) {
    return `: did you mean ${Number((value / 100).toPrecision(12))} (${value}%)?`;
  }
  return '';
}

function missingHint(path: PlanPath): string {
  const field = String(path[path.length - 1]);
  const hints: Record<string, string> = {
    name: 'every entry needs a name',
    id: 'every stakeholder needs an id (lower-case letters, digits and dashes) that backups and targets can refer to',
    group: 'say whether this person is in Group 1 (renew) or Group 2 (new-buy)',
    function: 'say which function this team member is in (sales, marketing, customer-success, …)',
    due: 'every milestone needs a due date (YYYY-MM-DD)',
    unit: 'name the business unit this new-buy target is',
    objective: 'every OKR needs an objective',
    account: 'every plan needs an `account:` section with at least the account name',
    kind: 'say what kind of objection it is (competitor, poor-fit or concern)',
  };
  return hints[field] ?? 'add it';
}

function kindOf(field: string): string {
  const kinds: Record<string, string> = {
    stance: 'a stance',
    group: 'a group',
    function: 'a team function',
    kind: 'an objection kind',
  };
  if (kinds[field]) return kinds[field]!;
  if (/^\d+$/.test(field)) return 'a valid value';
  return `a valid ${field}`;
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    object: 'a map of keys and values',
    array: 'a list',
  };
  return words[expected] ?? expected;
}

/**
 * Values that YAML's own tags build (`!!timestamp 2026-01-01`, `!!binary …`, `!!set`,
 * `!!omap`) and that JSON, and so a plan, has no word for: named by their tag, since
 * a message that called them "a map" would send the user looking for one.
 */
function yamlTagged(value: unknown): { found: string; tag: string } | undefined {
  if (value instanceof Date) return { found: 'a YAML !!timestamp value', tag: '!!timestamp' };
  if (value instanceof Uint8Array) return { found: 'binary data (!!binary)', tag: '!!binary' };
  if (value instanceof Set) return { found: 'a YAML !!set', tag: '!!set' };
  if (value instanceof Map) return { found: 'a YAML ordered map (!!omap)', tag: '!!omap' };
  return undefined;
}

function describeValue(value: unknown): string {
  const tagged = yamlTagged(value);
  if (tagged) return tagged.found;
  if (value === null) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return String(value);
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'the empty value';
  if (value === undefined) return 'the value';
  const tagged = yamlTagged(value);
  if (tagged) return `the ${tagged.tag} value`;
  return Array.isArray(value) ? 'the list' : 'the map';
}
