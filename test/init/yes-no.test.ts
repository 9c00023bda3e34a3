import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readYesNo } from '../../src/commands/init/yes-no.js';
import { useLang } from '../../src/i18n/messages.js';

/* The answers a yes/no question of `cro init` takes, by language (SPEC §11). */

/** A word with each letter in either case, as the language cases it. */
const anyCase = (word: string, locale: string) =>
  fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((upper) =>
    [...word].map((letter, i) => (upper[i] ? letter.toLocaleUpperCase(locale) : letter)).join(''),
  );

describe('readYesNo', () => {
  afterEach(() => useLang('en'));

  it('Turkish: e/evet and y/yes are yes, h/hayır and n/no are no, in any case; empty is the default', () => {
    useLang('tr');
    const yes = fc.constantFrom('e', 'evet', 'y', 'yes').chain((w) => anyCase(w, 'tr-TR'));
    const no = fc.constantFrom('h', 'hayır', 'hayir', 'n', 'no').chain((w) => anyCase(w, 'tr-TR'));
    fc.assert(fc.property(yes, fc.boolean(), (word, fallback) => readYesNo(` ${word} `, fallback) === true));
    fc.assert(fc.property(no, fc.boolean(), (word, fallback) => readYesNo(word, fallback) === false));
    expect(['EVET', 'HAYIR', 'Hayır', 'hAYIR'].map((w) => readYesNo(w, true))).toEqual([true, false, false, false]);
    expect(readYesNo('', true)).toBe(true);
    expect(readYesNo('  ', false)).toBe(false);
  });

  it('anything else is neither, so the question is asked again (it never falls to the default)', () => {
    for (const lang of ['en', 'tr'] as const) {
      useLang(lang);
      const words = new Set(['e', 'evet', 'y', 'yes', 'h', 'hayır', 'hayir', 'n', 'no']);
      const other = fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && !words.has(s.trim().toLocaleLowerCase('tr-TR')) && !words.has(s.trim().toLowerCase()));
      fc.assert(fc.property(other, fc.boolean(), (text, fallback) => readYesNo(text, fallback) === undefined));
      expect(readYesNo('yess', true)).toBeUndefined();
      expect(readYesNo('tamam', false)).toBeUndefined();
    }
  });

  it('English takes y/yes and n/no only, as before', () => {
    expect(['y', 'YES', 'Yes', 'n', 'No'].map((w) => readYesNo(w, false))).toEqual([true, true, true, false, false]);
    expect(readYesNo('evet', false)).toBeUndefined();
    expect(readYesNo('hayır', true)).toBeUndefined();
  });
});
