import * as z from 'zod';
import { messages } from '../i18n/messages.js';
import { didYouMean } from './did-you-mean.js';
import { describeIssue, type ExpectedValue } from './describe-issue.js';
import { formatPath, type Finding, type PlanPath } from './finding.js';
import type { Locator } from './locate.js';
import { placeOf, placePrefix } from './place.js';
import { checkReferences } from './references.js';
import { planSchema, type Plan } from './schema.js';
import { knownKeysAt, schemaAt } from './schema-at.js';

export interface Validation {
  plan: Plan | undefined;
  findings: Finding[];
}

/** Validates plan data against the schema and its cross-references; every problem becomes a `schema` finding. */
export function validatePlan(rawData: unknown, locate: Locator): Validation {
  const data = withoutExtensionKeys(rawData);
  const findings: Finding[] = [];
  const schemaFinding = (path: PlanPath, message: string, target: 'value' | 'key' = 'value'): Finding => ({
    rule: 'schema',
    severity: 'error',
    message,
    path: formatPath(path),
    ...locate(path, target),
  });

  const references = checkReferences(data);
  const schema = schemaForNextPlan();
  // A valid plan is the data as read: the schema transforms nothing, so its output would be
  // a copy in the schema's key order, and nothing downstream reads key order. Only an
  // invalid plan is parsed again, for its issues.
  const valid = z.validate(schema, data);
  if (!valid) {
    const coveredByReferences = new Set(references.filter((problem) => problem.coversValue).map((problem) => formatPath(problem.path)));
    const result = schema.safeParse(data);
    for (const issue of result.error?.issues ?? []) {
      const path = issue.path as PlanPath;
      if (issue.code === 'unrecognized_keys') {
        const known = knownKeysAt(planSchema, path);
        const prefix = placePrefix(data, path);
        for (const key of issue.keys) {
          const hint = key === '__proto__' ? '' : didYouMean(key, known);
          findings.push(schemaFinding([...path, key], messages().plan.schema.unknownKey({ prefix, key, hint }), 'key'));
        }
        continue;
      }
      if (coveredByReferences.has(formatPath(path))) continue;
      findings.push(schemaFinding(path, describeIssue(issue, valueAt(data, path), expectedAt(path), placeOf(data, path))));
    }
  }
  for (const problem of references) findings.push(schemaFinding(problem.path, problem.message));
  return { plan: findings.length === 0 && valid ? (data as Plan) : undefined, findings };
}

/** Plans validated with the schema as written before switching to its compiled form. */
const PLANS_BEFORE_COMPILING = 32;
let validated = 0;
let compiled: typeof planSchema | undefined;

/**
 * zod's ahead-of-time compiled form of the schema: the same results and issues (it falls
 * back to the runtime parser for any input it rejects), a third less time per valid plan.
 * Compiling costs ~15 ms, more than a few plans save, so it happens only on large runs.
 */
function schemaForNextPlan(): typeof planSchema {
  if (compiled) return compiled;
  if (++validated <= PLANS_BEFORE_COMPILING) return planSchema;
  compiled = z.compile(planSchema);
  return compiled;
}

/** `x-` keys are the user's own data (SPEC §2); they are dropped before validation, at any depth. */
export function withoutExtensionKeys(value: unknown): unknown {
  // Most plans have none: answer without copying anything.
  return hasExtensionKeys(value) ? copyWithoutExtensionKeys(value) : value;
}

function hasExtensionKeys(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasExtensionKeys);
  if (typeof value !== 'object' || value === null) return false;
  for (const key in value) {
    if (key.startsWith('x-') || hasExtensionKeys((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

function copyWithoutExtensionKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyWithoutExtensionKeys);
  // A Date, Set or bytes from a YAML tag stays itself, for the schema to name (not an empty map).
  if (typeof value !== 'object' || value === null || !isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key.startsWith('x-')) continue;
    // defineProperty keeps a literal `__proto__` key as data (so the schema reports it) instead of changing the prototype.
    Object.defineProperty(out, key, {
      value: copyWithoutExtensionKeys((value as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function valueAt(data: unknown, path: PlanPath): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** What the schema expects at a path beyond its type (a date's format), for the message. */
function expectedAt(path: PlanPath): ExpectedValue {
  const schema = schemaAt(planSchema, path);
  const format = schema ? z.globalRegistry.get(schema)?.format : undefined;
  return typeof format === 'string' ? { format } : {};
}
