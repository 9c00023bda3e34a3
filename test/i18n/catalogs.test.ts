import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/catalogs/en/index.js';
import { tr } from '../../src/i18n/catalogs/tr/index.js';
import { resolveLang } from '../../src/i18n/lang.js';
import { currentLang, messages, useLang, markMessagesFrom, MESSAGE_START, MESSAGE_END } from '../../src/i18n/messages.js';

/*
 * Every language has every message, and each message the same parameters (SPEC §11: "a
 * test fails when a key lacks a language or a parameter"). The type checker holds the
 * Turkish catalog to the English one's shape; this also catches a message that quietly
 * ignores a parameter (allowed by TypeScript) and a key only one language has.
 */

type Entry = string | readonly string[] | ((params: Record<string, unknown>) => string);

function entries(catalog: object, prefix = ''): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) for (const [k, v] of entries(value, path)) out.set(k, v);
    else out.set(path, value as Entry);
  }
  return out;
}

/** The names a message's destructured parameter object takes, from its source. */
function parameterNames(fn: (...args: never[]) => string): string[] {
  const source = fn.toString();
  const match = /^(?:function[^(]*)?\(\s*(\{[\s\S]*?\})?\s*(?::[^)]*)?\)\s*(?:=>|\{)/.exec(source) ?? /^\(?\s*(\{[\s\S]*?\})/.exec(source);
  if (!match?.[1]) return [];
  return match[1]
    .slice(1, -1)
    .split(',')
    .map((part) => part.split(/[:=]/)[0]!.trim())
    .filter(Boolean)
    .sort();
}

const english = entries(en);
const turkish = entries(tr);

describe('the catalogs', () => {
  it('have the same keys in every language', () => {
    expect([...turkish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('give every message the same kind of entry and the same parameters in every language', () => {
    const mismatches: string[] = [];
    for (const [key, value] of english) {
      const other = turkish.get(key);
      if (typeof value !== typeof other || Array.isArray(value) !== Array.isArray(other)) mismatches.push(`${key}: ${typeof value} vs ${typeof other}`);
      else if (typeof value === 'function') {
        const [a, b] = [parameterNames(value), parameterNames(other as typeof value)];
        if (a.join() !== b.join()) mismatches.push(`${key}: (${a.join(', ')}) vs (${b.join(', ')})`);
        // One destructured object or nothing: how the parameters are read above.
        if (value.length > 1) mismatches.push(`${key}: takes ${value.length} arguments`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('reads the names of destructured parameters (the check above can fail)', () => {
    expect(parameterNames(({ b, a }: { a: string; b: number }) => `${a}${b}`)).toEqual(['a', 'b']);
    expect(parameterNames(({ fallback = true }: { fallback?: boolean }) => String(fallback))).toEqual(['fallback']);
    expect(parameterNames(() => 'x')).toEqual([]);
  });
});

describe('the language', () => {
  it('comes from --lang, then the config, then CRO_LANG, then the locale, else English', () => {
    const env = { CRO_LANG: 'tr', LANG: 'en_US.UTF-8' };
    expect(resolveLang({ flag: 'en', config: 'tr', env })).toBe('en');
    expect(resolveLang({ config: 'tr', env: {} })).toBe('tr');
    expect(resolveLang({ env })).toBe('tr');
    expect(resolveLang({ env: { LANG: 'tr_TR.UTF-8' } })).toBe('tr');
    // POSIX: LC_ALL wins over LANG, LC_MESSAGES too; an empty one does not count.
    expect(resolveLang({ env: { LC_ALL: 'en_US.UTF-8', LANG: 'tr_TR.UTF-8' } })).toBe('en');
    expect(resolveLang({ env: { LC_ALL: '', LC_MESSAGES: 'tr_TR', LANG: 'en_US' } })).toBe('tr');
    expect(resolveLang({ env: { LANG: 'tr' } })).toBe('tr');
    expect(resolveLang({ env: { LANG: 'trk' } })).toBe('en');
    expect(resolveLang({ env: { LANG: 'C.UTF-8' } })).toBe('en');
    expect(resolveLang({ env: {} })).toBe('en');
  });

  it('switches the catalog in use, and marks messages only when asked (tests)', () => {
    useLang('tr');
    expect(currentLang()).toBe('tr');
    expect(messages().common.yes).toBe('evet');
    markMessagesFrom({ CRO_I18N_MARK: '1' });
    useLang('tr');
    expect(messages().common.yes).toBe(`${MESSAGE_START}evet${MESSAGE_END}`);
    markMessagesFrom({});
    useLang('en');
    expect(messages().common.yes).toBe('yes');
  });
});
