import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSlug, MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from '../../src/commands/init/slug.js';

describe('slugify', () => {
  it.each([
    ['Acme / Lojistik A.Ş.', 'acme-lojistik-as'],
    ['Acme Logistics', 'acme-logistics'],
    ['İstanbul Çağrı Öğün Şık Ilıca', 'istanbul-cagri-ogun-sik-ilica'],
    ['ISPARTA ŞEKER', 'isparta-seker'],
    ['Harbor & Vine Grocers', 'harbor-and-vine-grocers'],
    ['Brückner Antriebstechnik GmbH', 'bruckner-antriebstechnik-gmbh'],
    ['Łódź Straße Æbleø Œuvre', 'lodz-strasse-aebleo-oeuvre'],
    ['Ñandú São Paulo Škoda Čapek', 'nandu-sao-paulo-skoda-capek'],
    ["O'Neil Bros.", 'oneil-bros'],
    ['U.S.A. Inc.', 'usa-inc'],
    ['example.com', 'example-com'],
    ['Acme: "Ops" #1', 'acme-ops-1'],
    ['  --Acme--  ', 'acme'],
    ['../../etc/passwd', 'etc-passwd'],
    ['/absolute/path', 'absolute-path'],
    ['C:\\Windows\\System32', 'c-windows-system32'],
    ['..', ''],
    ['   ', ''],
    ['Москва', ''],
    ['東京', ''],
    ['🚀🚀', ''],
    ['ﬁne Ｆｕｌｌｗｉｄｔｈ', 'fine-fullwidth'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('cuts long names between words, at most 80 characters', () => {
    const slug = slugify('Very Long Company Name '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.endsWith('-')).toBe(false);
    expect(slugify('x'.repeat(200))).toBe('x'.repeat(80));
  });

  it('always gives a safe file name or nothing (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (name) => {
        const slug = slugify(name);
        if (slug === '') return;
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
        expect(slug).not.toContain('..');
        expect(slug).not.toContain('/');
        expect(isSlug(slug)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is stable: a slug slugs to itself (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (name) => {
        const slug = slugify(name);
        expect(slugify(slug)).toBe(slug);
      }),
    );
  });
});

describe('isSlug (for --slug)', () => {
  it.each(['acme', 'acme-logistics', 'a1-b2'])('accepts %s', (s) => expect(isSlug(s)).toBe(true));
  it.each(['', 'Acme', 'acme--x', '-acme', 'acme-', '../x', 'a/b', 'a.yaml', 'x'.repeat(81)])('refuses %j', (s) => expect(isSlug(s)).toBe(false));
});
