import type { Catalog } from './catalogs/en/index.js';
import { loadCatalog } from './load-catalog.js';
import { LOCALES, type Lang } from './lang.js';

/*
 * The messages of the language in use. A command sets the language once, before it
 * writes anything (a worker thread, from its settings); everything a person reads then
 * comes from `messages()`. Catalogs are plain objects behind typed keys: the Turkish one
 * is checked against the English one by the type checker, and by test/i18n for the
 * parameters each message uses. Nothing falls back to English: a key is in both, or the
 * build fails.
 */

export type { Catalog };

let active: { lang: Lang; marked: boolean; catalog: Catalog } | undefined;

/*
 * Whether to mark is kept on globalThis: each command's bundle (check.cjs, report.cjs…)
 * has its own copy of this module, and only cli.cjs reads the environment; a module-level
 * flag left every command's own messages unmarked.
 */
const MARKING = Symbol.for('cro.i18n.marking');
const shared = globalThis as { [MARKING]?: boolean };

/** CRO_I18N_MARK=1 (tests only): every message comes out between MESSAGE_START and MESSAGE_END. */
export function markMessagesFrom(env: NodeJS.ProcessEnv): void {
  shared[MARKING] = env.CRO_I18N_MARK === '1';
}

export function useLang(lang: Lang): void {
  const marked = shared[MARKING] === true;
  if (active?.lang === lang && active.marked === marked) return;
  const catalog = loadCatalog(lang);
  active = { lang, marked, catalog: marked ? markedCatalog(catalog) : catalog };
}

/**
 * Marks where each message starts and ends (test/i18n): what a command writes in a
 * language can then be checked to hold nothing but that catalog's texts and the plan's
 * data — an English sentence written around the catalog shows as unmarked text.
 */
export const MESSAGE_START = '\uE000';
export const MESSAGE_END = '\uE001';

function markedCatalog<T>(value: T): T {
  if (typeof value === 'string') return `${MESSAGE_START}${value}${MESSAGE_END}` as T;
  if (typeof value === 'function') return ((...args: unknown[]) => `${MESSAGE_START}${(value as (...a: unknown[]) => string)(...args)}${MESSAGE_END}`) as T;
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, markedCatalog(entry)])) as T;
  return value;
}

/** The language in use; English until a command sets one. */
export function currentLang(): Lang {
  return active?.lang ?? 'en';
}

export function currentLocale(): string {
  return LOCALES[currentLang()];
}

export function messages(): Catalog {
  if (!active) useLang('en');
  return active!.catalog;
}
