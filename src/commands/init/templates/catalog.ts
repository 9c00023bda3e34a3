import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../../util/errors.js';
import { didYouMean } from '../../../util/suggest.js';
import { messages } from '../../../i18n/messages.js';

/*
 * Templates ship with the package (`templates/<name>.<lang>.yaml`) and are found relative
 * to this module — dist/ when installed, src/commands/init/templates/ in a checkout — never the current
 * folder. A user's own template is any file path given to `--template`.
 */

export const DEFAULT_TEMPLATE = 'trust-enablement';
export const DEFAULT_LANG = 'en';
const TEMPLATE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2})\.ya?ml$/;

export interface TemplateInfo {
  name: string;
  lang: string;
  file: string;
  /** The first `#%` line of the template. */
  description: string;
}

export interface LoadedTemplate {
  /** `trust-enablement (en)` or the path the user gave. */
  label: string;
  lang: string;
  source: string;
}

/** The root of the installed cro package (the folder with package.json and templates/). */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    dir = dirname(dir);
  }
  throw new Error(`cannot find the cro package folder (with templates/) above ${fileURLToPath(from)}`);
}

export function templatesDir(): string {
  return join(packageRoot(), 'templates');
}

/** The JSON Schema of the plan format as shipped in the package. */
export function packagedSchemaFile(): string {
  return join(packageRoot(), 'schema', 'plan.schema.json');
}

/** The packaged templates, sorted by name then language. */
export function listTemplates(dir: string = templatesDir()): TemplateInfo[] {
  const found: TemplateInfo[] = [];
  for (const entry of readdirSync(dir)) {
    const match = TEMPLATE_FILE.exec(entry);
    if (!match) continue;
    const file = join(dir, entry);
    found.push({ name: match[1]!, lang: match[2]!, file, description: describe(readFileSync(file, 'utf8')) });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name) || a.lang.localeCompare(b.lang));
}

function describe(source: string): string {
  const line = source.split(/\r?\n/).find((l) => l.startsWith('#%'));
  return line === undefined ? '' : line.slice(2).trim();
}

/** The languages the packaged templates come in. */
export function templateLanguages(templates: readonly TemplateInfo[]): string[] {
  return [...new Set(templates.map((t) => t.lang))].sort();
}

/** A path rather than a name: it has a folder separator or a YAML extension. */
export function looksLikePath(value: string): boolean {
  return /[\\/]/.test(value) || /\.ya?ml$/i.test(value);
}

/**
 * Finds the template `--template` names: a packaged one in `lang`, or a file of the
 * user's (a path, relative to cwd). Every failure is a UsageError naming what to do.
 */
export function loadTemplate(nameOrPath: string, lang: string, cwd: string, dir: string = templatesDir()): LoadedTemplate {
  const t = messages().init;
  const templates = listTemplates(dir);
  const languages = templateLanguages(templates);
  if (!languages.includes(lang)) throw new UsageError(t.noTemplatesInLang({ lang, suggestion: didYouMean(lang, languages), languages }));
  if (looksLikePath(nameOrPath)) return loadUserTemplate(nameOrPath, lang, cwd);

  const names = [...new Set(templates.map((t) => t.name))];
  const match = templates.find((t) => t.name === nameOrPath && t.lang === lang);
  if (match) return { label: `${match.name} (${match.lang})`, lang, source: readFileSync(match.file, 'utf8') };
  if (names.includes(nameOrPath)) {
    const has = templates.filter((t) => t.name === nameOrPath).map((t) => t.lang);
    throw new UsageError(t.noTemplateVersion({ template: nameOrPath, lang, langs: has }));
  }
  throw new UsageError(t.noSuchTemplate({ template: nameOrPath, suggestion: didYouMean(nameOrPath, names), names }));
}

function loadUserTemplate(path: string, lang: string, cwd: string): LoadedTemplate {
  const t = messages().init;
  const file = resolve(cwd, path);
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new UsageError(t.templateNoSuchFile({ path }));
  }
  if (!stats.isFile()) throw new UsageError(t.templateNotAFile({ path }));
  if (stats.size > 1024 * 1024) throw new UsageError(t.templateTooLarge({ path }));
  const bytes = readFileSync(file);
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(t.templateNotUtf8({ path }));
  }
  return { label: basename(path), lang, source };
}
