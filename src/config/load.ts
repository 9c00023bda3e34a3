import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { formatPath, type PlanPath } from '../plan/finding.js';
import { createLocator, type Locator } from '../plan/locate.js';
import { fastParse } from '../plan/fast-parse.js';
import { decodeYamlText, parseYamlText } from '../plan/parse.js';
import { knownKeysAt } from '../plan/schema-at.js';
import { UsageError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import { configSchema, type ConfigData } from './schema.js';
import { findConfigFile } from './find.js';
import { messages } from '../i18n/messages.js';
import type * as z from 'zod';

export { CONFIG_NAMES, findConfigFile } from './find.js';


export interface Config {
  /** Absolute path of the file, or null when no config file was found. */
  file: string | null;
  /** Folder that relative paths in the config resolve against. */
  dir: string;
  data: ConfigData;
  /** `file:line:column` of a setting, for error messages about it. */
  where(path: PlanPath, target?: 'value' | 'key'): string;
}


/** Loads the config named by `--config`, else the nearest `cro.config.yaml` upwards from cwd. */
export function loadConfig(explicitFile: string | undefined, cwd: string): Config {
  const file = explicitFile !== undefined ? resolve(cwd, explicitFile) : findConfigFile(cwd);
  if (file === null) return { file: null, dir: cwd, data: {}, where: () => messages().errors.config.noFile };

  const shown = relative(cwd, file).split('\\').join('/') || file;
  let bytes: Uint8Array;
  try {
    if (!statSync(file).isFile()) throw new UsageError(messages().errors.config.notAFile({ file: shown }));
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(messages().errors.config.notFound({ file: shown }));
    throw new UsageError(messages().errors.config.unreadable({ file: shown, code: code ?? String(error) }));
  }

  const text = decodeYamlText(bytes, 'config');
  if (typeof text !== 'string') throw new UsageError(`${shown}:${text.line}:${text.column}: ${text.message}`);
  // A valid config is read by the fast parser; the reference parser gives positions for errors.
  const quick = fastParse(text);
  let reference: { locate: Locator; data: unknown } | undefined;
  const readWithReference = () => {
    if (reference) return reference;
    const parsed = parseYamlText(text, 'config');
    if (!parsed.ok) {
      const { line, column, message } = parsed.finding;
      throw new UsageError(`${shown}:${line}:${column}: ${message}`);
    }
    reference = { locate: createLocator(parsed.value.doc, parsed.value.lineCounter), data: parsed.value.data };
    return reference;
  };
  const locate: Locator = (path, target = 'value') => (target === 'value' ? quick?.locate(path) : undefined) ?? readWithReference().locate(path, target);
  const where = (path: PlanPath, target: 'value' | 'key' = 'value') => {
    const { line, column } = locate(path, target);
    return `${shown}:${line}:${column}`;
  };
  let raw = quick ? quick.data : readWithReference().data;
  raw ??= {};
  const result = configSchema.safeParse(raw, { error: describeConfigIssue });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path as PlanPath;
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]!;
      const hint = key === '__proto__' ? '' : didYouMean(key, knownKeysAt(configSchema, path));
      const says = messages().errors.config;
      const unknown = path.length > 0 ? says.unknownKeyIn({ key, path: formatPath(path), hint }) : says.unknownKey({ key, hint });
      throw new UsageError(`${where([...path, key], 'key')}: ${unknown}`);
    }
    const label = path.length > 0 ? `${formatPath(path)}: ` : '';
    throw new UsageError(`${where(path)}: ${label}${issue.message}`);
  }
  keepProtoKeys(raw, result.data);
  return { file, dir: dirname(file), data: result.data, where };
}

/**
 * What is wrong with a value of the config, in the language in use: zod's issue in words
 * (the schema's own messages, such as `lang`'s, come first). English keeps zod's wording.
 */
function describeConfigIssue(issue: z.core.$ZodRawIssue): string {
  const says = messages().errors.config;
  switch (issue.code) {
    case 'invalid_type':
      return says.invalidType({ expected: String(issue.expected), received: kindOf(issue.input) });
    case 'invalid_value':
      return issue.values.length > 0 ? says.invalidOption({ values: issue.values.map(String) }) : says.invalid;
    case 'too_small':
      return says.tooSmall({ origin: String(issue.origin), minimum: String(issue.minimum) });
    case 'too_big':
      return says.tooBig({ origin: String(issue.origin), maximum: String(issue.maximum) });
    default:
      return says.invalid;
  }
}

/** A YAML value's kind as zod names it. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

/**
 * Puts back the `__proto__` keys that zod's records drop as they copy (assigning one sets
 * the prototype instead), so that `rules: { __proto__: off }` reaches the rule registry
 * and is reported as the unknown rule it is instead of passing silently. Depth is bounded
 * by the nesting limit the parsers enforce.
 */
function keepProtoKeys(raw: unknown, parsed: unknown): void {
  if (typeof raw !== 'object' || raw === null || typeof parsed !== 'object' || parsed === null) return;
  for (const key of Object.keys(raw)) {
    const value = (raw as Record<string, unknown>)[key];
    if (!Object.hasOwn(parsed, key)) {
      if (key === '__proto__') Object.defineProperty(parsed, key, { value, enumerable: true, writable: true, configurable: true });
      continue;
    }
    keepProtoKeys(value, (parsed as Record<string, unknown>)[key]);
  }
}
