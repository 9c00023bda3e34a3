/*
 * Which language a person reads cro in (SPEC §11): `--lang`, else the config's `lang`,
 * else CRO_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG, in POSIX order: the first
 * that is set decides), else English. Data never changes with it: plan keys, enum
 * values, rule ids, JSON field names and exit codes are the same in every language.
 */

export const LANGS = ['en', 'tr'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The BCP 47 locale Intl formats numbers, money and percentages with. */
export const LOCALES: Record<Lang, string> = { en: 'en-US', tr: 'tr-TR' };

export interface LangSources {
  flag?: string | undefined;
  config?: string | undefined;
  env: NodeJS.ProcessEnv;
}

/** `flag` and `config` have been checked to be languages already (an unknown one is a usage or config error). */
export function resolveLang({ flag, config, env }: LangSources): Lang {
  if (isLang(flag)) return flag;
  if (isLang(config)) return config;
  const fromCro = env.CRO_LANG?.trim().toLowerCase();
  if (isLang(fromCro)) return fromCro;
  // POSIX: the first of these that is set (and not empty) is the locale of messages.
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return locale !== undefined && /^tr([_.@-]|$)/i.test(locale) ? 'tr' : 'en';
}
