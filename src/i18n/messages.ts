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

/*
 * In dist/ each command is a bundle of its own with its own copy of this module, loaded
 * after cli.ts has set the language: the state is the process's (a worker thread has its
 * own), so that the command's first message, before it reads the config, is in the
 * language of the start-up too, and marked when the start-up was asked to mark.
 */
interface LanguageState {
  active: { lang: Lang; marked: boolean; catalog: Catalog } | undefined;
  marking: boolean;
}
const STATE: unique symbol = Symbol.for('cro.language');
const state: LanguageState = ((globalThis as { [STATE]?: LanguageState })[STATE] ??= { active: undefined, marking: false });

/** CRO_I18N_MARK=1 (tests only): every message comes out between MESSAGE_START and MESSAGE_END. */
export function markMessagesFrom(env: NodeJS.ProcessEnv): void {
  state.marking = env.CRO_I18N_MARK === '1';
}

export function useLang(lang: Lang): void {
  const marked = state.marking;
  if (state.active?.lang === lang && state.active.marked === marked) return;
  const catalog = loadCatalog(lang);
  state.active = { lang, marked, catalog: marked ? markedCatalog(catalog) : catalog };
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
  return state.active?.lang ?? 'en';
}

export function currentLocale(): string {
  return LOCALES[currentLang()];
}

export function messages(): Catalog {
  if (!state.active) useLang('en');
  return state.active!.catalog;
}
